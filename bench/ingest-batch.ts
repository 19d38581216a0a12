/**
 * `npm run bench:ingest-batch`: a big batch through the whole unit of work — read, extract, store
 * (`ingestSources` into a temporary SQLite file, lemmatized search text as the CLI does) — with
 * documents/s, MB/s and the peak RSS of the process. The batch (BENCH_BATCH_MB, default 50 MB) is
 * generated into a temporary folder first, one file at a time: Markdown plans, HTML pages (UTF-8
 * and windows-1251), RSS feeds and plain-text news, each different, from the generators of
 * `src/ingest/testdata` and the crash test. Target: peak RSS under 500 MB, whatever the batch size.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor, loadReferenceData } from '../src/extract/index.js';
import { atomFeedOf, rssFeedOf } from '../src/ingest/testdata/feeds-generate.js';
import { planHtmlPage, planHtmlPageCp1251, planMarkdown } from '../src/ingest/testdata/generate.js';
import { PLAN, type PlanFixture, scalePlan } from '../src/ingest/testdata/plan.js';
import { ingestSources } from '../src/jobs/index.js';
import { openStore } from '../src/store/index.js';
import { MONTH_NAMES_GENITIVE } from '../src/web/russian-labels.js';
import { crashDocument } from '../test/crash/documents.js';

const TARGET_MB = Number(process.env.BENCH_BATCH_MB ?? 50);
const rssMb = () => process.resourceUsage().maxRSS / 1024;

const KINDS = [
  'Семинар',
  'Конференция',
  'Форум',
  'Круглый стол',
  'Заседание Правления',
  'Совещание',
  'Вебинар',
  'Выставка',
  'Конкурс',
];
const TOPICS = [
  'благоустройства',
  'муниципального контроля',
  'развития туризма',
  'цифровизации',
  'молодёжной политики',
  'ЖКХ',
  'бюджета',
  'градостроительства',
];
const CITIES = [
  'Кострома',
  'Вологда',
  'Тула',
  'Пермь',
  'Казань',
  'Самара',
  'Калуга',
  'Иркутск',
  'Мурманск',
  'Тверь',
  'Рязань',
  'Псков',
];
// Days of the month take the genitive, as the portal writes them.
const MONTHS = MONTH_NAMES_GENITIVE;

/**
 * The plan of batch file `i`: the fixture's shape (sections, a cell with a list) with its own
 * year, size and events — kinds, topics, cities and dates vary — as plans of different
 * associations and years would; `scalePlan`'s repeated rows would make every plan state the same
 * events, which is not a batch anyone ingests.
 */
function planOf(i: number): PlanFixture {
  const year = 2015 + (i % 13);
  const plan = scalePlan(20 + (i % 7) * 15);
  let k = 0;
  const rows = plan.rows.map((row) => {
    if ('section' in row) return row;
    const n = i * 7 + k++;
    const [number, , , organizer] = row.cells;
    const title = `${KINDS[n % KINDS.length]} по вопросам ${TOPICS[(n >> 2) % TOPICS.length]} (${i + 1}.${k})`;
    const when = `${CITIES[(n >> 1) % CITIES.length]}, ${(n % 27) + 1} ${MONTHS[(n >> 3) % 12]}`;
    return { cells: [number, { paragraphs: [title] }, { paragraphs: [when] }, organizer] as typeof row.cells };
  });
  return { ...plan, rows, title: `${PLAN.title.replace('2026', String(year))} (редакция ${i + 1})` };
}

/** File `i` of the batch: [name, bytes]. The mix by count: 3 plans (MD, HTML, CP1251 HTML), 1 feed, 2 news. */
function batchFile(i: number): [string, Uint8Array | string] {
  const n = String(i).padStart(6, '0');
  switch (i % 6) {
    case 0:
      return [`plans/${n}.md`, planMarkdown(planOf(i))];
    case 1:
      return [`pages/${n}.html`, planHtmlPage(planOf(i))];
    case 2:
      return [`pages/${n}-cp1251.html`, planHtmlPageCp1251(planOf(i))];
    case 3:
      return i % 12 === 3
        ? [`feeds/${n}.rss`, rssFeedOf(40).replaceAll('Семинар ', `Семинар ${i}-`).replaceAll('srg-', `srg-${i}-`)]
        : [
            `feeds/${n}.atom`,
            atomFeedOf(40).replaceAll('Сессия МАГ ', `Сессия МАГ ${i}-`).replaceAll('urn:mag:', `urn:mag:${i}:`),
          ];
    default:
      return [`news/${n}.txt`, crashDocument(i)];
  }
}

const dir = await mkdtemp(join(tmpdir(), 'munical-bench-batch-'));
try {
  const folder = join(dir, 'batch');
  for (const sub of ['plans', 'pages', 'feeds', 'news']) await mkdir(join(folder, sub), { recursive: true });
  let bytes = 0;
  let files = 0;
  while (bytes < TARGET_MB * 1024 * 1024) {
    const [name, content] = batchFile(files++);
    await writeFile(join(folder, name), content);
    bytes += (await stat(join(folder, name))).size;
  }
  const rssAfterGenerating = rssMb();

  const reference = await loadReferenceData();
  const extractor = createExtractor(reference);
  const store = await openStore({
    sqlitePath: join(dir, 'bench.db'),
    lemmatize: (word) => reference.morph.lemmas(word),
  });
  const rssBeforeIngest = rssMb();
  const started = performance.now();
  let stored = 0;
  let refused = 0;
  let events = 0;
  let lastReport = started;
  let done = { files: 0, bytes: 0 };
  const onProgress = (p: { filesDone: number; bytesDone: number }) => {
    done = { files: p.filesDone, bytes: p.bytesDone };
  };
  try {
    for await (const outcome of ingestSources(store, extractor, [folder], { onProgress })) {
      if (outcome.kind === 'stored') {
        stored++;
        events += outcome.events;
      } else if (outcome.kind === 'refused') {
        refused++;
        console.error(`refused ${outcome.source}: ${outcome.reason}`);
      }
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const mbDone = (done.bytes / 1024 / 1024).toFixed(1);
        const secondsSoFar = ((lastReport - started) / 1000).toFixed(0);
        console.error(
          `… ${done.files}/${files} files, ${mbDone} MB, ${stored} documents, ${secondsSoFar} s, peak RSS ${rssMb().toFixed(0)} MB`,
        );
      }
    }
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const mb = bytes / 1024 / 1024;
  console.log(`ingest batch: ${files} files, ${mb.toFixed(1)} MB; node ${process.version}`);
  console.log(`documents stored: ${stored} (${events} events), refused: ${refused}`);
  console.log(
    `time: ${seconds.toFixed(1)} s — ${(stored / seconds).toFixed(1)} documents/s, ${(mb / seconds).toFixed(2)} MB/s`,
  );
  console.log(
    `peak RSS: ${rssMb().toFixed(0)} MB (after generating: ${rssAfterGenerating.toFixed(0)} MB, before ingest: ${rssBeforeIngest.toFixed(0)} MB); target < 500 MB`,
  );
  if (rssMb() >= 500) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
