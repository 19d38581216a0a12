/**
 * Parsers of calendar dates: a day with its month («5 июля 2021 г.», «27 апреля»), day ranges
 * («5-6 ноября», «с 9 по 12 ноября»), numeric dates («11.01.2026», «2026-01-12», «13.05.21», «14.04 –»),
 * months and month ranges («февраль», «февраль-март 2021 года»).
 */
import type { Token } from '../../text/index.js';
import { isValidDay } from './calendar.js';
import { type Draft, draft, interval, type Parser, type Point } from './draft.js';
import { isDash, isGlued, isNumber, isPartOfLargerNumber, isPunct } from './token-cursor.js';
import { MONTH_ABBREVIATION, MONTH_NAME } from './vocabulary.js';
import { readYear, type YearPart } from './year-part.js';

interface MonthRead {
  month: number;
  last: number;
}

/** A month name, or (when `abbreviations`) «сент.»/«янв.» with their optional period. */
export function readMonth(
  tokens: readonly Token[],
  i: number,
  abbreviations: boolean,
  afterDay = false,
): MonthRead | null {
  const token = tokens[i];
  if (token?.kind !== 'word') return null;
  const month = MONTH_NAME.get(token.norm);
  if (month !== undefined) return { month, last: i };
  if (!abbreviations) return null;
  const short = MONTH_ABBREVIATION.get(token.norm);
  if (short === undefined) return null;
  // «мар» and «сен» are words too; an abbreviation counts only with its period («мар.»), or for the
  // unambiguous «июн»/«июл».
  if (isPunct(tokens[i + 1], '.') && isGlued(tokens[i + 1])) return { month: short, last: i + 1 };
  // After a day number («1 авг — РИА Новости») the bare abbreviation is a month.
  return afterDay || token.norm === 'июн' || token.norm === 'июл' ? { month: short, last: i } : null;
}

/** A day number 1–31, optionally with «-го»/«-е» («1-го мая»); returns its value and last token. */
function readDay(tokens: readonly Token[], i: number): { day: number; last: number } | null {
  const token = tokens[i];
  if (!isNumber(token) || token.text.length > 2 || isPartOfLargerNumber(tokens, i)) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  if (isDash(tokens[i + 1]) && isGlued(tokens[i + 1]) && /^(го|е|ое)$/.test(tokens[i + 2]?.norm ?? '')) {
    return { day, last: i + 2 };
  }
  return { day, last: i };
}

function point(year: YearPart | null, month: number, day: number | 'last'): Point {
  const p: Point = { year: year?.year ?? null, month, day };
  if (year?.yearOffset !== undefined) p.yearOffset = year.yearOffset;
  return p;
}

/** «5 июля 2021 г.», «27 апреля», «1-го мая», «2 марта т.г.», «5 сент. 2021». */
export const DAY_MONTH_YEAR: Parser = {
  name: 'DAY_MONTH_YEAR',
  starts: { numbers: true },
  match(tokens, i) {
    const day = readDay(tokens, i);
    if (!day) return null;
    const month = readMonth(tokens, day.last + 1, true, true);
    if (!month) return null;
    const year = readYear(tokens, month.last + 1);
    if (!isValidDay(year?.year ?? null, month.month, day.day)) return null;
    const p = point(year, month.month, day.day);
    return draft(tokens, i, year?.last ?? month.last, this.name, interval(p, { ...p }, 'day'));
  },
};

/** «5-6 ноября», «1 – 4 июля 2021 года», «с 9 по 12 ноября», «с 9 до 12 ноября». */
export const DAY_RANGE: Parser = {
  name: 'DAY_RANGE',
  starts: { numbers: true, words: ['с', 'со'] },
  match(tokens, i) {
    let j = i;
    const withFrom = tokens[j]?.norm === 'с' || tokens[j]?.norm === 'со';
    if (withFrom) j++;
    const first = readDay(tokens, j);
    if (!first) return null;
    const connector = tokens[first.last + 1];
    // «с 3 на 4 июня»: a night, from one day into the next.
    const night = withFrom && connector?.norm === 'на';
    const isConnector =
      isDash(connector) || night || (withFrom && (connector?.norm === 'по' || connector?.norm === 'до'));
    if (!isConnector) return null;
    const second = readDay(tokens, first.last + 2);
    if (!second || second.day <= first.day || (night && second.day !== first.day + 1)) return null;
    const month = readMonth(tokens, second.last + 1, true, true);
    if (!month) return null;
    const year = readYear(tokens, month.last + 1);
    if (!isValidDay(year?.year ?? null, month.month, second.day)) return null;
    const value = interval(point(year, month.month, first.day), point(year, month.month, second.day), 'day');
    return draft(tokens, i, year?.last ?? month.last, this.name, value);
  },
};

/** Whether tokens i..j are glued together (no whitespace inside). */
function glued(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (!isGlued(tokens[k])) return false;
  return true;
}

