/**
 * Events from news sentences. A sentence states an event when it names one (an event noun outside
 * an organization's name) and says it happened, happens or will happen (a status verb or a date).
 * A sentence that only speaks of an event already named («Мероприятие было посвящено…», «Открыл
 * Собрание…», «Форум привлёк 300 человек») belongs to it: its organizers, attendance, format and,
 * when the event has none, its date attach to that event.
 */
import type {
  EventKind,
  ExtractedEvent,
  IsoDate,
  OrganizationValue,
  Place,
  PlaceValue,
  When,
} from '../../domain/index.js';
import { collapseWhitespace, normalizeText, splitSentences, type Token, tokenize } from '../../text/index.js';
import type { Paragraph } from '../document/structure.js';
import { type DocumentFindings, type Found, isWhen, type TextServices, UNKNOWN_WHEN } from './inputs.js';
import { celebratedAge, EVENT_NOUNS, FORMAT_PREFIX, firstEventNoun, kindOfNoun, kindOfTitle } from './kinds.js';
import { caseOfTrigger, newsTitle, type Stretch } from './news-title.js';
import { responsibleOrganizers } from './organizers.js';
import { findFormat, findStatusCues, type StatusCue } from './status.js';
import { capitalizeFirst, headToNominative, withoutRemarks } from './title.js';

export interface NewsReading {
  text: string;
  findings: DocumentFindings;
  services: TextServices;
  /** Spans that are not event dates: the document's dateline. */
  ignoredDates: Stretch[];
  /** The title the source gives (a feed item's): a headline line equal to it only announces. */
  title?: string | null;
  /** Short title lines of the document, which may name the event its sentences call «форум». */
  headlines?: string[];
}

interface Draft {
  event: ExtractedEvent;
  kindNoun: string;
  aliases: string[];
  /** The event's own name was given (not a bare «форум»). */
  named: boolean;
  hasDate: boolean;
  /** Some sentence of the event says people met in person (for online + in person → hybrid). */
  inPerson: boolean;
  /** Only a decision «о проведении» names it: a later sentence that states it in full replaces it. */
  weak: boolean;
  item: number;
  online: boolean;
}

const IN_PERSON = /(?<!\p{L})(?:собрались|в зале|очно|очном|присутствовал\p{L}*)(?!\p{L})/iu;

/** «Место проведения: …»: a labelled place in a letter or an announcement. */
const PLACE_FIELD = /^\s*место\s+проведения\s*[:–—-]\s*(.+?)\.?\s*$/iu;
/** «(съезд) планировалось провести …»: how an event was once planned. */
const RECALLED_PLAN = /(?<!\p{L})(?:планировал(?:ось|ся|ась|ись)|предполагал(?:ось|ся|ась|ись))(?!\p{L})/iu;
/** «После заседания», «перед форумом», «накануне съезда»: an event named as the time of another. */
const AFTER_EVENT = /^(?:после|перед|накануне|до)$/u;
/** The words that count events: «два круглых стола», «три секции», «несколько семинаров». */
const COUNT_WORDS = 'два|две|три|четыре|пять|шесть|несколько';
/** A count before an event noun, a figure too: «работали два круглых стола», «прошли 5 семинаров». */
const COUNT_WORD = new RegExp(`^(?:${COUNT_WORDS}|ряд|\\d+)$`, 'u');
/** Generic nouns that refer back to an event rather than name a new one. */
const ANAPHORIC = /^(?:мероприяти|событи)/;
/** An event noun inside these phrases belongs to a body's name («Оргкомитет по подготовке и проведению Форума»). */
const PREPARING_BODY = /(?:по\s+подготовке|по\s+проведению|подготовке\s+и\s+проведению)\s+(?:\S+\s+){0,3}$/iu;
/** A decree or decision «о проведении» a future event. */
/** «определили место проведения очередной сессии»: where or when an event will be is decided, nothing is held. */
const DECIDED_ABOUT =
  /(?:мест\p{L}*|срок\p{L}*|дат[аыуе]|порядок|формат)\s+(?:и\s+\p{L}+\s+)?проведения\s+(?:\S+\s+){0,2}$/iu;
const ABOUT_HOLDING = /(?:^|\s)о\s+(?:\p{L}+\s+)?проведении\s+(?:\S+\s+){0,3}$/iu;
const ABOUT_HOLDING_YEARLY = /ежегодн/iu;
const ABOUT_HOLDING_AT = /(?:^|\s)о\s+(?:\p{L}+\s+)?проведении/iu;
const RELATIVE_DAY = /^(?:сегодня|вчера|завтра|позавчера|послезавтра|ныне|сейчас)$/iu;
/** An event named as what a meeting was devoted to is its background, not an event of its own. */
// («В дни конференции будет работать выставка»: the days of the event named.)
/** «В завершение форума», «по завершении конгресса»: the last day of the event named. */
const CLOSING_OF = /(?<!\p{L})(?:в\s+завершение|по\s+завершении|в\s+заключение|в\s+последний\s+день)\s+(\p{L}+)/iu;
/** «Форум открылся пленарной сессией», «завершился церемонией»: an event opened or closed by a part. */
const OPENED_WITH = /(?<!\p{L})(?:открыл|начал|завершил)(?:ся|ась|ось|ись)(?!\p{L})/iu;
/** «конференцию открыло пленарное заседание «…»»: a part that opened or closed the event, as the subject. */
const OPENED_BY = /(?<!\p{L})(?:открыл|завершил)[аио]?(?!\p{L})/iu;
const ALL_DAYS_OF =
  /(?<!\p{L})(?:(?:(?:в\s+течение|на\s+протяжении)\s+)?вс(?:ех|е)\s+(?:\p{L}+\s+)?(?:дней|дня|дни)|в\s+дни|оба\s+дня|обоих\s+дней)(?:\s+(\p{L}+))?/iu;
const OWN_RELATIVE_CLAUSE =
  /^[^.;]{0,160}?,\s*котор\p{L}*\s+(?:пройд\p{L}*|состо\p{L}*|прош\p{L}*|будет\s+проходить)\s+(?:\S+\s+){0,2}?\d/u;
// («в связи с совпадением сроков с Форумом …»: an event the dates clash with is background too.)
const BACKGROUND =
  /(?:(?:посвящ\p{L}*|подготовк\p{L}*\s+к)\s+(?:\S+\s+){0,2}|совпадени\p{L}*\s+(?:\p{L}+\s+)?с\s+(?:\p{L}+(?:ым|им|ой|ей|ыми|ими)\s+)?)$/iu;

function overlaps(a: Stretch, b: Stretch): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The items (sorted by start, as every finder returns them) that lie inside the range. A binary
 * search finds the first, so reading a document's sentences one by one stays linear.
 */
function within<T extends Stretch>(items: T[], range: Stretch): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < range.end; i++) {
    if (items[i]!.end <= range.end) out.push(items[i]!);
  }
  return out;
}

/** Token index of every event noun in the sentence (with «круглый стол» as one), outside organization names. */
const ORGAN_NOUN = /^(?:собрани|съезд|сесси|конференци|заседани)/u;
/** Adjectives of a legislature's name: «Законодательное Собрание», «Народное Собрание», «Государственное Собрание». */
const LEGISLATURE_ADJECTIVE =
  /^(?:законодательн|народн|государственн|представительн|областн|краев|городск|думск)\p{L}*$/u;

function tokensBetween(tokens: Token[], from: number, to: number): number {
  return tokens.filter((t) => t.start >= from && t.end <= to).length;
}

/** Token index pairs of «…» quotes closed within the sentence (an unclosed one is direct speech, not a name). */
function quotedRanges(tokens: Token[]): { open: number; close: number }[] {
  const ranges: { open: number; close: number }[] = [];
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text === '«') stack.push(i);
    else if (t.text === '»' && stack.length > 0) {
      const open = stack.pop()!;
      // A quote that opens the sentence (or follows a colon) is direct speech, not a name.
      const speech = open === 0 || tokens[open - 1]?.text === ':';
      if (stack.length === 0 && !speech) ranges.push({ open, close: i });
    }
  });
  return ranges;
}

const ISSUE = /^(?:номер|выпуск)(?:а|у|ом|е)?$/u;
const PERIODICAL = /^(?:журнал|бюллетен|вестник|газет|дайджест|альманах)\p{L}*$/u;

/**
 * «Конгресс Евразийского отделения ОГМВ», «предыдущий Конгресс Отделения»: a name the organization finder
 * reads as a body's but no registry knows, opening with the event noun, is the body's congress or forum.
 */
const EVENT_AS_BODY = /^(?:конгресс|форум)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u;

function eventNouns(
  tokens: Token[],
  orgs: (Stretch & { value?: OrganizationValue })[],
  offset: number,
  hidden: Stretch[],
): { index: number; last: number; kind: EventKind }[] {
  const found: { index: number; last: number; kind: EventKind }[] = [];
  const quoted = quotedRanges(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || quoted.some((q) => i > q.open && i < q.close)) continue;
    const abs = { start: t.start + offset, end: t.end + offset };
    if (hidden.some((h) => overlaps(h, abs))) continue;
    const org = orgs.find((o) => overlaps(o, abs));
    // An event noun inside a body's name is no event («Оргкомитет … Форума») — except an organ that
    // is also its meeting, named first («Общее Собрание Союза российских городов»).
    // («Следующее Общее собрание Союза»: adjectives before the organ are part of the meeting's name.)
    // («в Законодательном Собрании области», «Народного Собрания»: a legislature is a body, never its sitting.)
    const before = org === undefined ? [] : tokens.filter((x) => x.start >= org.start - offset && x.end <= t.start);
    const adjectivesBefore =
      org !== undefined && before.every((x) => x.kind !== 'word' || /(?:ое|ее|ый|ий|ой|ая|яя|ые|ие)$/u.test(x.norm));
    const legislature = before.some((x) => LEGISLATURE_ADJECTIVE.test(x.norm));
    const eventAsBody =
      org !== undefined &&
      org.value !== undefined &&
      org.value.id === undefined &&
      EVENT_AS_BODY.test(t.norm) &&
      (org.start === abs.start || adjectivesBefore) &&
      // …of a body named after it («Конгресс Евразийского отделения»), not a bare «Конгресса» standing for one.
      (org.end > abs.end || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
    if (
      org &&
      !eventAsBody &&
      !(
        ORGAN_NOUN.test(t.norm) &&
        !legislature &&
        (org.start === abs.start || tokensBetween(tokens, org.start - offset, t.start) <= 1 || adjectivesBefore)
      )
    ) {
      continue;
    }
    if (/^кругл/.test(t.norm) && /^стол/.test(tokens[i + 1]?.norm ?? '')) {
      found.push({ index: i, last: i + 1, kind: 'круглый стол' });
      i++;
      continue;
    }
    if (/^(?:день|дня|дню|днем|дне|дни|дней|дням|днях)$/.test(t.norm) && /^город/.test(tokens[i + 1]?.norm ?? '')) {
      found.push({ index: i, last: i + 1, kind: 'день города' });
      i++;
      continue;
    }
    // «вышел очередной номер информационно-аналитического журнала»: an issue of a periodical is a publication.
    // …not «в очередном номере журнала вышла статья», where the issue only holds what is published.
    if (
      ISSUE.test(t.norm) &&
      tokens.slice(i + 1, i + 4).some((x) => PERIODICAL.test(x.norm)) &&
      !tokens.slice(Math.max(0, i - 2), i).some((x) => /^(?:в|во|на)$/u.test(x.norm))
    ) {
      found.push({ index: i, last: i, kind: 'публикация' });
      continue;
    }
    const whole = t.norm.replace(FORMAT_PREFIX, '');
    const head = whole.split('-')[0]!;
    const kind = kindOfNoun(head);
    if (kind === null) continue;
    // Only nouns: «встречи» yes, «встречающих» no; «собрание» yes, «собранные» no; and in a compound
    // the stem must allow what follows («форум-выставка» yes, «конгресс-холл» no).
    if (!EVENT_NOUNS.some(([stem]) => stem.test(head) && stem.test(whole))) continue;
    found.push({ index: i, last: i, kind });
  }
  return found;
}

function placeOf(value: PlaceValue): Place {
  return { name: value.name, type: value.type };
}

/** The first date of a sentence that is about the event, concrete ones before vague ones. */
const PRECISION_RANK: Record<When['precision'], number> = { day: 0, month: 1, quarter: 2, year: 3, unknown: 4 };

