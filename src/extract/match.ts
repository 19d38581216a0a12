/**
 * What every entity finder returns, and the matcher of lemma-indexed names over tokens that the
 * place, organization and people finders share; each word form's record (its keys, the names it
 * starts, the finders' answers for it: {@link wordMemo}) is reached from a token by its index.
 */
import { type Morph, registerWordCache } from '../morph/index.js';
import { foldName, type IndexedName, mayBeNameWord, NAME_WORD_KEYS, type NameIndex } from '../reference/index.js';
import { startsUpper, type Token, tokensOf } from '../text/index.js';

/** A piece of text that means something: offsets into the text as given (end exclusive). */
export interface Match<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Punctuation that may stand inside a name without breaking it: «Северная Осетия — Алания», НП «АВОК». */
const INNER_PUNCTUATION = new Set(['-', '—', '–', '«', '»', '"', '(', ')', '“', '”', '„']);

/** What the matcher knows of one word form: its keys, and the names each index starts with it. */
interface FormFacts {
  /** The form folded ({@link foldName}). */
  folded: string;
  /** The keys, without repeats: a list, as most forms have one or two. */
  keys: readonly string[];
  /** The keys as a set, made when {@link tokenKeys} is asked. */
  keySet: ReadonlySet<string> | undefined;
  /** Per index (by {@link indexSlot}): the names whose first word the form matches. */
  starting: (readonly IndexedName<unknown>[] | undefined)[];
  /** Per {@link WordMemo} (by its slot): the finders' answers for the form. */
  memo: unknown[];
}

// Facts depend only on the word form and the one dictionary every process loads.
const FORM_FACTS = registerWordCache(new Map<string, FormFacts>());

function formFacts(morph: Morph, token: Token): FormFacts {
  let facts = FORM_FACTS.get(token.text);
  if (facts === undefined) {
    const folded = foldName(token.text);
    facts = { folded, keys: readKeys(morph, token, folded), keySet: undefined, starting: [], memo: [] };
    FORM_FACTS.set(token.text, facts);
  }
  return facts;
}

/** The keys a token can match a name word by: its folded form and the lemmas of all its readings. */
export function tokenKeys(morph: Morph, token: Token): ReadonlySet<string> {
  const facts = formFacts(morph, token);
  facts.keySet ??= new Set(facts.keys);
  return facts.keySet;
}

function readKeys(morph: Morph, token: Token, folded: string): readonly string[] {
  const keys = [folded];
  // A lower-case word that is no form of a name's word needs no dictionary lookup.
  const capital = capitalized(token);
  if (token.kind === 'word' && (capital || (mayBeNameWord(folded) && nameWordForms(morph).has(token.norm)))) {
    for (const p of morph.parse(token.text)) {
      const lemma = foldName(p.lemma);
      // A guess for an unknown word that cuts its beginning off («Визбора» → «бор») is no lemma of it.
      // A lower-case shortening («гол» for «голландский») is no form of the full word in a text.
      if (p.tags.has('Abbr') && !capital) continue;
      if ((p.known || sameStart(lemma, folded)) && !keys.includes(lemma)) keys.push(lemma);
    }
  }
  return keys;
}

