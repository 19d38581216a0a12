/**
 * An index of names by the lemmas of their words, shared by the gazetteer and the organization
 * registry: «Великий Новгород» is kept as [великий, новгород], so that «в Великом Новгороде»,
 * whose words lemmatize to the same keys, finds it in any case (Yargy's `morph_pipeline`).
 */
import { matchCapitalization, type Morph } from '../morph/index.js';

export interface IndexedName<T> {
  value: T;
  /** Lemma keys of the name's words, lower case, «ё» folded. */
  words: string[];
  /** The name as written in the data. */
  form: string;
  /** An all-capitals abbreviation («США», «МАГ»): matched as written in capitals, never by lemma. */
  abbreviation: boolean;
  /** Compared on the written form, never by lemma: abbreviations and forms with a dot («г.»). */
  exact: boolean;
  /** Written in lower case in the data (an adjective such as «российский»): matches lower-case text. */
  lowercase: boolean;
  /** A former name: a text that uses it keeps it. */
  former: boolean;
}

export interface NameIndex<T> {
  byFirstWord: Map<string, IndexedName<T>[]>;
  maxWords: number;
}

/** Lower case, «ё» → «е», dashes unified: how names are compared. */
export function foldName(name: string): string {
  // Every word of a text is folded: most are already small letters without «ё» or a dash.
  if (isFolded(name)) return name;
  const lower = name.toLowerCase();
  if (isFolded(lower)) return lower;
  return lower.replace(/ё/g, 'е').replace(/[\u2010-\u2015]/g, '-');
}

/** Small Cyrillic letters but «ё», and ASCII other than capitals: what folding leaves as it is. */
function isFolded(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x430 && c <= 0x44f) || (c < 0x80 && !(c >= 0x41 && c <= 0x5a))) continue;
    return false;
  }
  return true;
}

