/**
 * @module morph
 * Russian morphology from the OpenCorpora dictionary (through the `az` package, a port of
 * pymorphy2) behind one small interface: lemmas, grammemes and inflection of a word form.
 * The dictionary is loaded once per process; parses are cached per word form, because news text
 * repeats the same forms over and over and a dictionary lookup costs far more than a map hit.
 * A word new to the process is analyzed by az's own parsers, reached by a shorter path
 * (`dictionary-analysis.ts` for dictionary words, `guess-analysis.ts` for the rest,
 * `dawg-lookup.ts`, `tag-memo.ts`) that gives the same readings; the forms of the reference data's
 * names are analyzed once at load and kept (`retain`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AzParse } from 'az';
import Az from 'az';
import { installFastDawgLookup } from './dawg-lookup.js';
import { analyzeKnownWord, analyzeWord, lemmaOf, readParadigmEndings } from './dictionary-analysis.js';
import { memoizeTagMethods } from './tag-memo.js';

/** One reading of a word form. `lemma` is lower case with «ё» kept as the dictionary writes it. */
export interface MorphParse {
  lemma: string;
  /** OpenCorpora part of speech (NOUN, ADJF, VERB, …), null when unknown. */
  pos: string | null;
  /** Every grammeme of the reading: case, number, gender, and the flags Name, Surn, Patr, Geox, Orgn, Abbr… */
  tags: ReadonlySet<string>;
  /** 0..1, how likely this reading is (az's estimate). */
  score: number;
  /** The reading comes from the dictionary itself, not from a guess on the word's ending. */
  known: boolean;
}

export interface Morph {
  /** Every reading of the word, most likely first; cached per form. Case matters: proper names are capitalized. */
  parse(word: string): MorphParse[];
  /** Distinct lemmas of the word, «ё» folded to «е», most likely first. */
  lemmas(word: string): string[];
  /** Whether some reading of the word carries the grammeme (e.g. `Geox`, `Name`, `Surn`). */
  hasGrammeme(word: string, grammeme: string, minScore?: number): boolean;
  /**
   * The form of `word` in the reading `parse` with the grammemes replaced, lower case; null when
   * the dictionary cannot build it.
   * @example morph.inflect('Постоянной', p, ['nomn']) // 'постоянная'
   */
  inflect(word: string, parse: MorphParse, grammemes: string[]): string | null;
  /**
   * The word in the nominative, keeping number and gender of the reading, with the capitalization
   * of the original («Андрея» → «Андрей», «МПА» stays «МПА»). Falls back to the word itself.
   */
  toNominative(word: string, parse?: MorphParse): string;
  /**
   * Every form of every dictionary word whose lemma is `lemma` (lower case, «ё» folded to «е»),
   * lower case with «ё» folded: what a text may write for the word. Made once per lemma, so the
   * finders can tell by a set lookup whether a word may be a form of a cue word, before any parse.
   * With `guesses`, also the forms of the paradigms az guesses for a word it does not know (in
   * lower case and capitalized), as it guesses them for the word's forms in a text.
   * The list is shared: callers read it, never change it.
   * @example morph.formsOf('край') // ['край', 'края', 'краю', 'краем', 'крае', 'краев', …]
   */
  formsOf(lemma: string, guesses?: boolean): readonly string[];
  /**
   * Analyzes these word forms now and keeps their readings for the life of the process, apart
   * from the per-form caches {@link clearWordCaches} empties: for the forms of the reference
   * data's names, which texts write over and over, so that a text met for the first time finds
   * them analyzed. Answers do not change, only when the dictionary is walked.
   * @example morph.retain(morph.formsOf('город'))
   */
  retain(words: Iterable<string>): void;
}

let loading: Promise<Morph> | null = null;

/** Something cached per word form that {@link clearWordCaches} empties. */
export interface WordCache {
  clear(): void;
}

const WORD_CACHES: WordCache[] = [];

/**
 * Registers a cache kept per word form (here and in the finders), so that {@link clearWordCaches}
 * empties it too. Returns the cache.
 */
export function registerWordCache<C extends WordCache>(cache: C): C {
  WORD_CACHES.push(cache);
  return cache;
}

/**
 * Forgets every parse and every per-form result the finders cached, as if the process had seen no
 * text yet (the dictionary stays loaded). For measuring speed on new text, and for tests.
 */
export function clearWordCaches(): void {
  for (const cache of WORD_CACHES) cache.clear();
}

/** The dictionary directory shipped in the `az` package. */
function dictionaryDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('az/package.json')), 'dicts');
}

/**
 * Loads the OpenCorpora dictionary once (about 150 ms) and returns the shared analyzer.
 * @example const morph = await loadMorph(); morph.lemmas('Новгороде') // ['новгород']
 */
