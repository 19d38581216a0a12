/**
 * @module extract
 * Extraction: a pure function of (document text, reference data) that finds every event a plan or a
 * news text states, with the span each fact came from, plus the date and entity spans
 * `munical extract --spans` prints. The stages run in the order `pipeline.ts` lists them.
 */
import type { Extraction, SourceDocument, Span } from '../domain/index.js';
import type { ReferenceData } from '../reference/index.js';
import { findDates, findPlanPeriod, parseWhen } from './dates/index.js';
import { findEntitySpans } from './entities/index.js';
import { wordFormsFrom } from './events/index.js';
import { findFigures } from './figures/index.js';
import { findOrganizations, resolveOrganization } from './orgs/index.js';
import { type Recognizers, runPipeline, type Trace } from './pipeline.js';
import { findPlaces } from './places/index.js';

export { loadReferenceData, type ReferenceData } from '../reference/index.js';
export { type Recognizers, runPipeline } from './pipeline.js';

export interface Extractor {
  /** Every event of the document, with its header. Pure: no I/O. */
  extract(doc: SourceDocument): Extraction;
  /** DATE/TIME spans and entity spans, sorted by offset. */
  spans(doc: SourceDocument): Span[];
}

/** Binds the recognizers of the extraction modules to the reference data. */
export function createRecognizers(ref: ReferenceData): Recognizers {
  return {
    findDates,
    parseWhen,
    findPlanPeriod,
    findPlaces: (text) => findPlaces(text, ref),
    findOrganizations: (text) => findOrganizations(text, ref),
    resolveOrganization: (name) => resolveOrganization(name, ref),
    findFigures: (text) => findFigures(text, ref),
    wordForms: wordFormsFrom(ref.morph),
  };
}

/**
 * @example
 * const extractor = createExtractor(await loadReferenceData());
 * extractor.extract({ text: '5-6 ноября в Санкт-Петербурге прошёл форум' }).events[0]?.status // 'held'
 */
export function createExtractor(ref: ReferenceData, options: { trace?: Trace } = {}): Extractor {
  const recognizers = createRecognizers(ref);
  return {
    extract: (doc) => runPipeline(doc, recognizers, options.trace),
    spans(doc) {
      const spans: Span[] = [];
      for (const d of findDates(doc.text, { documentDate: doc.date ?? null, period: null })) {
        spans.push({ start: d.start, end: d.end, type: d.type, text: d.text, value: d.value });
      }
      spans.push(...findEntitySpans(doc.text, ref));
      return spans.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
