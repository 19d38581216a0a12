import type { AzParse } from 'az';
import { describe, expect, it } from 'vitest';
import { sortByScore } from './guess-analysis.js';

const reading = (word: string, score: number) => ({ word, score }) as unknown as AzParse;

describe('sortByScore', () => {
  it.each([
    [[], []],
    [[['a', 0.1]], ['a']],
    [
      [
        ['a', 0.1],
        ['b', 0.5],
        ['c', 0.1],
        ['d', 0.5],
      ],
      ['b', 'd', 'a', 'c'],
    ],
    [
      [
        ['a', 0],
        ['b', Number.NaN],
        ['c', 1],
      ],
      // a score that is no number: whatever order Array.prototype.sort gives
      null,
    ],
  ] as [[string, number][], string[] | null][])('sorts %j as Array.prototype.sort does, stably', (input, expected) => {
    const parses = input.map(([w, s]) => reading(w, s));
    const bySort = [...parses].sort((a, b) => b.score - a.score).map((p) => p.word);
    const got = sortByScore([...parses]).map((p) => p.word);
    expect(got).toEqual(bySort);
    if (expected !== null) expect(got).toEqual(expected);
  });

  it('sorts a long list as Array.prototype.sort does', () => {
    const parses = Array.from({ length: 40 }, (_, i) => reading(`w${i}`, (i * 7) % 5));
    expect(sortByScore([...parses])).toEqual([...parses].sort((a, b) => b.score - a.score));
  });
});
