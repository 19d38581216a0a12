/**
 * Inflection of a noun phrase's head: the leading adjectives and the head noun agree, the rest of
 * the phrase (genitive chains, «по …» complements, quoted names) does not change. That is how a name
 * goes to the nominative («Постоянной комиссией МПА СНГ» → «Постоянная комиссия МПА СНГ») and how
 * an expansion goes into the genitive inside a longer name («Государственная Дума» → «Государственной Думы»).
 */
import { type Morph, type MorphParse, matchCapitalization } from '../../morph/index.js';
import { nameWords } from '../../reference/index.js';

export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];

const ALL_CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2'];
const caseOf = (p: MorphParse) => ALL_CASES.find((c) => p.tags.has(c));
const genderOf = (p: MorphParse) => ['masc', 'femn', 'neut'].find((g) => p.tags.has(g));
const numberOf = (p: MorphParse) => (p.tags.has('plur') ? 'plur' : 'sing');
const isAdjective = (p: MorphParse) => p.pos === 'ADJF' || p.pos === 'PRTF';

/** Whether an adjective reading agrees with a noun reading in case, number and (in the singular) gender. */
export function agrees(adjective: MorphParse, noun: MorphParse): boolean {
  const c = caseOf(noun);
  if (c === undefined || !adjective.tags.has(c)) return false;
  if (numberOf(adjective) !== numberOf(noun)) return false;
  if (numberOf(noun) === 'plur') return true;
  const g = genderOf(noun);
  return g === undefined || noun.tags.has('GNdr') || adjective.tags.has(g);
}

export interface HeadReading {
  /** Number of leading words (adjectives and the head noun) that agree. */
  length: number;
  readings: MorphParse[];
}

/**
 * Finds the head of a phrase: up to four agreeing adjectives then a noun. Returns null when the
 * phrase does not open with a noun group.
 */
export function readHead(
  morph: Morph,
  words: readonly string[],
  wantCase?: string,
  isHead?: (lemma: string) => boolean,
): HeadReading | null {
  for (let h = 0; h < Math.min(words.length, 5); h++) {
    // «Красной армии»: «красная» is a noun too, but not the head the caller looks for.
    for (const noun of morph.parse(words[h]!)) {
      if (noun.pos !== 'NOUN' || (wantCase !== undefined && !noun.tags.has(wantCase))) continue;
      if (isHead !== undefined && !isHead(noun.lemma.includes('ё') ? noun.lemma.replace(/ё/g, 'е') : noun.lemma))
        continue;
      const readings: MorphParse[] = [];
      let ok = true;
      for (let a = 0; a < h; a++) {
        const adjective = morph.parse(words[a]!).find((p) => isAdjective(p) && agrees(p, noun));
        if (adjective === undefined) {
          ok = false;
          break;
        }
        readings.push(adjective);
      }
      if (ok) return { length: h + 1, readings: [...readings, noun] };
    }
    // Only adjectives may stand before the head.
    if (!morph.parse(words[h]!).some(isAdjective)) return null;
  }
  return null;
}

/**
 * The phrase with its head group put in `target` case (and `number`, when given); words after the
 * head stay as written.
 * @example inflectPhrase(morph, 'Постоянной комиссией МПА СНГ', 'nomn') // 'Постоянная комиссия МПА СНГ'
 */
export function inflectPhrase(
  morph: Morph,
  phrase: string,
  target: Case,
  isHead?: (lemma: string) => boolean,
  number?: 'sing' | 'plur',
): string {
  const words = nameWords(phrase);
  const head = (isHead && readHead(morph, words, undefined, isHead)) || readHead(morph, words);
  if (head === null) return phrase;
  const noun = head.readings[head.length - 1]!;
  if (noun.tags.has('Fixd') && head.length === 1) return phrase;
  const plural = number === undefined ? noun.tags.has('plur') && !noun.tags.has('Pltm') : number === 'plur';
  const gender = genderOf(noun);
  let out = '';
  let cursor = 0;
  for (let k = 0; k < head.length; k++) {
    const word = words[k]!;
    const at = phrase.indexOf(word, cursor);
    const reading = head.readings[k]!;
    const grammemes: string[] = [target, plural ? 'plur' : 'sing'];
    if (k < head.length - 1 && !plural && gender !== undefined) grammemes.push(gender);
    // A word already in the target case stays as written (az inflects ordinals badly: «Первый» → «один»).
    const already = reading.tags.has(target) && (reading.tags.has('plur') === plural || reading.pos !== 'NOUN');
    let form = already
      ? word.toLowerCase()
      : (morph.inflect(word, reading, grammemes) ?? morph.inflect(word, reading, [target]));
    if (form === null) form = word.toLowerCase();
    // az writes «ё» in forms; names are written with «е» unless the text had «ё».
    if (!word.toLowerCase().includes('ё')) form = form.replace(/ё/g, 'е');
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && !form.includes('-')) form = `${word.slice(0, hyphen + 1).toLowerCase()}${form}`;
    out += phrase.slice(cursor, at) + matchCapitalization(word, form);
    cursor = at + word.length;
  }
  return out + phrase.slice(cursor);
}
