/**
 * `npm run bench:ingest`: documents and megabytes per second for each format ingestion reads,
 * on documents generated here (src/ingest/testdata), plus the hostile cases; peak RSS at the end.
 * Each format runs for about BUDGET_MS, so the whole run takes some 15 seconds on one core.
 * BENCH_LARGE=1 adds a 20 MB HTML page (4 s, and the peak RSS becomes its cost).
 */
import iconv from 'iconv-lite';
import { readDocumentBytes } from '../src/ingest/index.js';
import { atomFeedOf, rssFeedOf } from '../src/ingest/testdata/feeds-generate.js';
import {
  findCyrillicFont,
  planDocx,
  planHtmlPage,
  planHtmlPageCp1251,
  planMarkdown,
  planPdf,
} from '../src/ingest/testdata/generate.js';
import { scalePlan } from '../src/ingest/testdata/plan.js';

const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 1500);
const EVENTS = 100;

interface Row {
  format: string;
  /** Peak RSS of the process so far, in MB: where it jumps is what a format costs. */
  peakRssMb: number;
  sizeKb: number;
  runs: number;
  documentsPerRun: number;
  seconds: number;
}

async function measure(format: string, bytes: Uint8Array): Promise<Row> {
  const documentsPerRun = (await readDocumentBytes(format, bytes)).length; // warm-up
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < BUDGET_MS) {
    await readDocumentBytes(format, bytes);
    runs++;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    format,
    peakRssMb,
    sizeKb: bytes.length / 1024,
    runs,
    documentsPerRun,
    seconds: (performance.now() - started) / 1000,
  };
}

const plan = scalePlan(EVENTS);
const font = findCyrillicFont();
const inputs: [string, Uint8Array][] = [
  ['docx', await planDocx(plan)],
  ...(font ? ([['pdf', await planPdf(font, plan)]] as [string, Uint8Array][]) : []),
  ['html', Buffer.from(planHtmlPage(plan))],
  ['html cp1251', planHtmlPageCp1251(plan)],
  ['markdown', Buffer.from(planMarkdown(plan))],
  ['text koi8-r', iconv.encode(planMarkdown(plan).replaceAll('|', '\t'), 'koi8-r')],
  ['rss (100 items)', Buffer.from(rssFeedOf(100))],
  ['atom (100 entries)', Buffer.from(atomFeedOf(100))],
];
if (!font) console.log('pdf: skipped, no Cyrillic TTF (apt-get install -y fonts-dejavu-core)');

const rows: Row[] = [];
for (const [format, bytes] of inputs) rows.push(await measure(format, bytes));

console.log(`ingest benchmark: plans of ${EVENTS} events; node ${process.version}; ${BUDGET_MS} ms per format\n`);
console.log('| format | size KB | documents/s | MB/s | peak RSS so far, MB |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  const docs = (row.runs * row.documentsPerRun) / row.seconds;
  const mb = (row.runs * row.sizeKb) / 1024 / row.seconds;
  console.log(
    `| ${row.format} | ${row.sizeKb.toFixed(1)} | ${docs.toFixed(1)} | ${mb.toFixed(2)} | ${row.peakRssMb.toFixed(0)} |`,
  );
}

// The hostile cases: how long a refusal or a survival takes.
const depth = (5 * 1024 * 1024) / 22;
const deep = Buffer.from(
  `<html><body><p>Форум</p>${'<div><span>x'.repeat(depth)}${'</span></div>'.repeat(depth)}</body></html>`,
);
let started = performance.now();
await readDocumentBytes('deep.html', deep);
console.log(`\n5 MB of nested tags: read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
started = performance.now();
await readDocumentBytes('big.txt', new Uint8Array(60 * 1024 * 1024)).catch((e: Error) => e.message);
console.log(`60 MB buffer over the 50 MB limit: refused in ${(performance.now() - started).toFixed(1)} ms`);

if (process.env.BENCH_LARGE) {
  // A 20 MB article: what the DOM costs. Last, since it sets the peak RSS.
  const paragraph =
    '<p>Союз российских городов провёл семинар по вопросам <a href="/x">муниципального</a> контроля 10 июня 2021 года.</p>\n';
  const count = Math.floor((20 * 1024 * 1024) / Buffer.byteLength(paragraph));
  const large = Buffer.from(
    `<html><body><nav><a href="/">Главная</a></nav><article>${paragraph.repeat(count)}</article></body></html>`,
  );
  started = performance.now();
  await readDocumentBytes('large.html', large);
  console.log(`20 MB HTML page: read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