function pickWhen(dates: Found<When>[], exclude: Stretch[]): Found<When> | null {
  // «план на 2026 год» names a plan's period, not an event's date; «запланированный на 11 декабря» is a day.
  const usable = dates.filter(
    (d) =>
      !exclude.some((x) => overlaps(x, d)) &&
      (!/^на\s/iu.test(d.text) || d.value.precision === 'day' || /^на\s+\p{L}+\s+неделе$/iu.test(d.text)),
  );
  const concrete = usable.filter((d) => d.value.start !== null || d.value.end !== null || d.value.recurrence !== null);
  // «в 2027 году форум пройдёт с 14 по 16 октября»: the most precise date is the event's.
  const best = concrete.reduce<Found<When> | null>(
    (a, d) => (a === null || PRECISION_RANK[d.value.precision] < PRECISION_RANK[a.value.precision] ? d : a),
    null,
  );
  if (best) return best;
  return usable.find((d) => !/сегодняшн|настоящ|сейчас|ныне/iu.test(d.text)) ?? null;
}

// («Союз приглашает принять участие в конференции»: who invites to an event holds it.)
const ORGANIZER_VERB =
  /^(?:провел[аио]?|проводил[аио]?|проводит|проводят|проведет|проведут|организова(?:л|ла|ли)|организует|организуют|подготови(?:л|ла|ли)|инициирова(?:л|ла|ли)|нача(?:л|ла|ли)|запусти(?:л|ла|ли)|объяви(?:л|ла|ли)|объявля(?:ет|ют)|приглаша(?:ет|ют))$/u;
const PLANNED_HOLDING = /^(?:провести|организовать|проводить)$/u;
const PLANNING = /^(?:планиру\p{L}*|планировал\p{L}*|намерен\p{L}*|собира\p{L}*|намеча\p{L}*|предполага\p{L}*)$/u;
/** Passive participles whose agent (in the instrumental) organized the event: «организовано Комитетом», «организованный СРГ». */
const PASSIVE_ORGANIZER = /^(?:организован|проведен|подготовлен|инициирован)(?:[аоы]|н\p{L}*)?$/u;
const ORGANIZER_NOUN = /^организатор(?:ом|ами|ы|а)?$/u;
const NOT_ORGANIZER_BEFORE =
  /(?:при\s+поддержке|под\s+эгидой|под\s+патронажем|партнер\p{L}*|партнёр\p{L}*|модератор\p{L}*|участи\p{L}*|с\s+участием)\s+(?:\S+\s+){0,2}$/iu;
/** Organs that meet on behalf of their body: a meeting of «Правления Союза» is organized by the Союз. */
const GENERIC_ORGAN =
  /^(?:\p{L}+(?:ое|ее|ый|ий|ая|ые|ие|ого|его|ой|ей|ому|ему|ым|им)\s+)*(?:правлени|президиум|бюро|аппарат|исполнительн\p{L}* дирекци|секретариат|общ\p{L}* собрани|собрани|съезд|совет директоров|рабоч\p{L}* групп|генеральн\p{L}* ассамбле)\p{L}*\s+/iu;