/** `a.slice(0, 3) === b.slice(0, 3)`, without making the slices. */
function sameStart(a: string, b: string): boolean {
  const length = Math.min(a.length, 3);
  if (length !== Math.min(b.length, 3)) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** The written forms of a set of lemmas: see {@link cueForms}. */
export interface CueForms {
  /** Whether a word (its `norm`) may have one of the lemmas: false means no reading of it has. */
  has(norm: string): boolean;
}

const CUE_FORMS = new WeakMap<ReadonlySet<string>, CueForms>();

/**
 * Every form of every word whose lemma is in `lemmas`, lower case with «ё» folded (as `Token.norm`
 * writes a word), made once per set from the dictionary's paradigms. A word that is none of them
 * has no reading with one of those lemmas — unless the dictionary lacks it and az reads it as a
 * prefix and a known word («госсоветника» → «советник»), which `has` allows too — so a finder can
 * skip its dictionary lookup.
 * @example cueForms(morph, new Set(['край'])).has('краях') // true
 */
export function cueForms(morph: Morph, lemmas: ReadonlySet<string>): CueForms {
  let cue = CUE_FORMS.get(lemmas);
  if (cue === undefined) {
    const forms = new Set<string>();
    for (const lemma of lemmas) for (const form of morph.formsOf(lemma)) forms.add(form);
    cue = formsCue(forms);
    CUE_FORMS.set(lemmas, cue);
    // A finder reads these words whenever a text has them: they are analyzed once for good.
    morph.retain(withCapitals(forms));
  }
  return cue;
}

/** Each word in lower case and capitalized, as a text writes a word inside and at the start of a sentence. */
function* withCapitals(words: Iterable<string>): Iterable<string> {
  for (const word of words) {
    yield word;
    yield word.charAt(0).toUpperCase() + word.slice(1);
  }
}

function formsCue(forms: ReadonlySet<string>): CueForms {
  // az strips a prefix only where three letters or more remain: the endings of such forms, and
  // for each ending the lengths of the forms that end so (a word is tried at those lengths only).
  const lengthsByEnding = new Map<string, number[]>();
  for (const form of forms) {
    if (form.length < 3) continue;
    const ending = form.slice(-3);
    const lengths = lengthsByEnding.get(ending);
    if (lengths === undefined) lengthsByEnding.set(ending, [form.length]);
    else if (!lengths.includes(form.length)) lengths.push(form.length);
  }
  // Answers for words that are no form but end like one, which cost a loop: per word form.
  const prefixed = registerWordCache(new Map<string, boolean>());
  return {
    has(norm) {
      if (forms.has(norm)) return true;
      if (norm.length < 4) return false;
      const lengths = lengthsByEnding.get(norm.slice(-3));
      if (lengths === undefined) return false;
      let known = prefixed.get(norm);
      if (known === undefined) {
        // Some form is the word with one letter or more cut off its beginning.
        known = false;
        for (const length of lengths) {
          if (length < norm.length && forms.has(norm.slice(norm.length - length))) {
            known = true;
            break;
          }
        }
        prefixed.set(norm, known);
      }
      return known;
    },
  };
}

/** Lemmas a finder reads from {@link tokenKeys} besides names' words: «штате», «городе». */
const KEY_LEMMAS = new Set<string>();

/** Makes {@link tokenKeys} give the lemmas of lower-case forms of these words too. */
export function addKeyLemmas(lemmas: Iterable<string>): void {
  for (const lemma of lemmas) KEY_LEMMAS.add(lemma);
}

let nameCue: { keys: number; lemmas: number; cue: CueForms } | undefined;

/**
 * The forms of every indexed name's word (and of {@link addKeyLemmas}' words) that a lower-case
 * word may be. A form begins with the first three letters of its lemma, so the words are grouped
 * by those and a group's forms are made from the dictionary the first time a word of a text begins
 * so: a short text makes few. Made again when more names are indexed.
 */
function nameWordForms(morph: Morph): CueForms {
  if (nameCue?.keys !== NAME_WORD_KEYS.size || nameCue.lemmas !== KEY_LEMMAS.size) {
    const groups = new Map<string, { lemma: string; guesses: boolean }[]>();
    const built = new Map<string, ReadonlySet<string>>();
    const short = new Set<string>();
    const add = (lemma: string, guesses: boolean) => {
      // A lemma shorter than three letters has forms that begin otherwise («ад» → «ада»).
      if (lemma.length < 3) for (const form of morph.formsOf(lemma, guesses)) short.add(form);
      // A lemma that begins like no name's word has no form `tokenKeys` looks up.
      else if (mayBeNameWord(lemma)) {
        const group = groups.get(lemma.slice(0, 3)) ?? [];
        group.push({ lemma, guesses });
        groups.set(lemma.slice(0, 3), group);
      }
    };
    for (const [key, known] of NAME_WORD_KEYS) add(key, !known);
    for (const lemma of KEY_LEMMAS) add(lemma, false);
    const formsOf = (start: string): ReadonlySet<string> => {
      let forms = built.get(start);
      if (forms === undefined) {
        const made = new Set<string>();
        for (const { lemma, guesses } of groups.get(start) ?? []) {
          for (const form of morph.formsOf(lemma, guesses)) if (form.startsWith(start)) made.add(form);
        }
        forms = made;
        built.set(start, forms);
      }
      return forms;
    };
    // `tokenKeys` keeps no lemma a guess made by cutting a prefix off: only the forms themselves count.
    const cue: CueForms = { has: (norm) => short.has(norm) || formsOf(norm.slice(0, 3)).has(norm) };
    nameCue = { keys: NAME_WORD_KEYS.size, lemmas: KEY_LEMMAS.size, cue };
  }
  return nameCue.cue;
}

/** The tokens of a text, shared by the finders (and the date grammar) that read it in turn. */
export { tokensOf };

/** Whether the word is written in capitals («США», «МАГ»), as an abbreviation is. */
export function isUpperCase(text: string): boolean {
  if (text.length < 2 || !startsUpper(text)) return false;
  // Most capitalized words fail on their second letter, a lower-case Cyrillic or Latin one.
  const second = text.charCodeAt(1);
  if ((second >= 0x430 && second <= 0x44f) || second === 0x451 || (second >= 0x61 && second <= 0x7a)) return false;
  // Capitals of Cyrillic and Latin, digits and ASCII signs are told by their codes; a word with
  // any other character is compared with its upper and lower case.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a)) return false;
    if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || c < 0x80) continue;
    return text === text.toUpperCase() && text !== text.toLowerCase();
  }
  // Its first letter is a capital: it has a letter that case changes.
  return true;
}

