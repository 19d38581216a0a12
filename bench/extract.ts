/**
 * Throughput of the whole extraction pipeline beside the date grammar alone and chrono-node's `ru`
 * parser, over the same documents in one process: `npm run bench:extract` (`tsx bench/extract.ts
 * [megabytes] [rounds]`). The benchmark text is cut into documents of a few kilobytes, as a corpus
 * of plans and news is, and every contender reads all of them.
 *
 * The benchmark text repeats its pieces, so after the first round every word form is cached. The
 * second race measures text whose word forms are new to the process: one copy of the distinct
 * pieces, read after `clearWordCaches()` forgot every parse and every per-form result (the
 * dictionary and the reference data stay loaded, as in a running server), several times over.
 *
 * The third race reads news nobody here wrote — the texts of `../shared/data/nerel-dev.jsonl`
 * (Russian Wikinews), when that file is present — once through from empty word caches and again
 * warm. News is denser in names than the benchmark text, so this is the harder figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { findDates } from '../src/extract/dates/index.js';
import { createExtractor, loadReferenceData } from '../src/extract/index.js';
import { clearWordCaches } from '../src/morph/index.js';
import { buildBenchText } from './bench-text.js';
import { printResults, race } from './harness.js';

const megabytes = Number(process.argv[2] ?? 2);
const rounds = Number(process.argv[3] ?? 3);
const DOCUMENT_CHARS = 6_000;

const COLD_COPIES = 8;

function cutIntoDocuments(text: string): string[] {
  const documents: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + DOCUMENT_CHARS);
    const newline = text.indexOf('\n', end);
    end = newline < 0 ? text.length : newline + 1;
    documents.push(text.slice(start, end));
    start = end;
  }
  return documents;
}

const documents = cutIntoDocuments(buildBenchText(megabytes * 1_000_000));
const chars = documents.reduce((n, d) => n + d.length, 0);
const extractor = createExtractor(await loadReferenceData());
const documentDate = '2021-05-13';
const now = new Date(`${documentDate}T12:00:00Z`);

const results = race(
  [
    {
      name: 'pipeline: events',
      run: (docs) => docs.reduce((n, text) => n + extractor.extract({ text, date: documentDate }).events.length, 0),
    },
    {
      name: 'pipeline: all spans',
      run: (docs) => docs.reduce((n, text) => n + extractor.spans({ text, date: documentDate }).length, 0),
    },
    {
      name: 'findDates',
      run: (docs) => docs.reduce((n, text) => n + findDates(text, { documentDate, period: null }).length, 0),
    },
    { name: 'chrono.ru', run: (docs) => docs.reduce((n, text) => n + chrono.ru.parse(text, now).length, 0) },
  ],
  documents,
  chars,
  rounds,
  documents.slice(0, 20),
);
console.log(`text: ${(chars / 1e6).toFixed(2)} M chars in ${documents.length} documents, best of ${rounds} rounds`);
printResults(results);
const chronoRate = results.find((r) => r.name === 'chrono.ru')!.charsPerSecond;
for (const r of results.filter((r) => r.name.startsWith('pipeline'))) {
  console.log(`${r.name} / chrono.ru: ${(r.charsPerSecond / chronoRate).toFixed(2)}× (target ≥ 0.5×)`);
}

// Cold: every copy of the distinct text starts from empty word caches.
const coldDocuments = cutIntoDocuments(buildBenchText(1));
const coldChars = coldDocuments.reduce((n, d) => n + d.length, 0);
const coldInput = Array.from({ length: COLD_COPIES }, () => coldDocuments);
const cold = race(
  [
    {
      name: 'pipeline: all spans, cold word caches',
      run: (copies) => {
        let n = 0;
        for (const docs of copies) {
          clearWordCaches();
          for (const text of docs) n += extractor.spans({ text, date: documentDate }).length;
        }
        return n;
      },
    },
    {
      name: 'pipeline: all spans, warm',
      run: (copies) =>
        copies.reduce(
          (n, docs) => n + docs.reduce((m, text) => m + extractor.spans({ text, date: documentDate }).length, 0),
          0,
        ),
    },
    {
      name: 'chrono.ru',
      run: (copies) =>
        copies.reduce((n, docs) => n + docs.reduce((m, text) => m + chrono.ru.parse(text, now).length, 0), 0),
    },
  ],
  coldInput,
  coldChars * COLD_COPIES,
  rounds,
  [coldDocuments],
);
console.log(
  `\nnew text: ${(coldChars / 1e3).toFixed(1)} K chars of distinct pieces in ${coldDocuments.length} documents, ` +
    `each of ${COLD_COPIES} copies read after clearing the word caches, best of ${rounds} rounds`,
);
printResults(cold);
const coldChrono = cold.find((r) => r.name === 'chrono.ru')!.charsPerSecond;
for (const r of cold.filter((r) => r.name.startsWith('pipeline'))) {
  console.log(`${r.name} / chrono.ru: ${(r.charsPerSecond / coldChrono).toFixed(2)}× (target ≥ 0.5×)`);
}

// News nobody here wrote, read once through from empty word caches, then warm.
const NEWS = new URL('../../shared/data/nerel-dev.jsonl', import.meta.url);
if (existsSync(NEWS)) {
  const news = readFileSync(NEWS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const newsChars = news.reduce((n, t) => n + t.length, 0);
  const spansOf = (texts: string[]) => texts.reduce((n, text) => n + extractor.spans({ text, date: null }).length, 0);
  const newsResults = race(
    [
      {
        name: 'pipeline: all spans, news once through',
        run: (texts) => {
          clearWordCaches();
          return spansOf(texts);
        },
      },
      { name: 'pipeline: all spans, news warm', run: spansOf },
      { name: 'chrono.ru', run: (texts) => texts.reduce((n, text) => n + chrono.ru.parse(text, now).length, 0) },
    ],
    news,
    newsChars,
    rounds,
    news.slice(0, 5),
  );
  console.log(
    `\nnews: ${(newsChars / 1e3).toFixed(1)} K chars in ${news.length} NEREL dev texts, best of ${rounds} rounds`,
  );
  printResults(newsResults);
  const newsChrono = newsResults.find((r) => r.name === 'chrono.ru')!.charsPerSecond;
  for (const r of newsResults.filter((r) => r.name.startsWith('pipeline'))) {
    console.log(`${r.name} / chrono.ru: ${(r.charsPerSecond / newsChrono).toFixed(2)}× (target ≥ 0.5×)`);
  }
}
