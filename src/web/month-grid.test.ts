import { describe, expect, it } from 'vitest';
import type { When } from '../domain/index.js';
import { buildMonthGrid, type CalendarDayWith } from './month-grid.js';

interface Item {
  title: string;
  when: When;
}

function item(title: string, when: Partial<When>): Item {
  return { title, when: { start: null, end: null, precision: 'day', recurrence: null, text: '', ...when } };
}

function titlesOn<T extends Item>(days: Array<CalendarDayWith<T>>, date: string): string[] {
  return days.find((day) => day.date === date)?.events.map((event) => event.title) ?? [];
}

describe('buildMonthGrid', () => {
  it('starts weeks on Monday and pads with the neighbouring months', () => {
    // 1 November 2021 is a Monday; 30 November a Tuesday.
    const grid = buildMonthGrid('2021-11', [], '2021-11-22');
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]?.[0]?.date).toBe('2021-11-01');
    expect(grid.weeks[4]?.[6]?.date).toBe('2021-12-05');
    expect(grid.weeks[4]?.[6]?.inMonth).toBe(false);
    expect(
      grid.weeks
        .flat()
        .filter((day) => day.isToday)
        .map((day) => day.date),
    ).toEqual(['2021-11-22']);
    expect([grid.previousMonth, grid.nextMonth]).toEqual(['2021-10', '2021-12']);
  });

  it('pads a month starting on Sunday with six days of the previous one', () => {
    // 1 August 2021 is a Sunday.
    const grid = buildMonthGrid('2021-08', [], '2021-01-01');
    expect(grid.weeks[0]?.map((day) => day.date)).toEqual([
      '2021-07-26',
      '2021-07-27',
      '2021-07-28',
      '2021-07-29',
      '2021-07-30',
      '2021-07-31',
      '2021-08-01',
    ]);
    expect(grid.weeks).toHaveLength(6);
  });

  it('puts a day event on its day and a range on each day it spans within the month', () => {
    const events = [
      item('Форум', { start: '2021-11-05', end: '2021-11-06' }),
      item('Съезд', { start: '2021-10-30', end: '2021-11-02' }),
      item('Семинар', { start: '2021-11-30', end: '2021-11-30' }),
    ];
    const days = buildMonthGrid('2021-11', events, '2021-11-22').weeks.flat();
    expect(titlesOn(days, '2021-11-05')).toEqual(['Форум']);
    expect(titlesOn(days, '2021-11-06')).toEqual(['Форум']);
    expect(titlesOn(days, '2021-11-07')).toEqual([]);
    expect(titlesOn(days, '2021-11-01')).toEqual(['Съезд']);
    expect(titlesOn(days, '2021-11-02')).toEqual(['Съезд']);
    expect(titlesOn(days, '2021-11-03')).toEqual([]);
    expect(titlesOn(days, '2021-11-30')).toEqual(['Семинар']);
    // Days of December shown to fill the last week stay empty.
    expect(days.filter((day) => !day.inMonth).every((day) => day.events.length === 0)).toBe(true);
  });

  it('shows a month-precision item in the band, never on the 1st', () => {
    const plan = item('Заседание правления', { start: '2021-02-01', end: '2021-03-31', precision: 'month' });
    for (const month of ['2021-02', '2021-03']) {
      const grid = buildMonthGrid(month, [plan], '2021-01-01');
      expect(grid.bands).toEqual([{ kind: 'month', events: [plan] }]);
      expect(grid.weeks.flat().some((day) => day.events.length > 0)).toBe(false);
    }
    expect(buildMonthGrid('2021-04', [plan], '2021-01-01').bands).toEqual([]);
  });

  it('puts quarter, year, recurring and unknown items in their bands, in that order', () => {
    const events = [
      item('Ежеквартальный вестник', {
        start: '2021-01-01',
        end: '2021-12-31',
        precision: 'year',
        recurrence: 'quarterly',
      }),
      item('Конкурс', { start: '2021-01-01', end: '2021-12-31', precision: 'year' }),
      item('Доклад', { start: '2021-04-01', end: '2021-06-30', precision: 'quarter' }),
      item('По графику', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown' }),
    ];
    const grid = buildMonthGrid('2021-05', events, '2021-01-01');
    expect(grid.bands.map((band) => [band.kind, band.events.map((event) => event.title)])).toEqual([
      ['quarter', ['Доклад']],
      ['year', ['Конкурс']],
      ['recurring', ['Ежеквартальный вестник']],
      ['unknown', ['По графику']],
    ]);
  });

  it('puts a deadline without a start on its day', () => {
    const days = buildMonthGrid('2021-03', [item('Отчёт', { end: '2021-03-01' })], '2021-01-01').weeks.flat();
    expect(titlesOn(days, '2021-03-01')).toEqual(['Отчёт']);
  });

  it('leaves out an item with no dates at all: it belongs to no month', () => {
    const grid = buildMonthGrid(
      '2021-03',
      [item('Когда-нибудь', { precision: 'unknown', text: 'в ближайшее время' })],
      '2021-01-01',
    );
    expect(grid.bands).toEqual([]);
    expect(grid.weeks.flat().some((day) => day.events.length > 0)).toBe(false);
  });
});