/** {@link startsUpper} for a token: read once, when the text was tokenized. */
export function capitalized(token: Token): boolean {
  return token.capital ?? startsUpper(token.text);
}

export interface NameMatch<T> {
  name: IndexedName<T>;
  /** Index of the first and one past the last token of the match. */
  first: number;
  last: number;
}

/** Whether token `j` matches the name's word `key`. */
function wordMatches<T>(morph: Morph, name: IndexedName<T>, key: string, tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.kind === 'punct') return false;
  const facts = factsAt(morph, tokens, j);
  if (name.abbreviation) return facts.folded === key && writtenInCapitals(token);
  if (name.exact) return facts.folded === key;
  return facts.keys.includes(key);
}

/**
 * The facts of each token of the token arrays being matched, by index: the finders match names at
 * the same tokens over and over (every place finder's word, the organization finder's heads and
 * places), and an array read costs less than a lookup by the word.
 */
let FACTS_BY_TOKENS = new WeakMap<readonly Token[], (FormFacts | undefined)[]>();
let lastTokens: readonly Token[] | undefined;
let lastFacts: (FormFacts | undefined)[] = [];
registerWordCache({
  clear: () => {
    FACTS_BY_TOKENS = new WeakMap();
    lastTokens = undefined;
    lastFacts = [];
  },
});

function factsAt(morph: Morph, tokens: readonly Token[], i: number): FormFacts {
  if (tokens !== lastTokens) {
    let facts = FACTS_BY_TOKENS.get(tokens);
    if (facts === undefined) {
      facts = new Array(tokens.length);
      FACTS_BY_TOKENS.set(tokens, facts);
    }
    lastTokens = tokens;
    lastFacts = facts;
  }
  let facts = lastFacts[i];
  if (facts === undefined) {
    facts = formFacts(morph, tokens[i]!);
    lastFacts[i] = facts;
  }
  return facts;
}

/**
 * A finder's answer for a word form («is it a first name?»), kept on the form's record beside its
 * keys: a token of the text being read reaches the record by its index, without hashing the word
 * again, as a cache by the written form would on every question. Made once per question, at load.
 */
export interface WordMemo<V> {
  readonly slot: number;
  readonly compute: (morph: Morph, token: Token) => V;
}

let memoSlots = 0;

/**
 * A question about word forms whose answers {@link recall} keeps per form (emptied with the word
 * caches). The answer must depend only on the written form and never be `undefined`.
 */
export function wordMemo<V>(compute: (morph: Morph, token: Token) => V): WordMemo<V> {
  return { slot: memoSlots++, compute };
}

/**
 * The answer of `memo` for the token's form.
 * @example const LENGTH = wordMemo((_, t) => t.text.length); recall(morph, token, LENGTH)
 */
export function recall<V>(morph: Morph, token: Token, memo: WordMemo<V>): V {
  // The token array read last is the text's: its records are found by index.
  const facts =
    lastTokens !== undefined && lastTokens[token.index] === token
      ? factsAt(morph, lastTokens, token.index)
      : formFacts(morph, token);
  let value = facts.memo[memo.slot] as V | undefined;
  if (value === undefined) {
    value = memo.compute(morph, token);
    facts.memo[memo.slot] = value;
  }
  return value;
}

