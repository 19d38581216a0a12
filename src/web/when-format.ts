import type { IsoDate, When } from '../domain/index.js';
import { monthName, monthNameGenitive, QUARTER_NUMERALS, RECURRENCE_LABELS } from './russian-labels.js';

/**
 * `When` in Russian, as a reader writes it: «5–6 ноября 2021», «февраль 2021»,
 * «ежеквартально, 2021». Only as precise as the value is: a month-precision item never gets a day.
 *
 * @example formatWhen({ start: '2021-11-05', end: '2021-11-06', precision: 'day', recurrence: null, text: '5-6 ноября' })
 * // → '5–6 ноября 2021'
 */
export function formatWhen(when: When): string {
  const { start, end } = when;
  if (start === null && end === null) return when.text.trim() || 'дата не указана';
  if (when.recurrence !== null) return formatRecurring(when);
  if (when.precision === 'unknown') {
    const years = formatYears(start, end);
    return `${when.text.trim() || 'срок не определён'}${years ? `, ${years}` : ''}`;
  }
  // A deadline «до 1 марта» has no start; «с 5 ноября» has no end.
  if (start === null) return `до ${formatRange(end!, end!, when)}`;
  if (end === null) return `с ${formatRange(start, start, when)}`;
  return formatRange(start, end, when);
}

function formatRange(start: IsoDate, end: IsoDate, when: When): string {
  switch (when.precision) {
    case 'day':
      return formatDayRange(start, end) + formatTime(when);
    case 'month':
      return formatMonthRange(start, end);
    case 'quarter':
      return formatQuarterRange(start, end);
    default:
      return formatYearRange(start, end);
  }
}

function formatRecurring(when: When): string {
  const label = RECURRENCE_LABELS[when.recurrence!];
  const { start, end } = when;
  if (when.precision === 'day' && start !== null) {
    // «ежегодно, 12 июня 2021»: a day that repeats is worth naming.
    return `${label}, ${formatDayRange(start, end ?? start)}${formatTime(when)}`;
  }
  const years = formatYears(start, end);
  return years ? `${label}, ${years}` : label;
}

function formatTime(when: When): string {
  if (!when.time) return '';
  return when.time.end ? `, ${when.time.start}–${when.time.end}` : `, ${when.time.start}`;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** «5 ноября 2021», «5–6 ноября 2021», «30 октября – 2 ноября 2021», «30 декабря 2021 – 2 января 2022». */
export function formatDayRange(start: IsoDate, end: IsoDate): string {
  const from = parts(start);
  const to = parts(end);
  if (start === end) return `${from.day} ${monthNameGenitive(from.month)} ${from.year}`;
  if (from.year === to.year && from.month === to.month) {
    return `${from.day}–${to.day} ${monthNameGenitive(to.month)} ${to.year}`;
  }
  if (from.year === to.year) {
    return `${from.day} ${monthNameGenitive(from.month)} – ${to.day} ${monthNameGenitive(to.month)} ${to.year}`;
  }
  return `${from.day} ${monthNameGenitive(from.month)} ${from.year} – ${to.day} ${monthNameGenitive(to.month)} ${to.year}`;
}

/** «февраль 2021», «февраль–март 2021», «декабрь 2021 – январь 2022». */
export function formatMonthRange(start: IsoDate, end: IsoDate): string {
  const from = parts(start);
  const to = parts(end);
  if (from.year === to.year && from.month === to.month) return `${monthName(from.month)} ${from.year}`;
  if (from.year === to.year) return `${monthName(from.month)}–${monthName(to.month)} ${to.year}`;
  return `${monthName(from.month)} ${from.year} – ${monthName(to.month)} ${to.year}`;
}

/** «I квартал 2021», «I–II кварталы 2021», «IV квартал 2021 – I квартал 2022». */
export function formatQuarterRange(start: IsoDate, end: IsoDate): string {
  const from = parts(start);
  const to = parts(end);
  const fromQuarter = QUARTER_NUMERALS[Math.floor((from.month - 1) / 3)];
  const toQuarter = QUARTER_NUMERALS[Math.floor((to.month - 1) / 3)];
  if (from.year === to.year && fromQuarter === toQuarter) return `${fromQuarter} квартал ${from.year}`;
  if (from.year === to.year) return `${fromQuarter}–${toQuarter} кварталы ${to.year}`;
  return `${fromQuarter} квартал ${from.year} – ${toQuarter} квартал ${to.year}`;
}

/** «2021 год», «2021–2022 годы». */
export function formatYearRange(start: IsoDate, end: IsoDate): string {
  const from = parts(start).year;
  const to = parts(end).year;
  return from === to ? `${from} год` : `${from}–${to} годы`;
}

function formatYears(start: IsoDate | null, end: IsoDate | null): string {
  const from = start ? parts(start).year : null;
  const to = end ? parts(end).year : null;
  if (from === null || to === null || from === to) return String(from ?? to ?? '');
  return `${from}–${to}`;
}
