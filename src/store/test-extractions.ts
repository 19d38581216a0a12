import { createHash } from 'node:crypto';
import type { DocumentKind, ExtractedEvent, Extraction, Period, When } from '../domain/index.js';
import type { SaveExtractionInput } from './save-extraction.js';

/**
 * Hand-built extractions for tests (the store's and the web's): a document text, and events
 * whose evidence is found in it, so every span really slices the text.
 *
 * ```ts
 * const input = testExtraction({ source: 'srg', text: 'Форум прошёл в Казани 5 октября 2021 года.' }, [
 *   { title: 'Форум', evidence: 'Форум прошёл в Казани 5 октября 2021 года.', when: day('2021-10-05') },
 * ]);
 * await saveExtraction(store, input);
 * ```
 */
export interface TestEventSpec extends Partial<Omit<ExtractedEvent, 'evidenceSpan'>> {
  title: string;
  /** Must occur in the document text. */
  evidence: string;
}

export function testExtraction(
  document: {
    source: string;
    itemKey?: string | null;
    text: string;
    kind?: DocumentKind;
    date?: string | null;
    period?: Period | null;
    title?: string | null;
    link?: string | null;
  },
  events: TestEventSpec[],
): SaveExtractionInput {
  const bytes = new TextEncoder().encode(document.text);
  const extraction: Extraction = {
    document: { kind: document.kind ?? 'news', date: document.date ?? null, period: document.period ?? null },
    events: events.map((spec) => testEvent(document.text, spec)),
  };
  return {
    document: {
      source: document.source,
      itemKey: document.itemKey ?? null,
      format: 'text',
      encoding: 'utf-8',
      bytes,
      hash: createHash('sha256').update(bytes).digest('hex'),
      text: document.text,
      title: document.title ?? null,
      date: document.date ?? null,
      link: document.link ?? null,
    },
    extraction,
    extractorVersion: 'test',
  };
}

function testEvent(text: string, spec: TestEventSpec): ExtractedEvent {
  const start = text.indexOf(spec.evidence);
  if (start < 0) throw new Error(`test extraction: evidence «${spec.evidence}» is not in the document text`);
  return {
    kind: 'другое',
    when: day('2021-01-01'),
    places: [],
    venue: null,
    organizers: [],
    format: null,
    status: null,
    attendance: null,
    age: null,
    expectedResult: null,
    fieldSpans: {},
    confidence: 0.9,
    ...spec,
    evidenceSpan: { start, end: start + spec.evidence.length },
  };
}

/** A one-day `When`. */
export function day(date: string, text = date): When {
  return { start: date, end: date, precision: 'day', recurrence: null, text };
}

/** A month-precision `When` spanning the whole month. */
export function month(yearMonth: string, text = yearMonth): When {
  const [year, monthNumber] = yearMonth.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { start: `${yearMonth}-01`, end: `${yearMonth}-${lastDay}`, precision: 'month', recurrence: null, text };
}
