/**
 * The tokens of a text, shared by everything that reads the same text one step after another:
 * the date grammar and the entity finders of a pipeline tokenize the document once between them.
 */
import { type Token, tokenize } from './tokenize.js';

const RECENT: { text: string; tokens: readonly Token[] }[] = [];
const RECENT_TEXTS = 4;

/**
 * The tokens of a text; the last few texts' tokens are kept. The array and its tokens are shared:
 * callers never change them.
 * @example tokensOf('5 мая') === tokensOf('5 мая') // true
 */
export function tokensOf(text: string): readonly Token[] {
  for (const recent of RECENT) if (recent.text === text) return recent.tokens;
  const tokens = tokenize(text);
  RECENT.unshift({ text, tokens });
  if (RECENT.length > RECENT_TEXTS) RECENT.pop();
  return tokens;
}