/** The body an organ belongs to: «Аппарат Союза малых городов» → «Союз малых городов Российской Федерации». */
export function bodyOf(org: Found<OrganizationValue>, services: TextServices): string | null {
  // A bare organ («Общего Собрания», «Правления») names no body.
  if (GENERIC_ORGAN.test(`${org.text} `) && !/\s/.test(org.text.trim().replace(/^\p{L}+\s+(?=собрани)/iu, '')))
    return null;
  const organ = GENERIC_ORGAN.exec(org.text);
  // «Секретариатом Ассамблеи» the document already read as the body it belongs to.
  if (organ && !GENERIC_ORGAN.test(`${org.value.name} `) && !PART_OF_BODY.test(`${org.value.name} `))
    return org.value.name;
  if (organ) {
    // «Общее собрание членов Ассоциации «…»»: the body named inside the organ's name.
    const rest = org.text.slice(organ[0].length);
    const inner = services.findOrganizations(rest).find((o) => /^\p{Lu}/u.test(o.text));
    // «Следующее Общее собрание Союза»: a bare word for a body names none by itself.
    if (!/\s/.test(rest.trim()) && /^\p{Lu}\p{Ll}/u.test(rest) && services.resolveOrganization(rest)?.id === undefined)
      return null;
    // «Бюро Совета МАГ»: an organ of an organ belongs to the body.
    if (inner && inner.start === 0 && PART_OF_BODY.test(inner.text)) {
      const body = bodyOf(inner, services);
      if (body !== null && body !== inner.value.name) return body;
    }
    return services.resolveOrganization(rest)?.name ?? inner?.value.name ?? org.value.name;
  }
  // «Комиссии ВСМС по вопросам …», a commission the registry does not know: its body organizes.
  const part = org.value.id === undefined ? PART_OF_BODY.exec(org.text) : null;
  if (part) {
    const inner = services.findOrganizations(org.text.slice(part[0].length))[0];
    // …or an association named with its quoted name: «Совета Ассоциации «Совет муниципальных образований …»».
    const quotedBody = inner !== undefined && /^\p{Lu}\p{Ll}+\s+[«"]/u.test(inner.value.name);
    if (inner && inner.start === 0 && (inner.value.id !== undefined || quotedBody)) return inner.value.name;
  }
  return org.value.name;
}

/** «администрацией города Белгорода», «министерство финансов Тверской области»: a state body in lower case, named by its place. */
const NAMED_STATE_BODY =
  /^(?:администраци|мэри|правительств|министерств|департамент|комитет|дум[аыеу]|законодательн\p{L}*\s+собрани)\p{L}*\s(?:.*\s)?\p{Lu}/u;

/** An organ of a body named by one bare word: «исполнительной дирекцией Союза», «Правление Ассоциации». */
const ORGAN_OF_BARE_BODY =
  /^(?:исполнительн\p{L}*\s+дирекци|правлени|президиум|аппарат|секретариат|комисси|совет)\p{L}*\s+\p{Lu}\p{Ll}+$/iu;

const PART_OF_BODY = /^(?:\p{L}+\s+)?(?:комисси|совет|рабоч\p{L}* групп|секци)\p{L}*\s+/iu;

interface SentenceContext {
  text: string;
  tokens: Token[];
  start: number;
  end: number;
  orgs: Found<OrganizationValue>[];
}

/**
 * Organizations a sentence names as organizers: the subject of «провёл / организовал / подготовил»
 * (with «совместно с …»), the agent of «было организовано … Комитетом», and «Организатором … выступил …».
 */
function organizersIn(sentence: SentenceContext, documentText: string, services: TextServices): string[] {
  const out: string[] = [];
  const valid = (o: Found<OrganizationValue>) => {
    const before = documentText.slice(Math.max(sentence.start, o.start - 40), o.start);
    if (NOT_ORGANIZER_BEFORE.test(before)) return false;
    // A body is named by a proper name («центральных ведомств» describes, it does not name);
    // «с …» is the other party, unless «совместно с …».
    // («совместно с администрацией Сортавальского муниципального округа»: a partner's body named by its unit.)
    const namedPartner = /(?:совместно|вместе)\s+со?\s+$/iu.test(before) && /\s\p{Lu}/u.test(o.text);
    if (
      !/^[\p{Lu}«"]/u.test(o.text) &&
      !namedPartner &&
      !ORGAN_OF_BARE_BODY.test(o.text) &&
      !NAMED_STATE_BODY.test(o.text)
    )
      return false;
    // «в Законодательном Собрании области Ассоциация провела …»: a body the event is held in is its venue.
    if (/(?:^|[\s,])(?:в|во|на\s+базе|в\s+здании)\s+$/iu.test(before)) return false;
    return !/(?:^|\s)(?<!совместно\s|вместе\s)(?:с|со)\s+(?:\p{L}+\s+){0,2}$/iu.test(before);
  };
  const add = (o: Found<OrganizationValue>) => {
    if (!valid(o)) return;
    // «исполнительной дирекцией Союза»: the organ of a body the text names by a bare word stays as
    // written, for the document's owner to claim (`ownOrgansToOwner`).
    const body = bodyOf(o, services) ?? (ORGAN_OF_BARE_BODY.test(o.text) ? o.value.name : null);
    // A body written in lower case in the text («администрацией округа») is named with a capital.
    const name = body === null ? null : capitalizeFirst(body);
    if (name !== null && !out.includes(name)) out.push(name);
  };
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const at = t.start + sentence.start;
    // «Союз планирует провести …»: the subject of a plan to hold an event organizes it.
    const plannedHolding = PLANNED_HOLDING.test(t.norm) && PLANNING.test(tokens[i - 1]?.norm ?? '');
    if (ORGANIZER_VERB.test(t.norm) || plannedHolding) {
      // Subject: organizations before the verb, back to the clause start (commas around «совместно с» allowed).
      const clauseStart = lastClauseBreak(sentence, i);
      // «сессия «Цифровое управление …», которую провёл департамент …»: after a relative pronoun the
      // subject follows the verb; what stands before it is the event.
      const relative = /^котор/u.test(tokens[i - 1]?.norm ?? '');
      const before = relative ? [] : sentence.orgs.filter((o) => o.start >= clauseStart && o.end <= at);
      for (const o of before) add(o);
      // «Ассоциация провела его совместно с администрацией округа»: the partner after the verb organizes too.
      if (before.length > 0) {
        const clauseEnd = nextClauseBreak(sentence, i);
        for (const o of sentence.orgs) {
          if (o.start <= at || o.end > clauseEnd) continue;
          if (/(?:^|\s)(?:совместно|вместе)\s+со?\s+$/iu.test(documentText.slice(at, o.start))) add(o);
        }
      }
      // «Семинар провели Союз … и Администрация …»: the subject follows the verb.
      if (before.length === 0) {
        let from = t.end + sentence.start;
        for (const o of sentence.orgs) {
          if (o.start < from) continue;
          // «который провёл в Государственной Думе Комитет …»: the body the event is held in is its venue.
          if (/^[\s,]*(?:[\p{L}\d.]+\s+){0,4}?(?:в|во|на\s+площадке)\s+$/iu.test(documentText.slice(from, o.start))) {
            from = o.end;
            continue;
          }
          // «Форум проводят Ассоциация … совместно с Государственным Советом …»: the partner organizes too.
          if (!/^[\s,]*(?:(?:и|совместно\s+со?|вместе\s+со?)\s+)?$/iu.test(documentText.slice(from, o.start))) break;
          add(o);
          from = o.end;
        }
      }
    } else if (PASSIVE_ORGANIZER.test(t.norm)) {
      // Agent after the participle («было организовано Комитетом …»), up to the clause end.
      const clauseEnd = nextClauseBreak(sentence, i);
      // The agents follow one another («Комитетом … совместно с Институтом …», «Минстроем и Правительством …»);
      // a body after other words («…, Союз выступил партнёром») is no agent.
      const agents: Found<OrganizationValue>[] = [];
      let from = t.end + sentence.start;
      for (const o of sentence.orgs) {
        if (o.start < from || o.end > clauseEnd) continue;
        const gap = documentText.slice(from, o.start);
        if (!/^[\s,]*(?:(?:и|а\s+также|совместно\s+с|вместе\s+с|при\s+участии)\s+)?$/iu.test(gap) && agents.length > 0)
          break;
        if (agents.length === 0 && !/^\s*(?:\p{L}+\s+){0,3}$/u.test(gap)) break;
        // An agent stands in the instrumental («Минстроем России»); «…, Союз выступил» starts a new clause.
        const head = o.text.split(/\s+/)[0] ?? '';
        const instrumental = /^[\p{Lu}\d-]+$/u.test(head) || services.wordInfo(head).some((r) => r.tags.has('ablt'));
        if (!instrumental) break;
        if (valid(o)) agents.push(o);
        from = o.end;
      }
      for (const o of agents) add(o);
      // Agent before the participle («представителями Аппарата Союза … был проведён»).
      if (agents.length === 0) {
        const clauseStart = lastClauseBreak(sentence, i);
        for (const o of sentence.orgs) {
          if (
            o.start >= clauseStart &&
            o.end <= at &&
            /(?:ями|ами|ом|ем|ой|ей)\s/u.test(documentText.slice(Math.max(o.start - 30, sentence.start), o.start + 40))
          ) {
            add(o);
          }
        }
      }
    } else if (t.norm === 'инициативе' && tokens[i - 1]?.norm === 'по') {
      // «Конкурс проводится по инициативе Союза … и …»: the initiators organize.
      let from = t.end + sentence.start;
      for (const o of sentence.orgs) {
        if (o.start < from) continue;
        if (!/^[\s,]*(?:и\s+)?$/u.test(documentText.slice(from, o.start))) break;
        add(o);
        from = o.end;
      }
    } else if (ORGANIZER_NOUN.test(t.norm) && /^[:–—-]$/u.test(tokens[i + 1]?.text ?? '')) {
      // «Организаторы: АСДГ, Администрация г. Красноярска, при поддержке …», «Организатор — Ассоциация …
      // совместно с мэрией города Новосибирска»: a list, read as a plan's organizer note is.
      const note = documentText.slice(at, sentence.end);
      for (const name of responsibleOrganizers(note, services, { owner: null }).bodies) {
        if (!out.includes(name)) out.push(name);
      }
    } else if (ORGANIZER_NOUN.test(t.norm)) {
      const clauseEnd = nextClauseBreak(sentence, i);
      // «Организатором ММФ выступит Фонд»: what stands before the verb is the event, not its organizer.
      const verb = sentence.tokens.findIndex(
        (x, k) => k > i && /^(?:выступ\p{L}*|стал[аио]?|станет|является|являются|был[аио]?|будет)$/u.test(x.norm),
      );
      const from = verb > i ? sentence.tokens[verb]!.end + sentence.start : at;
      for (const o of sentence.orgs) if (o.start > from && o.end <= clauseEnd) add(o);
    }
  }
  // «В июне совместно с министерством … пройдёт форум»: with no one said to hold it, the partner named
  // holds it (with whoever tells of it, `ownerOrganizes`).
  if (out.length === 0) {
    for (const o of sentence.orgs) {
      if (/(?:^|\s)совместно\s+со?\s+$/iu.test(documentText.slice(Math.max(sentence.start, o.start - 16), o.start)))
        add(o);
    }
  }
  return out;
}

function lastClauseBreak(sentence: SentenceContext, index: number): number {
  for (let k = index - 1; k >= 0; k--) {
    const t = sentence.tokens[k]!;
    if (t.kind === 'punct' && /[.;:!?]/.test(t.text)) return t.end + sentence.start;
  }
  return sentence.start;
}

function nextClauseBreak(sentence: SentenceContext, index: number): number {
  for (let k = index + 1; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    if (t.kind === 'punct' && /[.;!?]/.test(t.text)) return t.start + sentence.start;
    if (
      t.kind === 'word' &&
      /^(?:при|под)$/.test(t.norm) &&
      /^(?:поддержке|эгидой|патронажем|председательством)$/.test(sentence.tokens[k + 1]?.norm ?? '')
    ) {
      return t.start + sentence.start;
    }
  }
  return sentence.end;
}

/** Organs and units named in lower case: «комиссии АСДГ по …», «школы муниципального управления АСДГ». */
const LOWER_ORGAN =
  /^(?:комисси|совет|правлени|президиум|бюро|школ|секци|рабоч\p{L}*\s+групп|дирекци|аппарат|собрани|муниципальн\p{L}*\s+управлени)\p{L}*\s/iu;

/**
 * A body named in lower case as an organ or unit of another («комиссии АСДГ по ЖКХ») stands for the
 * bodies named inside it, at their own offsets; other names are kept.
 */
function withInnerBodies(orgs: Found<OrganizationValue>[], services: TextServices): Found<OrganizationValue>[] {
  return orgs.flatMap((o) => {
    if (/^\p{Lu}/u.test(o.text) || !LOWER_ORGAN.test(o.text)) return [o];
    // The first capitalized word that opens a known body («АСДГ», «Ассоциации …»).
    for (const word of o.text.matchAll(/(?<![\p{L}\d])\p{Lu}/gu)) {
      const found = services.findOrganizations(o.text.slice(word.index)).find((x) => x.start === 0);
      if (found?.value.id === undefined) continue;
      const at = o.start + word.index;
      return [{ ...found, start: at, end: at + found.end }];
    }
    return [o];
  });
}

/**
 * The body whose event it is, named in the event's title: «заседание Правления Союза российских
 * городов», «конференции Всемирной организации … (WeGO)», «совещание Марафона … Союза российских
 * городов». Not a body after «с», «для», «по», «о», «при» or inside a quoted name.
 */
function ownerInTitle(
  title: Stretch,
  triggerEnd: number,
  orgs: Found<OrganizationValue>[],
  text: string,
  services: TextServices,
): string | null {
  for (const o of withInnerBodies(orgs, services)) {
    if (o.start < title.start || o.start >= title.end) continue;
    // «форума (ММФ)»: an abbreviation in brackets is the event's own alias.
    if (/\(\s*$/.test(text.slice(o.start - 2, o.start))) continue;
    // «местные власти России», «стран БРИКС»: common nouns and unions of states organize nothing here.
    if (
      !/^\p{Lu}/u.test(o.text) ||
      /(?:стран|государств|членов|участников)\s+$/iu.test(text.slice(o.start - 20, o.start))
    )
      continue;
    // «Общее Собрание Союза …» is both the organ and the meeting: its body organizes.
    if (o.start < triggerEnd) return bodyOf(o, services);
    const between = text.slice(triggerEnd, o.start);
    if (/(?:^|\s)(?:с|со|для|по|о|об|при|между|и|на)\s/iu.test(` ${between}`) || /[«"]/.test(between)) return null;
    return bodyOf(o, services);
  }
  return null;
}

const VENUE_NOUN =
  /^(?:офис|представительств|здани|зал|ратуш|филармони|театр|манеж|галере|усадьб|помещени|дом|дворц|дворе|центр|музе|библиотек|университет|академи|гостиниц|отел|конгресс-центр|экспоцентр|павильон|резиденци|кремл|технопарк|конгресс-холл|холл|палат|совет|дум|администраци|мэри|правительств|министерств|посольств|парламент|собрани)/u;

/** «в Совете Федерации», «в представительстве Президента …»: the body or building that hosts the event. */
function venueOf(
  sentence: SentenceContext,
  title: Stretch,
  places: Found<PlaceValue>[],
  reading: NewsReading,
): string | null {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // «на площадке Общественной палаты»: the body whose premises host the event.
    if (t.norm === 'на' && /^площадк/.test(tokens[i + 1]?.norm ?? '')) {
      const after = tokens[i + 2];
      const host = after ? sentence.orgs.find((o) => o.start === after.start + sentence.start) : undefined;
      if (host && /^\p{Lu}/u.test(host.text)) return capitalizeFirst(reading.services.inflectPhrase(host.text, 'nomn'));
      // «на площадке Казанской ратуши»: a building named in the genitive, its first word capitalized.
      const building = hostBuilding(tokens, i + 2, reading.services);
      if (building) {
        const from = tokens[i + 2]!.start;
        const written = sentence.text.slice(from, tokens[building]!.end);
        return capitalizeFirst(headToNominative(written, 'gent', reading.services));
      }
      continue;
    }
    if (t.norm !== 'в' && t.norm !== 'во') continue;
    // «председательства в объединении БРИКС»: «в» after a noun belongs to that noun, not to the event.
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word') {
      const prevAt = prev.start + sentence.start;
      const inEntity = [...places, ...reading.findings.dates].some((x) => prevAt >= x.start && prevAt < x.end);
      const nounLike = reading.services
        .wordInfo(prev.text)
        .slice(0, 2)
        .some((r) => r.pos === 'NOUN' || r.pos === 'ADJF');
      if (nounLike && !inEntity) continue;
    }
    const next = tokens[i + 1]!;
    const at = next.start + sentence.start;
    if (at >= title.start && at < title.end) continue;
    if (places.some((p) => p.start === at)) continue;
    // «в «Доме малых городов»»: a building known by its quoted name.
    if (next.text === '«') {
      const close = tokens.findIndex((x, k) => k > i + 1 && x.text === '»');
      if (close > i + 2) {
        const inner = reading.text.slice(tokens[i + 2]!.start + sentence.start, tokens[close]!.start + sentence.start);
        if (VENUE_NOUN.test(tokens[i + 2]!.norm)) {
          return `«${capitalizeFirst(headToNominative(inner, 'loct', reading.services))}»`;
        }
      }
      continue;
    }
    const org = sentence.orgs.find((o) => o.start === at);
    let end: number | null = null;
    // «в Общественной палате …»: up to two adjectives before the venue noun.
    let head = i + 1;
    while (
      head < i + 3 &&
      tokens[head + 1] !== undefined &&
      reading.services.wordInfo(tokens[head]!.text).some((r) => r.pos === 'ADJF' && r.tags.has('loct'))
    ) {
      head++;
    }
    const headToken = tokens[head]!;
    // A building named by a common noun («в представительстве … в округе») runs on past the body's name.
    if (org && /^\p{Lu}/u.test(org.text)) end = org.end;
    else if (
      VENUE_NOUN.test(headToken.norm) &&
      reading.services.wordInfo(headToken.text).some((r) => r.pos === 'NOUN' && r.tags.has('loct'))
    ) {
      // The venue's name runs on to a verb, a date, a format word or a comma.
      let k = head + 1;
      let last = head;
      for (; k < tokens.length; k++) {
        const x = tokens[k]!;
        // «в Конгресс-холле «Югра-Классик»»: the building's quoted name is part of it.
        if (x.text === '«' && k === last + 1) {
          const close = tokens.findIndex((y, j) => j > k && y.text === '»');
          if (close > k + 1 && close - k <= 8) last = close;
          break;
        }
        if (x.kind === 'punct' || x.lineBefore) break;
        const abs = x.start + sentence.start;
        if (reading.findings.dates.some((d) => abs >= d.start && abs < d.end)) break;
        if (/^(?:он-?лайн|онлайн|офлайн|формате|режиме)$/u.test(x.norm)) break;
        const info = reading.services.wordInfo(x.text)[0];
        if (info && (info.pos === 'VERB' || info.pos === 'PRTS' || info.pos === 'GRND')) break;
        if (abs >= title.start && abs < title.end) break;
        last = k;
      }
      // A preposition left at the end belongs to what follows («… Федерации в он-лайн формате»).
      while (last > head && /^(?:в|во|на|с|по|при)$/.test(tokens[last]!.norm)) last--;
      end = tokens[last]!.end + sentence.start;
      // A trailing «в <городе>» is the event's place, not part of the venue.
      const tail = places.find((p) => p.start > at && p.end <= end! && p.value.type === 'city');
      if (tail)
        end = reading.text.lastIndexOf(' в', tail.start) > at ? reading.text.lastIndexOf(' в', tail.start) : end;
    }
    if (end === null) continue;
    const written = reading.text.slice(at, end);
    return expandShortBody(capitalizeFirst(headToNominative(written, 'loct', reading.services)), reading);
  }
  return null;
}

/**
 * The last token of a building's name in the genitive from `at` («Казанской ратуши», «Дома
 * правительства»): a capitalized first word, then genitive adjectives and nouns; null when the words
 * there are no such name (a place, an event noun, a lower-case word).
 */
function hostBuilding(tokens: Token[], at: number, services: TextServices): number | null {
  const first = tokens[at];
  if (first?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(first.text) || kindOfNoun(first.norm) !== null) return null;
  let last = -1;
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.lineBefore) break;
    const readings = services.wordInfo(t.text);
    if (!readings.some((r) => (r.pos === 'ADJF' || r.pos === 'NOUN') && r.tags.has('gent'))) break;
    last = k;
    // The name ends with its first noun («ратуши», «Дома»).
    if (readings[0]?.pos === 'NOUN') break;
  }
  return last >= at && services.wordInfo(tokens[last]!.text)[0]?.pos === 'NOUN' ? last : null;
}

/**
 * The venue a stretch of text names for what it introduces («18 сентября в Технопарке высоких
 * технологий пройдут круглые столы:»), or null.
 */
export function venueNamedIn(stretch: Stretch, reading: NewsReading): string | null {
  const byStart = <T extends Stretch>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start);
  const text = reading.text.slice(stretch.start, stretch.end);
  const sentence: SentenceContext = {
    text,
    tokens: tokenize(text),
    start: stretch.start,
    end: stretch.end,
    orgs: within(byStart(reading.findings.organizations), stretch),
  };
  const places = within(byStart(reading.findings.places), stretch);
  return venueOf(sentence, { start: stretch.start, end: stretch.start }, places, reading);
}

/**
 * «Офис Союза» → «Офис Союза российских городов»: a venue that names its body by the first word only
 * takes the body's full name from the organizations the document names.
 */
function expandShortBody(venue: string, reading: NewsReading): string {
  const m = /^(.*\s)(\p{Lu}\p{Ll}+)$/u.exec(venue);
  if (!m) return venue;
  const short = m[2]!;
  for (const o of reading.findings.organizations) {
    const name = o.value.name;
    if (!name.includes(' ') || name.split(' ')[0]!.slice(0, 4) !== short.slice(0, 4)) continue;
    const genitive = reading.services.inflectPhrase(name, 'gent');
    if (genitive.startsWith(`${short} `)) return `${m[1]}${genitive}`;
  }
  return venue;
}

