/**
 * az's analysis of a word its dictionary parser alone cannot answer for — a word the dictionary
 * lacks, or a single letter that may be an initial — with az's own parsers, in az's order and
 * with az's scoring, so the readings are the same as `Az.Morph(word, OPTIONS)` gives. Two costs of
 * `Az.Morph` are cut: it rebuilds its options and re-reads its parser list on every call, and its
 * suffix predictor (`SuffixKnown`, most of the cost of guessing an unknown word) decodes the
 * prediction DAWG's entries for a suffix and tests each entry's tag anew for every word. Here the
 * productive entries of each suffix are decoded once and kept (`PREDICTIONS`): they depend only on
 * the dictionary, like a table made at load, and a text's unknown words share a few thousand
 * suffixes.
 */
import type { AzParse, AzTag } from 'az';
import Az from 'az';
import { type AzDawg, loadedDawg } from './dawg-lookup.js';

/** The options munical reads words with (see `dictionary-analysis.ts`). */
export interface AnalysisOptions {
  ignoreCase: false;
  replacements: { е: string };
  stutter: 0;
  typos: 0;
}

type Parser = (word: string, config: object) => AzParse[];

interface AzInternals {
  Parsers: Record<string, Parser>;
}

/**
 * az 0.2's default parser list (`Az.Morph`'s `defaults.parsers`): «?» marks a parser after which
 * az goes on even when it found readings.
 */
const PARSER_LIST = [
  'Dictionary?',
  'AbbrName?',
  'AbbrPatronymic',
  'IntNumber',
  'RealNumber',
  'Punctuation',
  'RomanNumber?',
  'Latin',
  'HyphenParticle',
  'HyphenAdverb',
  'HyphenWords',
  'PrefixKnown',
  'PrefixUnknown?',
  'SuffixKnown?',
  'Abbr',
];

const PARSERS = PARSER_LIST.map((entry) => ({
  name: entry.endsWith('?') ? entry.slice(0, -1) : entry,
  terminal: !entry.endsWith('?'),
}));

/** The table of tag probabilities az scores dictionary readings by. */
const PROBABILITIES = 'p_t_given_w.intdawg';

/** az's paradigm prefixes, whose suffix predictors are `prediction-suffixes-<i>.dawg`. */
const PARADIGM_PREFIXES = ['', 'по', 'наи'];
/** az's weights of a predicted reading by the length of the suffix it was predicted from. */
const SUFFIX_WEIGHTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

/**
 * `Az.Morph(word, options)` for any word, with az's default parsers and scoring.
 * @example analyzeByAllParsers('Тиллерсон', OPTIONS)[0]?.parser // 'SuffixKnown'
 */
export function analyzeByAllParsers(word: string, options: AnalysisOptions): AzParse[] {
  const parsers = (Az.Morph as unknown as AzInternals).Parsers;
  // Az.Morph's options: its defaults extended by ours (the parsers read only ours).
  const config = configFor(options);
  let parses: AzParse[] = [];
  let matched = false;
  for (const { name, terminal } of PARSERS) {
    const found = name === 'SuffixKnown' ? predictBySuffix(word, options) : parsers[name]!(word, config);
    for (const p of found) {
      p.parser = name;
      // az counts a reading that corrects no stutter and no typo: with these options, every one.
      matched = true;
    }
    if (found.length > 0) parses = parses.length === 0 ? found : parses.concat(found);
    if (matched && terminal) break;
  }
  let total = 0;
  for (const p of parses) {
    if (p.parser !== 'Dictionary') continue;
    const found = loadedDawg(PROBABILITIES)!.findAll(`${p}:${p.tag}`) as [string, number][];
    if (found?.[0]) {
      // az: the probability per million times 0.3^(stutter + typos), which is 1 here.
      p.score = (found[0][1] / 1000000) * 1;
      total += p.score;
    }
  }
  // az normalizes the dictionary's scores and the guessers' scores apart.
  if (total > 0) for (const p of parses) if (p.parser === 'Dictionary') p.score /= total;
  total = 0;
  for (const p of parses) if (p.parser !== 'Dictionary') total += p.score;
  if (total > 0) for (const p of parses) if (p.parser !== 'Dictionary') p.score /= total;
  return sortByScore(parses);
}

/**
 * Sorts readings by score, most likely first, keeping the order of equal scores, as az's
 * `sort((a, b) => b.score - a.score)` does: a stable sort's order is the only one, so a few readings
 * are sorted in place by insertion, without the work array `Array.prototype.sort` allocates.
 */
export function sortByScore(parses: AzParse[]): AzParse[] {
  if (parses.length > 16 || parses.some((p) => Number.isNaN(p.score))) return parses.sort((a, b) => b.score - a.score);
  for (let i = 1; i < parses.length; i++) {
    const parse = parses[i]!;
    let j = i - 1;
    for (; j >= 0 && parses[j]!.score < parse.score; j--) parses[j + 1] = parses[j]!;
    parses[j + 1] = parse;
  }
  return parses;
}

let lastOptions: AnalysisOptions | undefined;
let lastConfig: object | undefined;

function configFor(options: AnalysisOptions): object {
  if (options !== lastOptions) {
    lastOptions = options;
    lastConfig = { ...options, forceParse: false, normalizeScore: true, parsers: PARSER_LIST };
  }
  return lastConfig!;
}

