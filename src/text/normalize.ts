/**
 * Length-preserving normalization for matching: «ё» → «е», typographic dashes → «-», no-break and
 * thin spaces → « », typographic quotes → «"». Every character maps to exactly one character, so an
 * offset into the normalized text is an offset into the original, and evidence keeps the original.
 * Soft hyphens (U+00AD) cannot be dropped without shifting offsets; the tokenizer skips them inside words.
 */

const CHAR_MAP: Record<string, string> = {
  ё: 'е',
  Ё: 'Е',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2018': "'",
  '\u2019': "'",
};

const NEEDS_MAP = /[ёЁ\u2010-\u2015\u2212\u00a0\u2007\u2009\u200a\u202f\u201c-\u201e\u00ab\u00bb\u2018\u2019]/g;

/**
 * @example normalizeText('5–6 ноября\u00a02021') // '5-6 ноября 2021'
 */
export function normalizeText(text: string): string {
  return text.replace(NEEDS_MAP, (ch) => CHAR_MAP[ch] ?? ch);
}

/** Lower case plus {@link normalizeText}, with soft hyphens removed: the key words are matched on. */
export function normalizeWord(word: string): string {
  // Nearly every word of a text is Cyrillic or ASCII without «ё»: lower case is all it needs.
  switch (plainCase(word)) {
    case PLAIN_LOWER:
      return word;
    case PLAIN:
      return word.toLowerCase();
    default:
      // A punctuation token is one character: its mapping alone.
      if (word.length === 1) {
        const mapped = Object.hasOwn(CHAR_MAP, word) ? CHAR_MAP[word]! : word;
        return mapped === '\u00ad' ? '' : mapped.toLowerCase();
      }
      return normalizeText(word)
        .replace(/\u00ad/g, '')
        .toLowerCase();
  }
}

const PLAIN_LOWER = 0;
const PLAIN = 1;
const OTHER = 2;

/**
 * {@link PLAIN_LOWER} for a word of ASCII and small Cyrillic letters (no «ё»), which normalization
 * leaves as it is; {@link PLAIN} when it has capitals of those too; else {@link OTHER}.
 */
function plainCase(word: string): number {
  let kind = PLAIN_LOWER;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x430 && c <= 0x44f) continue;
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) kind = PLAIN;
    } else if (c >= 0x410 && c <= 0x42f) kind = PLAIN;
    else return OTHER;
  }
  return kind;
}

/** Collapse runs of whitespace to one space and trim: how titles and results are compared and shown. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How many «…» a text opens and leaves open (a stray «» » before any « closes nothing).
 * @example openGuillemets('Круглый стол «Законы области') // 1
 */
export function openGuillemets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«') depth++;
    else if (ch === '»' && depth > 0) depth--;
  }
  return depth;
}