/** Places where the event happens: «в/во/на» + place, outside organization names, the title and the venue. */
function eventPlaces(
  sentence: SentenceContext,
  places: Found<PlaceValue>[],
  title: Stretch,
  reading: NewsReading,
): Place[] {
  const out: Place[] = [];
  for (const p of places) {
    if (p.start >= title.start && p.end <= title.end) continue;
    if (sentence.orgs.some((o) => o.start <= p.start && p.end <= o.end)) continue;
    const before = reading.text.slice(Math.max(sentence.start, p.start - 12), p.start);
    if (!/(?:^|\s)(?:в|во|на)\s+(?:г\.\s*|городе\s+|республике\s+)?$/iu.test(before)) continue;
    if (!out.some((x) => x.name === p.value.name)) out.push(placeOf(p.value));
  }
  return out;
}

/** Nouns that count attendance by themselves; other people («членов», «мэров») count only beside a verb of taking part. */
const ATTENDANCE_NOUNS = new Set([
  'человек',
  'участник',
  'слушатель',
  'гость',
  'делегат',
  'посетитель',
  'зритель',
  'пользователь',
  'специалист',
]);
const TAKING_PART = /участ|присутств|подключ|собрал|посетил|прослушал|зарегистрир|привлек/iu;

function firstPeopleCount(findings: DocumentFindings, range: Stretch, text: string): number | null {
  const taking = TAKING_PART.test(text.slice(range.start, range.end));
  const count = within(findings.figures, range).find(
    (f) => f.value.unit === 'people' && !f.value.age && (taking || ATTENDANCE_NOUNS.has(f.value.noun ?? '')),
  );
  return count ? count.value.count : null;
}

/** The status cue nearest to the event noun in its sentence. */
function nearestCue(cues: StatusCue[], triggerAt: number): StatusCue | null {
  let best: StatusCue | null = null;
  for (const cue of cues) {
    if (best === null || Math.abs(cue.start - triggerAt) < Math.abs(best.start - triggerAt)) best = cue;
  }
  return best;
}

/** A letterhead's address or contact line: «414000, г. Астрахань», «Тел.: …, e-mail: …». */
const CONTACT_LINE = /^\s*\d{6},|(?<!\p{L})(?:тел\.|e-mail|факс)|@/iu;

/** A short line without a final stop: a title or a headline. */
function isHeadlineLike(p: Paragraph): boolean {
  return p.text.length < 160 && !/[.!?…:;]$/.test(p.text.trim()) && !p.listItem;
}

/** How many more event nouns follow the title in a list («…, X …, Y и Z …»). */
function listedKinds(tokens: Token[], trigger: { index: number; last: number }, titleEnd: number): number {
  let count = 0;
  let i = tokens.findIndex((x) => x.start >= titleEnd);
  if (i < 0) return 0;
  while (i < tokens.length) {
    const sep = tokens[i]!;
    if (sep.text !== ',' && sep.norm !== 'и') break;
    let found = -1;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const x = tokens[k]!;
      if (x.kind === 'punct') break;
      const head = x.norm.split('-')[0]!;
      if (kindOfNoun(head) !== null && !ANAPHORIC.test(x.norm)) {
        found = k;
        break;
      }
    }
    if (found < 0) break;
    count++;
    // Skip the item's own words up to the next separator.
    i = found + 1;
    while (i < tokens.length && tokens[i]!.text !== ',' && tokens[i]!.norm !== 'и' && !/^[.;!?]$/.test(tokens[i]!.text))
      i++;
  }
  void trigger;
  return count;
}

/**
 * «В тот же день», «Во второй половине дня», «Во второй день», «событием первого дня»: a day counted
 * from the event told before.
 */
const SAME_OR_NTH_DAY =
  /(тот же|этот же|тот самый|(?:перв|втор)\p{L}*\s+половин\p{L}*) (?:день|дня)|(?:(?:во?|на)\s+|(?<!\p{L}))(перв|втор|трет|четв[её]рт|пят|следующ)(?:ый|ой|ий|ого|его)\s+(?:день|дня)(?!\p{L})/iu;
const ORDINAL_DAYS: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4, четвёрт: 4, пят: 5 };

/**
 * «Пленарная сессия «Власть» в Тверском концертном зале»: a name in quotes is whole; a hall after it
 * is where the event is held, not part of its title.
 */
function withoutVenue(title: string): string {
  return title.replace(/»\s+(?:в|во|на)\s+\p{Lu}[^«»]*$/u, '»');
}

/** Words that count a day from the date a text speaks from. */
const RELATIVE_WORD =
  /(?<!\p{L})(?:сегодня|вчера|завтра|позавчера|послезавтра|минувш\p{L}*|прошл\p{L}*|следующ\p{L}*|нынешн\p{L}*|текущ\p{L}*|эт(?:ой|у|от)\s+неде)/iu;

/** Whether an event is told by days and lasts more than one: «25–26 ноября». */
function daysOfSeveral(when: When): boolean {
  return when.precision === 'day' && when.start !== null && (when.end ?? when.start) > when.start;
}

/** A line that opens with a list marker. */
const LIST_LINE = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/u;

/** The sentence before `at` in its paragraph, or '' at a paragraph's start. */
function sentenceBefore(text: string, at: number): string {
  // A list item after a sentence that sets the day («Во второй день работа продолжилась в формате круглых
  // столов.\n- Круглый стол «…» …»): that sentence, past the items before this one.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (LIST_LINE.test(text.slice(lineStart, at + 2))) {
    let k = lineStart;
    while (k > 0) {
      const previousStart = text.lastIndexOf('\n', k - 2) + 1;
      const line = text.slice(previousStart, k - 1);
      if (line.trim() !== '' && !LIST_LINE.test(line)) return lastSentence(line);
      k = previousStart;
    }
    return '';
  }
  const raw = text.slice(Math.max(0, at - 400), at);
  const before = raw.trimEnd();
  if (raw.slice(before.length).includes('\n')) return '';
  return lastSentence(before);
}

