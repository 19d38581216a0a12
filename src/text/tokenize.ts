/**
 * Splits text into word, number and punctuation tokens with their offsets. Words keep inner
 * hyphens («Ростова-на-Дону», «он-лайн»); «5-6» is number, dash, number. Offsets are JavaScript
 * string offsets into the text as given, so a match built from tokens slices the original.
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
  /** Index of the token in its array. */
  index: number;
}

const LETTER = '\\p{L}\\p{M}\\u00ad';
// A word: letters, optionally joined by a single hyphen or apostrophe to more letters (no spaces).
const TOKEN_RE = new RegExp(
  `([${LETTER}]+(?:[-\\u2010\\u2011'’][${LETTER}]+)*)|(\\d+)|([^\\s${LETTER}\\d])|(\\s+)`,
  'gu',
);

/**
 * @example tokenize('5-6 ноября').map((t) => t.text) // ['5', '-', '6', 'ноября']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaceBefore = false;
  let lineBefore = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const [whole, word, number] = m;
    if (m[4] !== undefined) {
      spaceBefore = true;
      if (whole.includes('\n')) lineBefore = true;
      continue;
    }
    const kind: TokenKind = word !== undefined ? 'word' : number !== undefined ? 'number' : 'punct';
    tokens.push({
      kind,
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      norm: kind === 'number' ? whole : normalizeWord(whole),
      spaceBefore,
      lineBefore,
      index: tokens.length,
    });
    spaceBefore = false;
    lineBefore = false;
  }
  return tokens;
}

/** Whether the token starts with a capital letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.text[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
