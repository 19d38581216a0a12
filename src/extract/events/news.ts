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
import { normalizeText, splitSentences, type Token, tokenize } from '../../text/index.js';
import type { Paragraph } from '../document/structure.js';
import { type DocumentFindings, type Found, isWhen, type TextServices } from './inputs.js';
import { EVENT_NOUNS, kindOfNoun } from './kinds.js';
import { newsTitle, type Stretch } from './news-title.js';
import { findFormat, findStatusCues, type StatusCue } from './status.js';
import { capitalizeFirst, headToNominative } from './title.js';

export interface NewsReading {
  text: string;
  findings: DocumentFindings;
  services: TextServices;
  /** Spans that are not event dates: the document's dateline. */
  ignoredDates: Stretch[];
  /** The title the source gives (a feed item's): a headline line equal to it only announces. */
  title?: string | null;
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
  online: boolean;
}

const IN_PERSON = /(?<!\p{L})(?:собрались|в зале|очно|очном|присутствовал\p{L}*)(?!\p{L})/iu;

const UNKNOWN_WHEN: When = { start: null, end: null, precision: 'unknown', recurrence: null, text: '' };

/** Generic nouns that refer back to an event rather than name a new one. */
const ANAPHORIC = /^(?:мероприяти|событи)/;
/** An event noun inside these phrases belongs to a body's name («Оргкомитет по подготовке и проведению Форума»). */
const PREPARING_BODY = /(?:по\s+подготовке|по\s+проведению|подготовке\s+и\s+проведению)\s+(?:\S+\s+){0,3}$/iu;
/** A decree or decision «о проведении» a future event. */
const ABOUT_HOLDING = /(?:^|\s)о\s+(?:\p{L}+\s+)?проведении\s+(?:\S+\s+){0,3}$/iu;
const ABOUT_HOLDING_YEARLY = /ежегодн/iu;
const RELATIVE_DAY = /^(?:сегодня|вчера|завтра|позавчера|послезавтра|ныне|сейчас)$/iu;
/** An event named as what a meeting was devoted to is its background, not an event of its own. */
const BACKGROUND = /посвящ\p{L}*\s+(?:\S+\s+){0,2}$/iu;

function overlaps(a: Stretch, b: Stretch): boolean {
  return a.start < b.end && b.start < a.end;
}

function within<T extends Stretch>(items: T[], range: Stretch): T[] {
  return items.filter((x) => x.start >= range.start && x.end <= range.end);
}

/** Token index of every event noun in the sentence (with «круглый стол» as one), outside organization names. */
const ORGAN_NOUN = /^(?:собрани|съезд|сесси|конференци|заседани)/u;

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
      if (stack.length === 0) ranges.push({ open, close: i });
    }
  });
  return ranges;
}

function eventNouns(
  tokens: Token[],
  orgs: Stretch[],
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
    if (
      org &&
      !(ORGAN_NOUN.test(t.norm) && (org.start === abs.start || tokensBetween(tokens, org.start - offset, t.start) <= 1))
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
    const head = t.norm.split('-')[0]!;
    const kind = kindOfNoun(head);
    if (kind === null) continue;
    // Only nouns: «встречи» yes, «встречающих» no; «собрание» yes, «собранные» no.
    if (!EVENT_NOUNS.some(([stem]) => stem.test(head))) continue;
    found.push({ index: i, last: i, kind });
  }
  return found;
}

function placeOf(value: PlaceValue): Place {
  return { name: value.name, type: value.type };
}

/** The first date of a sentence that is about the event, concrete ones before vague ones. */
function pickWhen(dates: Found<When>[], exclude: Stretch[]): Found<When> | null {
  const usable = dates.filter((d) => !exclude.some((x) => overlaps(x, d)));
  const concrete = usable.find((d) => d.value.start !== null || d.value.end !== null || d.value.recurrence !== null);
  if (concrete) return concrete;
  return usable.find((d) => !/сегодняшн|настоящ|сейчас|ныне/iu.test(d.text)) ?? null;
}

const ORGANIZER_VERB =
  /^(?:провел[аи]?|проводит|проводят|проведет|проведут|организова(?:л|ла|ли)|организует|организуют|подготови(?:л|ла|ли)|инициирова(?:л|ла|ли)|нача(?:л|ла|ли)|запусти(?:л|ла|ли)|объяви(?:л|ла|ли))$/u;