export function loadMorph(): Promise<Morph> {
  if (loading === null) {
    installFastDawgLookup();
    loading = new Promise<Morph>((resolve, reject) => {
      Az.Morph.init(dictionaryDirectory(), (error: unknown) => {
        if (error) reject(new Error('morph: cannot load the OpenCorpora dictionary', { cause: error }));
        else {
          const tag = analyzeWord('я')[0]?.tag;
          if (tag !== undefined) memoizeTagMethods(tag);
          readParadigmEndings(dictionaryDirectory());
          resolve(createMorph());
        }
      });
    });
  }
  return loading;
}

const NON_GRAMMEME_KEYS = new Set(['POS', 'CAse', 'NMbr', 'GNdr', 'ext', 'stat', 'flex']);

// az shares one tag object among all the forms with the same grammemes: read each tag once.
const GRAMMEMES = new WeakMap<object, ReadonlySet<string>>();

function readGrammemes(parse: AzParse): ReadonlySet<string> {
  const cached = GRAMMEMES.get(parse.tag);
  if (cached !== undefined) return cached;
  const tags = new Set<string>();
  for (const key of Object.keys(parse.tag)) {
    if (parse.tag[key] === true && !NON_GRAMMEME_KEYS.has(key)) tags.add(key);
  }
  GRAMMEMES.set(parse.tag, tags);
  return tags;
}

/** Keeps the capitalization pattern of `model` on `word`: «МПА» → upper, «Андрея» → title. */
export function matchCapitalization(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  // Hyphenated parts are capitalized one by one: «Ханты-Мансийска» → «Ханты-Мансийск».
  const modelParts = model.split('-');
  const wordParts = word.split('-');
  return wordParts
    .map((part, i) => {
      const m = modelParts[Math.min(i, modelParts.length - 1)] ?? '';
      const first = m[0];
      if (first !== undefined && first !== first.toLowerCase()) return part.charAt(0).toUpperCase() + part.slice(1);
      return part;
    })
    .join('-');
}

/**
 * A reading, holding az's parse for inflection and its inflections in private fields: fields of the
 * object, not entries of a WeakMap, which the garbage collector walks far more slowly.
 */
class Reading implements MorphParse {
  readonly lemma: string;
  readonly pos: string | null;
  readonly tags: ReadonlySet<string>;
  readonly score: number;
  readonly known: boolean;
  readonly #source: AzParse;
  #forms: Map<string, string | null> | undefined;
  /** The {@link wordCacheEpoch} the inflections were made in: a reading kept for good forgets them too. */
  #formsEpoch = 0;

  constructor(lemma: string, source: AzParse) {
    this.lemma = lemma;
    this.pos = typeof source.tag.POS === 'string' ? source.tag.POS : null;
    this.tags = readGrammemes(source);
    this.score = source.score;
    this.known = source.parser === 'Dictionary';
    this.#source = source;
  }

  /** The form with the grammemes replaced, cached per grammemes; null when az cannot build it. */
  inflect(grammemes: string[]): string | null {
    if (this.#forms === undefined || this.#formsEpoch !== wordCacheEpoch) {
      this.#forms = new Map();
      this.#formsEpoch = wordCacheEpoch;
    }
    const key = grammemes.join(',');
    const cached = this.#forms.get(key);
    if (cached !== undefined) return cached;
    const inflected = this.#source.inflect(grammemes);
    // az answers false, or a parse without a word, when it cannot build the form.
    const form = inflected === false || typeof inflected?.word !== 'string' ? null : inflected.word;
    this.#forms.set(key, form);
    return form;
  }
}

/** How many times {@link clearWordCaches} ran: caches kept on long-lived objects check it. */
let wordCacheEpoch = 0;
registerWordCache({
  clear: () => {
    wordCacheEpoch++;
  },
});

