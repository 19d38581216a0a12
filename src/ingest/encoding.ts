import iconv from 'iconv-lite';

/** Single-byte Cyrillic code pages a Russian text file may come in, in order of how common they are. */
export const CYRILLIC_CODEPAGES = ['windows-1251', 'koi8-r', 'ibm866'] as const;

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Relative frequency of Russian letters (per mille, from the Russian National Corpus as quoted by
 * https://ru.wikipedia.org/wiki/Частотность). Decoding the same bytes with the wrong code page
 * permutes the letters, so the right decoding is the one whose letters look most like Russian.
 */
const LETTER_FREQUENCY: Record<string, number> = {
  о: 109.7,
  е: 84.5,
  а: 80.1,
  и: 73.5,
  н: 67,
  т: 62.6,
  с: 54.7,
  р: 47.3,
  в: 45.4,
  л: 44,
  к: 34.9,
  м: 32.1,
  д: 29.8,
  п: 28.1,
  у: 26.2,
  я: 20.1,
  ы: 19,
  ь: 17.4,
  г: 17,
  з: 16.5,
  б: 15.9,
  ч: 14.4,
  й: 12.1,
  х: 9.7,
  ж: 9.4,
  ш: 7.3,
  ю: 6.4,
  ц: 4.8,
  щ: 3.6,
  э: 3.2,
  ф: 2.6,
  ъ: 0.4,
  ё: 0.4,
};
/** A non-ASCII character that is neither a Russian letter nor common typography: a sign of the wrong code page. */
const FOREIGN_CHARACTER_SCORE = -10;
/** An uppercase letter right after a lowercase one («нПХБЕ»): how KOI8-R read as CP1251 looks. */
const CASE_FLIP_SCORE = -5;
const TYPOGRAPHY = '«»—–№…‘’“”„•\u00a0\u00ad°§';

/**
 * Score of each character code up to U+FFFF that a single-byte code page can produce: letters
 * by frequency, typography 0, the rest foreign. A table, since this runs on every legacy file.
 */
const CHAR_SCORE = new Float64Array(0x10000).fill(FOREIGN_CHARACTER_SCORE);
/** 1 for a lowercase Russian letter, 2 for an uppercase one. */
const CHAR_CASE = new Uint8Array(0x10000);
for (const [letter, frequency] of Object.entries(LETTER_FREQUENCY)) {
  const score = Math.log(frequency / 1000);
  const upper = letter.toUpperCase();
  CHAR_SCORE[letter.charCodeAt(0)] = score;
  CHAR_SCORE[upper.charCodeAt(0)] = score;
  CHAR_CASE[letter.charCodeAt(0)] = 1;
  CHAR_CASE[upper.charCodeAt(0)] = 2;
}
for (const ch of TYPOGRAPHY) CHAR_SCORE[ch.charCodeAt(0)] = 0;

/** How Russian a decoding looks: higher is better. Only non-ASCII characters count, as ASCII decodes the same in all. */
export function scoreRussian(text: string): number {
  let score = 0;
  let previousLower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      previousLower = false;
      continue;
    }
    score += CHAR_SCORE[code]!;
    const letterCase = CHAR_CASE[code]!;
    if (letterCase === 2 && previousLower) score += CASE_FLIP_SCORE;
    previousLower = letterCase === 1;
  }
  return score;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/**
 * Decodes text bytes: a BOM decides first, then a valid-UTF-8 check (legacy Cyrillic text is
 * practically never valid UTF-8), then the single-byte code page whose decoding scores most
 * Russian. Only a sample is scored, so a large file costs one extra pass at most.
 * The text is returned as decoded: «ё», NBSP and soft hyphens are normalized later, in `text/`.
 *
 * @example decodeText(iconv.encode('План', 'koi8-r')) // { text: 'План', encoding: 'koi8-r' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset + 3, bytes.length - 3).toString('utf8'),
      encoding: 'utf-8',
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), encoding: 'utf-16be' };
  if (isAscii(bytes)) return { text: Buffer.from(bytes).toString('latin1'), encoding: 'utf-8' };
  try {
    return { text: utf8Fatal.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the single-byte code pages, chosen below.
  }
  const encoding = guessCyrillicCodepage(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

const SAMPLE_BYTES = 64 * 1024;

export function guessCyrillicCodepage(bytes: Uint8Array): (typeof CYRILLIC_CODEPAGES)[number] {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES));
  let best: (typeof CYRILLIC_CODEPAGES)[number] = CYRILLIC_CODEPAGES[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const codepage of CYRILLIC_CODEPAGES) {
    const score = scoreRussian(iconv.decode(sample, codepage));
    if (score > bestScore) {
      best = codepage;
      bestScore = score;
    }
  }
  return best;
}
