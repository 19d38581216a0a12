/**
 * Events from list items that name planned events, as a news text around a plan lists them
 * («В числе ключевых мероприятий плана: – Всероссийский форум «…» – июнь, Нижний Новгород
 * (совместно с ВСМС);»): the name before the dash, the date and place after it, co-organizers in
 * «совместно с …», an organizer in «(организатор – …)», and otherwise the plan's owner.
 */
import type { EventKind, ExtractedEvent, OrganizationValue, Place, When } from '../../domain/index.js';
import { collapseWhitespace } from '../../text/index.js';
import { FIELD_LINE, LETTERED_LINE, type Paragraph } from '../document/structure.js';
import { type DateContext, type Found, isWhen, type TextServices, UNKNOWN_WHEN } from './inputs.js';
import { celebratedAge, firstEventNoun, isActivityTitle, kindOfTitle } from './kinds.js';
import { canonicalOrganizer, responsibleOrganizers, splitList } from './organizers.js';
import { bodyOfEventIn, readRowName, sectionKindOf, settlementNamed, subItemsOf } from './plan-rows.js';
import { findFormat, findStatusCues } from './status.js';
import { capitalizeFirst, PARTICIPATION, planTitle } from './title.js';

export interface ListReading {
  text: string;
  /** Dates found over the whole text: a year left out is inferred from the text around the list. */
  dates?: Found<When>[];
  dateContext: DateContext;
  services: TextServices;
  /** The body whose plan the list gives. */
  owner: OrganizationValue | null;
  /** The document is a plan: every list item is one of its rows, introduced or not. */
  planDocument?: boolean;
}

const MARKER = /^\s*(?:[—–\-•·▪]|\d{1,2}(?:\.\d{1,2})*[.)])\s*/u;
/** A line that opens a list of planned events. */
const PLAN_INTRO = /(?:план|мероприяти|предстоящ|запланирован|календар|анонс)\p{L}*[^.]*:\s*$/iu;
/** «(организатор – …)», «Ответственный: …», «(ответственный – …)»: a note naming who organizes an item. */
const ORGANIZER_NOTE =
  /(?:^|[\s(,.;])(?:организатор\p{L}*|соорганизатор\p{L}*|ответственн\p{L}*(?:\s+исполнител\p{L}*)?|исполнител\p{L}*)\s*[:–—-]\s*/iu;
const TOGETHER_WITH = /(?:совместно|вместе)\s+со?\s+([^);]+)/iu;
/** The next labelled field of an item laid out as sub-items: «\n   - Срок: март». */
const NEXT_FIELD = /\n\s*[-–•*]\s/u;
/** «- Ожидаемый результат: …», «Результат: …»: what an item of a work plan is to achieve. */
const RESULT_FIELD = /(?:^|\n)\s*(?:[-–•*]\s*)?(?:ожидаемый\s+)?результат\s*:\s*([^\n]+)/iu;
/** «Семинар «…» (совместно с Минстроем России) – 22–23 апреля»: partners noted in brackets inside the name. */
const TOGETHER_IN_NAME = /\s*\((?:совместно|вместе)\s+со?\s+([^()]+)\)/iu;
/**
 * Where an item's name ends when it runs to the end of the item: the end of its sentence (not «г.»,
 * initials), a note on who organizes, a relative clause («, по итогам которого …»).
 */
