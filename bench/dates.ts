/**
 * Throughput of the date grammar against chrono-node's Russian parser over the same text, in one
 * process: `npm run bench:dates` (`tsx bench/dates.ts [megabytes] [rounds]`). The two run in
 * alternation, timed in CPU seconds, and each keeps its best round, so a busy machine disturbs the
 * ratio less.
 */
import * as chrono from 'chrono-node';
import { findDates } from '../src/extract/dates/index.js';
import { buildBenchText } from './bench-text.js';

const megabytes = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 5);
const text = buildBenchText(megabytes * 1_000_000);

interface Contender {
  name: string;
  run: (t: string) => number;
  best: number;
  found: number;
}

const contenders: Contender[] = [
  {
    name: 'findDates',
    run: (t) => findDates(t, { documentDate: '2021-05-13', period: null }).length,
    best: Number.POSITIVE_INFINITY,
    found: 0,
  },
  {
    name: 'chrono.ru',
    run: (t) => chrono.ru.parse(t, new Date('2021-05-13T12:00:00Z')).length,
    best: Number.POSITIVE_INFINITY,
    found: 0,
  },
];

console.log(`text: ${(text.length / 1e6).toFixed(2)} M chars, best of ${rounds} rounds`);
for (const c of contenders) c.run(text.slice(0, 200_000)); // warm up the JIT
for (let round = 0; round < rounds; round++) {
  for (const c of contenders) {
    // CPU time of this process rather than wall time: other work on a shared machine counts less.
    const started = process.cpuUsage();
    c.found = c.run(text);
    const used = process.cpuUsage(started);
    c.best = Math.min(c.best, (used.user + used.system) / 1e6);
  }
}
for (const c of contenders) {
  const rate = text.length / c.best / 1e6;
  console.log(`${c.name.padEnd(10)} ${rate.toFixed(2)} M chars/s  (${c.best.toFixed(2)} s, ${c.found} matches)`);
}
const [ours, theirs] = contenders;
console.log(`findDates / chrono.ru: ${(theirs!.best / ours!.best).toFixed(2)}×`);