/** «11.01.2026», «13.05.21», «2026-01-12». Version numbers and phone numbers fail the calendar check. */
export const NUMERIC_DATE: Parser = {
  name: 'NUMERIC_DATE',
  starts: { numbers: true },
  match(tokens, i) {
    const a = tokens[i];
    if (!isNumber(a) || !glued(tokens, i, i + 4) || isPartOfLargerNumber(tokens, i)) return null;
    const sep1 = tokens[i + 1];
    const b = tokens[i + 2];
    const sep2 = tokens[i + 3];
    const c = tokens[i + 4];
    if (!isNumber(b) || !isNumber(c) || sep1?.norm !== sep2?.norm) return null;
    // A further glued «.N» or «-N» means a longer code (an IP address, an article number).
    const after = tokens[i + 5];
    if (after && isGlued(after) && (after.norm === '.' || after.norm === '-') && isNumber(tokens[i + 6])) return null;
    let year: number;
    let month: number;
    let day: number;
    if (
      sep1?.norm === '.' &&
      a.text.length <= 2 &&
      b.text.length === 2 &&
      (c.text.length === 4 || c.text.length === 2)
    ) {
      day = Number(a.text);
      month = Number(b.text);
      year = c.text.length === 4 ? Number(c.text) : 2000 + Number(c.text);
    } else if (sep1?.norm === '-' && a.text.length === 4 && b.text.length === 2 && c.text.length === 2) {
      year = Number(a.text);
      month = Number(b.text);
      day = Number(c.text);
    } else return null;
    if (year < 1000 || year > 2100 || !isValidDay(year, month, day)) return null;
    const p: Point = { year, month, day };
    let last = i + 4;
    // «11.01.2026 г.»
    if (tokens[last + 1]?.norm === 'г' && isPunct(tokens[last + 2], '.')) last += 2;
    return draft(tokens, i, last, this.name, interval(p, { ...p }, 'day'));
  },
};

/**
 * «14.04 – в Усть-Лабинске прошёл семинар»: a day and month in figures heading a chronicle's item
 * before a dash or a colon; its year comes from the context. Not a time of day («10.05 – 11.00», «в
 * 12.05 – открытие»), not a number («14.04 – 15.06 %»).
 */
export const NUMERIC_DAY_MONTH: Parser = {
  name: 'NUMERIC_DAY_MONTH',
  starts: { numbers: true },
  match(tokens, i) {
    const a = tokens[i];
    const b = tokens[i + 2];
    if (!isNumber(a) || !isNumber(b) || !glued(tokens, i, i + 2) || isPartOfLargerNumber(tokens, i)) return null;
    if (tokens[i + 1]?.norm !== '.' || a.text.length > 2 || b.text.length !== 2) return null;
    // «**03.04** — …»: emphasis closing around the date stays out of the way.
    let k = i + 3;
    while (k < i + 6 && (isPunct(tokens[k], '*') || isPunct(tokens[k], '_')) && isGlued(tokens[k])) k++;
    const after = tokens[k];
    if (!after || isGlued(after) || !(isDash(after) || isPunct(after, ':'))) return null;
    if (isNumber(tokens[k + 1])) return null;
    if (/^(?:в|во|с|со|до|к|по)$/.test(tokens[i - 1]?.norm ?? '')) return null;
    const day = Number(a.text);
    const month = Number(b.text);
    if (!isValidDay(null, month, day)) return null;
    const p = point(null, month, day);
    return draft(tokens, i, i + 2, this.name, interval(p, { ...p }, 'day'));
  },
};

/** «февраль», «в январе 2019 года», «сентябрь 2015 г.», «феврале этого года». */
export const MONTH: Parser = {
  name: 'MONTH',
  starts: { words: [...MONTH_NAME.keys(), ...MONTH_ABBREVIATION.keys()] },
  match(tokens, i) {
    const month = readMonth(tokens, i, false);
    if (!month) {
      // «сент. 2021»: an abbreviation needs the year to count.
      const short = readMonth(tokens, i, true);
      const year = short && readYear(tokens, short.last + 1);
      if (!short || !year) return null;
      return monthDraft(tokens, i, short.month, short.month, year, this.name);
    }
    return monthDraft(tokens, i, month.month, month.month, readYear(tokens, month.last + 1), this.name, month.last);
  },
};

function monthDraft(
  tokens: readonly Token[],
  i: number,
  from: number,
  to: number,
  year: YearPart | null,
  parser: string,
  last = i,
): Draft {
  const start = point(year, from, 1);
  const end = point(year, to, 'last');
  // «ноябрь-январь 2021 года»: the range crosses a new year, so the first month is a year earlier.
  if (from > to && start.year !== null) start.year -= 1;
  return draft(tokens, i, year?.last ?? last, parser, interval(start, end, 'month'));
}

/** «февраль-март», «октябрь-ноябрь 2021 года», «в ноябре-декабре» (one hyphenated word token). */
export const MONTH_RANGE: Parser = {
  name: 'MONTH_RANGE',
  starts: { when: (token) => token.kind === 'word' && token.norm.includes('-') },
  match(tokens, i) {
    const token = tokens[i];
    if (token?.kind !== 'word' || !token.norm.includes('-')) return null;
    const parts = token.norm.split('-');
    if (parts.length !== 2) return null;
    const from = MONTH_NAME.get(parts[0]!);
    const to = MONTH_NAME.get(parts[1]!);
    if (from === undefined || to === undefined || from === to) return null;
    return monthDraft(tokens, i, from, to, readYear(tokens, i + 1), this.name);
  },
};