/** The last sentence of a stretch of text on one line or several. */
function lastSentence(before: string): string {
  const paragraph = before.lastIndexOf('\n') + 1;
  const stop = Math.max(
    before.lastIndexOf('. ', before.length - 2),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
  );
  return before.slice(Math.max(paragraph, stop + 2));
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * held for an event told in the past, planned for one told in the future, by the tense of the verb
 * nearest its noun («Форум, который прошёл в мае, соберёт …»: the nearer verb speaks of it); null
 * when no verb has a tense.
 */
function statusFromTense(tokens: Token[], services: TextServices, near = 0): 'held' | 'planned' | null {
  let status: 'held' | 'planned' | null = null;
  let nearest = Number.POSITIVE_INFINITY;
  for (const [k, t] of tokens.entries()) {
    if (t.kind !== 'word' || Math.abs(k - near) >= nearest) continue;
    const reading = services.wordInfo(t.text)[0];
    if (!reading || (reading.pos !== 'VERB' && reading.pos !== 'PRTS')) continue;
    const tense = reading.tags.has('past') ? 'held' : reading.tags.has('futr') ? 'planned' : null;
    if (tense === null) continue;
    status = tense;
    nearest = Math.abs(k - near);
  }
  return status;
}

/** Whether two times overlap (a year holding the event's day counts as the same time). */
function sameTime(a: When, b: When): boolean {
  if (a.start === null || b.start === null) return true;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  return a.start <= bEnd && b.start <= aEnd;
}

/** Whether the event noun is a bare genitive after a noun that is no event («сайте форума»). */
function dependsOnNoun(tokens: Token[], index: number, services: TextServices): boolean {
  const prev = tokens[index - 1];
  if (prev?.kind !== 'word' || kindOfNoun(prev.norm) !== null) return false;
  const own = services.wordInfo(tokens[index]!.text);
  if (!own.some((r) => r.pos === 'NOUN' && r.tags.has('gent'))) return false;
  const before = services.wordInfo(prev.text)[0];
  return before?.pos === 'NOUN';
}

/** Paragraphs split into items: a bare date line or a paragraph that opens with a date starts a new item. */
interface Item {
  paragraphs: Paragraph[];
  /** The date of a bare date line that opens the item («- 16.12.2025»). */
  date: IsoDate | null;
  dateText?: string;
}

/** «Торжества, посвященных …» → «Торжества, посвященные …»: the participle agrees with its noun in the nominative. */
function agreeDevotedTo(title: string, services: TextServices): string {
  const m = /^(\p{L}+),\s+(посвящ[её]нн)\p{L}+/u.exec(title);
  if (!m) return title;
  const readings = services.wordInfo(m[1]!).filter((r) => r.tags.has('nomn'));
  const tags = readings[0]?.tags;
  const plural = readings.some((r) => r.tags.has('plur'));
  const ending = plural ? 'ые' : tags?.has('femn') ? 'ая' : tags?.has('neut') ? 'ое' : 'ый';
  return `${m[1]}, ${m[2]}${ending}${title.slice(m[0].length)}`;
}

/** A date in ISO form moved by whole years or days. */
function shiftIso(date: string, years: number, days = 0): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const LAST_WEEK = /(?<!\p{L})(?:на\s+)?прошлой\s+неделе(?!\p{L})/iu;

/** «Тематические сессии «А»», a plural head with its first name, as the title keeps it. */
const PLURAL_HEAD_NAME = /^([^«»]+?)\s+(«[^«»]+»)$/u;
/** «… и «Б»», «…, «Б» и «В»»: the names listed after the first. */
const MORE_NAMES = /^((?:\s*,\s*«[^«»]+»)*\s+и\s+«[^«»]+»)/u;
/** «Три круглых стола»: a count of events, whose names follow a colon in the sentence. */
const COUNTED_HEAD = new RegExp(`^(?:${COUNT_WORDS})\\s+([^«»]+)$`, 'iu');
/** «: «А», «Б» и «В»»: the names a count is followed by. */
const NAMES_AFTER_COLON = /^[^«»:.]{0,40}(?::|\s[–—-])\s*(«[^«»]+»(?:\s*,\s*«[^«»]+»)*\s+и\s+«[^«»]+»)/u;

/**
 * «Во второй половине дня работали тематические сессии «Финансы» и «Среда»»: one event per name, each
 * under the head in the singular («Тематическая сессия «Финансы»»), the rest of the record shared.
 * @example splitListedNames(events, services)
 */
export function splitListedNames(events: ExtractedEvent[], services: TextServices): ExtractedEvent[] {
  // One record per name, under the head put in the nominative singular.
  const perName = (e: ExtractedEvent, head: string, names: string[]) => {
    const one = capitalizeFirst(services.singular(head));
    return names.map((name) => {
      const title = `${one} ${name}`;
      return { ...e, title, kind: kindOfTitle(title) };
    });
  };
  return events.flatMap((e) => {
    // «работали три круглых стола: «А», «Б» и «В»».
    const counted = COUNTED_HEAD.exec(e.title);
    if (counted) {
      const at = e.evidence.toLowerCase().indexOf(counted[1]!.toLowerCase());
      const names = at < 0 ? null : NAMES_AFTER_COLON.exec(e.evidence.slice(at + counted[1]!.length));
      return names ? perName(e, counted[1]!.trim(), names[1]!.match(/«[^«»]+»/gu) ?? []) : [e];
    }
    const m = PLURAL_HEAD_NAME.exec(e.title);
    if (!m) return [e];
    const head = m[1]!.trim();
    const last = head.split(/\s+/).pop()!;
    if (!services.wordInfo(last).some((r) => r.pos === 'NOUN' && r.tags.has('plur') && r.tags.has('nomn'))) return [e];
    const at = e.evidence.indexOf(m[2]!);
    const more = at < 0 ? null : MORE_NAMES.exec(e.evidence.slice(at + m[2]!.length));
    return more ? perName(e, head, [m[2]!, ...(more[1]!.match(/«[^«»]+»/gu) ?? [])]) : [e];
  });
}

/**
 * Refiner for news read from a known date (the document's or its feed item's): an event reported as held
 * on a day whose year the text left out is not after that date («Накануне, 16 ноября» in a text of 18
 * November 2024 that spoke of «планах на 2025 год» before is 2024); «на прошлой неделе» is the whole
 * week before the date's week, precision `unknown` (there is no week precision).
 * @example datesFromDocument(events, '2024-11-18')
 */
export function datesFromDocument(events: ExtractedEvent[], documentDate: IsoDate | null): void {
  if (documentDate === null) return;
  for (const e of events) {
    const w = e.when;
    if (w.start === null && LAST_WEEK.test(w.text || e.evidence)) {
      const weekday = (new Date(`${documentDate}T00:00:00Z`).getUTCDay() + 6) % 7;
      const monday = shiftIso(documentDate, 0, -weekday - 7);
      e.when = { start: monday, end: shiftIso(monday, 0, 6), precision: 'unknown', recurrence: null, text: w.text };
      continue;
    }
    if (e.status !== 'held' || w.start === null || w.start <= documentDate || /\d{4}/.test(w.text)) continue;
    if (w.precision !== 'day' && w.precision !== 'month') continue;
    const start = shiftIso(w.start, -1);
    if (start > documentDate) continue;
    e.when = { ...w, start, end: w.end === null ? null : shiftIso(w.end, -1) };
  }
}

interface Clause {
  start: number;
  end: number;
  text: string;
  /** Set when the sentence was split: false for the first clause, true for the one without a verb. */
  gapped?: boolean;
  whole: Stretch & { text: string };
}

/** «, а Конференция … – в феврале …», «, а вечером – церемония …»: a clause whose verb is left out. */
const GAPPED = /,\s+а\s+(?=[^,]{0,160}?\s[–—]\s)/u;

/**
 * A sentence reporting an event and, after «, а», another with its verb left out (a dash in its place)
 * as two clauses; else the sentence itself.
 */
function gappedClauses(s: { start: number; end: number; text: string }): Clause[] {
  const whole = { start: s.start, end: s.end, text: s.text };
  const m = GAPPED.exec(s.text);
  if (!m) return [{ ...s, whole }];
  const first = s.text.slice(0, m.index);
  const rest = s.text.slice(m.index + m[0].length);
  if (firstEventNoun(first) === null || findStatusCues(first).length === 0 || firstEventNoun(rest) === null)
    return [{ ...s, whole }];
  const restStart = s.start + m.index + m[0].length;
  return [
    { start: s.start, end: s.start + m.index, text: first, gapped: false, whole },
    { start: restStart, end: s.end, text: rest, gapped: true, whole },
  ];
}

function itemsOf(paragraphs: Paragraph[], dates: Found<When>[]): Item[] {
  const items: Item[] = [];
  let current: Item | null = null;
  for (const p of paragraphs) {
    const opening = within(dates, { start: p.start, end: p.end }).find((d) => d.start <= p.start + 4);
    // «23 ноября 2026 г.», «12.01.2031»: a line that is nothing but a date (its «г.» and stop too).
    const dateOnly = (t: string) => t.replace(/^[-–—•*\s]+/, '').replace(/[\s*]*(?:г\.?|года)?[\s.*]*$/u, '');
    const bare = opening && dateOnly(p.text) === dateOnly(opening.text);
    if (bare) {
      // «Заголовок / 13.11.2026 / текст»: a date line under a headline dates that headline's item.
      if (
        current !== null &&
        current.date === null &&
        current.paragraphs.length > 0 &&
        current.paragraphs.every(isHeadlineLike)
      ) {
        current.date = opening.value.start;
        current.dateText = opening.text;
        continue;
      }
      current = { paragraphs: [], date: opening.value.start, dateText: opening.text };
      items.push(current);
      continue;
    }
    // A headline line stays with the body it announces, even when the body opens with a date.
    // (A letterhead's address and phone lines above the headline are not headlines of their own.)
    const heading = current?.paragraphs.filter((x) => !CONTACT_LINE.test(x.text)) ?? [];
    const afterHeadline =
      current !== null && heading.length > 0 && heading.length <= 3 && current.paragraphs.every(isHeadlineLike);
    if (current === null || (opening && !afterHeadline)) {
      current = { paragraphs: [], date: current?.paragraphs.length === 0 ? current.date : null };
      if (items[items.length - 1]?.paragraphs.length === 0) items.pop();
      items.push(current);
    }
    current.paragraphs.push(p);
  }
  return items.filter((i) => i.paragraphs.length > 0);
}

/**
 * Every event the news paragraphs of a document report or announce, in text order.
 * @example eventsFromNews(paragraphs, reading).map((e) => [e.kind, e.status])
 */
export function eventsFromNews(paragraphs: Paragraph[], reading: NewsReading): ExtractedEvent[] {
  const { text } = reading;
  const byStart = <T extends Stretch>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start);
  const findings: DocumentFindings = {
    dates: byStart(reading.findings.dates),
    places: byStart(reading.findings.places),
    organizations: byStart(reading.findings.organizations),
    figures: byStart(reading.findings.figures),
  };
  reading = { ...reading, findings };
  const whenDates = findings.dates.filter(
    (d): d is Found<When> & { type: 'DATE' } =>
      d.type === 'DATE' && isWhen(d.value) && !reading.ignoredDates.some((x) => overlaps(x, d)),
  ) as Found<When>[];
  const drafts: Draft[] = [];
  const headlines = new Set<Draft>();
  // A dateline is no event's date, but it still opens an item.
  const allDates = findings.dates.filter(
    (d): d is Found<When> & { type: 'DATE' } => d.type === 'DATE' && isWhen(d.value),
  );
  const items = itemsOf(paragraphs, allDates);
  for (const [itemIndex, item] of items.entries()) {
    let current: Draft | null = null;
    // Bodies that drew up a joint plan: they organize what the item says is held under it.
    let planOwners: string[] = [];
    for (const [paragraphIndex, paragraph] of item.paragraphs.entries()) {
      // A footnote («¹ Даты празднования указаны ориентировочно») qualifies a table; it reports nothing.
      if (FOOTNOTE.test(paragraph.text)) continue;
      const isHeadline =
        (reading.title != null && paragraph.text.trim() === reading.title.trim()) ||
        (paragraphIndex < item.paragraphs.length - 1 &&
          item.paragraphs.slice(0, paragraphIndex + 1).every(isHeadlineLike));
      // «… пройдет 23–24 апреля в Бишкеке, а Конференция СМИ – в феврале в Москве»: a clause that leaves out
      // the verb states an event of its own, with the verb (and, naming none, the time) of the clause before.
      let gapped: { whole: Stretch & { text: string }; cues: StatusCue[]; dates: Found<When>[] } | null = null;
      for (const s of splitSentences(paragraph.text, paragraph.start).flatMap(gappedClauses)) {
        const tokens = tokenize(s.text);
        const range = { start: s.start, end: s.end };
        const orgs = within(findings.organizations, range);
        const sentence: SentenceContext = { text: s.text, tokens, start: s.start, end: s.end, orgs };
        // «20 января 2026 г. Совет проведёт 5 февраля форум …»: in a feed, the date heading an item
        // is when it was published; the event's own day in the same sentence is its date.
        const inSentence = within(whenDates, range);
        const heading = inSentence[0];
        const headsItem =
          items.length >= 3 &&
          heading !== undefined &&
          heading.start <= paragraph.start + 2 &&
          heading.value.precision === 'day' &&
          inSentence.some(
            (d) =>
              d !== heading &&
              (d.value.precision === 'day' || d.value.precision === 'month') &&
              d.value.start !== heading.value.start &&
              !(
                d.value.start !== null &&
                d.value.end !== null &&
                d.value.start <= heading.value.start! &&
                heading.value.start! <= d.value.end
              ) &&
              !/^(?:до|по|с)\s/iu.test(d.text) &&
              !/(?:^|\s)(?:до|по)\s*$/iu.test(text.slice(Math.max(s.start, d.start - 4), d.start)),
          );
        const inheriting = gapped !== null && s.gapped === true;
        let dates = headsItem ? inSentence.slice(1) : inSentence;
        const owners = jointPlanOwners(sentence, reading);
        if (owners.length > 0) planOwners = owners;
        let cues = findStatusCues(s.text).map((c) => ({ ...c, start: c.start + s.start, end: c.end + s.start }));
        if (inheriting && cues.length === 0) cues = gapped!.cues;
        if (inheriting && dates.length === 0) dates = gapped!.dates;
        gapped = s.gapped === false ? { whole: s.whole, cues, dates } : null;
        const background: { index: number; last: number; kind: EventKind }[] = [];
        const nouns = eventNouns(tokens, orgs, s.start, dates).filter((n) => {
          const at = tokens[n.index]!.start + s.start;
          const before = text.slice(Math.max(s.start, at - 60), at);
          // «подготовка к Форуму …, который пройдет 30 сентября – 2 октября»: with a verb and a time of its
          // own in a relative clause, what is prepared is an event too.
          const after = text.slice(tokens[n.last]!.end + s.start, s.end);
          if (BACKGROUND.test(before) && !OWN_RELATIVE_CLAUSE.test(after)) {
            background.push(n);
            return false;
          }
          if (DECIDED_ABOUT.test(before)) return false;
          return !PREPARING_BODY.test(before) || ABOUT_HOLDING.test(before);
        });
        // «В рамках форума пройдут пленарное заседание (14 октября), …»: the parts of an event told before.
        const parts =
          current === null
            ? null
            : partsOfEvent(
                drafts.filter((d) => d.item === itemIndex),
                { sentence, nouns, dates, cues },
                reading,
              );
        if (parts !== null) {
          for (const part of parts) part.item = itemIndex;
          drafts.push(...parts);
          continue;
        }
        const dayDates = dates.filter(
          (d) => (d.value.precision === 'day' || d.value.precision === 'month') && !RELATIVE_DAY.test(d.text),
        );
        // A sentence about «Мероприятие» speaks of the event before it, whatever else it names.
        const refersBack = (n: { index: number; last: number; kind: EventKind }) => {
          const norm = tokens[n.index]!.norm;
          if (ANAPHORIC.test(norm)) return true;
          if (current === null) return false;
          const next = tokens[n.last + 1];
          // Named: a quoted name follows, or a capitalized adjective inside the sentence opens the name
          // («завершил работу Всероссийский форум …»).
          const before = tokens[n.index - 1];
          const named =
            (next !== undefined && (next.text === '«' || next.text === '"')) ||
            (before !== undefined &&
              n.index - 1 > 0 &&
              before.kind === 'word' &&
              /^\p{Lu}\p{Ll}/u.test(before.text) &&
              reading.services.wordInfo(before.text).some((r) => r.pos === 'ADJF'));
          // A bare mention of the current event's kind, or of a noun in its title, refers back to it
          // unless it comes with a day of its own.
          const sameKind =
            n.kind === current.event.kind ||
            normalizeText(current.event.title).toLowerCase().includes(norm.slice(0, 5));
          // «…приняло решение о проведении Общего Собрания. Общее Собрание … состоится в марте»: the second states it.
          if (sameKind && current.weak && cues.length > 0 && dates.length > 0) return false;
          // «# Прошло заседание Президиума … / Сегодня состоялось расширенное заседание Президиума …»: the body
          // states in full what its headline announced.
          if (sameKind && headlines.has(current) && cues.length > 0 && current.item === itemIndex) return false;
          if (named) return false;
          // «… приглашает принять участие в V Форуме «…». Форум состоится 19–20 июня»: the bare noun
          // gives the named event told without a day its day.
          if (
            sameKind &&
            current.named &&
            !current.hasDate &&
            dayDates.length > 0 &&
            cues.every((c) => c.status === current!.event.status)
          )
            return true;
          // «Напомним, что съезд планировалось провести в декабре, однако он был перенесён»: the event told
          // before, recalled as it was first planned.
          if (sameKind && RECALLED_PLAN.test(tokens[n.last + 1]?.norm ?? '')) return true;
          // «конференция, ранее анонсированная на 17–18 апреля, перенесена на 22–23 мая»: the bare noun with
          // the very days of the event told before speaks of it.
          if (sameKind && dayDates.some((d) => d.value.start !== null && sameTime(d.value, current!.event.when)))
            return true;
          // «Форум продлится до 19 сентября»: the event told before goes on; the date is its end.
          if (sameKind && CONTINUES.test(s.text)) return true;
          // «на официальном сайте форума», «темой встречи»: a bare event noun that only qualifies
          // another noun speaks of an event already named, whatever date the sentence holds.
          // …unless it comes with a day and a name of its own («в ходе встречи руководителей … 21 мая»).
          const following = tokens[n.last + 1];
          const complemented =
            following?.kind === 'word' &&
            !reading.services
              .wordInfo(following.text)
              .some((r) => r.pos === 'VERB' || r.pos === 'PRTS' || r.pos === 'INFN');
          if (dependsOnNoun(tokens, n.index, reading.services) && (dayDates.length === 0 || !complemented)) return true;
          if (!sameKind) return false;
          if (dayDates.length === 0) {
            // «В 2030 году мы провели форум»: its own verb and a time apart from the current event's make it another.
            const own = dates.some(
              (d) => !RELATIVE_DAY.test(d.text) && d.value.start !== null && !sameTime(d.value, current!.event.when),
            );
            // …as the verb's subject or object, not after a preposition («на заседании планируется …»).
            const prev = tokens[n.index - 1];
            const governed =
              prev?.kind === 'word' && reading.services.wordInfo(prev.text).some((r) => r.pos === 'PREP');
            return !(own && cues.length > 0 && !governed);
          }
          return false;
        };
        // A sentence that first speaks of the event before it («Мероприятие было…», «Открыл Собрание…»)
        // belongs to that event, whatever else it names.
        // («на площадке форума провёл панельную сессию «…»»: a genitive after another noun only qualifies.)
        // «Первым мероприятием года станет форум «…»»: a generic noun that only predicates a named
        // event is no reference back.
        const namedLater = (first: { index: number }) =>
          ANAPHORIC.test(tokens[first.index]!.norm) &&
          nouns.some(
            (n) => n.index > first.index && !ANAPHORIC.test(tokens[n.index]!.norm) && tokens[n.last + 1]?.text === '«',
          );
        // «После заседания Президиума … был проведен семинар»: the event told before only dates a new one.
        const onlyDates = (first: { index: number; kind: EventKind }) =>
          AFTER_EVENT.test(tokens[first.index - 1]?.norm ?? '') && nouns.some((n) => n.kind !== first.kind);
        const aboutPrevious: boolean =
          current !== null &&
          nouns[0] !== undefined &&
          refersBack(nouns[0]) &&
          !namedLater(nouns[0]) &&
          !onlyDates(nouns[0]) &&
          !dependsOnNoun(tokens, nouns[0].index, reading.services);
        let fresh: typeof nouns = aboutPrevious ? [] : nouns.filter((n) => !refersBack(n));
        // «Форум открылся 17 апреля пленарным заседанием «…»»: a sentence about the event told before
        // that names a part of another kind in quotes tells that part.
        if (aboutPrevious) {
          const part = nouns.find(
            (n) => n !== nouns[0] && n.kind !== nouns[0]!.kind && tokens[n.last + 1]?.text === '«',
          );
          if (part) fresh = [part];
        } else if (fresh.length >= 2 && (OPENED_WITH.test(s.text) || OPENED_BY.test(s.text))) {
          // …and so when its bare noun names an event told earlier, not the one just before
          // («Накануне форума состоялось заседание … Форум открылся 25 ноября пленарной сессией «…»»).
          const first = fresh[0]!;
          const toldBefore =
            tokens[first.last + 1]?.text !== '«' && drafts.some((d) => d.named && d.event.kind === first.kind);
          // …the part in the instrumental («пленарной сессией «…»», «торжественным награждением …»), or
          // the subject of «открыло» («конференцию открыло пленарное заседание «…»»).
          const active = !OPENED_WITH.test(s.text);
          const part = fresh.find(
            (n) =>
              n.kind !== first.kind &&
              reading.services.wordInfo(tokens[n.index]!.text).some((r) => r.tags.has(active ? 'nomn' : 'ablt')),
          );
          if (toldBefore && part) fresh = [part];
        }
        // «пройдут праздничные мероприятия, посвящённые Дню города»: with nothing but generic
        // «мероприятия» to name it, the event is what they are devoted to.
        if (
          current === null &&
          fresh.length === 0 &&
          background.length > 0 &&
          nouns.every((n) => ANAPHORIC.test(tokens[n.index]!.norm))
        ) {
          fresh = background;
        }
        const aboutHolding: (typeof nouns)[number] | undefined = fresh.find((n) => {
          const at = tokens[n.index]!.start + s.start;
          if (!ABOUT_HOLDING.test(text.slice(Math.max(s.start, at - 60), at))) return false;
          // «состоится заседание …, на котором будет рассмотрен вопрос о проведении форума»: what is
          // discussed in a relative clause of an event named before is not the sentence's event.
          const first = fresh[0]!;
          return first === n || !/(?<!\p{L})котор\p{L}*/iu.test(text.slice(tokens[first.last]!.end + s.start, at));
        });
        // «для участников форума запланирована экскурсия»: a noun that only qualifies another noun is
        // not the sentence's event when the sentence names another one.
        const trigger: (typeof nouns)[number] | undefined =
          aboutHolding ??
          fresh.find((n) => !dependsOnNoun(tokens, n.index, reading.services) && !onlyDates(n)) ??
          fresh[0];
        // «план на 2020 год» dates a plan, not an event.
        const concreteDates = dates.filter(
          (d) => (d.value.start !== null || d.value.recurrence !== null) && !/^на\s/iu.test(d.text),
        );
        // «Союз провёл онлайн-марафон?»: a question states nothing.
        const question = /\?\s*$/u.test(s.text);
        if (trigger && !question && (cues.length > 0 || concreteDates.length > 0 || aboutHolding)) {
          current = startEvent(
            s,
            tokens,
            trigger,
            sentence,
            dates,
            cues,
            reading,
            drafts,
            aboutHolding !== undefined,
            item,
          );
          const replaced = drafts[drafts.length - 1];
          if (replaced?.weak && replaced.item === itemIndex && replaced.event.kind === current.event.kind) {
            drafts.pop();
            headlines.delete(replaced);
            // «На второй день форума работали два круглых стола. Круглый стол «…» …»: the one named takes
            // the day and place the count was told with.
            const named = current.event;
            if (named.when.start === null && replaced.event.when.start !== null) {
              named.when = { ...replaced.event.when };
              current.hasDate = true;
            }
            if (named.places.length === 0) named.places = [...replaced.event.places];
          }
          current.item = itemIndex;
          const e = current.event;
          if (s.gapped !== undefined) {
            // Both clauses are told by the one sentence.
            e.evidence = s.whole.text;
            e.evidenceSpan = { start: s.whole.start, end: s.whole.end };
            if (inheriting) e.status = cues[0]?.status ?? e.status;
          }
          // «на площадке форума провёл панельную сессию»: a part of the event before takes its dates,
          // to the day only when that event lasts one day.
          const parent = drafts[drafts.length - 1];
          if (e.when.text === '' && e.when.start === null && parent?.item === itemIndex && nouns.some(refersBack)) {
            const w = parent.event.when;
            if (w.start !== null) e.when = { ...w, precision: w.start === w.end ? w.precision : 'unknown' };
          }
          // «Следующее заседание решено провести в декабре»: the next meeting is held by whoever held
          // the one the item is about.
          const following = tokens.slice(Math.max(0, trigger.index - 2), trigger.index).some((x) => NEXT.test(x.norm));
          if (e.organizers.length === 0 && following && ORGAN_KINDS.includes(e.kind)) {
            const inItem = drafts.filter((d) => d.item === itemIndex && d.event.organizers.length > 0);
            const held = inItem.find((d) => d.event.kind === e.kind) ?? inItem[0];
            if (held) e.organizers = [...held.event.organizers];
          }
          if (
            e.organizers.length === 0 &&
            planOwners.length > 0 &&
            (UNDER_PLAN.test(s.text) || e.status === 'planned')
          ) {
            e.organizers = [...planOwners];
          }
          drafts.push(current);
          if (isHeadline) headlines.add(current);
          continue;
        }
        // «Делегация Союза посетила Чебоксары», «Главы городов – членов Союза обсудили …»: with a date
        // of its own, what the association's people did is an event though no noun names it.
        const acted: Draft | null =
          trigger === undefined && nouns.length === 0 && !question
            ? eventFromVerb(sentence, dayDates, current?.item === itemIndex ? current.event.when : null, reading)
            : null;
        if (acted) {
          acted.item = itemIndex;
          current = acted;
          drafts.push(acted);
          continue;
        }
        if (current) {
          // A date in a later paragraph belongs to what that paragraph tells, not to this event.
          const sameParagraph = current.event.evidenceSpan.start >= paragraph.start;
          // …unless it names the event by its kind and the event, named before, has no day yet.
          const daysIt = !current.hasDate && current.named && nouns[0]?.kind === current.event.kind;
          attachFollowUp(current, sentence, sameParagraph || daysIt ? dates : [], reading);
        }
      }
    }
  }
  // A headline announces the event its item reports: keep the report, drop the headline's copy.
  const reportedItems = new Set(drafts.filter((d) => !headlines.has(d)).map((d) => d.item));
  return drafts.filter((d) => !headlines.has(d) || !reportedItems.has(d.item)).map((d) => d.event);
}

