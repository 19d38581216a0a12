/**
 * Times of day: «15:00», «в 15 часов», «в 10.00». A time alone is a TIME span; a refiner attaches a
 * time to the date before it.
 */
import { draft, type Parser } from './draft.js';
import { isGlued, isNumber, isPartOfLargerNumber, isPunct } from './token-cursor.js';

const HOUR_WORD = new Set(['час', 'часа', 'часов', 'ч']);
const TIME_PREPOSITION = new Set(['в', 'во', 'с', 'со', 'до', 'к', 'по']);

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** «15:00», «9:30», and «10.00» after a preposition («в 10.00»). */
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
      // «10.00» is a time only after a preposition; «3.50» alone is a number.
      if (!TIME_PREPOSITION.has(tokens[i - 1]?.norm ?? '')) return null;
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
    const word = tokens[i + 2];
    if (hour > 24 || !word || !HOUR_WORD.has(word.norm)) return null;
    const last = word.norm === 'ч' && isPunct(tokens[i + 3], '.') ? i + 3 : i + 2;
    return draft(tokens, i, last, this.name, { kind: 'time', time: { start: hhmm(hour, 0), end: null } });
  },
};
