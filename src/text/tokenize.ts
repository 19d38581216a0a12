/**
 * Splits text into word, number and punctuation tokens with their offsets. Words keep inner
 * hyphens («Ростова-на-Дону», «он-лайн»); «5-6» is number, dash, number. Offsets are JavaScript
 * string offsets into the text as given, so a match built from tokens slices the original.
 *
 * Every finder tokenizes every text, so this is a scanner over character codes rather than one
 * Unicode regular expression: Cyrillic, Latin, digits and common spaces are told by their codes,
 * and only other characters go through `\p{L}`/`\s` tests. It splits exactly as the expression
 * `([\p{L}\p{M}\u00ad]+(?:[-\u2010\u2011'’][\p{L}\p{M}\u00ad]+)*)|(\d+)|([^\s\p{L}\p{M}\u00ad\d])|(\s+)` would.
 */
import { normalizeWord } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower-cased, «ё» → «е», dashes and quotes unified, soft hyphens dropped. */
  norm: string;
  /** Whitespace stands between this token and the previous one. */
  spaceBefore: boolean;
  /** A line break stands between this token and the previous one. */
  lineBefore: boolean;
  /** Two line breaks or more (a blank line) stand before this token; absent on tokens made otherwise. */
  blankBefore?: boolean;
  /** Index of the token in its array. */
  index: number;
  /**
   * The token starts with a capital letter ({@link startsUpper}): every finder asks it of most
   * tokens, so `tokenize` answers it once, while the text is at hand. Absent on tokens made otherwise.
   */
  capital?: boolean;
}

const OTHER_LETTER = /^[\p{L}\p{M}\u00ad]$/u;
const OTHER_SPACE = /^\s$/u;

/** Code units of the letter (or combining mark, or soft hyphen) at `i`: 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Latin, Cyrillic and «ё»/«Ё»: nearly every letter of a Russian text.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x44f) || c === 0x451 || c === 0x401)
    return 1;
  if (c < 0x80 || Number.isNaN(c)) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return OTHER_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return OTHER_LETTER.test(text[i]!) ? 1 : 0;
}

function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return OTHER_SPACE.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Marks that join two runs of letters into one word: hyphens and apostrophes. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;
}

/** The end of the word starting at `start` (a letter): letter runs joined by single joiners. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    for (let step = letterAt(text, i); step > 0; step = letterAt(text, i)) i += step;
    if (isJoiner(text.charCodeAt(i)) && letterAt(text, i + 1) > 0) i++;
    else return i;
  }
}

/**
 * @example tokenize('5-6 ноября').map((t) => t.text) // ['5', '-', '6', 'ноября']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaceBefore = false;
  let lineBefore = false;
  let breaks = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaceBefore = true;
      if (c === 0x0a) {
        lineBefore = true;
        breaks++;
      }
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (letterAt(text, i) > 0) {
      kind = 'word';
      i = wordEnd(text, i);
    } else if (isDigit(c)) {
      kind = 'number';
      while (i < length && isDigit(text.charCodeAt(i))) i++;
    } else {
      kind = 'punct';
      const low = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    }
    const whole = text.slice(start, i);
    tokens.push({
      kind,
      start,
      end: i,
      text: whole,
      norm: kind === 'number' ? whole : normalizeWord(whole),
      spaceBefore,
      lineBefore,
      blankBefore: breaks >= 2,
      index: tokens.length,
      capital: startsUpper(whole),
    });
    spaceBefore = false;
    lineBefore = false;
    breaks = 0;
  }
  return tokens;
}

/**
 * Whether a word starts with a capital letter. Hot in every finder, so Cyrillic and Latin capitals
 * are told by their code points and only other scripts go through case conversion.
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a)) return true;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a) || c < 0x41) return false;
  // Nothing below «À» but the Latin capitals is a capital, nor any general punctuation («—», «“»).
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return false;
  const first = text[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether the token starts with a capital letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.text[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