/** «В рамках форума», «Программа форума», «в ходе конгресса»: a sentence about what an event told before includes. */
const PARTS_INTRO = /^(?:\S+\s+){0,3}?(?:в\s+рамках|в\s+ходе|(?:деловая\s+|культурная\s+)?программ\p{L}*)\s+$/iu;
const DAYS_OF_PART = /^\s*\(([^()]+)\)/u;

interface SentenceParts {
  sentence: SentenceContext;
  nouns: { index: number; last: number; kind: EventKind }[];
  dates: Found<When>[];
  cues: StatusCue[];
}

/**
 * The named parts of an event that a sentence lists after it («В рамках форума пройдут пленарное
 * заседание (14 октября), заседание Совета МАГ (15 октября) и круглый стол …»; «Программа форума
 * включает выставку …»), each an event of its own (`shared/data/gold/NOTES.md`, «What counts»): its
 * own date, else the parent's (to the day only when the parent lasts one day); the parent's place,
 * venue and format when it names none; its own organizer when the text states one («который проведёт
 * Союз …», «Совета МАГ»), else the parent's. Null when the sentence is no such list.
 */
function partsOfEvent(itemDrafts: Draft[], parts: SentenceParts, reading: NewsReading): Draft[] | null {
  const { sentence, nouns, dates, cues } = parts;
  const { tokens } = sentence;
  const ref = nouns.find((n) => PARTS_INTRO.test(sentence.text.slice(0, tokens[n.index]!.start)));
  if (!ref) return null;
  const parent = [...itemDrafts].reverse().find((d) => d.event.kind === ref.kind && d.named);
  if (!parent) return null;
  const { services, text } = reading;
  // «презентация сборника «…»»: a noun right after a part's noun (adjectives between) only qualifies it.
  const qualifies = (n: { index: number }, m: { last: number }) =>
    m.last < n.index &&
    tokens
      .slice(m.last + 1, n.index)
      .every((x) => x.kind === 'word' && services.wordInfo(x.text).some((r) => r.pos === 'ADJF'));
  const listed = nouns
    .filter((n) => n.index > ref.last && !ANAPHORIC.test(tokens[n.index]!.norm))
    .filter((n, _i, all) => !all.some((m) => m !== n && qualifies(n, m)));
  if (listed.length === 0) return null;
  // A part's words start at the adjectives before its noun («пленарное заседание», «круглый стол»).
  const firstWord = (n: { index: number }, floor: number) => {
    let k = n.index;
    while (
      k - 1 > floor &&
      tokens[k - 1]!.kind === 'word' &&
      services.wordInfo(tokens[k - 1]!.text).some((r) => r.pos === 'ADJF' || r.pos === 'NUMR')
    )
      k--;
    return k;
  };
  const starts = listed.map((n, i) => firstWord(n, i === 0 ? ref.last : listed[i - 1]!.last));
  const parentWhen = parent.event.when;
  return listed.map((n, i) => {
    const from = tokens[starts[i]!]!.start + sentence.start;
    const nextStart = starts[i + 1];
    const to = nextStart === undefined ? sentence.end : tokens[nextStart]!.start + sentence.start;
    const segment = { start: from, end: to };
    const segmentText = text.slice(from, to);
    // The name ends where its date in brackets, a clause or the next part begins.
    const nameEnd = segmentText.search(/\s*(?:\(|,|;|\s(?:и|а\s+также|также)\s|[.!?]\s*$|$)/u);
    const quoted = /^[^«]*«[^»]*»/u.exec(segmentText);
    const end = Math.max(nameEnd, quoted ? quoted[0].length : 0);
    const written = segmentText.slice(0, end).trim();
    const title = capitalizeFirst(headToNominative(written, caseOfTrigger(tokens, n.index, services), services));
    const own = DAYS_OF_PART.exec(segmentText.slice(end));
    const ownDates = within(dates, segment).filter((d) => !own || d.start >= from + end);
    const chosen = pickWhen(ownDates, []);
    const when: When = chosen
      ? { ...chosen.value }
      : { ...parentWhen, precision: parentWhen.start === parentWhen.end ? parentWhen.precision : 'unknown' };
    const segmentSentence: SentenceContext = {
      text: segmentText,
      tokens: tokenize(segmentText),
      start: from,
      end: to,
      orgs: within(sentence.orgs, segment),
    };
    let organizers = organizersIn(segmentSentence, text, services);
    if (organizers.length === 0) {
      const body = ownerInTitle(
        { start: from, end: from + end },
        tokens[n.last]!.end + sentence.start,
        sentence.orgs,
        text,
        services,
      );
      organizers = body ? [body] : [...parent.event.organizers];
    }
    const places = eventPlaces(
      segmentSentence,
      within(reading.findings.places, segment),
      { start: from, end: from + end },
      reading,
    );
    const cue = nearestCue(cues, tokens[n.index]!.start + sentence.start);
    const event: ExtractedEvent = {
      title,
      kind: n.kind,
      when,
      places: places.length > 0 ? places : [...parent.event.places],
      venue: parent.event.venue,
      organizers,
      format: findFormat(segmentText)?.format ?? parent.event.format,
      status: cue?.status ?? parent.event.status,
      attendance: null,
      age: null,
      expectedResult: null,
      evidence: sentence.text,
      evidenceSpan: { start: sentence.start, end: sentence.end },
      fieldSpans: {
        title: { start: from, end: from + end },
        ...(chosen ? { when: { start: chosen.start, end: chosen.end } } : {}),
      },
      confidence: 0.7,
    };
    return {
      event,
      kindNoun: tokens[n.index]!.norm,
      aliases: [],
      named: true,
      hasDate: when.start !== null,
      inPerson: false,
      online: event.format === 'online',
      weak: false,
      item: parent.item,
    };
  });
}

/** Verbs that tell an event without naming it, with the kind of event and the noun its title takes. */
const ACTION_VERBS: readonly [RegExp, EventKind, string][] = [
  [/^(?:посетил[аио]?|посетят|посетит|побывал[аио]?|побывают|побывает)$/u, 'другое', 'Визит'],
  [/^(?:встретил(?:ся|ась|ись)|встретятся|встретится)$/u, 'встреча', 'Встреча'],
  [/^(?:обсудил[аи]?|обсудят|обсудит)$/u, 'совещание', 'Совещание'],
];
/** An association named in the subject: its delegation, members or heads act for it. */
const ASSOCIATION_NAME = /^(?:Союз|Ассоциаци|Палат|Конгресс|Ассамбле|Совет\s+муниципальных)\p{L}*/u;
/** People who act for an association: «делегация», «главы», «мэры», «члены», «участники», «представители». */
const ACTORS = /^(?:делегаци|глав|мэр|член|участник|представител|руководител|председател)\p{L}*$/u;

/**
 * An event told only by its verb, when the sentence has a date of its own and its subject is the
 * association's people («29 января делегация Союза малых городов посетила Чебоксары»): a visit, a
 * meeting or a discussion, titled by the verb's noun and the subject («Визит делегации Союза …»).
 */
function eventFromVerb(
  sentence: SentenceContext,
  dayDates: Found<When>[],
  currentWhen: When | null,
  reading: NewsReading,
): Draft | null {
  const { tokens } = sentence;
  const { services, text } = reading;
  const chosen = pickWhen(dayDates, []);
  if (chosen === null || chosen.value.start === null) return null;
  if (currentWhen !== null && sameTime(currentWhen, chosen.value)) return null;
  const verbAt = tokens.findIndex((t) => t.kind === 'word' && ACTION_VERBS.some(([v]) => v.test(t.norm)));
  if (verbAt < 0) return null;
  const [, kind, noun] = ACTION_VERBS.find(([v]) => v.test(tokens[verbAt]!.norm))!;
  const verbStart = tokens[verbAt]!.start + sentence.start;
  // The subject: from its first actor noun up to the verb, past the date and adverbials before it.
  const actorAt = tokens.findIndex((t, k) => k < verbAt && t.kind === 'word' && ACTORS.test(t.norm));
  if (actorAt < 0) return null;
  const subjectStart = tokens[actorAt]!.start + sentence.start;
  const association = sentence.orgs.find(
    (o) => o.start >= subjectStart && o.end <= verbStart && ASSOCIATION_NAME.test(o.text),
  );
  const subjectText = text.slice(subjectStart, verbStart);
  const associationWord = /(?<!\p{L})(?:Союз|Ассоциаци|Палат|Конгресс|Ассамбле)\p{L}*/u.test(subjectText);
  if (!association && !associationWord) return null;
  // «главы … обсудили в Ярославле»: a place after the subject is where, not part of it.
  const subjectEnd = subjectText.search(/\s+(?:в|во|на)\s+\p{Lu}|\s*$/u);
  const subject = subjectText.slice(0, subjectEnd).trim();
  const title = `${noun} ${services.inflectPhrase(subject, 'gent')}`;
  const places = within(reading.findings.places, sentence);
  const where = eventPlaces(sentence, places, { start: subjectStart, end: subjectStart }, reading);
  // «посетила Чебоксары»: the place visited is the object of the verb.
  const visited = places.find(
    (p) => p.start > verbStart && /^\s*$/u.test(text.slice(tokens[verbAt]!.end + sentence.start, p.start)),
  );
  if (visited && !where.some((p) => p.name === visited.value.name)) where.push(placeOf(visited.value));
  const organizers: string[] = [];
  // «членов Союза»: the association named in full earlier in the text.
  const word = /(?<!\p{L})(Союз|Ассоциаци|Палат|Конгресс|Ассамбле)\p{L}*/u.exec(subjectText)?.[1];
  const named =
    association ??
    [...reading.findings.organizations]
      .reverse()
      .find((o) => o.end <= sentence.start && word !== undefined && o.value.name.startsWith(word));
  const body = named ? bodyOf(named, services) : null;
  if (body) organizers.push(body);
  const event: ExtractedEvent = {
    title,
    kind,
    when: { ...chosen.value },
    places: where,
    venue: null,
    organizers,
    format: findFormat(sentence.text)?.format ?? null,
    status: statusFromTense(tokens, services, verbAt),
    attendance: firstPeopleCount(reading.findings, sentence, text),
    age: null,
    expectedResult: null,
    evidence: sentence.text,
    evidenceSpan: { start: sentence.start, end: sentence.end },
    fieldSpans: { when: { start: chosen.start, end: chosen.end } },
    confidence: 0.5,
  };
  return {
    event,
    kindNoun: noun.toLowerCase(),
    aliases: [],
    named: false,
    hasDate: true,
    inPerson: false,
    online: event.format === 'online',
    weak: false,
    item: 0,
  };
}

const ORGAN_KINDS: readonly EventKind[] = ['заседание', 'собрание', 'сессия', 'совещание'];
/** «Следующее заседание», «очередное собрание»: the next meeting of the same body. */
const NEXT = /^(?:следующ|очередн)\p{L}*$/u;

// («**Казань, 12 марта** – …» in Markdown bold, «*Уфа, 24 сентября*» in italics, is no footnote.)
const FOOTNOTE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰ⁱ†]|\*(?!\*)(?![^*\n]*\*[\s.,:;–—-]*$)|\(\d\)|\[\d\])/u;
const UNDER_PLAN = /в\s+рамках\s+(?:\p{L}+\s+){0,2}план/iu;
const PLAN_NOUN = /(?<!\p{L})план(?:а|у|ом|е|ы|ов)?(?!\p{L})/iu;
const PLAN_VERB = /(?<!\p{L})(?:подготови|разработа|утверди|приня|обсуди|согласова|подписа)\p{L}*/iu;

