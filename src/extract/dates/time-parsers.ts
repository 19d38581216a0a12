/**
 * Times of day: «15:00», «в 15 часов», «в 10.00». A time alone is a TIME span; a refiner attaches a
 * time to the date before it.
 */
import type { Token } from '../../text/index.js';
import { draft, type Parser } from './draft.js';
import { isGlued, isNumber, isPartOfLargerNumber, isPunct } from './token-cursor.js';

const MEASURE = /^(руб|долл|евро|млн|млрд|тыс|процент|км|кг|м|см|т|л|балл|%)/;
const HOUR_WORD = new Set(['час', 'часа', 'часов', 'ч']);
const TIME_PREPOSITION = new Set(['в', 'во', 'с', 'со', 'до', 'к', 'по']);

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whether the H.MM at `i` is one end of «10.00-18.00». */
function inDottedRange(tokens: readonly Token[], i: number): boolean {
  const dotted = (k: number) =>
    isNumber(tokens[k]) &&
    tokens[k]!.text.length <= 2 &&
    tokens[k + 1]?.norm === '.' &&
    tokens[k + 2]?.text.length === 2 &&
    isNumber(tokens[k + 2]);
  if (tokens[i + 3]?.norm === '-' && dotted(i + 4)) return true;
  return tokens[i - 1]?.norm === '-' && dotted(i - 4);
}

/** «15:00», «9:30», and «10.00» after a preposition («в 10.00») or in a range («10.00-18.00»). */
export const TIME_OF_DAY: Parser = {
  name: 'TIME_OF_DAY',
  starts: { numbers: true },
  match(tokens, i) {
    const h = tokens[i];
    const sep = tokens[i + 1];
    const m = tokens[i + 2];
    if (!isNumber(h) || h.text.length > 2 || !isNumber(m) || m.text.length !== 2) return null;
    if (!isGlued(sep) || !isGlued(m) || isPartOfLargerNumber(tokens, i)) return null;
    const hour = Number(h.text);
    const minute = Number(m.text);
    if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
    if (sep?.norm === '.') {
      // «10.00» is a time after a preposition or in a range «10.00-18.00»; «3.50» alone is a number.
      if (!TIME_PREPOSITION.has(tokens[i - 1]?.norm ?? '') && !inDottedRange(tokens, i)) return null;
      // «10.50-11.20 рубля» is a price.
      const after = tokens[i + 3]?.norm === '-' ? tokens[i + 7] : tokens[i + 3];
      if (after?.kind === 'word' && MEASURE.test(after.norm)) return null;
      if (isPunct(tokens[i + 3], '.') && isNumber(tokens[i + 4]) && isGlued(tokens[i + 3])) return null;
    } else if (sep?.norm !== ':') return null;
    let last = i + 2;
    // «15:00:00»
    if (isPunct(tokens[last + 1], ':') && isGlued(tokens[last + 1]) && isNumber(tokens[last + 2])) last += 2;
    return draft(tokens, i, last, this.name, { kind: 'time', time: { start: hhmm(hour, minute), end: null } });
  },
};

/** «в 15 часов», «к 10 ч.» — only after a preposition, since «15 часов» alone is a duration. */
export const HOUR_OF_DAY: Parser = {
  name: 'HOUR_OF_DAY',
  starts: { words: TIME_PREPOSITION },
  match(tokens, i) {
    const preposition = tokens[i];
    const h = tokens[i + 1];
    if (!preposition || !TIME_PREPOSITION.has(preposition.norm) || !isNumber(h) || h.text.length > 2) return null;
    const hour = Number(h.text);
    if (hour > 24) return null;
    // «с 9 до 18 часов»: the hour word comes once, after the second number.
    const to = tokens[i + 3];
    if ((preposition.norm === 'с' || preposition.norm === 'со') && tokens[i + 2]?.norm === 'до' && isNumber(to)) {
      const endHour = Number(to!.text);
      const word = tokens[i + 4];
      if (to!.text.length <= 2 && endHour <= 24 && endHour > hour && word && HOUR_WORD.has(word.norm)) {
        const last = word.norm === 'ч' && isPunct(tokens[i + 5], '.') ? i + 5 : i + 4;
        const time = { start: hhmm(hour, 0), end: hhmm(endHour, 0) };
        return draft(tokens, i, last, this.name, { kind: 'time', time });
      }
    }
    const word = tokens[i + 2];
    if (!word || !HOUR_WORD.has(word.norm)) return null;
    const last = word.norm === 'ч' && isPunct(tokens[i + 3], '.') ? i + 3 : i + 2;
    return draft(tokens, i, last, this.name, { kind: 'time', time: { start: hhmm(hour, 0), end: null } });
  },
};