const NAME_END =
  /(?<!(?:^|\s)(?:г|гг|им|ул|д|с|п|пос|обл|ст|т)|(?:^|[\s.])\p{Lu})\.\s*(?=\p{Lu})|(?:,\s*|\s*\()(?:организатор|соорганизатор|ответственн|исполнител)\p{L}*\s*[:–—-]|,\s+(?:(?:по\s+итогам|в\s+ходе|на|в|по)\s+)?(?:котор|где\s)/iu;

/** Where the notes after an item's date and place begin: a new sentence, a partner, who organizes. */
const NOTES_START =
  /(?<!(?:^|\s)(?:г|гг|им|ул|д|с|п|пос|обл|ст|т)|(?:^|[\s.])\p{Lu})\.\s*(?=\p{Lu})|(?:совместно|вместе)\s+со?\s|(?:^|[\s(,.;])(?:организатор|соорганизатор|ответственн|исполнител)\p{L}*\s*[:–—-]/iu;

/** «Место проведения: г. Рыбинск.», «Место: Москва»: an item's place field. */
const PLACE_FIELD = /(?:^|\n)\s*место(?:\s+проведения)?\s*:\s*([^\n]+)/iu;
/** «Срок: по приглашению организаторов.»: an item's time field. */
const TIME_FIELD = /(?:^|\n)\s*(?:срок\p{L}*(?:\s+\p{L}+)?|дата(?:\s+\p{L}+)?)\s*:\s*([^\n]+?)[.;]?\s*(?:\n|$)/iu;

/** A sentence glued to the one before it: «… – Югры.Приглашаются председатели …». */
const GLUED_SENTENCE = /(?<=\p{Ll}{2}|»|\))\.(?=\p{Lu}\p{Ll})/u;

/**
 * Who organizes a list item: the bodies its note names (the owner's own units and posts standing for
 * the owner, people left out), else the plan's owner — or, for taking part in another's event, the
 * body whose event it is — with the partners named «совместно с …».
 */
function itemOrganizers(name: string, detail: string, reading: ListReading, part: boolean): string[] {
  const { services, owner } = reading;
  const note = ORGANIZER_NOTE.exec(detail);
  if (note) {
    // The note runs to its closing bracket, or to the end of its sentence (cut inside the reading).
    const open = detail.lastIndexOf('(', note.index + 1);
    const bracketed = open >= 0 && !detail.slice(open, note.index + 1).includes(')');
    const from = note.index + (/^[\s(,.;]/u.test(note[0]) ? 1 : 0);
    const close = bracketed ? detail.indexOf(')', from) : -1;
    // The note ends where the item's next labelled field begins («\n   - Ожидаемый результат: …»).
    const body =
      detail
        .slice(from, close >= 0 ? close : detail.length)
        .split(GLUED_SENTENCE)[0]
        ?.split(NEXT_FIELD)[0] ?? '';
    // «Участие в …»: the owner's own people take part in another's event, which the owner does not hold.
    const named = responsibleOrganizers(body, services, { owner }).bodies.filter(
      (n) => !PARTICIPATION.test(name) || n !== owner?.name,
    );
    // «Круглый стол «…» (совместно с Ассоциацией …)»: a partner the name brackets organizes too.
    addPartners(named, TOGETHER_IN_NAME.exec(name), services);
    if (named.length > 0) return named;
  }
  const organizers: string[] = [];
  const participation = PARTICIPATION.test(name);
  if (part) {
    // A part of another's event names its organizer or names none.
  } else if (participation) {
    // «Участие делегации … в XII Съезде Конгресса …»: the body whose event it is.
    const body = bodyOfEventIn(planTitle(name, services), services);
    if (body) organizers.push(body);
  } else if (owner) {
    organizers.push(owner.name);
  } else {
    // «круглый стол Союза российских городов «…»»: the body whose event the name says.
    const noun = firstEventNoun(name);
    const own = services.findOrganizations(name).find((o) => /^\p{Lu}/u.test(o.text) && noun !== null);
    const between = own ? name.slice(0, own.start) : '';
    if (own && !/(?:^|\s)(?:с|со|для|по|о|об|при)\s/iu.test(between) && !/[«"]/.test(between))
      organizers.push(own.value.name);
  }
  addPartners(
    organizers,
    TOGETHER_WITH.exec(detail.split(GLUED_SENTENCE)[0] ?? '') ?? TOGETHER_IN_NAME.exec(name),
    services,
  );
  return organizers;
}

/** The partners a «совместно с …» match names (in the instrumental), added to the organizers without repeats. */
function addPartners(organizers: string[], together: RegExpExecArray | null, services: TextServices): void {
  if (!together) return;
  for (const partner of splitList(together[1]!.replace(/\s+и\s+/gu, ', '))) {
    const org = canonicalOrganizer(partner.split(GLUED_SENTENCE)[0]!, services, 'ablt');
    if (org && !organizers.includes(org)) organizers.push(org);
  }
}

function placesIn(text: string, services: TextServices): Place[] {
  const out: Place[] = [];
  for (const p of services.findPlaces(text)) {
    if (!out.some((x) => x.name === p.value.name)) out.push({ name: p.value.name, type: p.value.type });
  }
  return out;
}

/** «заседание Совета … и круглый стол …»: an item naming two events gives two. */
function splitNames(name: string): string[] {
  const parts = name.split(
    /\s+и\s+(?=(?:[\p{L}-]+\s+){0,2}(?:заседани|совещани|семинар|конференци|форум|круглый\s+стол|выставк|конкурс|встреч|презентаци|сесси))/iu,
  );
  return parts.every((p) => firstEventNoun(p) !== null) ? parts : [name];
}

/**
 * The dash between an item's name and its date: spaced, so «Нижний Новгород-2» and «онлайн-форум» stay
 * whole, and outside brackets and quotes: «круглый стол «…» (организатор — ОКМО)» has none.
 */
function nameDash(body: string): { index: number; length: number } | null {
  let depth = 0;
  for (const m of body.matchAll(/[«(»)]|\s[—–-]\s/gu)) {
    if (m[0] === '«' || m[0] === '(') depth++;
    else if (m[0] === '»' || m[0] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) return { index: m.index!, length: m[0].length };
  }
  return null;
}

/** Where a named part ends: after its first quoted name («круглый стол «Кадры …»»), else at a bracket. */
function namedPartEnd(body: string): number {
  const open = body.indexOf('«');
  if (open >= 0 && firstEventNoun(body.slice(0, open)) !== null) {
    let depth = 0;
    for (let i = open; i < body.length; i++) {
      if (body[i] === '«') depth++;
      else if (body[i] === '»' && --depth === 0) return i + 1;
    }
  }
  const bracket = body.indexOf('(');
  return bracket > 0 ? bracket : body.length;
}

/** An introduction of an event's named parts: what, when and how the items share. */
export interface PartsIntro {
  when: When;
  status: ExtractedEvent['status'];
  /** «В рамках форума запланированы:»: the kind of the event told before whose parts these are. */
  parentKind: EventKind | null;
}

/** «в рамках форума», «в ходе конгресса», «программа форума»: a reference to the event the parts belong to. */
const PARENT_REFERENCE = /(?:в\s+рамках|в\s+ходе|программ\p{L}*)\s+((?:\p{L}+\s+){0,2}?\p{L}+)/iu;

/**
 * A part without a place, venue, format or organizer of its own is held where and by whom its
 * event is (`shared/data/gold/NOTES.md`, «What counts as an event»: a named part of a larger event).
 */
export function inheritFromParent(part: ExtractedEvent, parent: ExtractedEvent): void {
  if (part.places.length === 0) part.places = [...parent.places];
  part.venue ??= parent.venue;
  part.format ??= parent.format;
  if (part.organizers.length === 0) part.organizers = [...parent.organizers];
}

/**
 * «18 сентября в Технопарке пройдут тематические круглые столы:», «В программе — семинары:»: a line
 * ending in a colon whose subject is events of a kind, with a status or a date, opens a list of them.
 */
export function partsIntro(paragraph: Paragraph, reading: ListReading): PartsIntro | null {
  const text = collapseWhitespace(paragraph.text);
  if (paragraph.listItem || !/:\s*$/.test(text) || text.length > 300) return null;
  const noun = firstEventNoun(text);
  // «В первый день, 19 ноября, в театре прошли:»: a day of the event told before introduces its parts.
  const dayOfEvent = noun === null && /(?<!\p{L})(?:день|дня)(?!\p{L})/iu.test(text);
  if (!dayOfEvent && (noun === null || noun.kind === 'другое')) return null;
  const cue = findStatusCues(text)[0];
  const dated = (reading.dates ?? []).find(
    (d) =>
      isWhen(d.value) &&
      d.start >= paragraph.start &&
      d.end <= paragraph.end &&
      d.value.start !== null &&
      d.value.precision !== 'unknown',
  );
  if (!cue && !dated) return null;
  if (dayOfEvent && !(cue && dated)) return null;
  // With no verb to tell («работа съезда продолжилась …:»), a day before the text's own date is past.
  const documentDate = reading.dateContext.documentDate;
  const past = !cue && dated && documentDate !== null && (dated.value.end ?? dated.value.start)! < documentDate;
  const status = cue?.status === 'held' || past ? 'held' : 'planned';
  const reference = PARENT_REFERENCE.exec(text);
  const parentKind = reference ? (firstEventNoun(reference[1]!)?.kind ?? null) : null;
  return { when: dated?.value ?? UNKNOWN_WHEN, status, parentKind };
}

/**
 * «1. XXXIII сессия МАГ «…»\n   Ташкент, 21–22 мая\n   Организаторы: МАГ, …»: an item of a plan broken
 * over lines — its name, then a line of place and date (or a date alone), then who organizes. The name
 * is its lines joined by a space; the detail is the rest as written. Null when the item is one line.
 */
function brokenItem(body: string, reading: ListReading): { name: string; detail: string } | null {
  if (!reading.planDocument || !body.includes('\n')) return null;
  const lines = body.split('\n');
  // Lines laid out under the name are indented, or labelled («Срок: март.») or lettered («а) …»);
  // a name hard-wrapped at the margin reads as one line.
  if (!lines.slice(1).every((line) => /^\s{2,}\S/.test(line) || FIELD_LINE.test(line) || LETTERED_LINE.test(line)))
    return null;
  const { services } = reading;
  const detailLine = lines.findIndex(
    (line, i) =>
      i > 0 &&
      (ORGANIZER_NOTE.test(` ${line.trim()}`) ||
        FIELD_LINE.test(line) ||
        services.parseWhen(line, reading.dateContext) !== null ||
        services.findPlaces(line).some((p) => p.start <= line.search(/\S/) + 2)),
  );
  const cut = detailLine < 0 ? lines.length : detailLine;
  const name = lines
    .slice(0, cut)
    .map((l) => l.trim())
    .join(' ');
  const detail = lines.slice(cut).join('\n').trim();
  return { name, detail };
}

/** «Нижний Новгород – 805 лет – 15 августа», «Москва (879 лет) – 5-6 сентября»: a city, an age, a day. */
const AGE = /(\d{1,4})\s*(?:-?\s*(?:лет|года?|летие))(?!\p{L})/iu;

/** «День села Оксино», «Юбилей города Тары»: a celebration named with its settlement. */
const CELEBRATION_NAMED = /^(?:День|Юбилей)\s+(?:города|села|поселка|посёлка|станицы|деревни|поселения)\s+(.+)$/u;

function celebrationItem(item: Paragraph, kind: 'юбилей' | 'день города', reading: ListReading): ExtractedEvent | null {
  const { services } = reading;
  const body = item.text.replace(MARKER, '').replace(/[;.]\s*$/, '');
  const pieces = body.split(/\s+[—–-]\s+|\s*\(([^()]*)\)\s*/u).filter((p): p is string => !!p && p.trim() !== '');
  let age: number | null = null;
  let when: When | null = null;
  let city = '';
  for (const piece of pieces) {
    const ageMatch = AGE.exec(piece);
    // «(455 лет со дня основания)»: an age that opens its piece.
    if (age === null && ageMatch && (ageMatch[0].length >= piece.trim().length - 2 || ageMatch.index === 0)) {
      age = Number(ageMatch[1]);
      continue;
    }
    const parsed: When | null = when === null ? services.parseWhen(piece, reading.dateContext) : null;
    if (parsed && parsed.precision !== 'unknown') {
      when = parsed;
      continue;
    }
    if (city === '') city = piece.trim();
  }
  if (city === '' || when === null) return null;
  // «День села Оксино», «Юбилей города Тары»: the line names the celebration itself; the place is its end.
  const named = CELEBRATION_NAMED.exec(city);
  const settlement = settlementNamed(city);
  if (!/^\p{Lu}/u.test(settlement.name)) return null;
  const placeName = named ? named[1]! : settlement.name;
  const found = services.findPlaces(placeName)[0];
  const place: Place = found ? { name: found.value.name, type: found.value.type } : { name: placeName, type: 'city' };
  const { of } = settlement;
  return {
    title: named ? city : `${kind === 'юбилей' ? 'Юбилей' : 'День'} ${of} ${placeName}`,
    kind,
    when,
    places: [place],
    venue: null,
    organizers: [],
    format: null,
    status: 'planned',
    attendance: null,
    age,
    expectedResult: null,
    evidence: item.text,
    evidenceSpan: { start: item.start, end: item.end },
    fieldSpans: {},
    confidence: 0.75,
  };
}

function itemEvents(item: Paragraph, reading: ListReading, intro: PartsIntro | null = null): ExtractedEvent[] {
  const { services } = reading;
  const body = item.text.replace(MARKER, '').replace(/[;.]\s*$/, '');
  const broken = intro ? null : brokenItem(body, reading);
  const dash = broken ? null : nameDash(body);
  let name: string;
  let detail: string;
  if (broken) {
    ({ name, detail } = broken);
  } else if (intro && (!dash || firstEventNoun(body.slice(0, dash.index)) !== null)) {
    // A named part of the event introduced above: its own name, its notes («(организатор — ОКМО)», «в формате ВКС»).
    const end = namedPartEnd(body);
    name = body.slice(0, end);
    detail = body.slice(end);
  } else if (dash) {
    name = body.slice(0, dash.index);
    detail = body.slice(dash.index + dash.length);
  } else {
    // «Семинар «Бюджет» (15-16 апреля, Казань)»: the date and place in brackets after the name, maybe
    // before notes in sentences of their own («(март, г. Москва). В повестке: …»).
    const bracket = /\s*\(([^()]*)\)\s*(?:\.\s+\p{Lu}.*)?$/su.exec(body);
    if (bracket && services.parseWhen(bracket[1]!, reading.dateContext) !== null) {
      name = body.slice(0, bracket.index);
      detail = bracket[1]!;
    } else if (reading.planDocument) {
      name = body;
      detail = '';
    } else {
      return [];
    }
  }
  // «14 октября – пленарное заседание …»: the date may come first.
  const dateFirst = services.parseWhen(name, reading.dateContext);
  // «В течение квартала – мониторинг …»: in a plan, a short lead without an event before an item of
  // work or an event is its time, even one the date grammar does not read.
  const timeFirst =
    reading.planDocument &&
    dateFirst === null &&
    firstEventNoun(name) === null &&
    !isActivityTitle(name) &&
    name.trim().split(/\s+/).length <= 4 &&
    /^\s*\p{Ll}/u.test(detail) &&
    (firstEventNoun(detail.split(/[,.;(]/)[0] ?? '') !== null || isActivityTitle(detail));
  if (
    timeFirst ||
    (dateFirst !== null && firstEventNoun(name) === null && dateFirst.text.length >= name.trim().length - 2)
  ) {
    [name, detail] = [detail, name];
    // «7-8 июля – выездное заседание …, г. Горно-Алтайск. Ответственный: …»: the name is the first
    // sentence up to a note or a relative clause; the rest are notes.
    const notes = NAME_END.exec(name);
    if (notes) {
      detail = `${detail} ${name.slice(notes.index)}`;
      name = name.slice(0, notes.index);
    }
  }
  const detailAt = detail === '' ? item.end : item.start + item.text.indexOf(detail);
  // The date the whole text's reading gave this stretch (its year inferred from the text before the list).
  const inText = (reading.dates ?? []).find(
    (d) =>
      isWhen(d.value) && d.start >= detailAt && d.end <= detailAt + detail.length && d.value.precision !== 'unknown',
  );
  // «Организация мероприятий …:\nа) торжественное собрание …;\nб) фотовыставка …»: each lettered sub-item is an event.
  const lettered = subItemsOf(name);
  const names = lettered.length > 1 ? lettered.map((n) => capitalizeFirst(n.trim())) : splitNames(name);
  if (intro) {
    // The parts share the introduction's date and status; a part without a date in it takes them.
    return names
      .map((part) => itemEvent(item, part, detail, reading, inText?.value ?? intro.when, true))
      .filter((e): e is ExtractedEvent => e !== null)
      .map((e) => ({ ...e, status: intro.status }));
  }
  return names
    .map((part) => itemEvent(item, part, detail, reading, inText?.value ?? null))
    .filter((e): e is ExtractedEvent => e !== null);
}

function itemEvent(
  item: Paragraph,
  name: string,
  detail: string,
  reading: ListReading,
  dated: When | null,
  part = false,
): ExtractedEvent | null {
  const { services } = reading;
  // In a plan, an item of work («Подготовка доклада», «Мониторинг …») is one of its events too.
  if (
    firstEventNoun(name) === null &&
    kindOfTitle(name) === 'другое' &&
    !(reading.planDocument && isActivityTitle(name))
  )
    return null;
  const parsed =
    detail === '' || part ? UNKNOWN_WHEN : services.parseWhen(detail.replace(/\([^)]*\)/g, ' '), reading.dateContext);
  // Recurrences and vague items take the plan's period from the context; a calendar date keeps its inferred year.
  let when: When | null = dated && parsed?.recurrence == null && dated.precision !== 'year' ? dated : parsed;
  // «Срок: по приглашению организаторов»: a time the plan leaves open is within its period, day unknown.
  const timeField = TIME_FIELD.exec(detail)?.[1];
  const period = reading.dateContext.period;
  if ((when === null || when.start === null) && timeField && reading.planDocument && period)
    when = { start: period.start, end: period.end, precision: 'unknown', recurrence: null, text: timeField.trim() };
  // Every item of a plan is one of its events, dated or not («место проведения определяется …»).
  if (when === null && !reading.planDocument) return null;
  // «… в г. Улан-Удэ», «…, г. Горно-Алтайск», «… в Якутске»: where it is held is not part of the name.
  const rowName = readRowName(name.replace(TOGETHER_IN_NAME, ''), reading);
  const title = rowName.title;
  const organizers = itemOrganizers(name, detail, reading, part);
  // Places of the item, not of its notes: «…, совместно с Думой округа», «Ожидается участие … из городов Сибири».
  // «Место проведения: г. Рыбинск.»: a place field says it outright.
  const placeField = PLACE_FIELD.exec(detail)?.[1];
  const placeText = (placeField ?? detail.split(NOTES_START)[0] ?? '').replace(/\([^)]*\)/g, ' ');
  return {
    title,
    kind: kindOfTitle(title),
    when: when ?? UNKNOWN_WHEN,
    places: [...placesIn(placeText, services), ...rowName.places].filter(
      (p, i, all) => all.findIndex((q) => q.name === p.name) === i,
    ),
    venue: null,
    organizers,
    format: findFormat(`${name} ${detail}`)?.format ?? null,
    // «…, г. Березники – **отменён**»: an item of the plan called off.
    status: findStatusCues(`${name} ${detail}`).some((c) => c.status === 'cancelled') ? 'cancelled' : 'planned',
    attendance: null,
    // «празднование 440-летия Самары»: the age an anniversary celebrates.
    age: celebratedAge(title, kindOfTitle(title)),
    expectedResult: RESULT_FIELD.exec(detail)?.[1]?.trim().replace(/[.;]$/, '') || null,
    evidence: item.text,
    evidenceSpan: { start: item.start, end: item.end },
    fieldSpans: {},
    confidence: 0.75,
  };
}

/**
 * Planned events from the list items that follow a line introducing a plan's events.
 * @example eventsFromListItems(readStructure(text).paragraphs, reading).map((e) => e.title)
 */
export function eventsFromListItems(paragraphs: Paragraph[], reading: ListReading): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let inList = false;
  let intro: PartsIntro | null = null;
  // «III. Юбилеи городов – членов МАГ», «Дни городов-столиц»: a plan's section of celebrations.
  let celebrations: ReturnType<typeof sectionKindOf> = null;
  // «I КВАРТАЛ», «Февраль», «В течение года»: a plan's section of a time, for the items that give none.
  let sectionWhen: When | null = null;
  for (const p of paragraphs) {
    // «1. ОРГАНИЗАЦИОННЫЕ МЕРОПРИЯТИЯ», «5. ДНИ ПОСЕЛЕНИЙ В 2027 ГОДУ»: a numbered section in capitals.
    if (p.listItem && reading.planDocument && CAPS_HEADING.test(p.text.replace(MARKER, '').trim())) {
      celebrations = sectionKindOf(p.text);
      sectionWhen = null;
      continue;
    }
    // «3 июля – День города Нарьян-Мара;» on a line of its own in a section of days: a celebration too.
    if (!p.listItem && reading.planDocument && celebrations !== null && p.text.length <= 150) {
      const e = celebrationItem(p, celebrations === 'anniversary' ? 'юбилей' : 'день города', reading);
      if (e) {
        events.push(e);
        continue;
      }
    }
    if (!p.listItem) {
      // «**Январь**», «В течение квартала» between the items of a plan's list: its sections, not its end.
      const time = p.text.length <= 150 ? sectionTime(p.text, reading) : undefined;
      if (inList && time) {
        sectionWhen = time;
        continue;
      }
      inList = PLAN_INTRO.test(collapseWhitespace(p.text));
      intro = inList || reading.planDocument ? null : partsIntro(p, reading);
      if (reading.planDocument && p.text.length <= 150) celebrations = sectionKindOf(p.text);
      sectionWhen = reading.planDocument ? (time ?? null) : null;
      continue;
    }
    if (celebrations !== null) {
      const e = celebrationItem(p, celebrations === 'anniversary' ? 'юбилей' : 'день города', reading);
      if (e) {
        events.push(e);
        continue;
      }
    }
    if (intro) {
      events.push(...itemEvents(p, reading, intro));
      continue;
    }
    if (!inList && !reading.planDocument) continue;
    const items = itemEvents(p, reading);
    // An item without a time of its own, or with only the plan's year, is held in its section's.
    if (sectionWhen !== null) {
      for (const e of items) {
        if (e.when.start === null || (e.when.precision === 'year' && e.when.recurrence === null))
          e.when = { ...sectionWhen };
      }
    }
    events.push(...items);
  }
  return events;
}

/** A heading in capitals: two words or more, no small letters. */
const CAPS_HEADING =
  /^(?=[^\p{Ll}]*$)[\p{Lu}\d\s«»"().,–—-]*\p{Lu}{3,}\s+[\p{Lu}\d\s«»"().,–—-]*\p{Lu}{2,}[^\p{Ll}]*$/u;

/**
 * The time a short heading of a plan is nothing but: «I КВАРТАЛ», «Февраль», «В течение года»; not a
 * heading that only names the plan's year («на 2027 год») or says something besides its time.
 */
function sectionTime(heading: string, reading: ListReading): When | undefined {
  const bare = heading.replace(/^[#*\s]+|[*:.\s]+$/g, '');
  if (bare === '' || bare.length > 40) return undefined;
  const when = reading.services.parseWhen(bare, reading.dateContext);
  if (when === null || when.start === null || when.text.length < bare.length - 3) return undefined;
  return when.precision === 'year' && when.recurrence === null ? undefined : when;
}