/** «Союз … подготовил и обсудил с Департаментом … план совместной деятельности»: the plan's bodies. */
function jointPlanOwners(sentence: SentenceContext, reading: NewsReading): string[] {
  const plan = PLAN_NOUN.exec(sentence.text);
  if (!plan || !PLAN_VERB.test(sentence.text.slice(0, plan.index))) return [];
  const planAt = sentence.start + plan.index;
  const owners: string[] = [];
  for (const o of sentence.orgs) {
    if (o.start >= planAt) break;
    const name = bodyOf(o, reading.services);
    if (name !== null && !owners.includes(name)) owners.push(name);
  }
  return owners;
}

function startEvent(
  s: { start: number; end: number; text: string },
  tokens: Token[],
  trigger: { index: number; last: number; kind: EventKind },
  sentence: SentenceContext,
  dates: Found<When>[],
  cues: StatusCue[],
  reading: NewsReading,
  drafts: Draft[],
  aboutHolding: boolean,
  item: { date: IsoDate | null; dateText?: string },
): Draft {
  const { text, findings, services } = reading;
  const range = { start: s.start, end: s.end };
  const places = within(findings.places, range);
  const fences = {
    stops: [
      ...dates,
      ...places.filter((p) => /(?:^|\s)(?:в|во|на)\s+$/u.test(text.slice(Math.max(s.start, p.start - 4), p.start))),
    ].map((x) => ({
      start: x.start - s.start,
      end: x.end - s.start,
    })),
    organizations: sentence.orgs.map((o) => ({ start: o.start - s.start, end: o.end - s.start })),
  };
  // «встреча с представителями …», «совещание с руководителями …»: the other party is part of the name.
  const keepWith = trigger.kind === 'встреча' || trigger.kind === 'совещание';
  const t = newsTitle(s.text, tokens, trigger.index, services, fences, { keepWith, triggerEnd: trigger.last });
  let titleSpan = { start: t.start + s.start, end: t.end + s.start };
  let title = t.title;
  let kind = trigger.kind;
  // «презентации …, праздники …, выставки …, форумы и конференции …»: a list of kinds is one
  // aggregate event of kind `другое`, named by the whole list.
  // «подведены итоги конкурса «…»»: the event is the summing-up of the contest.
  const summing = /подве\p{L}*\s+итоги\s+$/iu.exec(s.text.slice(Math.max(0, t.start - 30), t.start));
  if (summing && kindOfNoun(tokens[trigger.index]!.norm) === 'конкурс') {
    title = `Подведение итогов ${s.text.slice(t.start, t.end).replace(/[.;,]+$/u, '')}`;
  }
  const listed = listedKinds(tokens, trigger, t.end);
  if (listed >= 2) {
    const rest = s.text.slice(t.start).replace(/[.!?…;]+$/u, '');
    title = capitalizeFirst(
      headToNominative(collapseWhitespace(rest), caseOfTrigger(tokens, trigger.index, services), services),
    );
    titleSpan = { start: t.start + s.start, end: t.start + s.start + rest.length };
    kind = 'другое';
  }
  const triggerToken = tokens[trigger.index]!;
  const bare = t.end - t.start <= triggerToken.end - triggerToken.start + (trigger.last > trigger.index ? 10 : 0);
  const aliasMatch = /\(([\p{Lu}\d-]{2,12})\)/u.exec(text.slice(titleSpan.end, titleSpan.end + 16));
  let named = !bare;
  if (bare) {
    // «мы провели форум»: a bare noun names the event of that kind the text named before, or the
    // one the document's headline names («Международный муниципальный форум – 2027»).
    const earlier = [...drafts].reverse().find((d) => d.event.kind === trigger.kind && d.named);
    const headline = (reading.headlines ?? []).find((h) => {
      const noun = firstEventNoun(h);
      return noun !== null && noun.kind === trigger.kind && noun.index <= 3;
    });
    if (earlier) {
      title = earlier.event.title;
      named = true;
    } else if (headline) {
      title = capitalizeFirst(collapseWhitespace(headline.split(/\s[—–-]\s/u)[0]!));
      named = true;
    } else if (ORGAN_KINDS.includes(trigger.kind)) {
      // «Совет … провёл заседание»: the meeting is the body's («Заседание Совета …»).
      const subject = sentence.orgs.find((o) => o.end <= triggerToken.start + s.start && /^\p{Lu}/u.test(o.text));
      if (subject) {
        title = `${capitalizeFirst(services.toNominative(triggerToken.text))} ${services.inflectPhrase(subject.text, 'gent')}`;
        named = true;
      }
    }
  }
  // «Форум, который проводит Ассоциация, перенесён на …»: a move or a cancellation of the event, after
  // its name, outweighs the verb of a clause about it.
  const nearest = nearestCue(cues, triggerToken.start + s.start);
  const changed = cues.find((c) => (c.moved || c.status === 'cancelled') && c.start > triggerToken.start + s.start);
  const cue = nearest && !nearest.moved && nearest.status !== 'cancelled' && changed ? changed : nearest;
  let status = cue?.status ?? null;
  if (aboutHolding && status === null) status = 'planned';
  // No status verb: the tense of the sentence's verbs says it («подписан в ходе встречи» → held).
  if (status === null) status = statusFromTense(tokens, services, trigger.index);
  const excluded = [titleSpan];
  // «приняло решение 27 ноября о проведении Собрания»: the decision's date is not the event's.
  const holding = aboutHolding ? ABOUT_HOLDING_AT.exec(s.text) : null;
  if (holding) excluded.push({ start: s.start, end: s.start + holding.index });
  let chosen = pickWhen(dates, excluded);
  if (cue?.moved) {
    // «перенесён на 5 июня»: the new date comes after the verb.
    const after = dates.filter((d) => d.start >= cue.end && !excluded.some((x) => overlaps(x, d)));
    // «перенесён с 24–25 сентября на 19–20 ноября»: the date after «на», not the one it moved from.
    chosen =
      after.find(
        (d) => /(?:^|\s)на\s*$/u.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^на\s/u.test(d.text),
      ) ??
      after[0] ??
      chosen;
  }
  let when: When = chosen ? { ...chosen.value } : UNKNOWN_WHEN;
  // «Сегодня», «в минувший четверг» in an item of a news list dated «15.09.2026»: counted from the item's
  // date, not the page's.
  if (chosen && item.date !== null && RELATIVE_WORD.test(chosen.text)) {
    const again = services.parseWhen(chosen.text, { documentDate: item.date, period: null });
    if (again && again.start !== null) when = { ...again, text: chosen.text };
  }
  // «В тот же день», «Во второй день»: counted from the event told just before.
  const previous = drafts[drafts.length - 1]?.event.when;
  // «Во второй день» counts the days of the last event told by its days, not of a year recalled after it.
  const byDays = [...drafts].reverse().find((d) => d.event.when.precision === 'day' && d.event.when.start !== null)
    ?.event.when;
  // (The date finder reads «в тот же день» as the day last written, not the day of the event just told.)
  const anaphoric = chosen !== null && SAME_OR_NTH_DAY.test(chosen.text);
  if ((chosen === null || chosen.value.start === null || anaphoric) && previous?.start) {
    // The date finder may read «второй день» as a length of time: look at the words themselves.
    // «Второй день форума был посвящён работе по направлениям. Прошли три сессии …»: the sentence
    // before, in the same paragraph, may set the day.
    // (Only a sentence that told no event of its own: else that event has the day, and its parts follow it.)
    const lead = sentenceBefore(text, s.start);
    const leadAt = lead === '' ? -1 : text.lastIndexOf(lead, s.start);
    const leadTold =
      leadAt >= 0 &&
      drafts.some((d) => d.event.evidenceSpan.start < leadAt + lead.length && d.event.evidenceSpan.end > leadAt);
    const nth =
      SAME_OR_NTH_DAY.exec(chosen?.text ?? s.text.slice(0, 40)) ??
      (chosen === null && !leadTold ? SAME_OR_NTH_DAY.exec(lead.slice(0, 40)) : null);
    // «На следующий день» is the day after the event told just before.
    const next = nth?.[2]?.toLowerCase() === 'следующ';
    // «Во второй день» counts from the first day of the event of several days told last.
    const severalDays = [...drafts].reverse().find((d) => daysOfSeveral(d.event.when))?.event.when;
    const from = nth?.[1] || next ? previous.start : (severalDays?.start ?? byDays?.start ?? previous.start);
    if (nth) {
      const offset = nth[1] ? 0 : next ? 1 : (ORDINAL_DAYS[nth[2]!.toLowerCase()] ?? 1) - 1;
      let day = addDays(from, offset);
      // «18 сентября пройдут круглые столы: … В тот же день …»: the day last written may be later than
      // the event last told (a programme's list); the same day is the later of the two.
      const written = anaphoric ? chosen?.value.start : null;
      if (nth[1] && written && written > day) day = written;
      when = { start: day, end: day, precision: 'day', recurrence: null, text: capitalizeFirst(nth[0]) };
    }
  }
  // «В течение всех трех дней Конгресса будет работать выставка»: all the days of an event told before.
  const allDays = ALL_DAYS_OF.exec(s.text);
  if (when.start === null && allDays) {
    // …of the event its noun names, else of the last event told by several days.
    const kindOfParent = allDays[1] ? kindOfNoun(allDays[1]) : null;
    const dated = [...drafts]
      .reverse()
      .filter(
        (d) =>
          (kindOfParent === null || d.event.kind === kindOfParent) &&
          d.event.when.precision === 'day' &&
          d.event.when.start !== null,
      );
    // The told event of several days («25–26 ноября прошёл форум»), not a later mention of its first day.
    const parent = dated.find((d) => daysOfSeveral(d.event.when)) ?? (kindOfParent !== null ? dated[0] : undefined);
    if (parent) when = { ...parent.event.when, text: '' };
  }
  // «В завершение форума состоялась церемония»: the last day of the event of several days it names.
  const closing = CLOSING_OF.exec(s.text.slice(0, 60));
  if (when.start === null && closing) {
    const kindOfParent = kindOfNoun(closing[1]!);
    const parent = [...drafts].reverse().find((d) => d.event.kind === kindOfParent && daysOfSeveral(d.event.when));
    const last = parent?.event.when.end;
    if (last) when = { start: last, end: last, precision: 'day', recurrence: null, text: capitalizeFirst(closing[0]) };
  }
  // «Круглый стол «Туризм» собрал 70 участников. Круглый стол «Контроль» провела палата»: a second event
  // of the same kind told right after, in the same paragraph, without a time of its own, is held then too.
  const sibling = drafts[drafts.length - 1];
  if (
    when.start === null &&
    sibling !== undefined &&
    sibling.named &&
    title.includes('«') &&
    sibling.event.kind === kind &&
    sibling.event.when.start !== null &&
    sibling.event.evidenceSpan.end <= s.start &&
    !text.slice(sibling.event.evidenceSpan.end, s.start).includes('\n')
  ) {
    when = { ...sibling.event.when };
  }
  // «Форум открылся пленарной сессией»: the session opened the forum, it did not start and go on.
  const opening =
    cue?.started &&
    services.wordInfo(triggerToken.text).some((r) => r.tags.has('ablt')) &&
    services.wordInfo(triggerToken.text).every((r) => !r.tags.has('nomn'));
  if (cue?.started && !opening && when.start !== null) when = { ...when, end: null };
  // «Объявлен конкурс» under a dated item: it started on the item's date.
  if (cue?.started && chosen === null && item.date !== null) {
    when = { start: item.date, end: null, precision: 'day', recurrence: null, text: item.dateText ?? '' };
  }
  if (chosen && aboutHolding && ABOUT_HOLDING_YEARLY.test(chosen.text)) when = { ...chosen.value };
  const organizers = organizersIn(sentence, text, services);
  const own = ownerInTitle(titleSpan, triggerToken.end + s.start, sentence.orgs, text, services);
  if (own && !organizers.includes(own)) organizers.push(own);
  const fieldSpans: ExtractedEvent['fieldSpans'] = { title: titleSpan };
  if (chosen) fieldSpans.when = { start: chosen.start, end: chosen.end };
  if (cue) fieldSpans.status = { start: cue.start, end: cue.end };
  const formatCue = findFormat(s.text);
  if (formatCue) fieldSpans.format = { start: s.start + formatCue.start, end: s.start + formatCue.end };
  const event: ExtractedEvent = {
    title: withoutVenue(withoutRemarks(title)),
    kind,
    when,
    places: eventPlaces(sentence, places, titleSpan, reading),
    venue: venueOf(sentence, titleSpan, places, reading),
    organizers,
    format: findFormat(s.text)?.format ?? null,
    status,
    attendance: firstPeopleCount(findings, range, text),
    age: null,
    expectedResult: null,
    evidence: s.text,
    evidenceSpan: range,
    fieldSpans,
    confidence: cue && chosen ? 0.85 : 0.6,
  };
  // «в торжествах, посвящённых 880-летию города»: celebrating an age is an anniversary of that age.
  const celebrated = kind === 'другое' ? celebratedAge(title, kindOfTitle(title)) : null;
  if (celebrated !== null) {
    event.kind = 'юбилей';
    event.age = celebrated;
    event.title = agreeDevotedTo(title, services);
  }
  const kindNoun = triggerToken.norm;
  return {
    event,
    kindNoun,
    aliases: aliasMatch ? [aliasMatch[1]!] : [],
    named,
    hasDate: chosen !== null || when.start !== null,
    inPerson: IN_PERSON.test(s.text),
    online: event.format === 'online',
    // «работали два круглых стола»: a count of events the next sentences name one by one.
    weak: (aboutHolding && chosen === null) || COUNT_WORD.test(tokens[trigger.index - 1]?.norm ?? ''),
    item: 0,
  };
}

