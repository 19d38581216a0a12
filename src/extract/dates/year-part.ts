/**
 * The year that may follow a day or a month: «2021», «2021 г.», «2021 года», «1945-го», «т.г.»,
 * «текущего года», «прошлого года». Shared by every parser that takes an optional year.
 */
import type { Token } from '../../text/index.js';
import { isDash, isGlued, isNumber, isPunct } from './token-cursor.js';
import { YEAR_WORD } from './vocabulary.js';

export interface YearPart {
  year: number | null;
  /** Relative to the document's year: «т.г.» 0, «прошлого года» −1. */
  yearOffset?: number;
  /** Whether a year word («год», «г.») followed the number. */
  withWord: boolean;
  /** Index of the last token read. */
  last: number;
}

/** Lowest and highest numbers read as years. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

const RELATIVE_YEAR_ADJECTIVE: ReadonlyMap<string, number> = new Map([
  ['текущего', 0],
  ['этого', 0],
  ['сего', 0],
  ['нынешнего', 0],
  ['прошлого', -1],
  ['прошедшего', -1],
  ['минувшего', -1],
  ['следующего', 1],
  ['будущего', 1],
  ['предстоящего', 1],
]);

/** Reads «г.», «гг.», «года», «-го» after a year number at `i`; returns the last token index read. */
export function readYearWord(tokens: readonly Token[], i: number): number | null {
  let j = i;
  // «1945-го», «2020-м»
  if (isDash(tokens[j]) && isGlued(tokens[j]) && /^(го|м|й)$/.test(tokens[j + 1]?.norm ?? '')) return j + 1;
  const word = tokens[j];
  if (word?.kind !== 'word' || !YEAR_WORD.has(word.norm) || word.norm === 'го') return null;
  if ((word.norm === 'г' || word.norm === 'гг') && isPunct(tokens[j + 1], '.') && isGlued(tokens[j + 1])) j++;
  return j;
}

/** Reads a year starting at token `i`, or returns null. */
export function readYear(tokens: readonly Token[], i: number): YearPart | null {
  const token = tokens[i];
  if (!token) return null;
  if (isNumber(token) && token.text.length === 4) {
    const year = Number(token.text);
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
    const wordEnd = readYearWord(tokens, i + 1);
    return { year, withWord: wordEnd !== null, last: wordEnd ?? i };
  }
  if (token.norm === 'т' && isPunct(tokens[i + 1], '.') && tokens[i + 2]?.norm === 'г') {
    const last = isPunct(tokens[i + 3], '.') && isGlued(tokens[i + 3]) ? i + 3 : i + 2;
    return { year: null, yearOffset: 0, withWord: true, last };
  }
  const offset = RELATIVE_YEAR_ADJECTIVE.get(token.norm);
  if (offset !== undefined && tokens[i + 1]?.norm === 'года') {
    return { year: null, yearOffset: offset, withWord: true, last: i + 1 };
  }
  return null;
}
