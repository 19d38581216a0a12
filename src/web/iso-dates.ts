import type { IsoDate } from '../domain/index.js';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Dates are calendar days, not instants, so every
 * computation runs in UTC: local time zones must not shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^([1-9]\d{3})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM`, a calendar month. */
export type IsoMonth = string;

/** True when `text` is a real calendar day written `YYYY-MM-DD` (not `2021-02-30`). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** True when `text` is a month written `YYYY-MM`. */
export function isIsoMonth(text: string): boolean {
  const match = ISO_MONTH.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

export function dateToUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function utcToDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** `addDays('2021-02-28', 1)` → `'2021-03-01'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return utcToDate(new Date(dateToUtc(date).getTime() + days * DAY_MS));
}

/** `addMonths('2021-12', 1)` → `'2022-01'`. */
export function addMonths(month: IsoMonth, months: number): IsoMonth {
  const [year, monthNumber] = splitMonth(month);
  const index = year * 12 + (monthNumber - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `addMonthsToDate('2021-01-31', 1)` → `'2021-02-28'`: the day is kept where the month has it. */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  const month = addMonths(date.slice(0, 7), months);
  const last = lastDayOfMonth(month);
  const day = `${month}-${date.slice(8, 10)}`;
  return day > last ? last : day;
}

export function splitMonth(month: IsoMonth): [year: number, month: number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  return addDays(firstDayOfMonth(addMonths(month, 1)), -1);
}

/** Day of the week, Monday = 0 … Sunday = 6, as Russian calendars start the week. */
export function mondayBasedWeekday(date: IsoDate): number {
  return (dateToUtc(date).getUTCDay() + 6) % 7;
}

/**
 * Today's date where the associations work. The documents speak Moscow time, so «сегодня» on the
 * portal is the Moscow date, whatever zone the server runs in.
 */
export function todayInMoscow(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** ISO dates compare as strings; `Math.min` would turn them into NaN. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