/** Whether a word is written in capitals («ТЕХНОЛОГИИ»): most words fail on their second letter. */
function shouting(word: string): boolean {
  if (word.length < 2) return false;
  const second = word.charCodeAt(1);
  if ((second >= 0x430 && second <= 0x44f) || (second >= 0x61 && second <= 0x7a)) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function createMorph(): Morph {
  const cache = registerWordCache(new Map<string, MorphParse[]>());
  const lemmaCache = registerWordCache(new Map<string, string[]>());

  // az is case-sensitive: the dictionary holds proper names capitalized («Андрея» is a Name,
  // «андрея» is a guess), so forms are looked up as written and cached as written.
  const lookUp = (word: string): AzParse[] => {
    const found = analyzeWord(word);
    if (!shouting(word) || found.some((p) => p.parser === 'Dictionary')) return found;
    // A word in capitals in a heading («ТЕХНОЛОГИИ») is read as the word it spells, if the
    // dictionary knows it (else az's guesses for it are not wanted, nor made).
    return analyzeKnownWord(word.charAt(0) + word.slice(1).toLowerCase()) ?? found;
  };

  // Readings of the reference data's word forms, kept when the word caches are emptied.
  const retained = new Map<string, MorphParse[]>();

  const parse = (word: string): MorphParse[] => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    // A retained form goes into the cache too, so that it is found by one lookup next time.
    const parses = retained.get(word) ?? analyze(word);
    cache.set(word, parses);
    return parses;
  };

  const analyze = (word: string): MorphParse[] => {
    const key = word.toLowerCase();
    const hyphen = key.lastIndexOf('-');
    const parses: MorphParse[] = [];
    for (const p of lookUp(word)) {
      // Latin and numbers come back without a normal form: the word is its own lemma.
      let lemma: string = lemmaOf(p) ?? key;
      // az's hyphen-word guesser returns only the last part's lemma («Нур-Султане» → «султан»).
      if (hyphen > 0 && !lemma.includes('-')) lemma = `${key.slice(0, hyphen)}-${lemma}`;
      parses.push(new Reading(lemma, p));
    }
    return parses;
  };

  const retain = (words: Iterable<string>): void => {
    for (const word of words) if (!retained.has(word)) retained.set(word, cache.get(word) ?? analyze(word));
  };

  const lemmas = (word: string): string[] => {
    const cached = lemmaCache.get(word);
    if (cached !== undefined) return cached;
    const seen: string[] = [];
    for (const p of parse(word)) {
      const lemma = p.lemma.includes('ё') ? p.lemma.replace(/ё/g, 'е') : p.lemma;
      if (!seen.includes(lemma)) seen.push(lemma);
    }
    lemmaCache.set(word, seen);
    return seen;
  };

  // Inflection walks the dictionary again: each reading caches it per grammemes.
  const inflect = (_word: string, reading: MorphParse, grammemes: string[]): string | null =>
    reading instanceof Reading ? reading.inflect(grammemes) : null;

  const toNominative = (word: string, reading?: MorphParse): string => {
    const r = reading ?? parse(word)[0];
    if (r === undefined || r.tags.has('nomn') || r.tags.has('Fixd')) return word;
    const grammemes = ['nomn', r.tags.has('plur') ? 'plur' : 'sing'];
    // Adjectives keep their gender («Постоянной» → «Постоянная», not the masculine lemma).
    const gender = ['masc', 'femn', 'neut'].find((g) => r.tags.has(g));
    if (r.pos === 'ADJF' && gender !== undefined && !r.tags.has('plur')) grammemes.push(gender);
    let form = inflect(word, r, grammemes) ?? inflect(word, r, ['nomn']);
    if (form === null) return word;
    // az inflects only the last part of an unknown hyphenated word («Нур-Султане» → «султан»).
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && !form.includes('-')) form = `${word.slice(0, hyphen + 1).toLowerCase()}${form}`;
    return matchCapitalization(word, restoreYo(word, form));
  };

  // Paradigms depend only on the dictionary: each lemma's forms are made once per process.
  const paradigmForms = new Map<string, string[]>();
  const formsOf = (lemma: string, guesses = false): readonly string[] => {
    const memoKey = `${guesses ? '+' : '-'}${lemma}`;
    let forms = paradigmForms.get(memoKey);
    if (forms === undefined) {
      forms = makeFormsOf(lemma, guesses);
      paradigmForms.set(memoKey, forms);
    }
    return forms;
  };

  const makeFormsOf = (lemma: string, guesses: boolean): string[] => {
    const key = lemma.toLowerCase().replace(/ё/g, 'е');
    const forms = new Set<string>([key]);
    const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
    // Written with a capital, the lemma finds both ordinary words and proper names (az finds a
    // proper name only when the word is capitalized).
    const capitalized = key.charAt(0).toUpperCase() + key.slice(1);
    const readings = guesses ? [...analyzeWord(capitalized), ...analyzeWord(key)] : analyzeWord(capitalized);
    for (const p of readings) {
      if ((p.parser !== 'Dictionary' && !guesses) || typeof p.formCnt !== 'number') continue;
      const normal = p.normalize();
      if (!normal || fold(String(normal)) !== key) continue;
      for (let f = 0; f < p.formCnt; f++) {
        const form = p.inflect(f);
        if (form) forms.add(fold(String(form)));
      }
    }
    // A hyphenated word the dictionary lacks is read as its last part: «пресс-секретаря».
    const hyphen = key.lastIndexOf('-');
    if (hyphen > 0)
      for (const f of formsOf(key.slice(hyphen + 1), guesses)) forms.add(`${key.slice(0, hyphen + 1)}${f}`);
    return [...forms];
  };

  return {
    parse,
    lemmas,
    formsOf,
    hasGrammeme: (word, grammeme, minScore = 0) => parse(word).some((p) => p.tags.has(grammeme) && p.score >= minScore),
    inflect,
    toNominative,
    retain,
  };
}

/** az writes «ё» in forms; the text usually writes «е». Keep the text's habit. */
function restoreYo(original: string, form: string): string {
  return original.toLowerCase().includes('ё') ? form : form.replace(/ё/g, 'е');
}
