/**
 * Speed of `findEntitySpans` against chrono-node's Russian date parser on the same text, in
 * characters per second (the pipeline must run at least half as fast as chrono's `ru`).
 *   npx tsx src/extract/entities/speed-check.ts [path/to/nerel.jsonl] [--repeat N]
 * The texts of NEREL are run N times (default 10, about 1.4 MB); the first pass is reported
 * apart, as it fills the morphology cache.
 */
import { existsSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { readNerelJsonl } from '../../eval/spans.js';
import { loadReferenceData } from '../../reference/index.js';
import { findEntitySpans } from './index.js';

const args = process.argv.slice(2);
const repeatFlag = args.indexOf('--repeat');
const repeat = repeatFlag >= 0 ? Number(args[repeatFlag + 1]) : 10;
const path = args.find((a, i) => !a.startsWith('--') && i !== repeatFlag + 1) ?? '../shared/data/nerel-dev.jsonl';
if (!existsSync(path)) {
  console.error(`speed-check: ${path} not found`);
  process.exit(1);
}
const texts = readNerelJsonl(path).map((d) => d.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const ref = await loadReferenceData();

function rate(label: string, passes: number, run: (text: string) => unknown): number {
  const started = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) run(t);
  const perSecond = (chars * passes) / ((performance.now() - started) / 1000);
  console.log(`${label.padEnd(34)} ${Math.round(perSecond).toString().padStart(9)} chars/s  (${chars * passes} chars)`);
  return perSecond;
}

const cold = rate('findEntitySpans, first pass', 1, (t) => findEntitySpans(t, ref));
const warm = rate('findEntitySpans, cached', repeat, (t) => findEntitySpans(t, ref));
const ru = rate('chrono.ru.parse', repeat, (t) => chrono.ru.parse(t, new Date(2021, 0, 1)));
console.log(`ratio (entities / chrono ru): first pass ${(cold / ru).toFixed(2)}, cached ${(warm / ru).toFixed(2)}`);
