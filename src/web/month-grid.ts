import type { IsoDate, When } from '../domain/index.js';
import {
  addDays,
  addMonths,
  earlierDate,
  firstDayOfMonth,
  type IsoMonth,
  lastDayOfMonth,
  laterDate,
  mondayBasedWeekday,
  splitMonth,
} from './iso-dates.js';

/**
 * The month page's layout: Monday-first weeks of days, each with the events on it, and bands above
 * the grid for what has no day. A day-precision event sits on every day it spans; a month-,
 * quarter- or year-precision item, or a recurring one, goes to a band — never to a made-up 1st.
 */

export interface CalendarDay {
  date: IsoDate;
  day: number;
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
}

export interface CalendarDayWith<T> extends CalendarDay {
  events: T[];
}

export const BAND_KINDS = ['month', 'quarter', 'year', 'recurring', 'unknown'] as const;
export type BandKind = (typeof BAND_KINDS)[number];

export interface MonthBand<T> {
  kind: BandKind;
  events: T[];
}

export interface MonthGrid<T> {
  month: IsoMonth;
  year: number;
  /** 1 … 12. */
  monthNumber: number;
  previousMonth: IsoMonth;
  nextMonth: IsoMonth;
  weeks: Array<Array<CalendarDayWith<T>>>;
  /** Bands in `BAND_KINDS` order, only those with events. */
  bands: Array<MonthBand<T>>;
}

/**
 * Lays `events` (already those overlapping the month, in start order) out on the month.
 *
 * @example buildMonthGrid('2021-11', events, '2021-11-22').weeks[0][0].date // → '2021-11-01'
 */
export function buildMonthGrid<T extends { when: When }>(
  month: IsoMonth,
  events: readonly T[],
  today: IsoDate,
): MonthGrid<T> {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const gridStart = addDays(first, -mondayBasedWeekday(first));
  const gridEnd = addDays(last, 6 - mondayBasedWeekday(last));

  const eventsByDay = new Map<IsoDate, T[]>();
  const bandEvents = new Map<BandKind, T[]>();
  for (const event of events) {
    const placement = placeOnCalendar(event.when);
    if (placement === null) continue;
    if (placement.kind === 'days') {
      // Only the month's own days: the neighbours' days are greyed out, and their own page lists them.
      const from = laterDate(placement.start, first);
      const to = earlierDate(placement.end, last);
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const list = eventsByDay.get(date) ?? [];
        list.push(event);
        eventsByDay.set(date, list);
      }
    } else if (placement.start <= last && placement.end >= first) {
      const list = bandEvents.get(placement.kind) ?? [];
      list.push(event);
      bandEvents.set(placement.kind, list);
    }
  }

  const weeks: Array<Array<CalendarDayWith<T>>> = [];
  for (let weekStart = gridStart; weekStart <= gridEnd; weekStart = addDays(weekStart, 7)) {
    const week: Array<CalendarDayWith<T>> = [];
    for (let offset = 0; offset < 7; offset++) {
      const date = addDays(weekStart, offset);
      const inMonth = date >= first && date <= last;
      week.push({
        date,
        day: Number(date.slice(8, 10)),
        weekday: offset,
        inMonth,
        isToday: date === today,
        events: inMonth ? (eventsByDay.get(date) ?? []) : [],
      });
    }
    weeks.push(week);
  }

  const [year, monthNumber] = splitMonth(month);
  return {
    month,
    year,
    monthNumber,
    previousMonth: addMonths(month, -1),
    nextMonth: addMonths(month, 1),
    weeks,
    bands: BAND_KINDS.flatMap((kind) => {
      const list = bandEvents.get(kind);
      return list ? [{ kind, events: list }] : [];
    }),
  };
}

type Placement = { kind: 'days' | BandKind; start: IsoDate; end: IsoDate };

/** Where a `When` goes on a month page; an item with neither start nor end goes nowhere (null). */
export function placeOnCalendar(when: When): Placement | null {
  // A deadline «до 1 марта» falls on its day; «с 5 ноября» on its first.
  const start = when.start ?? when.end;
  const end = when.end ?? when.start;
  if (start === null || end === null) return null;
  if (when.recurrence !== null) return { kind: 'recurring', start, end };
  switch (when.precision) {
    case 'day':
      return { kind: 'days', start, end };
    case 'month':
      return { kind: 'month', start, end };
    case 'quarter':
      return { kind: 'quarter', start, end };
    case 'year':
      return { kind: 'year', start, end };
    default:
      return { kind: 'unknown', start, end };
  }
}
