/**
 * What every entity finder returns, and the matcher of lemma-indexed names over tokens that the
 * place, organization and people finders share.
 */
import type { Morph } from '../morph/index.js';
import { foldName, type IndexedName, mayBeNameWord, type NameIndex } from '../reference/index.js';
import type { Token } from '../text/index.js';

/** A piece of text that means something: offsets into the text as given (end exclusive). */
export interface Match<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Punctuation that may stand inside a name without breaking it: «Северная Осетия — Алания», НП «АВОК». */
const INNER_PUNCTUATION = new Set(['-', '—', '–', '«', '»', '"', '(', ')', '“', '”', '„']);

/** The keys a token can match a name word by: its folded form and the lemmas of all its readings. */
export function tokenKeys(morph: Morph, token: Token): ReadonlySet<string> {
  const cached = KEY_CACHE.get(token.text);
  if (cached !== undefined) return cached;
  const folded = foldName(token.text);
  const keys = new Set<string>([folded]);
  // A lower-case word that begins like no name's word needs no dictionary lookup.
  if (token.kind === 'word' && (startsUpper(token.text) || mayBeNameWord(folded))) {
    for (const p of morph.parse(token.text)) {
      const lemma = foldName(p.lemma);
      // A guess for an unknown word that cuts its beginning off («Визбора» → «бор») is no lemma of it.
      // A lower-case shortening («гол» for «голландский») is no form of the full word in a text.
      if (p.tags.has('Abbr') && !startsUpper(token.text)) continue;
      if (p.known || lemma.slice(0, 3) === folded.slice(0, 3)) keys.add(lemma);
    }
  }
  KEY_CACHE.set(token.text, keys);
  return keys;
}
// Keys depend only on the word form and the one dictionary every process loads.
const KEY_CACHE = new Map<string, ReadonlySet<string>>();

/** Whether the word is written in capitals («США», «МАГ»), as an abbreviation is. */
export function isUpperCase(text: string): boolean {
  if (text.length < 2 || !startsUpper(text)) return false;
  // Most capitalized words fail on their second letter, a lower-case Cyrillic or Latin one.
  const second = text.charCodeAt(1);
  if ((second >= 0x430 && second <= 0x44f) || second === 0x451 || (second >= 0x61 && second <= 0x7a)) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * Whether a word starts with a capital letter. Hot in every finder, so Cyrillic and Latin capitals
 * are told by their code points and only other scripts go through case conversion.
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a)) return true;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a) || c < 0x41) return false;
  const first = text[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** {@link startsUpper} for a token. */
export function capitalized(token: Token): boolean {
  return startsUpper(token.text);
}

export interface NameMatch<T> {
  name: IndexedName<T>;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
}

function wordMatches<T>(morph: Morph, name: IndexedName<T>, key: string, token: Token): boolean {
  if (token.kind === 'punct') return false;
  if (name.abbreviation) return foldName(token.text) === key && isUpperCase(token.text.replace(/[^\p{L}]/gu, ''));
  if (name.exact) return foldName(token.text) === key;
  return tokenKeys(morph, token).has(key);
}

/**
 * Every name of the index that starts at token `i`, longest first. A name's words must follow each
 * other, with only quotes, dashes and brackets allowed between them.
 */
export function matchNamesAt<T>(
  morph: Morph,
  tokens: readonly Token[],
  i: number,
  index: NameIndex<T>,
): NameMatch<T>[] {
  const token = tokens[i];
  if (token === undefined || token.kind === 'punct') return [];
  const starting = namesStartingWith(morph, index, token);
  if (starting.length === 0) return NO_MATCHES;
  const found: NameMatch<T>[] = [];
  for (const name of starting) {
    let j = i + 1;
    let ok = true;
    for (let w = 1; w < name.words.length; w++) {
      while (tokens[j] !== undefined && INNER_PUNCTUATION.has(tokens[j]!.text) && !tokens[j]!.lineBefore) j++;
      const next = tokens[j];
      if (next === undefined || next.lineBefore || !wordMatches(morph, name, name.words[w]!, next)) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    // Close a quote the name opened: НП «АВОК».
    const inner = tokens.slice(i, j);
    const opens = inner.filter((t) => t.text === '«').length;
    const closes = inner.filter((t) => t.text === '»').length;
    if (opens > closes && tokens[j]?.text === '»') j++;
    found.push({ name, first: i, last: j });
  }
  return found.length > 1 ? found.sort((a, b) => b.last - a.last) : found;
}

const NO_MATCHES: never[] = [];
// Per index and word form: the names whose first word the form matches. Most forms start none,
// and the answer depends only on the form, so every later occurrence costs one map lookup.
const STARTING = new WeakMap<object, Map<string, readonly IndexedName<unknown>[]>>();

function namesStartingWith<T>(morph: Morph, index: NameIndex<T>, token: Token): readonly IndexedName<T>[] {
  let byForm = STARTING.get(index);
  if (byForm === undefined) {
    byForm = new Map();
    STARTING.set(index, byForm);
  }
  const cached = byForm.get(token.text);
  if (cached !== undefined) return cached as readonly IndexedName<T>[];
  const names: IndexedName<T>[] = [];
  for (const key of tokenKeys(morph, token)) {
    for (const name of index.byFirstWord.get(key) ?? []) {
      if (wordMatches(morph, name, key, token) && !names.includes(name)) names.push(name);
    }
  }
  byForm.set(token.text, names);
  return names;
}

/** Builds a match over tokens `first … last-1`. */
export function matchOver<T>(text: string, tokens: readonly Token[], first: number, last: number, value: T): Match<T> {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { start, end, text: text.slice(start, end), value };
}

/**
 * Whether the token opens its sentence or line (where a capital letter says nothing about a
 * proper name): first token, after a line break, or after «.», «!», «?», «…» or an opening quote/dash.
 */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (i === 0 || token.lineBefore) return true;
  let k = i - 1;
  while (k >= 0 && /^[«"„“(—–-]$/.test(tokens[k]!.text)) k--;
  if (k < 0 || tokens[k + 1]!.lineBefore) return true;
  return /^[.!?…]$/.test(tokens[k]!.text) && !isInitialDot(tokens, k);
}

/** A dot after a single capital letter («В.») or «г.» does not end a sentence. */
function isInitialDot(tokens: readonly Token[], dot: number): boolean {
  const before = tokens[dot - 1];
  if (before === undefined || before.end !== tokens[dot]!.start) return false;
  return (before.text.length === 1 && capitalized(before)) || before.norm === 'г' || before.norm === 'гг';
}

/** Readings with grammemes that make a word a proper name. */
export const PROPER_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr'];

/** Whether the word's most likely known reading is an ordinary word (not a name of anything). */
export function isCommonWord(morph: Morph, word: string, minScore = 0.2): boolean {
  return morph.parse(word).some((p) => p.known && p.score >= minScore && !PROPER_GRAMMEMES.some((g) => p.tags.has(g)));
}
