/**
 * One plan written as Markdown, DOCX, PDF, an HTML page and a CP1251 file gives the same events:
 * ingestion renders every format to the same text shape, and extraction reads that shape.
 */
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/domain/index.js';
import { createExtractor, type Extractor, loadReferenceData } from '../../src/extract/index.js';
import { readDocumentBytes } from '../../src/ingest/index.js';
import {
  findCyrillicFont,
  planDocx,
  planHtmlPage,
  planHtmlPageCp1251,
  planMarkdown,
  planPdf,
} from '../../src/ingest/testdata/generate.js';

let extractor: Extractor;

/** The events of a source, without evidence (its whitespace follows the format) and provenance. */
async function eventsOf(name: string, bytes: Uint8Array): Promise<Omit<Event, 'evidence'>[]> {
  const [doc] = await readDocumentBytes(name, bytes);
  const { events } = extractor.extract({ text: doc!.text, date: doc!.date, title: doc!.title });
  return events.map(({ evidence: _e, evidenceSpan: _s, fieldSpans: _f, confidence: _c, ...fields }) => fields);
}

const font = findCyrillicFont();

describe('one plan in every format gives the same events', () => {
  let expected: Omit<Event, 'evidence'>[] = [];

  beforeAll(async () => {
    extractor = createExtractor(await loadReferenceData());
    expected = await eventsOf('plan.md', Buffer.from(planMarkdown(), 'utf8'));
  });

  it('the Markdown plan gives dated, placed events', () => {
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(expected.every((e) => e.status === 'planned')).toBe(true);
    expect(expected.some((e) => e.when.start !== null && e.places.length > 0)).toBe(true);
  });

  it.each<[string, () => Promise<[string, Uint8Array]>]>([
    ['DOCX', async () => ['plan.docx', await planDocx()]],
    ['HTML page', async () => ['plan.html', Buffer.from(planHtmlPage())]],
    ['CP1251 HTML page', async () => ['plan-old.htm', planHtmlPageCp1251()]],
    ['CP1251 Markdown', async () => ['plan-1251.md', iconv.encode(planMarkdown(), 'windows-1251')]],
  ])('%s', async (_label, make) => {
    const [name, bytes] = await make();
    expect(await eventsOf(name, bytes)).toEqual(expected);
  });

  it.skipIf(font === null)('PDF', async () => {
    expect(await eventsOf('plan.pdf', await planPdf(font!))).toEqual(expected);
  });
});
