/**
 * Speed of `findEntitySpans` against chrono-node's Russian date parser on the same text, in
 * characters per second (the pipeline must run at least half as fast as chrono's `ru`).
 *   npx tsx src/extract/entities/speed-check.ts [path/to/nerel.jsonl] [--repeat N]
 * First the speed on documents not seen before (half of NEREL, after the other half warmed the
 * code), then on all of NEREL read after `clearWordCaches()` (every word form new to the process,
 * best of three), then the texts of NEREL run N times (default 10, about 1.4 MB) with word forms cached.
 * Rates are per second of this process's CPU time.
 */
import { existsSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { readNerelJsonl } from '../../eval/spans.js';
import { clearWordCaches } from '../../morph/index.js';
import { loadReferenceData } from '../../reference/index.js';
import { findEntitySpans } from './index.js';

const args = process.argv.slice(2);
const repeatFlag = args.indexOf('--repeat');
const repeat = repeatFlag >= 0 ? Number(args[repeatFlag + 1]) : 10;
const path =
  args.find((a, i) => !a.startsWith('--') && (repeatFlag < 0 || i !== repeatFlag + 1)) ??
  '../shared/data/nerel-dev.jsonl';
if (!existsSync(path)) {
  console.error(`speed-check: ${path} not found`);
  process.exit(1);
}
const texts = readNerelJsonl(path).map((d) => d.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const ref = await loadReferenceData();

// CPU time of this process, not wall time: the machine is shared, and other processes' load
// would otherwise decide the figures.
function rate(label: string, passes: number, run: (text: string) => unknown): number {
  const started = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const t of texts) run(t);
  const used = process.cpuUsage(started);
  const perSecond = (chars * passes) / ((used.user + used.system) / 1e6);
  console.log(`${label.padEnd(34)} ${Math.round(perSecond).toString().padStart(9)} chars/s  (${chars * passes} chars)`);
  return perSecond;
}

// New text on warmed code: the odd documents run first, then the even ones are timed, so the
// compiler is warm but half of their word forms are still new to the morphology cache.
const odd = texts.filter((_, i) => i % 2 === 1);
const even = texts.filter((_, i) => i % 2 === 0);
for (const t of odd) findEntitySpans(t, ref);
const started = process.cpuUsage();
for (const t of even) findEntitySpans(t, ref);
const used = process.cpuUsage(started);
const evenChars = even.reduce((n, t) => n + t.length, 0);
const unseen = evenChars / ((used.user + used.system) / 1e6);
console.log(
  `${'findEntitySpans, unseen documents'.padEnd(34)} ${Math.round(unseen).toString().padStart(9)} chars/s  (${evenChars} chars)`,
);
let coldSeconds = Number.POSITIVE_INFINITY;
for (let round = 0; round < 3; round++) {
  clearWordCaches();
  const began = process.cpuUsage();
  for (const t of texts) findEntitySpans(t, ref);
  const spent = process.cpuUsage(began);
  coldSeconds = Math.min(coldSeconds, (spent.user + spent.system) / 1e6);
}
const cold = chars / coldSeconds;
console.log(
  `${'findEntitySpans, new word forms'.padEnd(34)} ${Math.round(cold).toString().padStart(9)} chars/s  (${chars} chars)`,
);
const warm = rate('findEntitySpans, cached', repeat, (t) => findEntitySpans(t, ref));
const ru = rate('chrono.ru.parse', repeat, (t) => chrono.ru.parse(t, new Date(2021, 0, 1)));
console.log(
  `ratio (entities / chrono ru): unseen ${(unseen / ru).toFixed(2)}, new word forms ${(cold / ru).toFixed(2)}, cached ${(warm / ru).toFixed(2)}`,
);