/** Facts of a sentence that speaks of the current event: organizers, attendance, format, a missing date. */
/** Verbs that say an event goes on: a date with them is its end. */
const CONTINUES =
  /(?<!\p{L})(?:продлится|продлятся|продолжится|продолжатся|завершится|завершатся|закроется|(?:будет|будут)\s+работать)(?!\p{L})/iu;

function attachFollowUp(draft: Draft, sentence: SentenceContext, dates: Found<When>[], reading: NewsReading): void {
  const e = draft.event;
  // «Форум продлится до 19 сентября»: the end of an event that has started.
  if (CONTINUES.test(sentence.text) && e.when.start !== null && (e.when.end === null || e.when.end === e.when.start)) {
    const until = dates.find(
      (d) => d.value.precision === 'day' && (d.value.end ?? d.value.start ?? '') > e.when.start!,
    );
    if (until) e.when = { ...e.when, end: until.value.end ?? until.value.start, precision: 'day' };
  }
  for (const name of organizersIn(sentence, reading.text, reading.services)) {
    if (!e.organizers.includes(name)) e.organizers.push(name);
  }
  if (e.attendance === null) e.attendance = firstPeopleCount(reading.findings, sentence, reading.text);
  // «Мероприятие отменено», «Форум перенесён на 10 мая»: a later sentence changes what was announced.
  const change = findStatusCues(sentence.text).find((c) => c.status === 'cancelled' || c.moved);
  // («… был перенесён» of an event since held, with no new date: the move is its history.)
  const recalledMove = change?.moved && e.status === 'held' && RECALLED_PLAN.test(sentence.text);
  if (change && !recalledMove) {
    e.status = change.status;
    const at = sentence.start + change.end;
    const newDate = change.moved ? dates.find((d) => d.start >= at && d.value.start !== null) : undefined;
    if (newDate) {
      e.when = { ...newDate.value };
      draft.hasDate = true;
    }
  }
  const format = findFormat(sentence.text)?.format ?? null;
  if (IN_PERSON.test(sentence.text)) draft.inPerson = true;
  // «в Казани прошло заседание … Коллеги из Сочи подключились в формате ВКС»: a meeting held in a place
  // that some joined remotely is hybrid.
  if (
    format === 'online' &&
    /подключил|присоединил/iu.test(sentence.text) &&
    (e.places.length > 0 || e.venue !== null)
  ) {
    draft.inPerson = true;
  }
  if (format === 'online') draft.online = true;
  if (format !== null && (e.format === null || (e.format === 'online' && format === 'hybrid'))) e.format = format;
  // People in the room and others connected: hybrid (000, 11 December 2020, in NOTES.md).
  if (draft.online && draft.inPerson) e.format = 'hybrid';
  const sentencePlaces = within(reading.findings.places, sentence);
  const nowhere = { start: sentence.start, end: sentence.start };
  // «Место проведения: г. Тамбов, ул. Советская, д. 118, Тамбовская областная Дума.»: the body named last.
  const placeField = PLACE_FIELD.exec(sentence.text);
  if (placeField && e.venue === null) {
    const host = reading.services
      .findOrganizations(placeField[1]!)
      .filter((o) => /^\p{Lu}/u.test(o.text))
      .pop();
    if (host) e.venue = host.value.name;
  }
  if (e.venue === null) e.venue = venueOf(sentence, nowhere, sentencePlaces, reading);
  if (placeField && e.places.length === 0) e.places = eventPlaces(sentence, sentencePlaces, nowhere, reading);
  // «Круглый стол прошёл на площадке … в Москве»: where the event is comes from a sentence about it.
  if (e.places.length === 0 && findStatusCues(sentence.text).length > 0) {
    e.places = eventPlaces(sentence, sentencePlaces, nowhere, reading);
  }
  if (!draft.hasDate) {
    const chosen = pickWhen(dates, []);
    if (chosen && (chosen.value.start !== null || chosen.value.end !== null)) {
      e.when = { ...chosen.value };
      draft.hasDate = true;
    }
  }
}
