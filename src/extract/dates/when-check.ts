/**
 * How many gold `when`s the grammar reproduces exactly (start, end, precision, recurrence):
 *   npx tsx src/extract/dates/when-check.ts [goldDir] [textsDir] [--errors]
 * (defaults: ../shared/data/gold and ../shared/data/seeds). Two figures: `parseWhen` on the
 * `when.text` alone with the document's date and period, and `findDates` over the whole text (which
 * can use the years stated around the expression and a feed's order). A gold end left open because
 * the event «стартовал» counts as reproduced when the grammar gives that day: the events stage
 * decides it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { InterchangeDocument, When } from '../../domain/index.js';
import { findDates, parseWhen } from './index.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showErrors = process.argv.includes('--errors');
const goldDir = args[0] ?? '../shared/data/gold';
const textsDir = args[1] ?? '../shared/data/seeds';
if (!existsSync(goldDir) || !existsSync(textsDir)) {
  console.error(`when-check: ${goldDir} or ${textsDir} not found`);
  process.exit(1);
}

function same(got: When | null, want: When): boolean {
  if (!got) return false;
  const end = got.end === want.end || (want.end === null && want.start !== null && got.end === want.start);
  return got.start === want.start && end && got.precision === want.precision && got.recurrence === want.recurrence;
}

const texts = readdirSync(textsDir);
let total = 0;
let alone = 0;
let inText = 0;
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
  const name = basename(file, '.json');
  const textFile = texts.find((t) => basename(t, extname(t)) === name);
  if (!textFile) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as InterchangeDocument;
  const bytes = readFileSync(join(textsDir, textFile));
  // The demo corpus has a Windows-1251 file, as real announcements do; ingest decodes it the same way.
  const utf8 = bytes.toString('utf8');
  const text = utf8.includes('\ufffd') ? iconv.decode(bytes, 'win1251') : utf8;
  const ctx = { documentDate: gold.document.date, period: gold.document.period };
  const matches = findDates(text, ctx);
  for (const event of gold.events) {
    const want = event.when;
    if (want.text === '') continue;
    total++;
    const a = same(parseWhen(want.text, ctx), want);
    const candidates = matches.filter((m) => m.text.endsWith(want.text) || want.text.endsWith(m.text));
    const b = candidates.some((m) => 'precision' in m.value && same(m.value, want));
    if (a) alone++;
    if (b) inText++;
    if (showErrors && !(a && b)) {
      const got = parseWhen(want.text, ctx);
      console.log(`${name} «${want.text}» want ${want.start}..${want.end} ${want.precision} ${want.recurrence ?? ''}`);
      console.log(
        `   alone ${a ? 'ok' : `${got?.start}..${got?.end} ${got?.precision} ${got?.recurrence ?? ''}`}; in text ${b ? 'ok' : candidates.map((m) => JSON.stringify(m.value)).join(' ') || 'not found'}`,
      );
    }
  }
}
const pct = (n: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;
console.log(
  `gold whens: ${total}; parseWhen alone exact ${alone} (${pct(alone)}); findDates in text exact ${inText} (${pct(inText)})`,
);
