/**
 * Scores `findEntitySpans` on NEREL (Russian Wikinews): per-type precision, recall and F1 for
 * overlapping spans, one-to-one, places (CITY + STATE_OR_PROVINCE + COUNTRY) also as one group.
 *   npx tsx src/extract/entities/nerel-check.ts [path/to/nerel.jsonl] [--half 1|2] [--errors TYPE]
 * `--half 1` scores the first half of the documents only, `--half 2` the rest: tune on one, check on
 * the other. `--errors PERSON` lists the missed and the spurious spans of that type (or PLACE).
 */
import { existsSync } from 'node:fs';
import { formatSpanScores, readNerelJsonl, type SpanLike, scoreSpans } from '../../eval/spans.js';
import { loadReferenceData } from '../../reference/index.js';
import { findEntitySpans } from './index.js';

const PLACE_TYPES = ['CITY', 'STATE_OR_PROVINCE', 'COUNTRY'];
const args = process.argv.slice(2);
const errorsFlag = args.indexOf('--errors');
const errorsType = errorsFlag >= 0 ? args[errorsFlag + 1] : undefined;
const halfFlag = args.indexOf('--half');
const half = halfFlag >= 0 ? args[halfFlag + 1] : undefined;
if (half !== undefined && half !== '1' && half !== '2') {
  console.error(`nerel-check: --half expects 1 or 2, got ${half}`);
  process.exit(1);
}
const path =
  args.find((a, i) => !a.startsWith('--') && i !== errorsFlag + 1 && i !== halfFlag + 1) ??
  '../shared/data/nerel-dev.jsonl';
if (!existsSync(path)) {
  console.error(`nerel-check: ${path} not found`);
  process.exit(1);
}

const all = readNerelJsonl(path);
const middle = Math.ceil(all.length / 2);
const documents = half === '1' ? all.slice(0, middle) : half === '2' ? all.slice(middle) : all;
const ref = await loadReferenceData();
const started = performance.now();
const predicted = documents.map((d) => findEntitySpans(d.text, ref));
const seconds = (performance.now() - started) / 1000;
const chars = documents.reduce((n, d) => n + d.text.length, 0);
const gold = documents.map((d) => d.spans.filter((s) => s.type !== 'DATE' && s.type !== 'EVENT'));

console.log(
  formatSpanScores(
    scoreSpans(gold, predicted, [
      { name: 'PLACE', types: PLACE_TYPES },
      'CITY',
      'STATE_OR_PROVINCE',
      'COUNTRY',
      'ORGANIZATION',
      'PERSON',
    ]),
  ),
);
console.log(`${documents.length} documents, ${chars} characters, ${Math.round(chars / seconds)} chars/s`);

if (errorsType !== undefined) {
  const types = errorsType === 'PLACE' ? PLACE_TYPES : [errorsType];
  const overlaps = (a: SpanLike, b: SpanLike) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
  documents.forEach((d, i) => {
    const g = gold[i]!.filter((s) => types.includes(s.type));
    const p = predicted[i]!.filter((s) => types.includes(s.type));
    for (const s of g) if (!p.some((q) => overlaps(q, s))) console.log(`MISS ${d.id} «${s.text}» ${s.type}`);
    for (const s of p)
      if (!g.some((q) => overlaps(q, s)))
        console.log(`FALSE ${d.id} «${s.text}» ${s.type} → ${JSON.stringify(s.value)}`);
  });
}
