import { describe, expect, it } from 'vitest';
import type { When } from '../domain/index.js';
import { formatWhen } from './when-format.js';

function when(partial: Partial<When>): When {
  return { start: null, end: null, precision: 'day', recurrence: null, text: '', ...partial };
}

describe('formatWhen', () => {
  const cases: Array<[string, When, string]> = [
    ['one day', when({ start: '2021-11-05', end: '2021-11-05' }), '5 ноября 2021'],
    ['days of one month', when({ start: '2021-11-05', end: '2021-11-06' }), '5–6 ноября 2021'],
    ['days across months', when({ start: '2021-10-30', end: '2021-11-02' }), '30 октября – 2 ноября 2021'],
    ['days across years', when({ start: '2021-12-30', end: '2022-01-02' }), '30 декабря 2021 – 2 января 2022'],
    [
      'a day with time',
      when({ start: '2021-05-13', end: '2021-05-13', time: { start: '10:00', end: '18:00' } }),
      '13 мая 2021, 10:00–18:00',
    ],
    ['a month', when({ start: '2021-02-01', end: '2021-02-28', precision: 'month' }), 'февраль 2021'],
    ['months', when({ start: '2021-02-01', end: '2021-03-31', precision: 'month' }), 'февраль–март 2021'],
    [
      'months across years',
      when({ start: '2021-12-01', end: '2022-01-31', precision: 'month' }),
      'декабрь 2021 – январь 2022',
    ],
    ['a quarter', when({ start: '2021-04-01', end: '2021-06-30', precision: 'quarter' }), 'II квартал 2021'],
    ['quarters', when({ start: '2021-01-01', end: '2021-06-30', precision: 'quarter' }), 'I–II кварталы 2021'],
    ['a year', when({ start: '2021-01-01', end: '2021-12-31', precision: 'year' }), '2021 год'],
    [
      'quarterly',
      when({ start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'quarterly' }),
      'ежеквартально, 2021',
    ],
    [
      'continuous',
      when({ start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'continuous' }),
      'постоянно, 2021',
    ],
    ['a yearly day', when({ start: '2021-06-12', end: '2021-06-12', recurrence: 'yearly' }), 'ежегодно, 12 июня 2021'],
    [
      'unknown within a plan period',
      when({ start: '2021-01-01', end: '2021-12-31', precision: 'unknown', text: 'по отдельному графику' }),
      'по отдельному графику, 2021',
    ],
    ['a deadline', when({ start: null, end: '2021-03-01' }), 'до 1 марта 2021'],
    ['no dates at all', when({ text: 'в ближайшее время' }), 'в ближайшее время'],
  ];

  it.each(cases)('%s', (_name, value, expected) => {
    expect(formatWhen(value)).toBe(expected);
  });

  it('never gives a month-precision item a day', () => {
    expect(formatWhen(when({ start: '2021-02-01', end: '2021-02-28', precision: 'month' }))).not.toMatch(/\d+ февраля/);
  });
});
