/**
 * The one place that lists the extraction stages in order:
 * structure → document header → dates → entities → candidate events from table rows and sentences
 * → fields → refiners. Pure: the recognizers it is given hold all reference data, nothing here reads
 * files or the network.
 */
import type {
  DocumentHeader,
  ExtractedEvent,
  Extraction,
  OrganizationValue,
  Period,
  PlaceValue,
  SourceDocument,
  When,
} from '../domain/index.js';
import { normalizeText } from '../text/index.js';
import type { DateContext, DateMatch } from './dates/index.js';
import {
  type DocumentStructure,
  datelines,
  documentKind,
  findPlanTitle,
  leadParagraphs,
  type Paragraph,
  planPeriod,
  ROMAN_SECTION,
  readStructure,
} from './document/index.js';
import {
  capitalizeFirst,
  type DocumentFindings,
  datesFromDocument,
  eventsFromListItems,
  eventsFromNews,
  eventsFromProgramme,
  eventsFromTables,
  type FigureValue,
  headToNominative,
  inheritFromParent,
  initialsOf,
  isWhen,
  ownerFromPublisher,
  ownerFromText,
  ownerInFull,
  ownerOrganizes,
  partsIntro,
  regionInitials,
  sectionKindOf,
  splitListedNames,
  type TextServices,
  venueNamedIn,
  type WordForms,
  withRegionWrittenOut,
} from './events/index.js';
import type { Match } from './match.js';

/** The recognizers of the other extraction modules, bound to the reference data. */
export interface Recognizers {
  findDates(text: string, ctx: DateContext): DateMatch[];
  parseWhen(text: string, ctx: DateContext): When | null;
  findPlanPeriod(text: string): Period | null;
  findPlaces(text: string): Match<PlaceValue>[];
  findOrganizations(text: string): Match<OrganizationValue>[];
  resolveOrganization(name: string): OrganizationValue | null;
  findFigures(text: string): Match<FigureValue>[];
  wordForms: WordForms;
}

export type Trace = (stage: string, message: string) => void;

interface HeaderStage {
  header: DocumentHeader;
  datelines: { start: number; end: number }[];
  owner: OrganizationValue | null;
}

/** Stage 2: kind, date and period of the document, and a plan's owner. */
function readHeader(doc: SourceDocument, structure: DocumentStructure, r: Recognizers): HeaderStage {
  const text = doc.text;
  const leadEnd = Math.min(text.length, structure.tables[0]?.start ?? text.length, 800);
  const leadDates = r
    .findDates(text.slice(0, leadEnd), { documentDate: null, period: null })
    .filter((d) => d.type === 'DATE' && isWhen(d.value) && d.value.precision === 'day' && d.value.start !== null);
  const dated = leadDates.map((d) => ({ start: d.start, end: d.end, date: (d.value as When).start! }));
  const lines = datelines(text, structure, dated);
  const fromText = lines[0]?.date ?? null;
  const title = findPlanTitle(text, structure);
  const period = title ? planPeriod(text, title, r.findPlanPeriod) : null;
  const owner = title ? planOwnerNear(text, structure, title, r) : null;
  const header: DocumentHeader = {
    kind: title ? 'plan' : documentKind(text, structure, 0),
    date: fromText ?? doc.date ?? null,
    period,
  };
  return { header, datelines: lines.filter((d) => d.date === fromText), owner };
}

/** Words of a place's name written in lower case inside an official name: «края», «области», «автономного». */
const PLACE_TYPE_WORD = /^(?:кра[йяюем]|област\p{L}*|округ\p{L}*|район\p{L}*|автономн\p{L}*|город\p{L}*)$/iu;

/**
 * A name written in capitals («АССОЦИАЦИЯ «СОВЕТ МУНИЦИПАЛЬНЫХ ОБРАЗОВАНИЙ КРАСНОДАРСКОГО КРАЯ»») as
 * the name is written: the first word and a quoted name's first word capitalized, places as places.
 */
