/**
 * @module extract/places
 * Cities, regions and countries in text, in any case and of several words («в Великом Новгороде»,
 * «Ростова-на-Дону», «Республике Дагестан»), normalized to the gazetteer's nominative name with
 * the type and, for a city, its region and country. A city the gazetteer lacks is still found
 * from its context: «в городе N», «г. N», «мэрия N»; a foreign region after «штат», «провинция».
 */
import type { PlaceType, PlaceValue } from '../../domain/index.js';
import { foldName, type GazetteerEntry, type ReferenceData } from '../../reference/index.js';
import type { Token } from '../../text/index.js';
import {
  addKeyLemmas,
  capitalized,
  cueForms,
  isCommonWord,
  isUpperCase,
  type Match,
  matchNamesAt,
  matchOver,
  type NameMatch,
  PROPER_GRAMMEMES,
  startsSentence,
  tokenKeys,
  tokensOf,
} from '../match.js';

export interface FindPlacesOptions {
  /** Also find adjectives of places («российских», «московского»), as NEREL marks them. Off for events. */
  adjectives?: boolean;
  /** Tokens of `text`, when the caller has them already. */
  tokens?: readonly Token[];
}

/** Nouns after which an adjective of a country names no place: a language, a cuisine. */
const NOT_PLACE_NOUNS = new Set(['язык', 'кухня', 'литература', 'алфавит', 'перевод', 'словарь']);
/** Prepositions after which a capitalized word is a place rather than a person: «в Артёме», «из Владимира». */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'под', 'около', 'близ', 'возле', 'до']);

function placeContextBefore(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || before.kind !== 'word') return false;
  if (PLACE_PREPOSITIONS.has(before.norm)) return true;
  return morph.lemmas(before.text).some((l) => CITY_CONTEXT.has(l)) || before.norm === 'г';
}

const TYPE_RANK: Record<PlaceType, number> = { country: 0, region: 1, city: 2 };

/** Words after which a capitalized name is a city: «в городе Тюмени», «г. Грозного», «мэрия Казани». */
const CITY_CONTEXT = new Set(['город', 'г', 'гор', 'столица', 'мэрия', 'мэр', 'градоначальник', 'горсовет']);
/** Words after which a capitalized name is a region: «штат Колорадо», «провинция Сычуань». */
const REGION_CONTEXT = new Set([
  'штат',
  'провинция',
  'земля',
  'графство',
  'префектура',
  'кантон',
  'воеводство',
  'эмират',
]);
/** Nouns after an adjective that make a region: «Гегаркуникской области», «Приморского края». */
const REGION_NOUNS = new Set(['область', 'край', 'губерния', 'воеводство']);
addKeyLemmas([...CITY_CONTEXT, ...REGION_CONTEXT]);

function placeValue(entry: GazetteerEntry, name: string): PlaceValue {
  const value: PlaceValue = { name, type: entry.type, id: entry.id };
  if (entry.region !== undefined && entry.region !== entry.name) value.region = entry.region;
  if (entry.country !== undefined) value.country = entry.country;
  return value;
}

function better(a: NameMatch<GazetteerEntry>, b: NameMatch<GazetteerEntry>): boolean {
  if (a.last - a.first !== b.last - b.first) return a.last - a.first > b.last - b.first;
  const ra = TYPE_RANK[a.name.value.type];
  const rb = TYPE_RANK[b.name.value.type];
  if (ra !== rb) return ra < rb;
  // Of two namesakes, the Russian one (the documents are Russian municipal news).
  return a.name.value.country === 'Россия' && b.name.value.country !== 'Россия';
}

/**
 * @example findPlaces('в Великом Новгороде', ref)[0].value // { name: 'Великий Новгород', type: 'city', … }
 */
