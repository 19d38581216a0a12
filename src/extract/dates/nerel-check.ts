/**
 * Scores the date grammar's DATE spans on NEREL while tuning:
 *   npx tsx src/extract/dates/nerel-check.ts [path/to/nerel-dev.jsonl] [--errors]
 * NEREL's documents carry no date, so relative expressions are found but left unresolved.
 */
import { existsSync } from 'node:fs';
import { formatSpanScores, readNerelJsonl, type SpanLike, scoreSpans } from '../../eval/spans.js';
import { findDates } from './index.js';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--')) ?? '../shared/data/nerel-dev.jsonl';
if (!existsSync(path)) {
  console.error(`nerel-check: ${path} not found`);
  process.exit(1);
}
const documents = readNerelJsonl(path);
const gold: SpanLike[][] = documents.map((d) => d.spans.filter((s) => s.type === 'DATE'));
const predicted: SpanLike[][] = documents.map((d) =>
  // NEREL has no TIME type and leaves times of day unannotated: only DATE spans are scored.
  findDates(d.text, { documentDate: null, period: null })
    .filter((m) => m.type === 'DATE')
    .map((m) => ({ start: m.start, end: m.end, type: m.type })),
);
if (args.includes('--errors')) {
  documents.forEach((d, i) => {
    const p = predicted[i]!;
    const g = gold[i]!;
    const key = (s: SpanLike) => `${s.start}:${s.end}`;
    const gk = new Set(g.map(key));
    const pk = new Set(p.map(key));
    for (const s of g)
      if (!pk.has(key(s)))
        console.log(
          `miss  «${d.text.slice(s.start, s.end)}»  …${d.text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\n/g, ' ')}…`,
        );
    for (const s of p)
      if (!gk.has(key(s)))
        console.log(
          `extra «${d.text.slice(s.start, s.end)}»  …${d.text.slice(Math.max(0, s.start - 30), s.end + 30).replace(/\n/g, ' ')}…`,
        );
  });
}
console.log(formatSpanScores(scoreSpans(gold, predicted, ['DATE'])));