/** Passive participles whose agent (in the instrumental) organized the event: «организовано Комитетом», «организованный СРГ». */
const PASSIVE_ORGANIZER = /^(?:организован|проведен|подготовлен|инициирован)(?:[аоы]|н\p{L}*)?$/u;
const ORGANIZER_NOUN = /^организатор(?:ом|ами|ы|а)?$/u;
const NOT_ORGANIZER_BEFORE =
  /(?:при\s+поддержке|под\s+эгидой|под\s+патронажем|партнер\p{L}*|партнёр\p{L}*|модератор\p{L}*|участи\p{L}*|с\s+участием)\s+(?:\S+\s+){0,2}$/iu;
/** Organs that meet on behalf of their body: a meeting of «Правления Союза» is organized by the Союз. */
const GENERIC_ORGAN =
  /^(?:правлени|президиум|бюро|аппарат|исполнительн\p{L}* дирекци|секретариат|общ\p{L}* собрани|собрани|съезд|совет директоров|рабоч\p{L}* групп)\p{L}*\s+/iu;

/** The body an organ belongs to: «Аппарат Союза малых городов» → «Союз малых городов Российской Федерации». */
function bodyOf(org: Found<OrganizationValue>, services: TextServices): string {
  const organ = GENERIC_ORGAN.exec(org.text);
  if (!organ) return org.value.name;
  return services.resolveOrganization(org.text.slice(organ[0].length))?.name ?? org.value.name;
}

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
  const add = (o: Found<OrganizationValue>) => {
    const before = documentText.slice(Math.max(sentence.start, o.start - 40), o.start);
    if (NOT_ORGANIZER_BEFORE.test(before)) return;
    const name = bodyOf(o, services);
    if (!out.includes(name)) out.push(name);
  };
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const at = t.start + sentence.start;
    if (ORGANIZER_VERB.test(t.norm)) {
      // Subject: organizations before the verb, back to the clause start (commas around «совместно с» allowed).
      const clauseStart = lastClauseBreak(sentence, i);
      const before = sentence.orgs.filter((o) => o.start >= clauseStart && o.end <= at);
      for (const o of before) add(o);
      // «Семинар провели Союз … и Администрация …»: the subject follows the verb.
      if (before.length === 0) {
        let from = t.end + sentence.start;
        for (const o of sentence.orgs) {
          if (o.start < from) continue;
          if (!/^[\s,]*(?:и\s+)?$/u.test(documentText.slice(from, o.start))) break;
          add(o);
          from = o.end;
        }
      }
    } else if (PASSIVE_ORGANIZER.test(t.norm)) {
      // Agent after the participle («было организовано Комитетом …»), up to the clause end.
      const clauseEnd = nextClauseBreak(sentence, i);
      const agents = sentence.orgs.filter((o) => o.start >= at && o.end <= clauseEnd);
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
    } else if (ORGANIZER_NOUN.test(t.norm)) {
      const clauseEnd = nextClauseBreak(sentence, i);
      for (const o of sentence.orgs) if (o.start > at && o.end <= clauseEnd) add(o);
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
  for (const o of orgs) {
    if (o.start < title.start || o.start >= title.end) continue;
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
  /^(?:офис|представительств|здани|зал|помещени|дом|дворц|дворе|центр|музе|библиотек|университет|академи|гостиниц|отел|конгресс-центр|экспоцентр|павильон|резиденци|кремл|технопарк|палат|совет|дум|администраци|мэри|правительств|министерств|посольств|парламент|собрани)/u;

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
    if (org) end = org.end;
    else if (
      VENUE_NOUN.test(headToken.norm) &&
      reading.services.wordInfo(headToken.text).some((r) => r.pos === 'NOUN' && r.tags.has('loct'))
    ) {
      // The venue's name runs on to a verb, a date, a format word or a comma.
      let k = head + 1;
      let last = head;
      for (; k < tokens.length; k++) {
        const x = tokens[k]!;
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
    return capitalizeFirst(headToNominative(written, 'loct', reading.services));
  }
  return null;
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

function firstPeopleCount(findings: DocumentFindings, range: Stretch): number | null {
  const count = within(findings.figures, range).find((f) => f.value.unit === 'people' && !f.value.age);
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

/** Paragraphs split into items: a bare date line or a paragraph that opens with a date starts a new item. */
function itemsOf(paragraphs: Paragraph[], dates: Found<When>[]): { paragraphs: Paragraph[]; date: IsoDate | null }[] {
  const items: { paragraphs: Paragraph[]; date: IsoDate | null }[] = [];
  let current: { paragraphs: Paragraph[]; date: IsoDate | null } | null = null;
  for (const p of paragraphs) {
    const opening = dates.find((d) => d.start >= p.start && d.start <= p.start + 4);
    const bare = opening && p.text.replace(/^[-–—•\s]+/, '').trim() === opening.text.trim();
    if (bare) {
      current = { paragraphs: [], date: opening.value.start };
      items.push(current);
      continue;
    }
    if (current === null || opening) {
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
  const { text, findings } = reading;
  const whenDates = findings.dates.filter(
    (d): d is Found<When> & { type: 'DATE' } =>
      d.type === 'DATE' && isWhen(d.value) && !reading.ignoredDates.some((x) => overlaps(x, d)),
  ) as Found<When>[];
  const drafts: Draft[] = [];
  const headlines = new Set<Draft>();
  for (const item of itemsOf(paragraphs, whenDates)) {
    let current: Draft | null = null;
    // Bodies that drew up a joint plan: they organize what the item says is held under it.
    let planOwners: string[] = [];
    for (const [paragraphIndex, paragraph] of item.paragraphs.entries()) {
      const isHeadline =
        (reading.title != null && paragraph.text.trim() === reading.title.trim()) ||
        (paragraphIndex === 0 &&
          item.paragraphs.length > 1 &&
          paragraph.text.length < 160 &&
          !/[.!?…]$/.test(paragraph.text));
      for (const s of splitSentences(paragraph.text, paragraph.start)) {
        const tokens = tokenize(s.text);
        const range = { start: s.start, end: s.end };
        const orgs = within(findings.organizations, range);
        const sentence: SentenceContext = { text: s.text, tokens, start: s.start, end: s.end, orgs };
        const dates = within(whenDates, range);
        const owners = jointPlanOwners(sentence, reading);
        if (owners.length > 0) planOwners = owners;
        const cues = findStatusCues(s.text).map((c) => ({ ...c, start: c.start + s.start, end: c.end + s.start }));
        const background: { index: number; last: number; kind: EventKind }[] = [];
        const nouns = eventNouns(tokens, orgs, s.start, dates).filter((n) => {
          const at = tokens[n.index]!.start + s.start;
          const before = text.slice(Math.max(s.start, at - 60), at);
          if (BACKGROUND.test(before)) {
            background.push(n);
            return false;
          }
          return !PREPARING_BODY.test(before) || ABOUT_HOLDING.test(before);
        });
        const dayDates = dates.filter(
          (d) => (d.value.precision === 'day' || d.value.precision === 'month') && !RELATIVE_DAY.test(d.text),
        );
        // A sentence about «Мероприятие» speaks of the event before it, whatever else it names.
        const refersBack = (n: { index: number; last: number; kind: EventKind }) => {
          const norm = tokens[n.index]!.norm;
          if (ANAPHORIC.test(norm)) return true;
          if (current === null) return false;
          const next = tokens[n.last + 1];
          const named = next !== undefined && (next.text === '«' || next.text === '"');
          // A bare mention of the current event's kind, or of a noun in its title, refers back to it
          // unless it comes with a day of its own.
          const sameKind =
            n.kind === current.event.kind ||
            normalizeText(current.event.title).toLowerCase().includes(norm.slice(0, 5));
          return sameKind && !named && dayDates.length === 0;
        };
        // A sentence that first speaks of the event before it («Мероприятие было…», «Открыл Собрание…»)
        // belongs to that event, whatever else it names.
        const aboutPrevious = current !== null && nouns[0] !== undefined && refersBack(nouns[0]);
        let fresh = aboutPrevious ? [] : nouns.filter((n) => !refersBack(n));
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
        const aboutHolding = fresh.find((n) => {
          const at = tokens[n.index]!.start + s.start;
          return ABOUT_HOLDING.test(text.slice(Math.max(s.start, at - 60), at));
        });
        const trigger = aboutHolding ?? fresh[0];
        const concreteDates = dates.filter((d) => d.value.start !== null || d.value.recurrence !== null);
        if (trigger && (cues.length > 0 || concreteDates.length > 0 || aboutHolding)) {
          current = startEvent(s, tokens, trigger, sentence, dates, cues, reading, drafts, aboutHolding !== undefined);
          const e = current.event;
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
        if (current) attachFollowUp(current, sentence, dates, reading);
      }
    }
  }
  // A headline announces the event its item reports: keep the report, drop the headline's copy.
  return drafts
    .filter(
      (d) => !headlines.has(d) || !drafts.some((o) => o !== d && !headlines.has(o) && o.event.kind === d.event.kind),
    )
    .map((d) => d.event);
}

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
    if (!owners.includes(name)) owners.push(name);
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
  const keepWith = trigger.kind === 'встреча';
  const t = newsTitle(s.text, tokens, trigger.index, services, fences, { keepWith, triggerEnd: trigger.last });
  const titleSpan = { start: t.start + s.start, end: t.end + s.start };
  let title = t.title;
  const triggerToken = tokens[trigger.index]!;
  const bare = t.end - t.start <= triggerToken.end - triggerToken.start + (trigger.last > trigger.index ? 10 : 0);
  const aliasMatch = /\(([\p{Lu}\d-]{2,12})\)/u.exec(text.slice(titleSpan.end, titleSpan.end + 16));
  let named = !bare;
  if (bare) {
    // «мы провели форум»: a bare noun names the event of that kind the text named before.
    const earlier = [...drafts].reverse().find((d) => d.event.kind === trigger.kind && d.named);
    if (earlier) {
      title = earlier.event.title;
      named = true;
    }
  }
  const cue = nearestCue(cues, triggerToken.start + s.start);
  let status = cue?.status ?? null;
  if (aboutHolding && status === null) status = 'planned';
  const excluded = [titleSpan];
  let chosen = pickWhen(dates, excluded);
  if (cue?.moved) {
    // «перенесён на 5 июня»: the new date comes after the verb.
    chosen = dates.find((d) => d.start >= cue.end && !excluded.some((x) => overlaps(x, d))) ?? chosen;
  }
  let when: When = chosen ? { ...chosen.value } : UNKNOWN_WHEN;
  if (cue?.started && when.start !== null) when = { ...when, end: null };
  if (chosen && aboutHolding && ABOUT_HOLDING_YEARLY.test(chosen.text)) when = { ...chosen.value };
  const organizers = organizersIn(sentence, text, services);
  const own = ownerInTitle(titleSpan, triggerToken.end + s.start, sentence.orgs, text, services);
  if (own && !organizers.includes(own)) organizers.push(own);
  const fieldSpans: ExtractedEvent['fieldSpans'] = { title: titleSpan };
  if (chosen) fieldSpans.when = { start: chosen.start, end: chosen.end };
  const event: ExtractedEvent = {
    title,
    kind: trigger.kind,
    when,
    places: eventPlaces(sentence, places, titleSpan, reading),
    venue: venueOf(sentence, titleSpan, places, reading),
    organizers,
    format: findFormat(s.text)?.format ?? null,
    status,
    attendance: firstPeopleCount(findings, range),
    age: null,
    expectedResult: null,
    evidence: s.text,
    evidenceSpan: range,
    fieldSpans,
    confidence: cue && chosen ? 0.85 : 0.6,
  };
  const kindNoun = triggerToken.norm;
  return {
    event,
    kindNoun,
    aliases: aliasMatch ? [aliasMatch[1]!] : [],
    named,
    hasDate: chosen !== null,
    inPerson: IN_PERSON.test(s.text),
    online: event.format === 'online',
  };
}

/** Facts of a sentence that speaks of the current event: organizers, attendance, format, a missing date. */
function attachFollowUp(draft: Draft, sentence: SentenceContext, dates: Found<When>[], reading: NewsReading): void {
  const e = draft.event;
  for (const name of organizersIn(sentence, reading.text, reading.services)) {
    if (!e.organizers.includes(name)) e.organizers.push(name);
  }
  if (e.attendance === null) e.attendance = firstPeopleCount(reading.findings, sentence);
  const format = findFormat(sentence.text)?.format ?? null;
  if (IN_PERSON.test(sentence.text)) draft.inPerson = true;
  if (format === 'online') draft.online = true;
  if (format !== null && (e.format === null || (e.format === 'online' && format === 'hybrid'))) e.format = format;
  // People in the room and others connected: hybrid (000, 11 December 2020, in NOTES.md).
  if (draft.online && draft.inPerson) e.format = 'hybrid';
  if (e.venue === null)
    e.venue = venueOf(
      sentence,
      { start: sentence.start, end: sentence.start },
      within(reading.findings.places, sentence),
      reading,
    );
  if (!draft.hasDate) {
    const chosen = pickWhen(dates, []);
    if (chosen && (chosen.value.start !== null || chosen.value.end !== null)) {
      e.when = { ...chosen.value };
      draft.hasDate = true;
    }
  }
}