/** Splits a name into its words the way the tokenizer does (hyphenated words stay whole). */
export function nameWords(name: string): string[] {
  return name.match(/[\p{L}\p{M}]+(?:[-\u2010\u2011'’][\p{L}\p{M}]+)*|\d+/gu) ?? [];
}

/**
 * The lemma key of one word of a name: its nominative reading's lemma where the dictionary
 * knows it, else the word itself.
 */
export function nameWordKey(morph: Morph, word: string): string {
  // A lower-case shortening is no reading of a name's word: «и» is the conjunction, not «исполняющий».
  const parses = morph.parse(word).filter((p) => !(p.tags.has('Abbr') && word === word.toLowerCase()));
  const nominative =
    parses.find((p) => p.known && p.tags.has('nomn') && !p.tags.has('plur')) ??
    parses.find((p) => p.known && p.tags.has('nomn')) ??
    parses.find((p) => p.known);
  return foldName(nominative?.lemma ?? word);
}

export function isAbbreviation(name: string): boolean {
  const letters = name.replace(/[-\s]/g, '');
  return letters.length >= 2 && letters.length <= 8 && /^[\p{Lu}\d]+$/u.test(letters);
}

/**
 * The first letters of every word of every indexed name. A lower-case word whose first
 * letters are not among them cannot be part of a name (a lemma begins as its forms do, suppletive
 * words aside), so the finders skip its dictionary lookup: most words of a text are such.
 */
export const NAME_WORD_PREFIXES = new Set<string>();

/**
 * The lemma key of every word of every indexed name that is matched by lemma, and whether the
 * dictionary knows the word (else the key is the word as written): a lower-case word of a text
 * that is no form of one of them matches no name's word.
 */
export const NAME_WORD_KEYS = new Map<string, boolean>();

/** A name word's beginning: four letters, three of a short word whose ending changes («край» → «кра»). */
function wordPrefix(word: string): string {
  return word.slice(0, word.length > 4 ? 4 : 3);
}

/** Whether a lower-case word (folded) may be a form of some indexed name's word. */
export function mayBeNameWord(folded: string): boolean {
  return folded.length <= 3 || NAME_WORD_PREFIXES.has(folded.slice(0, 4)) || NAME_WORD_PREFIXES.has(folded.slice(0, 3));
}
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'];

/** How the data writes each key of {@link NAME_WORD_KEYS}: «Ханты-Мансийск», «российский». */
const NAME_WORD_SPELLINGS = new Map<string, Set<string>>();
/** Keys whose forms `morph` keeps already. */
const RETAINED_KEYS = new Set<string>();

/**
 * Has `morph` analyze once, and keep for good, every dictionary form of every name word indexed so
 * far, as a text writes it: an ordinary word («области», «муниципальных») in lower case and
 * capitalized, a proper name («Калуге», «Ханты-Мансийске») capitalized as the data writes it.
 * These are the words a text about places and organizations is made of, which a text met for the
 * first time then finds analyzed. Words the dictionary lacks are left to be guessed when met: a
 * guess costs more than the word is likely to be met. Only speed depends on this.
 */
export function retainNameForms(morph: Morph): void {
  for (const [key, known] of NAME_WORD_KEYS) {
    if (RETAINED_KEYS.has(key) || !known) continue;
    RETAINED_KEYS.add(key);
    const spellings = NAME_WORD_SPELLINGS.get(key) ?? new Set<string>();
    const ordinary = [...spellings].some(
      (w) => w === w.toLowerCase() || morph.parse(w).some((p) => p.known && !PROPER.some((g) => p.tags.has(g))),
    );
    const variants = new Set<string>();
    for (const form of morph.formsOf(key)) {
      if (ordinary) variants.add(form).add(form.charAt(0).toUpperCase() + form.slice(1));
      for (const spelling of spellings) variants.add(matchCapitalization(spelling, form));
    }
    morph.retain(variants);
  }
}

export function createNameIndex<T>(): NameIndex<T> {
  return { byFirstWord: new Map(), maxWords: 1 };
}

/** Adds one name (a reference name, alias, abbreviation or former name) of `value`. */
export function addName<T>(morph: Morph, index: NameIndex<T>, form: string, value: T, former = false): void {
  const abbreviation = isAbbreviation(form);
  // «г.» must not match «городов» by the lemma «город»: a shortened word is matched as written.
  const exact = abbreviation || form.endsWith('.');
  const words = nameWords(form).map((w) => (exact ? foldName(w) : nameWordKey(morph, w)));
  const first = words[0];
  if (first === undefined) return;
  // A text writes a name's word in lower case only if it is not its first word, or is an
  // ordinary word («республика», «российский»): only those words' beginnings are kept.
  nameWords(form).forEach((w, k) => {
    const ordinary = w === w.toLowerCase() || morph.parse(w).some((p) => p.known && !PROPER.some((g) => p.tags.has(g)));
    if (k === 0 && !ordinary) return;
    NAME_WORD_PREFIXES.add(wordPrefix(foldName(w)));
    const key = words[k];
    if (key !== undefined) NAME_WORD_PREFIXES.add(wordPrefix(key));
  });
  if (!exact) {
    nameWords(form).forEach((w, k) => {
      const key = words[k]!;
      if (NAME_WORD_KEYS.get(key) !== true)
        NAME_WORD_KEYS.set(
          key,
          morph.parse(w).some((p) => p.known),
        );
      const spellings = NAME_WORD_SPELLINGS.get(key);
      if (spellings === undefined) NAME_WORD_SPELLINGS.set(key, new Set([w]));
      else spellings.add(w);
    });
  }
  index.maxWords = Math.max(index.maxWords, words.length);
  const list = index.byFirstWord.get(first) ?? [];
  const lowercase = form === form.toLowerCase();
  list.push({ value, words, form, abbreviation, exact, lowercase, former });
  index.byFirstWord.set(first, list);
}