/** More than any paradigm of az's dictionary has forms: paradigm and form number as one number. */
const FORMS_PER_PARADIGM = 1 << 16;

/** One productive entry of a suffix predictor: a reading of the words that end so. */
interface Prediction {
  /** The suffix as the predictor stores it («е» of the word may be «ё» there). */
  suffix: string;
  count: number;
  paradigm: number;
  form: number;
  /** The reading is of a proper name (az predicts it only for a capitalized word). */
  capitalized: boolean;
}

/** Per predictor and suffix as written: its productive entries, in az's order. */
const PREDICTIONS: Map<string, readonly Prediction[]>[] = PARADIGM_PREFIXES.map(() => new Map());

type DictionaryParseConstructor = new (word: string, paradigm: number, form: number) => AzParse;
let DictionaryParse: DictionaryParseConstructor | undefined;

/** az's DictionaryParse class, taken from a reading of a dictionary word (az does not export it). */
export function dictionaryParseClass(): DictionaryParseConstructor {
  if (DictionaryParse === undefined) {
    const parsers = (Az.Morph as unknown as AzInternals).Parsers;
    const sample = parsers.Dictionary!('я', { ignoreCase: false, replacements: {}, stutter: 0, typos: 0 })[0];
    if (sample === undefined) throw new Error('morph: expected a dictionary reading of «я», got none');
    DictionaryParse = sample.constructor as DictionaryParseConstructor;
  }
  return DictionaryParse;
}

interface TagFlags {
  isProductive(): boolean;
  isCapitalized(): unknown;
}

function predictionsOf(prefix: number, suffix: string, replacements: Record<string, string>): readonly Prediction[] {
  const memo = PREDICTIONS[prefix]!;
  let predictions = memo.get(suffix);
  if (predictions === undefined) {
    const dawg = loadedDawg(`prediction-suffixes-${prefix}.dawg`) as AzDawg;
    const entries = dawg.findAll(suffix, replacements, 0, 0) as [string, [number, number, number][]][];
    const made: Prediction[] = [];
    const DictionaryParse = dictionaryParseClass();
    for (const [written, stats] of entries) {
      for (const [count, paradigm, form] of stats) {
        const tag = new DictionaryParse(written, paradigm, form).tag as AzTag & TagFlags;
        // «Why there is even non-productive forms in suffix DAWGs?» (az): they are skipped.
        if (!tag.isProductive()) continue;
        made.push({ suffix: written, count, paradigm, form, capitalized: !!tag.isCapitalized() });
      }
    }
    predictions = made;
    memo.set(suffix, predictions);
  }
  return predictions;
}

/**
 * az's `SuffixKnown` parser with the options munical uses: readings of an unknown word predicted
 * from the readings of dictionary words that end as it does, longest suffix first (and the suffix
 * one letter shorter than the longest that predicted anything).
 */
function predictBySuffix(written: string, options: AnalysisOptions): AzParse[] {
  if (written.length < 4) return [];
  const isCapitalized =
    written[0]!.toLocaleLowerCase() !== written[0] && written.substr(1).toLocaleUpperCase() !== written.substr(1);
  const word = written.toLocaleLowerCase();
  const DictionaryParse = dictionaryParseClass();
  let parses: AzParse[] = [];
  let minLength = 1;
  // az skips a reading it made before: the same form, paradigm and form number. A form spelled as
  // the word is (no «е» read as «ё») is the word itself, whatever the split: such readings are
  // told apart by numbers alone.
  const usedAsWritten = new Set<number>();
  let usedReplaced: Set<string> | undefined;
  for (let i = 0; i < PARADIGM_PREFIXES.length; i++) {
    const prefix = PARADIGM_PREFIXES[i]!;
    if (prefix.length > 0 && word.substr(0, prefix.length) !== prefix) continue;
    const base = word.substr(prefix.length);
    for (let length = 5; length >= minLength; length--) {
      if (length >= base.length) continue;
      const left = base.substr(0, base.length - length);
      const right = base.substr(base.length - length);
      const predictions = predictionsOf(i, right, options.replacements);
      const found: AzParse[] = [];
      let max = 1;
      for (const p of predictions) {
        if (p.capitalized && !isCapitalized) continue;
        const asWritten = p.suffix === right;
        const number = p.paradigm * FORMS_PER_PARADIGM + p.form;
        const key = asWritten ? '' : `${prefix}${left}${p.suffix}:${number}`;
        if (asWritten ? usedAsWritten.has(number) : usedReplaced?.has(key)) continue;
        max = Math.max(max, p.count);
        const parse = new DictionaryParse(asWritten ? word : prefix + left + p.suffix, p.paradigm, p.form);
        parse.score = p.count * SUFFIX_WEIGHTS[length]!;
        found.push(parse);
        if (asWritten) usedAsWritten.add(number);
        else {
          usedReplaced ??= new Set();
          usedReplaced.add(key);
        }
      }
      if (found.length > 0) {
        for (const parse of found) parse.score /= max;
        parses = parses.concat(found);
        minLength = Math.max(length - 1, 1);
      }
    }
  }
  return parses;
}
