/**
 * az's analysis of a word the dictionary knows, without az's general pipeline. `Az.Morph` runs a
 * list of parsers, copies its options on every call and scores each reading by a lookup of
 * «form:tag» in the table of tag probabilities; for a dictionary word only the dictionary parser
 * answers, so this runs that parser alone and scores its readings the way az does — the same
 * readings, scores and order — walking the form once for all of its tags. Other words (unknown
 * to the dictionary, single letters that may be initials) go through all of az's parsers
 * (`guess-analysis.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AzParse } from 'az';
import Az from 'az';
import { intValueAt, loadedDawg, walkKey } from './dawg-lookup.js';
import { type AnalysisOptions, analyzeByAllParsers, dictionaryParseClass, sortByScore } from './guess-analysis.js';

/**
 * az's default options with stutter off: az reads «ннет» as «нет» by default (stutter: Infinity),
 * which walks the dictionary along every doubled letter of every word. Edited text has no stutter,
 * and the walk was most of a lookup's cost.
 */
const OPTIONS: AnalysisOptions = { ignoreCase: false, replacements: { е: 'ё' }, stutter: 0, typos: 0 };

/** The table of tag probabilities az scores dictionary readings by. */
const PROBABILITIES = 'p_t_given_w.intdawg';

type Parser = (word: string, options: typeof OPTIONS) => AzParse[];

/**
 * `Az.Morph(word, OPTIONS)`, faster for dictionary words.
 * @example analyzeWord('стали').length // 5
 */
export function analyzeWord(word: string): AzParse[] {
  return scoredDictionaryReadings(word) ?? analyzeByAllParsers(word, OPTIONS);
}

/**
 * {@link analyzeWord} for a word the dictionary knows; null for any other word, whose analysis
 * has no dictionary reading and is not made.
 */
export function analyzeKnownWord(word: string): AzParse[] | null {
  const parses = scoredDictionaryReadings(word);
  if (parses !== null) return parses;
  // The dictionary parser alone answers for any other word, once az has loaded the probabilities.
  if (!mayBeInitial(word) && loadedDawg(PROBABILITIES) !== undefined) return null;
  const all = analyzeByAllParsers(word, OPTIONS);
  return all.some((p) => p.parser === 'Dictionary') ? all : null;
}

/** A single letter may also be an initial, which parsers other than the dictionary's read. */
function mayBeInitial(word: string): boolean {
  return word.length < 2;
}

/** az's readings of a word the dictionary knows, scored; null for a word it lacks or a possible initial. */
function scoredDictionaryReadings(word: string): AzParse[] | null {
  const probabilities = loadedDawg(PROBABILITIES);
  if (mayBeInitial(word) || probabilities === undefined) return null;
  const dictionary = (Az.Morph as unknown as { Parsers: { Dictionary: Parser } }).Parsers.Dictionary;
  const parses = dictionary(word, OPTIONS);
  if (parses.length === 0) return null;
  let total = 0;
  let form = '';
  let formNode = -1;
  for (const parse of parses) {
    parse.parser = 'Dictionary';
    // Readings of one form follow each other: the form and «:» are walked once.
    const written = String(parse);
    if (written !== form) {
      form = written;
      formNode = walkKey(probabilities, written, 0);
      if (formNode >= 0) formNode = walkKey(probabilities, ':', formNode);
    }
    const node = formNode < 0 ? -1 : walkKey(probabilities, String(parse.tag), formNode);
    const value = node < 0 ? undefined : intValueAt(probabilities, node);
    if (value !== undefined) {
      // As az computes it: the probability per million, times 0.3^0 for no typos or stutter.
      parse.score = (value / 1000000) * 1;
      total += parse.score;
    }
  }
  if (total > 0) for (const parse of parses) parse.score /= total;
  return sortByScore(parses);
}

/** az's paradigm prefixes, by the number a paradigm stores. */
const PARADIGM_PREFIXES = ['', 'по', 'наи'];
/** az's table of paradigm endings (`suffixes.json`), by the number a paradigm stores. */
let paradigmEndings: readonly string[] | undefined;

/** Reads the table of paradigm endings az loaded from the dictionary directory, for {@link lemmaOf}. */
export function readParadigmEndings(directory: string): void {
  paradigmEndings = JSON.parse(readFileSync(join(directory, 'suffixes.json'), 'utf8')) as string[];
}

/** What {@link lemmaOf} reads of az's DictionaryParse. */
interface DictionaryReading {
  word: string;
  paradigm: ArrayLike<number>;
  formCnt: number;
  formIdx: number;
}

/**
 * The normal form of a reading, `parse.normalize()?.word`, without making the normal form's
 * reading: for a dictionary reading it is the stem between the form's prefix and ending, with the
 * paradigm's first prefix and ending (as az's `DictionaryParse.inflect(0)` builds it).
 * @example lemmaOf(analyzeWord('стали')[0]!) // 'стать'
 */
export function lemmaOf(parse: AzParse): string | undefined {
  if (paradigmEndings === undefined || parse.constructor !== dictionaryParseClass()) return parse.normalize()?.word;
  const { word, paradigm, formCnt, formIdx } = parse as unknown as DictionaryReading;
  const stemStart = PARADIGM_PREFIXES[paradigm[(formCnt << 1) + formIdx]!]!.length;
  const stemEnd = word.length - paradigmEndings[paradigm[formIdx]!]!.length;
  return (
    PARADIGM_PREFIXES[paradigm[formCnt << 1]!]! + word.substring(stemStart, stemEnd) + paradigmEndings[paradigm[0]!]!
  );
}