export function findPlaces(text: string, ref: ReferenceData, options: FindPlacesOptions = {}): Match<PlaceValue>[] {
  const { morph, places } = ref;
  const tokens = options.tokens ?? tokensOf(text);
  const matches: Match<PlaceValue>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    let best: NameMatch<GazetteerEntry> | undefined;
    for (const m of matchNamesAt(morph, tokens, i, places.names)) {
      if (!acceptable(ref, tokens, m, options)) continue;
      if (best === undefined || better(m, best)) best = m;
    }
    if (best !== undefined) {
      const entry = best.name.value;
      const name = best.name.former ? formerName(ref, tokens, best) : entry.name;
      const context = contextPlace(ref, tokens, i);
      // «в городе Алжире»: the context says which of two namesakes is meant.
      const typed = context?.type === 'city' && entry.type !== 'city' ? namesake(ref, entry, 'city') : undefined;
      matches.push(matchOver(text, tokens, best.first, best.last, placeValue(typed ?? entry, typed?.name ?? name)));
      i = best.last - 1;
      continue;
    }
    const found = contextPlace(ref, tokens, i);
    if (found !== undefined) {
      matches.push(matchOver(text, tokens, found.first, found.last, found.value));
      i = found.last - 1;
    }
  }
  return matches;
}

function namesake(ref: ReferenceData, entry: GazetteerEntry, type: PlaceType): GazetteerEntry | undefined {
  return ref.places.byName.get(foldName(entry.name))?.find((e) => e.type === type);
}

/** A former name as the text writes it, in the nominative («Нур-Султане» → «Нур-Султан»). */
function formerName(ref: ReferenceData, tokens: readonly Token[], m: NameMatch<GazetteerEntry>): string {
  if (m.last - m.first === 1)
    return ref.morph.toNominative(tokens[m.first]!.text, geoReading(ref, tokens[m.first]!.text));
  return m.name.form;
}

function geoReading(ref: ReferenceData, word: string) {
  const parses = ref.morph.parse(word);
  return parses.find((p) => p.tags.has('Geox')) ?? parses.find((p) => p.pos === 'NOUN') ?? parses[0];
}

function acceptable(
  ref: ReferenceData,
  tokens: readonly Token[],
  m: NameMatch<GazetteerEntry>,
  options: FindPlacesOptions,
): boolean {
  const { morph } = ref;
  const first = tokens[m.first]!;
  if (m.name.lowercase) {
    if (!options.adjectives) return false;
    // «английский язык», «итальянская кухня» name a language or a cuisine, not the country.
    const next = tokens[m.last];
    return !(next !== undefined && next.kind === 'word' && morph.lemmas(next.text).some((l) => NOT_PLACE_NOUNS.has(l)));
  }
  if (m.name.abbreviation) return true;
  const shouting = isUpperCase(first.text) && first.text.length >= 4;
  if (!capitalized(first) && !shouting) {
    // «в республике Дагестан»: a common first word may be lower case if a later word is a capitalized name.
    const later = tokens.slice(m.first + 1, m.last).some((t) => capitalized(t));
    if (!later || !isCommonWord(morph, first.text)) return false;
  }
  if (m.last - m.first > 1) return true;
  // One word: mind names that are also ordinary words («Мир», «Бор»), and surnames («Сергея Кирова»).
  const parses = morph.parse(first.text);
  const geographic = parses.some((p) => p.tags.has('Geox'));
  if (startsSentence(tokens, m.first) && !geographic && isCommonWord(morph, first.text, 0.3)) return false;
  // «Орёл расправил крылья»: at a sentence start the likelier ordinary reading wins.
  if (startsSentence(tokens, m.first) && geographic) {
    const geoScore = parses.filter((p) => p.tags.has('Geox')).reduce((sum, p) => sum + p.score, 0);
    const ordinary = parses
      .filter((p) => p.known && !PROPER_GRAMMEMES.some((g) => p.tags.has(g)))
      .reduce((sum, p) => sum + p.score, 0);
    if (ordinary > geoScore) return false;
  }
  // «Владимировичу»: a patronymic, whose lemma az gives as the first name (= the city Владимир).
  if (morph.parse(first.text).some((p) => p.known && p.tags.has('Patr'))) return false;
  // «Дж.Коми», «А. Киров»: a word after an initial is a surname.
  const dot = tokens[m.first - 1];
  const initial = tokens[m.first - 2];
  if (dot?.text === '.' && initial !== undefined && /^\p{Lu}\p{Ll}?$/u.test(initial.text) && initial.end === dot.start)
    return false;
  const surname = parses.some((p) => p.tags.has('Surn') || p.tags.has('Name'));
  if (surname) {
    const before = tokens[m.first - 1];
    const after = tokens[m.first + 1];
    const isFirstName = (t: Token | undefined) =>
      t !== undefined &&
      capitalized(t) &&
      t.kind === 'word' &&
      morph.parse(t.text).some((p) => p.known && (p.tags.has('Name') || p.tags.has('Patr')));
    const isInitial = (t: Token | undefined, dot: Token | undefined) =>
      t !== undefined && t.text.length === 1 && capitalized(t) && dot?.text === '.';
    if (isFirstName(before) || isFirstName(after)) return false;
    // «Владимир Квачков», «Артём Дзюба»: a place that is also a first name, before a capitalized surname.
    const firstName = parses.some((p) => p.known && p.tags.has('Name'));
    const surnameAfter =
      after !== undefined &&
      after.kind === 'word' &&
      capitalized(after) &&
      !after.lineBefore &&
      !morph.parse(after.text).some((p) => p.tags.has('Geox')) &&
      (morph.parse(after.text).some((p) => p.tags.has('Surn')) || !morph.parse(after.text).some((p) => p.known));
    if (firstName && surnameAfter) return false;
    // «Артём», «Владимир», «Чайковского»: a place named like a person, read as the person unless a
    // preposition of place or a city word stands before it.
    const personalScore = parses.filter((p) => p.known && p.tags.has('Name')).reduce((s, p) => s + p.score, 0);
    const geoScore = parses.filter((p) => p.tags.has('Geox')).reduce((s, p) => s + p.score, 0);
    if (personalScore > 0 && personalScore >= geoScore && !placeContextBefore(morph, tokens, m.first)) return false;
    if (tokens[m.first - 1]?.text === '.' && isInitial(tokens[m.first - 2], tokens[m.first - 1])) return false;
  }
  return true;
}

