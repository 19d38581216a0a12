/**
 * Small predicates over the token array that the parsers share.
 */
import type { Token } from '../../text/index.js';

export function isNumber(token: Token | undefined): token is Token {
  return token?.kind === 'number';
}

/** The token's integer value when it is a number token of at most `maxDigits` digits. */
export function numberValue(token: Token | undefined, maxDigits = 4): number | null {
  if (token?.kind !== 'number' || token.text.length > maxDigits) return null;
  return Number(token.text);
}

/** Whether `token` is one of the punctuation characters in `chars`. */
export function isPunct(token: Token | undefined, chars: string): boolean {
  return token?.kind === 'punct' && chars.includes(token.norm);
}

/** A dash between two parts of a range, typographic or not (the tokenizer normalizes them to «-»). */
export function isDash(token: Token | undefined): boolean {
  return token?.kind === 'punct' && token.norm === '-';
}

/** Whether `token` is glued to the token before it (no whitespace between). */
export function isGlued(token: Token | undefined): boolean {
  return token !== undefined && !token.spaceBefore;
}

export function isWord(token: Token | undefined, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  return token?.kind === 'word' && words.has(token.norm);
}

/** A number token that is part of a longer numeral: «1.5», «10,5», «№204», «+7», «COVID-19». */
export function isPartOfLargerNumber(tokens: readonly Token[], i: number): boolean {
  return continuesSomething(tokens, i) || isContinued(tokens, i);
}

/**
 * Whether the number at `i` continues what stands glued before it: a numeral («1.5», «№204», «+7»)
 * or a designation joined by a hyphen («COVID-19», «ЕГЭ-2013», «Ту-154»). A designation's number
 * names a thing, not a time, even where it once came from a year: such names are not dates.
 */
export function continuesSomething(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && isGlued(tokens[i]) && before.norm === '-' && tokens[i - 2]?.kind === 'word' && isGlued(before))
    return true;
  if (before && isGlued(tokens[i]) && before.kind === 'punct' && '.,№#+/'.includes(before.norm)) {
    return isNumber(tokens[i - 2]) || before.norm === '№' || before.norm === '#' || before.norm === '+';
  }
  return before?.norm === '№' || (before?.kind === 'word' && (before.norm === 'no' || before.norm === 'n'));
}

/** Whether a glued «,N» or «/N» follows the number at `i` («10,5», «1/2»). */
export function isContinued(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1];
  if (after && isGlued(after) && after.kind === 'punct' && ',/'.includes(after.norm) && isNumber(tokens[i + 2])) {
    return isGlued(tokens[i + 2]);
  }
  return false;
}
