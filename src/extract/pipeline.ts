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
  documentDate,
  documentKind,
  findPlanTitle,
  planPeriod,
  readStructure,
} from './document/index.js';
import {
  type DocumentFindings,
  eventsFromListItems,
  eventsFromNews,
  eventsFromTables,
  type FigureValue,
  isWhen,
  type TextServices,
  type WordForms,
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
  const fromText = documentDate(text, structure, dated);
  const dateline = fromText ? dated.find((d) => d.date === fromText) : undefined;
  const title = findPlanTitle(text, structure);
  const period = title ? planPeriod(text, title, r.findPlanPeriod) : null;
  let owner: OrganizationValue | null = null;
  if (title) owner = r.findOrganizations(text.slice(title.start, title.end))[0]?.value ?? null;
  const header: DocumentHeader = {
    kind: title ? 'plan' : documentKind(text, structure, 0),
    date: fromText ?? doc.date ?? null,
    period,
  };
  return { header, datelines: dateline ? [{ start: dateline.start, end: dateline.end }] : [], owner };
}

/** Stage 4: entities of the whole document, found once (event assembly then reads them by offset). */
function findEntities(text: string, ctx: DateContext, r: Recognizers): DocumentFindings {
  return {
    dates: r.findDates(text, ctx),
    places: r.findPlaces(text),
    organizations: r.findOrganizations(text),
    figures: r.findFigures(text),
  };
}

const aliasKey = (name: string) => normalizeText(name).replace(/\s+/g, ' ').trim().toLowerCase();

/** Abbreviations and short names the document itself ties to a full name. */
function documentAliases(organizations: Match<OrganizationValue>[]): Map<string, OrganizationValue> {
  const aliases = new Map<string, OrganizationValue>();
  for (const o of organizations) {
    if (o.value.abbreviation) aliases.set(aliasKey(o.value.abbreviation), o.value);
    if (/^[\p{Lu}\d-]{2,12}$/u.test(o.text) && aliasKey(o.text) !== aliasKey(o.value.name))
      aliases.set(aliasKey(o.text), o.value);
  }
  return aliases;
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
  const ctx: DateContext = { documentDate: header.date, period: header.period };
  const findings = findEntities(text, ctx, r);
  trace?.(
    'entities',
    `${findings.dates.length} dates, ${findings.places.length} places, ${findings.organizations.length} organizations`,
  );
  const aliases = documentAliases(findings.organizations);
  const services: TextServices = {
    parseWhen: r.parseWhen,
    findPlaces: r.findPlaces,
    findOrganizations: r.findOrganizations,
    // An abbreviation the document defines («… городов России (АМСГР)») resolves as the document says.
    resolveOrganization: (name) => aliases.get(aliasKey(name)) ?? r.resolveOrganization(name),
    ...r.wordForms,
  };
  // 5–6. candidate events with their fields: table rows, list items of a plan, then sentences
  const planOwner = owner ?? ownerOfPlanInText(text, findings.organizations);
  const fromTables = eventsFromTables(structure.tables, text, { dateContext: ctx, services, owner: planOwner });
  const title = findPlanTitle(text, structure);
  const outsideTitle = structure.paragraphs.filter((p) => !title || p.end <= title.start || p.start >= title.end);
  const fromList = eventsFromListItems(outsideTitle, { text, dateContext: ctx, services, owner: planOwner });
  const listed = new Set(fromList.map((e) => e.evidenceSpan.start));
  const paragraphs = outsideTitle.filter((p) => !listed.has(p.start));
  const fromNews = eventsFromNews(paragraphs, { text, findings, services, ignoredDates: datelines, title: doc.title });
  trace?.(
    'events',
    `${fromTables.length} from table rows, ${fromList.length} from list items, ${fromNews.length} from sentences`,
  );
  // A news text built around a list of planned events is mixed.
  if (header.kind === 'news' && fromList.length >= 2) header.kind = 'mixed';
  // 7. refiners
  return { document: header, events: refine([...fromTables, ...fromList, ...fromNews]) };
}