interface ContextPlace {
  first: number;
  last: number;
  value: PlaceValue;
  type: PlaceType;
}

/** A capitalized name (one word, or a hyphenated one) read in the nominative. */
function properName(
  ref: ReferenceData,
  tokens: readonly Token[],
  i: number,
): { last: number; name: string } | undefined {
  const token = tokens[i];
  if (token === undefined || token.kind !== 'word' || !capitalized(token) || token.text.length < 2) return undefined;
  if (isUpperCase(token.text)) return undefined;
  let last = i + 1;
  const words = [token];
  // «Сан-Ладзаро-ди-Савена», «Понте Сан Пьетро»: a second capitalized word belongs to the name.
  const next = tokens[last];
  if (
    next !== undefined &&
    next.kind === 'word' &&
    capitalized(next) &&
    !next.lineBefore &&
    ref.morph.parse(next.text).every((p) => !p.known || p.tags.has('Geox'))
  ) {
    words.push(next);
    last++;
  }
  const name = words.map((w) => ref.morph.toNominative(w.text, geoReading(ref, w.text))).join(' ');
  return { last, name };
}

function contextPlace(ref: ReferenceData, tokens: readonly Token[], i: number): ContextPlace | undefined {
  const token = tokens[i]!;
  const { morph } = ref;
  if (!capitalized(token)) return undefined;
  // «штат Колорадо», «провинции Сычуань»
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const prevIsDot = prev?.text === '.';
  const triggerToken = tokens[prevIsDot ? i - 2 : i - 1];
  const keys = triggerToken === undefined || triggerToken.kind !== 'word' ? EMPTY : tokenKeys(morph, triggerToken);
  if (hasAny(keys, REGION_CONTEXT)) {
    const name = properName(ref, tokens, i);
    if (name === undefined) return undefined;
    const known = ref.places.byName.get(foldName(name.name))?.find((e) => e.type === 'region');
    const value: PlaceValue = known ? placeValue(known, known.name) : { name: name.name, type: 'region' };
    return { first: i, last: name.last, value, type: 'region' };
  }
  if (hasAny(keys, CITY_CONTEXT) && !(prevIsDot && !['г', 'гор'].includes(tokens[i - 2]?.norm ?? ''))) {
    const name = properName(ref, tokens, i);
    if (name === undefined) return undefined;
    // After «мэр», «глава»: only a name the dictionary knows as a place; a person may follow.
    const geographic = morph.parse(token.text).some((p) => p.tags.has('Geox'));
    const personal = morph.parse(token.text).some((p) => p.known && (p.tags.has('Name') || p.tags.has('Surn')));
    if (personal && !geographic) return undefined;
    if (isCommonWord(morph, token.text, 0.3) && !geographic) return undefined;
    const known = ref.places.byName.get(foldName(name.name))?.find((e) => e.type === 'city');
    const value: PlaceValue = known ? placeValue(known, known.name) : { name: name.name, type: 'city' };
    return { first: i, last: name.last, value, type: 'city' };
  }
  // A place the gazetteer lacks but the dictionary knows as one («в Болонье», «из Дувра»), or an
  // unknown capitalized word after a preposition of place («в Портапике»): a city.
  const next = tokens[i + 1];
  const prepositionBefore = prev !== undefined && PLACE_PREPOSITIONS.has(prev.norm);
  const nameFollows = next !== undefined && next.kind === 'word' && capitalized(next) && !next.lineBefore;
  if (prepositionBefore && !nameFollows && !isUpperCase(token.text) && /^\p{Script=Cyrillic}/u.test(token.text)) {
    const readings = morph.parse(token.text);
    const known = readings.filter((p) => p.known);
    const geox = known.find((p) => p.tags.has('Geox') && p.score >= 0.3 && p.pos === 'NOUN');
    const personal = known.some((p) => p.tags.has('Name') || p.tags.has('Surn') || p.tags.has('Patr'));
    const notCity = morph.lemmas(token.text).some((l) => ref.places.notCities.has(l));
    if (personal || notCity) return undefined;
    if (geox !== undefined && !REGION_NOUNS.has(next?.norm ?? '')) {
      const name = properName(ref, tokens, i);
      if (name !== undefined)
        return { first: i, last: name.last, value: { name: name.name, type: 'city' }, type: 'city' };
    }
    if (known.length === 0 && /[еаиу]$/u.test(token.text) && readings.some((p) => p.pos === 'NOUN')) {
      const name = properName(ref, tokens, i);
      if (name !== undefined)
        return { first: i, last: name.last, value: { name: name.name, type: 'city' }, type: 'city' };
    }
  }
  // «Гегаркуникской области», «Приморского края»: a capitalized adjective before a region noun.
  if (
    next !== undefined &&
    next.kind === 'word' &&
    cueForms(morph, REGION_NOUNS).has(next.norm) &&
    capitalized(token) &&
    !startsSentence(tokens, i)
  ) {
    const noun = morph.parse(next.text).find((p) => REGION_NOUNS.has(p.lemma));
    const adjective = morph
      .parse(token.text)
      .find((p) => p.pos === 'ADJF' && noun !== undefined && sameCase(p.tags, noun.tags));
    if (noun !== undefined && adjective !== undefined) {
      const gender = noun.lemma === 'край' ? 'masc' : noun.lemma === 'воеводство' ? 'neut' : 'femn';
      const adjectiveForm = morph.inflect(token.text, adjective, ['nomn', 'sing', gender]) ?? adjective.lemma;
      const name = `${capitalize(adjectiveForm)} ${noun.lemma}`;
      const listed = ref.places.byName.get(foldName(name))?.[0];
      const value: PlaceValue = listed ? placeValue(listed, listed.name) : { name, type: 'region' };
      return { first: i, last: i + 2, value, type: 'region' };
    }
  }
  return undefined;
}

const EMPTY: ReadonlySet<string> = new Set();
function hasAny(keys: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const k of keys) if (wanted.has(k)) return true;
  return false;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'loc2', 'gen2'];
function sameCase(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return CASES.some((c) => a.has(c) && b.has(c)) && (a.has('plur') === b.has('plur') || !a.has('plur'));
}

function capitalize(word: string): string {
  return word
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-')
    .replace(/ё/g, 'е');
}