/** Whether the letters of the token are capitals, as an abbreviation's must be. */
function writtenInCapitals(token: Token): boolean {
  return isUpperCase(token.text.replace(/[^\p{L}]/gu, ''));
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
  const starting = namesStartingAt(morph, tokens, i, index);
  if (starting.length === 0) return NO_MATCHES;
  const found: NameMatch<T>[] = [];
  for (const name of starting) {
    let j = i + 1;
    let ok = true;
    for (let w = 1; w < name.words.length; w++) {
      while (tokens[j] !== undefined && INNER_PUNCTUATION.has(tokens[j]!.text) && !tokens[j]!.lineBefore) j++;
      const next = tokens[j];
      if (next === undefined || next.lineBefore || !wordMatches(morph, name, name.words[w]!, tokens, j)) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    // Close a quote the name opened: НП «АВОК».
    let unclosed = 0;
    for (let k = i; k < j; k++) {
      const text = tokens[k]!.text;
      if (text === '«') unclosed++;
      else if (text === '»') unclosed--;
    }
    if (unclosed > 0 && tokens[j]?.text === '»') j++;
    found.push({ name, first: i, last: j });
  }
  return found.length > 1 ? found.sort((a, b) => b.last - a.last) : found;
}

const NO_MATCHES: never[] = [];

/** The indexes names are matched in (a gazetteer's, a registry's…): a handful per process. */
const INDEXES: object[] = [];

/** The position of the index's entry in {@link FormFacts.starting}. */
function indexSlot(index: object): number {
  let slot = INDEXES.indexOf(index);
  if (slot < 0) slot = INDEXES.push(index) - 1;
  return slot;
}

// Most forms start no name: the answer then, shared.
const NO_NAMES: readonly IndexedName<never>[] = [];

/** Per index slot, per token array: the names starting at each token, by index. */
interface StartingByTokens {
  tokens: readonly Token[] | undefined;
  names: (readonly IndexedName<unknown>[] | undefined)[];
  byTokens: WeakMap<readonly Token[], (readonly IndexedName<unknown>[] | undefined)[]>;
}
let STARTING: StartingByTokens[] = [];
registerWordCache({
  clear: () => {
    STARTING = [];
  },
});

/**
 * {@link namesStartingWith} for token `i`, kept per token array: the finders ask it of the same
 * tokens over and over (the organization finder of every word, for the registry and the
 * gazetteer), and an array read costs less than a visit to the word's record.
 */
function namesStartingAt<T>(
  morph: Morph,
  tokens: readonly Token[],
  i: number,
  index: NameIndex<T>,
): readonly IndexedName<T>[] {
  const slot = indexSlot(index);
  let starting = STARTING[slot];
  if (starting === undefined) {
    starting = { tokens: undefined, names: [], byTokens: new WeakMap() };
    STARTING[slot] = starting;
  }
  if (starting.tokens !== tokens) {
    let names = starting.byTokens.get(tokens);
    if (names === undefined) {
      names = new Array(tokens.length);
      starting.byTokens.set(tokens, names);
    }
    starting.tokens = tokens;
    starting.names = names;
  }
  let names = starting.names[i];
  if (names === undefined) {
    names = namesStartingWith(index, tokens[i]!, factsAt(morph, tokens, i));
    starting.names[i] = names;
  }
  return names as readonly IndexedName<T>[];
}

/**
 * The names of the index whose first word the form matches. The answer depends only on the form,
 * so every later occurrence costs one map lookup.
 */
function namesStartingWith<T>(index: NameIndex<T>, token: Token, facts: FormFacts): readonly IndexedName<T>[] {
  const slot = indexSlot(index);
  const cached = facts.starting[slot];
  if (cached !== undefined) return cached as readonly IndexedName<T>[];
  // `wordMatches` for a name's first word, its key taken from the token's keys: the token's
  // written form is folded once rather than per name. A name is listed under one key only.
  let names: IndexedName<T>[] | undefined;
  const folded = facts.folded;
  let capitals: boolean | undefined;
  for (const key of facts.keys) {
    const listed = index.byFirstWord.get(key);
    if (listed === undefined) continue;
    for (const name of listed) {
      if (name.exact && folded !== key) continue;
      if (name.abbreviation) {
        if (capitals === undefined) capitals = writtenInCapitals(token);
        if (!capitals) continue;
      }
      if (names === undefined) names = [];
      names.push(name);
    }
  }
  const starting = names ?? NO_NAMES;
  facts.starting[slot] = starting;
  return starting;
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
  while (k >= 0 && SENTENCE_OPENER.test(tokens[k]!.text)) k--;
  if (k < 0 || tokens[k + 1]!.lineBefore) return true;
  return SENTENCE_END.test(tokens[k]!.text) && !isInitialDot(tokens, k);
}

const SENTENCE_OPENER = /^[«"„“(—–-]$/;
const SENTENCE_END = /^[.!?…]$/;

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