export function recaseCapitals(name: string, findPlaces: Recognizers['findPlaces']): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{3}/u.test(name)) return name;
  const lower = name.toLowerCase();
  const titled = lower.replace(/(^|[\s«"(-])(\p{Ll})/gu, (_m, b: string, c: string) => b + c.toUpperCase());
  const chars = [...lower];
  const upper = (at: number) => {
    chars[at] = chars[at]!.toUpperCase();
  };
  const first = lower.search(/\p{L}/u);
  if (first >= 0) upper(first);
  for (const m of lower.matchAll(/[«"]\s*(\p{L})/gu)) upper(m.index! + m[0].length - 1);
  // Code units and characters coincide: capitals and small letters of Cyrillic are one unit each.
  for (const place of findPlaces(titled)) {
    for (const w of titled.slice(place.start, place.end).matchAll(/\p{L}+/gu)) {
      if (!PLACE_TYPE_WORD.test(w[0])) upper(place.start + w.index!);
    }
  }
  return chars.join('');
}

/** «утвержден на заседании …», «решением …», «протокол …»: who approved a plan, named in its heading. */
const APPROVED_BY = /(?:заседани\p{L}*|решени\p{L}*|протокол\p{L}*|утвержд\p{L}*|принят\p{L}*|одобрен\p{L}*)\s+$/iu;

/**
 * The organization whose plan it is: named in the plan's title, or on the line right above it
 * («АССОЦИАЦИЯ «…»» over «План основных мероприятий на 2025 год»); a name in capitals is recased.
 */
function planOwnerNear(
  text: string,
  structure: DocumentStructure,
  title: { start: number; end: number },
  r: Recognizers,
): OrganizationValue | null {
  const above = leadParagraphs(structure)
    .filter((p) => p.end <= title.start)
    .slice(-2)
    .reverse();
  const spans = [title, ...above];
  // A letterhead wraps its name over two lines: «АССОЦИАЦИЯ «СОВЕТ МУНИЦИПАЛЬНЫХ ОБРАЗОВАНИЙ» over
  // «НЕНЕЦКОГО АВТОНОМНОГО ОКРУГА»»; the two read as one, before the upper line alone.
  const [near, upper] = above;
  if (
    near &&
    upper &&
    (text.slice(upper.start, upper.end).match(/«/g)?.length ?? 0) >
      (text.slice(upper.start, upper.end).match(/»/g)?.length ?? 0)
  )
    spans.splice(2, 0, { start: upper.start, end: near.end });
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    // «Принят на заседании Совета ОГМВ-Евразия …»: the organ that approved the plan is not its owner.
    const found = r
      .findOrganizations(slice)
      .find((o) => !APPROVED_BY.test(slice.slice(Math.max(0, o.start - 40), o.start)));
    if (!found) continue;
    const name = recaseCapitals(found.value.name, r.findPlaces);
    return name === found.value.name ? found.value : { ...found.value, name };
  }
  return null;
}

/**
 * Stage 4: entities of the whole document, found once (event assembly then reads them by offset), and
 * the publisher as the text (or the law) names it in full.
 */
function findEntities(
  text: string,
  ctx: DateContext,
  r: Recognizers,
  publisher: OrganizationValue | null,
): { findings: DocumentFindings; fullPublisher: OrganizationValue | null } {
  const organizations = r.findOrganizations(text);
  // The body whose own text it is by its heading or signature («Хроника деятельности Ассоциации «…»»).
  const speaker = publisher === null ? ownerFromText(text, organizations) : null;
  // …or by its publisher, named in full as the text names it (or as the law does).
  const fullPublisher = publisher === null ? null : ownerInFull(publisher, organizations, text);
  const selfNames = [
    ...selfNameMentions(text, organizations, r, fullPublisher, speaker ?? fullPublisher),
    ...definedShortNames(text, organizations),
  ];
  const findings = {
    dates: r.findDates(text, ctx),
    places: r.findPlaces(text),
    organizations:
      selfNames.length === 0 ? organizations : [...organizations, ...selfNames].sort((a, b) => a.start - b.start),
    figures: r.findFigures(text),
  };
  return { findings, fullPublisher };
}

/** The words an association calls itself by in its own texts: «Союз провёл», «Ассоциация направила». */
const SELF_NAME =
  /(?<![\p{L}«"])(Союз(?:а|у|ом|е)?|Ассоциаци(?:я|и|ю|ей)|Палат(?:а|ы|е|у|ой)|Конгресс(?:а|у|ом|е)?|Ассамбле(?:я|и|ю|ей)|Совет(?:а|у|ом|е)?)(?![\p{L}-])/gu;

/** «(?:^|\s)Ассо»: a word of a name that starts with the stem, built once per stem (SELF_NAME has few). */
const WORD_START = new Map<string, RegExp>();
function wordStartPattern(stem: string): RegExp {
  let pattern = WORD_START.get(stem);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${stem}`, 'u');
    WORD_START.set(stem, pattern);
  }
  return pattern;
}

/** `headedBy`'s pattern per head word, built once: SELF_NAME has only a few stems. */
const HEAD_AFTER_ADJECTIVES = new Map<string, RegExp>();

/**
 * Whether a body's full name is headed by the word its texts call it by: «Союз …», «Общероссийский
 * Конгресс …» (adjectives before the head), «Ассоциация «Совет муниципальных образований …»» (the
 * quoted name's head).
 */
function headedBy(name: string, stem: string): boolean {
  if (!name.includes(' ')) return false;
  // «Ассоциация по материалам муниципальных образований»: a bare head word the finder ran on into a
  // phrase names no body to refer back to.
  if (/^(?:Союз|Ассоциаци|Палат|Конгресс|Ассамбле)\p{L}*\s+(?:по|для|о|об|на|в|с|из|к)\s/u.test(name)) return false;
  if (name.startsWith(stem)) return true;
  let pattern = HEAD_AFTER_ADJECTIVES.get(stem);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:(?:[\\p{L}-]+(?:ий|ый|ой|ая|яя|ое|ее)\\s+){1,2}|Ассоциация\\s+«)${stem}`, 'u');
    HEAD_AFTER_ADJECTIVES.set(stem, pattern);
  }
  return pattern.test(name);
}

/**
 * «Союз провёл в Мышкине семинар»: a bare «Союз», «Ассоциация», «Палата» standing for the association
 * the text names in full before it, when the next word does not go on with a name of its own
 * (a verb, a preposition, a conjunction or a stop follows). Returns matches to add to the document's
 * organizations.
 */
const PEOPLE_OF =
  /(?<!\p{L})(?:председател|президент|директор|руководител|руководств|член|представител|секретар|глав[аыуе]?|делегаци|сотрудник|эксперт)\p{L}*\s+$/iu;

/** One or two words of an organ before a body's bare name: «Секретариатом », «Исполнительной дирекции ». */
const ORGAN_BEFORE =
  /^(?:\p{L}+\s+)?(?:совет|правлени|президиум|бюро|комисси|комитет|секретариат|аппарат|дирекци|собрани\p{L}*\s+членов|съезд)\p{L}*\s+$/iu;

/**
 * Whether a mention stands inside a bracketed remark on its line: «(организатор — Ассоциация …)»; not
 * an abbreviation in brackets that only names the body before it («… городов (МАГ)»).
 */
function inAside(text: string, o: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, o.start - 80), o.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || before.indexOf('\n', open) >= 0) return false;
  if (before.slice(open + 1).trim() === '') return false;
  const after = text.slice(o.end, o.end + 80);
  const close = after.indexOf(')');
  return close >= 0 && !after.slice(0, close).includes('\n');
}

function selfNameMentions(
  text: string,
  organizations: Match<OrganizationValue>[],
  r: Recognizers,
  publisher: OrganizationValue | null,
  speaker: OrganizationValue | null = null,
): Match<OrganizationValue>[] {
  // The association that publishes the text stands behind its bare name when the text never writes it out.
  const published = publisher?.name.includes(' ') ? { value: publisher } : undefined;
  // The one its heading or signature names stands behind it even when the text names another in passing.
  const speaking = speaker?.name.includes(' ') ? { value: speaker } : undefined;
  const out: Match<OrganizationValue>[] = [];
  for (const m of text.matchAll(SELF_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    // «Секретариатом Ассамблеи», «Совета Палаты»: an organ named by the bare word stands for the body.
    const organ = organizations.find(
      (o) =>
        o.end === end &&
        o.start < start &&
        o.value.id === undefined &&
        ORGAN_BEFORE.test(text.slice(o.start, start)) &&
        !organizations.some((x) => x !== o && x.start < end && start < x.end),
    );
    if (organ) {
      // …the body whose name has that word («Международная Ассамблея …» for «Ассамблеи»).
      const head = wordStartPattern(m[1]!.slice(0, 4));
      const body = [...organizations]
        .reverse()
        .find(
          (o) =>
            o.end <= organ.start &&
            head.test(o.value.name) &&
            !inAside(text, o) &&
            o.value.name.includes(' ') &&
            !ORGAN_BEFORE.test(`${o.value.name.split(' ')[0]} `),
        );
      const stemOf = m[1]!.slice(0, 4);
      const value =
        (speaking?.value.name.startsWith(stemOf) ? speaking.value : undefined) ??
        body?.value ??
        (published?.value.name.startsWith(stemOf) ? published.value : null);
      if (value) organ.value = value;
      continue;
    }
    // The organization finder may have taken the bare word for a name of its own («Конгресс»).
    const bare = organizations.find((o) => o.start === start && o.end === end && !o.value.name.includes(' '));
    if (!bare && organizations.some((o) => o.start < end && start < o.end)) continue;
    // «статья Председателя Союза», «встреча руководства Союза»: the association's people, not the association.
    if (PEOPLE_OF.test(text.slice(Math.max(0, start - 30), start))) continue;
    const stem = m[1]!.slice(0, 4);
    // («(организатор — Ассоциация ТОС …)»: a body named in a bracketed aside is no antecedent.)
    const named =
      (speaking && headedBy(speaking.value.name, stem) ? speaking : undefined) ??
      [...organizations].reverse().find((o) => o.end <= start && headedBy(o.value.name, stem) && !inAside(text, o)) ??
      (published && headedBy(published.value.name, stem) ? published : undefined);
    if (!named) continue;
    const next = /^\s*([\p{L}]+|[^\s\p{L}])/u.exec(text.slice(end))?.[1] ?? '';
    const goesOn =
      /^\p{L}/u.test(next) &&
      !r.wordForms
        .wordInfo(next)
        .slice(0, 1)
        .some(
          (w) =>
            w.pos === 'VERB' ||
            w.pos === 'PRTS' ||
            w.pos === 'PREP' ||
            w.pos === 'CONJ' ||
            w.pos === 'ADVB' ||
            w.pos === 'PRCL',
        );
    if (goesOn) continue;
    if (bare) bare.value = named.value;
    else out.push({ start, end, text: m[0], value: named.value });
  }
  return out;
}

/**
 * «Ассоциации «Совет муниципальных образований …» (далее – Совет, СМО РБ)»: the short names a text
 * defines for a body, wherever they stand after the definition («его организатором выступает Совет»),
 * as that body (the body inside an organ's name: «Президиума Ассоциации …» defines the Ассоциация) —
 * not inside another name, and not the body's people («Председатель Совета»).
 */
function definedShortNames(text: string, organizations: Match<OrganizationValue>[]): Match<OrganizationValue>[] {
  const out: Match<OrganizationValue>[] = [];
  for (const o of organizations) {
    const definition = /^\s*\(\s*далее\s*[–—-]\s*([^()]{2,60})\)/u.exec(text.slice(o.end, o.end + 80));
    if (!definition || !/^\p{Lu}/u.test(o.text)) continue;
    const inner = organizations
      .filter((x) => x.end === o.end && x.start >= o.start && /^\p{Lu}/u.test(x.text))
      .reduce((a, b) => (b.start > a.start ? b : a), o);
    const from = o.end + definition[0].length;
    for (const name of definition[1]!.split(/\s*[,;]\s*/)) {
      const word = name.replace(/[«»"]/g, '').trim();
      if (word.length < 2 || !/^\p{Lu}/u.test(word)) continue;
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(
        `(?<![\\p{L}«"-])${escaped}${/\s/.test(word) ? '' : '\\p{Ll}{0,3}'}(?![\\p{L}-])`,
        'gu',
      );
      pattern.lastIndex = from;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (organizations.some((x) => x.start < end && start < x.end)) continue;
        if (PEOPLE_OF.test(text.slice(Math.max(0, start - 30), start))) continue;
        out.push({ start, end, text: m[0], value: inner.value });
      }
    }
  }
  return out;
}

const PLAN_OF_EVENTS =
  /(?<!\p{L})(?:план\p{L}{0,2}\s+(?:основных\s+|совместных\s+)?мероприятий|мероприяти\p{L}*\s+плана)/iu;

const aliasKey = (name: string) => normalizeText(name).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Abbreviations the document itself ties to a full name: defined in brackets, or standing for the
 * capitals of a full name the document writes out («Конгресса муниципальных образований Российской
 * Федерации» … «КМО»). A full name written out is kept as written, in the nominative.
 */
function documentAliases(organizations: Match<OrganizationValue>[], r: Recognizers): Map<string, OrganizationValue> {
  const aliases = new Map<string, OrganizationValue>();
  // Capitals of every full name written out, computed once (a corpus-sized text has thousands).
  const byInitials = new Map<string, Match<OrganizationValue>>();
  for (const o of organizations) {
    if (!/\s/.test(o.text.trim())) continue;
    for (const initials of initialsOf(o.text)) if (!byInitials.has(initials)) byInitials.set(initials, o);
  }
  for (const o of organizations) {
    if (o.value.abbreviation) aliases.set(aliasKey(o.value.abbreviation), o.value);
    if (!/^[\p{Lu}\d-]{2,12}$/u.test(o.text)) continue;
    if (aliasKey(o.text) !== aliasKey(o.value.name)) {
      aliases.set(aliasKey(o.text), bodyAbbreviated(o.text, o.value, r));
      continue;
    }
    // An abbreviation nothing resolved: look for the full name among the names the text writes out.
    const full = byInitials.get(o.text);
    if (full && !aliases.has(aliasKey(o.text))) {
      aliases.set(aliasKey(o.text), { name: capitalizeFirst(headToNominative(full.text, 'gent', r.wordForms)) });
    }
  }
  return aliases;
}

const ORGAN_OF = /^(?:совет|правлени|президиум|бюро|комисси|аппарат|секретариат)\p{L}*\s+/iu;

/**
 * «заседание Совета Ассоциации городов Поволжья (АГП)»: an abbreviation defined after an organ's name
 * stands for the body when its capitals are the body's («АГП»), not the organ's.
 */
function bodyAbbreviated(abbreviation: string, value: OrganizationValue, r: Recognizers): OrganizationValue {
  const organ = ORGAN_OF.exec(value.name);
  if (!organ || initialsOf(value.name).includes(abbreviation)) return value;
  const body = value.name.slice(organ[0].length);
  if (!initialsOf(body).includes(abbreviation)) return value;
  return r.resolveOrganization(body) ?? { name: capitalizeFirst(headToNominative(body, 'gent', r.wordForms)) };
}

/** «утвердили план мероприятий КМО»: the body whose plan a news text lists. */
function ownerOfPlanInText(text: string, organizations: Match<OrganizationValue>[]): OrganizationValue | null {
  const plan = /(?<!\p{L})план\p{L}{0,2}\s+(?:основных\s+|совместных\s+)?(?:мероприятий|работы|деятельности)\s+/giu;
  for (let m = plan.exec(text); m !== null; m = plan.exec(text)) {
    const at = m.index + m[0].length;
    const org = organizations.find((o) => o.start >= at && o.start <= at + 2);
    if (org) return org.value;
  }
  return null;
}

/** «утвердили план мероприятий на 2026 год»: the year of a plan a news text speaks of. */
function periodOfPlanInText(text: string, r: Recognizers): Period | null {
  const phrase = /(?<!\p{L})план\p{L}{0,2}\s+(?:[\p{L}-]+\s+){0,4}?на\s+\d{4}\s*(?:год|г\.)/iu.exec(text);
  if (!phrase) return null;
  for (const d of r.findDates(phrase[0], { documentDate: null, period: null })) {
    if (d.type === 'DATE' && isWhen(d.value) && d.value.precision === 'year' && d.value.start && d.value.end) {
      return { start: d.value.start, end: d.value.end };
    }
  }
  return null;
}

/** «участие в …»: an item of taking part in someone else's event. */
const TAKING_PART = /(?<!\p{L})участи\p{L}*\s+(?:в|во)\s/iu;

/** Organizer names through the document's own abbreviations, without repeats. */
function canonicalOrganizers(names: string[], aliases: Map<string, OrganizationValue>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const canonical = aliases.get(aliasKey(name))?.name ?? name;
    if (!out.some((n) => aliasKey(n) === aliasKey(canonical))) out.push(canonical);
  }
  return out;
}

/** The fields in the order the interchange format lists them, so printed records read alike. */
function inFormatOrder(e: ExtractedEvent): ExtractedEvent {
  return {
    title: e.title,
    kind: e.kind,
    when: e.when,
    places: e.places,
    venue: e.venue,
    organizers: e.organizers,
    format: e.format,
    status: e.status,
    attendance: e.attendance,
    age: e.age,
    expectedResult: e.expectedResult,
    evidence: e.evidence,
    evidenceSpan: e.evidenceSpan,
    fieldSpans: e.fieldSpans,
    confidence: e.confidence,
  };
}

/**
 * «В первый день … открылась выставка», «19 сентября для участников форума запланирована экскурсия»,
 * «Центральным событием форума стало пленарное заседание»: an event of another kind told after an
 * event of several days, inside its days, is a part of it — held where it is when it names no place,
 * organized by its organizers when it names none (as the corpus rules have it). Events in text order.
 */
function placeWithinParent(events: ExtractedEvent[]): void {
  let parent: ExtractedEvent | null = null;
  for (const e of events) {
    const { start, end } = e.when;
    const p = parent?.when;
    const inside = parent && p && start !== null && start >= p.start! && (end ?? start) <= p.end!;
    const takesPlaces = e.places.length === 0;
    const takesOrganizers = parent !== null && e.kind !== parent.kind && e.organizers.length === 0;
    if (parent && inside && (takesPlaces || takesOrganizers)) {
      if (takesPlaces) e.places = [...parent.places];
      if (takesOrganizers) e.organizers = [...parent.organizers];
      // …and where and how it is held, when it says nothing of its own (docs/corpus.md, parts of an event).
      if (takesPlaces) e.venue ??= parent.venue;
      e.format ??= parent.format;
      continue;
    }
    const w = e.when;
    if (w.start !== null && w.end !== null && w.start < w.end && w.precision === 'day' && e.places.length > 0)
      parent = e;
  }
}

/** An owner named in capitals by the letterhead («АССОЦИАЦИЯ «СОВЕТ …»») as the name is written. */
function recasedOwner(owner: OrganizationValue | null, r: Recognizers): OrganizationValue | null {
  if (owner === null) return null;
  const name = recaseCapitals(owner.name, r.findPlaces);
  return name === owner.name ? owner : { ...owner, name };
}

/** A verb of the present that states no past: «проводит», «проходит». */
const PRESENT_HOLDING = /(?<!\p{L})(?:проводит|проводят|проходит|проходят)(?!\p{L})/iu;
const PAST_HOLDING =
  /(?<!\p{L})(?:состоял\p{L}*|прош[её]л|прошл[аио]|провел\p{L}*|проведен\p{L}*|организовал\p{L}*)(?!\p{L})/iu;

/**
 * «21–22 мая проводит семинар-совещание» in a letter of 24 April: what the present tense tells of days
 * after the text's date is planned, not held.
 */
function aheadIsPlanned(events: ExtractedEvent[], documentDate: string | null): void {
  if (documentDate === null) return;
  for (const e of events) {
    if (e.status !== 'held' || e.when.start === null || e.when.start <= documentDate) continue;
    if (PRESENT_HOLDING.test(e.evidence) && !PAST_HOLDING.test(e.evidence)) e.status = 'planned';
  }
}

/** Refiners: text order, and one record per evidence and title. */
function refine(events: ExtractedEvent[]): ExtractedEvent[] {
  const seen = new Set<string>();
  return events
    .sort((a, b) => a.evidenceSpan.start - b.evidenceSpan.start)
    .filter((e) => {
      const key = `${e.evidenceSpan.start}:${e.evidenceSpan.end}:${normalizeText(e.title).toLowerCase()}:${e.when.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * «г. Москва, Общественная палата Российской Федерации», «в Законодательном Собрании Краснодарского
 * края»: a region or a country the event's text names only inside an organization's name is not where
 * the event is. A city is kept: «в администрации города Тюмени» is held in Tyumen.
 */
function dropRegionsInsideNames(events: ExtractedEvent[], findings: DocumentFindings): void {
  for (const event of events) {
    if (event.places.every((p) => p.type === 'city')) continue;
    const { start, end } = event.evidenceSpan;
    const names = findings.organizations.filter((o) => o.start < end && o.end > start);
    if (names.length === 0) continue;
    const mentions = findings.places.filter((p) => p.start >= start && p.end <= end);
    event.places = event.places.filter((place) => {
      if (place.type === 'city') return true;
      const own = mentions.filter((m) => m.value.name === place.name);
      return own.length === 0 || !own.every((m) => names.some((o) => o.start <= m.start && m.end <= o.end));
    });
  }
}

/**
 * Runs every stage over one document.
 * @example runPipeline({ text: '5 июня в Казани состоится форум «Города»' }, recognizers).events[0]?.kind // 'форум'
 */
export function runPipeline(doc: SourceDocument, r: Recognizers, trace?: Trace): Extraction {
  const text = doc.text;
  // 1. structure
  const structure = readStructure(text);
  trace?.('structure', `${structure.tables.length} tables, ${structure.paragraphs.length} paragraphs`);
  // 2. document header
  const { header, datelines, owner } = readHeader(doc, structure, r);
  trace?.(
    'header',
    `${header.kind} date=${header.date} period=${header.period?.start ?? '-'} owner=${owner?.name ?? '-'}`,
  );
  // 3–4. dates and entities
  const ctx: DateContext = { documentDate: header.date, period: header.period, ...(trace ? { trace } : {}) };
  // The association whose news it is: the source's publisher, else the text's own signature or heading.
  const publisher = header.kind === 'plan' ? null : ownerFromPublisher(doc.publisher, r);
  const { findings, fullPublisher } = findEntities(text, ctx, r, publisher);
  const newsOwner =
    header.kind === 'plan' ? null : (fullPublisher ?? recasedOwner(ownerFromText(text, findings.organizations), r));
  trace?.(
    'entities',
    `${findings.dates.length} dates, ${findings.places.length} places, ${findings.organizations.length} organizations`,
  );
  const aliases = documentAliases(findings.organizations, r);
  const services: TextServices = {
    parseWhen: r.parseWhen,
    findPlaces: r.findPlaces,
    findOrganizations: r.findOrganizations,
    // An abbreviation the document defines («… городов России (АМСГР)») resolves as the document says.
    resolveOrganization: (name) => aliases.get(aliasKey(name)) ?? r.resolveOrganization(name),
    ...r.wordForms,
  };
  // 5–6. candidate events with their fields: table rows, list items of a plan, then sentences
  const foundOwner = owner ?? ownerOfPlanInText(text, findings.organizations);
  const planOwner = foundOwner ? (aliases.get(aliasKey(foundOwner.name)) ?? foundOwner) : null;
  // In its own plan an association calls itself «Ассоциация», «Союз», «Палата».
  const ownerWord = planOwner?.name.split(' ')[0];
  if (planOwner && ownerWord && planOwner.name.includes(' ') && !aliases.has(aliasKey(ownerWord))) {
    aliases.set(aliasKey(ownerWord), planOwner);
  }
  const fromTables = eventsFromTables(structure.tables, text, { dateContext: ctx, services, owner: planOwner });
  const title = findPlanTitle(text, structure);
  const outsideTitle = structure.paragraphs.filter((p) => !title || p.end <= title.start || p.start >= title.end);
  // Items of a plan a news text lists take their year from that plan («план мероприятий на 2026 год»).
  const listContext: DateContext = { ...ctx, period: ctx.period ?? periodOfPlanInText(text, r) };
  const listReading = {
    text,
    dateContext: listContext,
    services,
    owner: planOwner,
    dates: findings.dates.filter((d) => d.type === 'DATE') as Match<When>[],
    planDocument: header.kind === 'plan',
  };
  const fromList = eventsFromListItems(outsideTitle, listReading);
  const listed = new Set(fromList.map((e) => e.evidenceSpan.start));
  // «пройдут тематические круглые столы:» introduces the parts listed after it; it is no event of its own.
  const introducing = (p: Paragraph, i: number) => {
    const next = outsideTitle[i + 1];
    return next !== undefined && listed.has(next.start) && partsIntro(p, listReading) !== null;
  };
  // A table's caption («Юбилейные даты городов – членов Союза в 2025 году») names the table, no event.
  const captions = new Set(structure.tables.map((t) => t.caption?.start));
  // Events of one item share its evidence; keep them apart in the refiners by title.
  // A plan's section heading («III. Юбилеи городов – членов МАГ в 2026 году») names its rows, no event.
  const sectionHeading = (p: Paragraph) =>
    header.kind === 'plan' &&
    !p.listItem &&
    p.text.length < 150 &&
    (ROMAN_SECTION.test(p.text) || /^\*\*[^*]+\*\*$/u.test(p.text) || sectionKindOf(p.text) !== null);
  const paragraphs = outsideTitle.filter(
    (p, i) => !listed.has(p.start) && !introducing(p, i) && !captions.has(p.start) && !sectionHeading(p),
  );
  // Short lines that open the text without a stop: a headline that may name the event.
  const headlines = structure.paragraphs
    .slice(0, 4)
    .filter((p) => p.text.length < 120 && !/[.!?…:;]$/.test(p.text))
    .map((p) => p.text);
  const newsReading = { text, findings, services, ignoredDates: datelines, title: doc.title, headlines };
  const fromSentences = eventsFromNews(paragraphs, newsReading);
  aheadIsPlanned(fromSentences, header.date);
  // «Программа форума\n19 июня\n10:00–12:30 Пленарное заседание …»: the parts of the event told before.
  const programme = eventsFromProgramme(paragraphs, { text, dateContext: ctx, services }, fromSentences);
  const fromNews = splitListedNames(
    [
      ...fromSentences.filter(
        (e) => !programme.used.some((u) => u.start <= e.evidenceSpan.start && e.evidenceSpan.start < u.end),
      ),
      ...programme.events,
    ].sort((a, b) => a.evidenceSpan.start - b.evidenceSpan.start),
    services,
  );
  // «В Технопарке пройдут круглые столы:», «В рамках форума запланированы:» + a list: each part is held
  // where its introduction says, else where and by whom the event it belongs to is.
  outsideTitle.forEach((p, i) => {
    if (!introducing(p, i)) return;
    const venue = venueNamedIn(p, newsReading);
    const parentKind = partsIntro(p, listReading)?.parentKind;
    const parent = parentKind
      ? [...fromNews].reverse().find((e) => e.evidenceSpan.end <= p.start && e.kind === parentKind)
      : undefined;
    for (let k = i + 1; k < outsideTitle.length && listed.has(outsideTitle[k]!.start); k++) {
      for (const part of fromList) {
        if (part.evidenceSpan.start !== outsideTitle[k]!.start) continue;
        part.venue ??= venue;
        if (parent) inheritFromParent(part, parent);
      }
    }
  });
  trace?.(
    'events',
    `${fromTables.length} from table rows, ${fromList.length} from list items, ${fromNews.length} from sentences`,
  );
  // A news text built around a list of planned events is mixed.
  if (header.kind === 'news' && fromList.length >= 2 && PLAN_OF_EVENTS.test(text)) header.kind = 'mixed';
  // 7. refiners
  placeWithinParent([...fromList, ...fromNews].sort((a, b) => a.evidenceSpan.start - b.evidenceSpan.start));
  if (header.kind !== 'plan') datesFromDocument(fromNews, header.date);
  const events = refine([...fromTables, ...fromList, ...fromNews]).map(inFormatOrder);
  dropRegionsInsideNames(events, findings);
  // «Правительство РМ», «СМО РД»: the initials of a region the document names, written out.
  const regions = regionInitials(
    findings.places.filter((p) => p.value.type === 'region').map((p) => p.value.name),
    r.wordForms,
  );
  for (const e of events) {
    e.organizers = canonicalOrganizers(
      e.organizers.map((o) => withRegionWrittenOut(o, regions)),
      aliases,
    );
  }
  // An association's own news and plan: its organs stand for it; what its news reports held is its own.
  const documentOwner = newsOwner ? (aliases.get(aliasKey(newsOwner.name)) ?? newsOwner) : planOwner;
  if (documentOwner) ownerOrganizes(events, documentOwner, text, { news: newsOwner !== null });
  // «План мероприятий Ассоциации на I квартал:» in its own news: the items that name nobody are its own,
  // as a plan's rows are its owner's.
  if (newsOwner && header.kind === 'mixed') {
    const listed = new Set(fromList.map((e) => e.evidenceSpan.start));
    for (const e of events) {
      if (!listed.has(e.evidenceSpan.start) || e.organizers.length > 0) continue;
      if (e.kind === 'юбилей' || e.kind === 'день города' || TAKING_PART.test(e.evidence)) continue;
      e.organizers = [(aliases.get(aliasKey(newsOwner.name)) ?? newsOwner).name];
    }
  }
  return { document: header, events };
}
