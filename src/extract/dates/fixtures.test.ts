/**
 * Whole documents written for the project (`testdata/*.txt`): a plan with its heading and table, and
 * a newest-first news feed whose year-less items take their years from the items around them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, findPlanPeriod } from './index.js';
import { describeValue } from './testdata/describe-value.js';

const read = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name), 'utf8');

function run(text: string, documentDate: string | null = null) {
  const period = findPlanPeriod(text);
  return findDates(text, { documentDate, period }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.type, m.text, describeValue(m)];
  });
}

describe('testdata/plan-2022.txt', () => {
  it('finds the period and every timing cell', () => {
    const text = read('plan-2022.txt');
    expect(findPlanPeriod(text)).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(run(text)).toEqual([
      ['DATE', 'на 2022 год', '2022-01-01..2022-12-31 year'],
      ['DATE', 'II квартал', '2022-04-01..2022-06-30 quarter'],
      ['DATE', '14-15 апреля', '2022-04-14..2022-04-15 day'],
      ['DATE', 'март-июнь', '2022-03-01..2022-06-30 month'],
      ['DATE', 'ежемесячно', '2022-01-01..2022-12-31 year monthly'],
      ['DATE', 'с 30 ноября по 2 декабря', '2022-11-30..2022-12-02 day'],
      ['DATE', 'постоянно', '2022-01-01..2022-12-31 year continuous'],
      ['DATE', 'по согласованию', '2022-01-01..2022-12-31 unknown'],
      ['DATE', 'за год', 'P1Y'],
      ['DATE', 'до 20 декабря', '_..2022-12-20 day'],
      ['DATE', '1 раз в квартал', '2022-01-01..2022-12-31 year quarterly'],
      ['DATE', 'раз в квартал', '2022-01-01..2022-12-31 year quarterly'],
      ['DATE', '340 лет', 'P340Y'],
      ['DATE', '29 июля', '2022-07-29..2022-07-29 day'],
    ]);
  });
});

describe('testdata/feed-newest-first.txt', () => {
  it('dates year-less items by the feed order', () => {
    expect(run(read('feed-newest-first.txt'))).toEqual([
      ['DATE', '18 января 2022 года', '2022-01-18..2022-01-18 day'],
      ['DATE', 'на 2022 год', '2022-01-01..2022-12-31 year'],
      ['DATE', '29 декабря', '2021-12-29..2021-12-29 day'],
      ['TIME', 'с 11:00 до 13:00', '@11:00-13:00'],
      ['DATE', 'Четыре дня', 'P4D'],
      ['DATE', 'с 6 по 9 декабря', '2021-12-06..2021-12-09 day'],
      ['DATE', '25 ноября 2021 г.', '2021-11-25..2021-11-25 day'],
      ['DATE', 'ежегодно', '? unknown yearly'],
      ['DATE', 'пятый год подряд', 'P5Y'],
      ['DATE', '12-13 октября', '2021-10-12..2021-10-13 day'],
      ['DATE', 'через неделю', '? unknown'],
    ]);
  });
  it('resolves relative expressions once the feed has a date', () => {
    const found = run(read('feed-newest-first.txt'), '2022-01-20');
    expect(found.at(-1)).toEqual(['DATE', 'через неделю', '2022-01-27..2022-01-27 day']);
    // With a document date, a year-less December is the one nearest it.
    expect(found[2]).toEqual(['DATE', '29 декабря', '2021-12-29..2021-12-29 day']);
  });
});
