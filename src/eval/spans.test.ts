import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSpanScores, readNerelJsonl, type SpanLike, scoreSpans } from './spans.js';

const s = (start: number, end: number, type = 'DATE'): SpanLike => ({ start, end, type });

describe('scoreSpans', () => {
  it.each([
    ['identical spans', [s(0, 5)], [s(0, 5)], { exact: 1, overlap: 1 }],
    ['a longer prediction overlaps but is not exact', [s(0, 5)], [s(0, 8)], { exact: 0, overlap: 1 }],
    ['disjoint spans match neither way', [s(0, 5)], [s(6, 9)], { exact: 0, overlap: 0 }],
    ['touching spans do not overlap (end is exclusive)', [s(0, 5)], [s(5, 9)], { exact: 0, overlap: 0 }],
    ['a type mismatch is no match', [s(0, 5)], [s(0, 5, 'TIME')], { exact: 0, overlap: 0 }],
    [
      'one prediction covering two gold spans matches one of them',
      [s(0, 5), s(6, 9)],
      [s(0, 9)],
      { exact: 0, overlap: 1 },
    ],
    ['two predictions inside one gold span match it once', [s(0, 9)], [s(0, 4), s(5, 9)], { exact: 0, overlap: 1 }],
  ] as const)('%s', (_name, gold, predicted, matched) => {
    const [score] = scoreSpans([gold], [predicted], ['DATE']);
    expect(score?.exact.matched).toBe(matched.exact);
    expect(score?.overlap.matched).toBe(matched.overlap);
  });

  it('computes precision, recall and F1 over documents', () => {
    const gold = [[s(0, 5), s(10, 15)], [s(0, 3)]];
    const predicted = [[s(0, 5), s(20, 25)], [s(0, 2)]];
    const [score] = scoreSpans(gold, predicted, ['DATE']);
    expect(score).toMatchObject({ gold: 3, predicted: 3 });
    expect(score?.exact).toEqual({ matched: 1, precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    expect(score?.overlap.matched).toBe(2);
    expect(score?.overlap.f1).toBeCloseTo(2 / 3);
  });

  it('prefers an exact partner over an overlapping one', () => {
    // Greedy overlap would give gold [0,10) the prediction [2,10) and leave [0,10) unmatched.
    const [score] = scoreSpans([[s(0, 10), s(2, 12)]], [[s(2, 12), s(0, 10)]], ['DATE']);
    expect(score?.exact.matched).toBe(2);
  });

  it('merges types into a group', () => {
    const gold = [[s(0, 6, 'CITY'), s(10, 16, 'COUNTRY')]];
    const predicted = [[s(0, 6, 'COUNTRY'), s(10, 16, 'COUNTRY')]];
    const [place] = scoreSpans(gold, predicted, [{ name: 'PLACE', types: ['CITY', 'STATE_OR_PROVINCE', 'COUNTRY'] }]);
    expect(place?.exact.f1).toBe(1);
    const byType = scoreSpans(gold, predicted);
    expect(byType.map((x) => [x.name, x.exact.matched])).toEqual([
      ['CITY', 0],
      ['COUNTRY', 1],
    ]);
  });

  it('gives zeros, not NaN, when nothing is there', () => {
    const [score] = scoreSpans([[]], [[]], ['DATE']);
    expect(score?.exact).toEqual({ matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('refuses mismatched document counts', () => {
    expect(() => scoreSpans([[]], [], ['DATE'])).toThrow(/as many predicted documents/);
  });
});

describe('formatSpanScores', () => {
  it('prints one row per type and ends in one summary line', () => {
    const scores = scoreSpans([[s(0, 5), s(6, 8, 'CITY')]], [[s(0, 5), s(6, 7, 'CITY')]]);
    const lines = formatSpanScores(scores).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^CITY\s+1\s+1\s+0\.000 0\.000 0\.000\s+1\.000 1\.000 1\.000$/);
    expect(lines[3]).toMatch(/^all CITY\+DATE: exact F1 0\.500 .*overlap F1 1\.000 .*2 gold, 2 predicted$/);
  });
});

describe('readNerelJsonl', () => {
  it('reads one document a line and skips blank lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'munical-spans-'));
    const path = join(dir, 'nerel.jsonl');
    const doc = { id: 'a1', text: 'В 2018 году', spans: [{ start: 0, end: 11, type: 'DATE', text: 'В 2018 году' }] };
    writeFileSync(path, `${JSON.stringify(doc)}\n\n`);
    expect(readNerelJsonl(path)).toEqual([doc]);
  });
  it('names the file and line of a bad record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'munical-spans-'));
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, '{"id":1,"text":"x","spans":[]}\n{"id":2}\n');
    expect(() => readNerelJsonl(path)).toThrow(/bad\.jsonl:2/);
  });
});
