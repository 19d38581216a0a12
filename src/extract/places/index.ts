/**
 * @module extract/places
 * Cities, regions and countries in text, in any case and of several words («в Великом Новгороде»,
 * «Ростова-на-Дону», «Республике Дагестан»), normalized to the gazetteer's nominative name with
 * the type and, for a city, its region and country. A city the gazetteer lacks is still found
 * from its context: «в городе N», «г. N», «мэрия N»; a foreign region after «штат», «провинция».
 */
import type { PlaceType, PlaceValue } from '../../domain/index.js';
import { registerWordCache } from '../../morph/index.js';
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
import { adjectivePlace, compoundAdjectivePlaces } from './derived-adjectives.js';
import { entriesOfUnknownForm } from './unknown-forms.js';

export interface FindPlacesOptions {
  /** Also find adjectives of places («российских», «московского»), as NEREL marks them. Off for events. */
  adjectives?: boolean;
  /** Tokens of `text`, when the caller has them already. */
  tokens?: readonly Token[];
}

/** Nouns after which an adjective of a country names no place: a language, a cuisine. */
const NOT_PLACE_NOUNS = new Set(['язык', 'кухня', 'литература', 'алфавит', 'перевод', 'словарь']);
/** Nouns after which a capitalized adjective names a district, a street or an army, not the place: «Советского района». */
// biome-ignore format: a word list reads best in lines
const NOT_PLACE_AFTER_NAME = new Set([
  'район', 'микрорайон', 'улица', 'проспект', 'переулок', 'площадь', 'шоссе', 'бульвар', 'набережная', 'фронт',
  'залив', 'озеро', 'море', 'пролив', 'кладбище',
]);

/**
 * Whether an adjective of a place at token i names the place: not before «язык» or «кухня»
 * («английский язык»), and, capitalized, not before «район» or «улица» («Советского района»,
 * «Московской улицы»), which make it a name of something else.
 */
function adjectiveNamesPlace(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return true;
  const lemmas = morph.lemmas(next.text);
  if (lemmas.some((l) => NOT_PLACE_NOUNS.has(l))) return false;
  return !(capitalized(tokens[i]!) && lemmas.some((l) => NOT_PLACE_AFTER_NAME.has(l)));
}

/** Prepositions after which a capitalized word is a place rather than a person: «в Артёме», «из Владимира». */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'под', 'около', 'близ', 'возле', 'до']);

function placeContextBefore(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || before.kind !== 'word') return false;
  if (PLACE_PREPOSITIONS.has(before.norm)) return true;
  return (
    morph.lemmas(before.text).some((l) => CITY_CONTEXT.has(l)) || before.norm === 'г' || settlementNoun(morph, before)
  );
}

const TYPE_RANK: Record<PlaceType, number> = { country: 0, region: 1, city: 2 };

/** Words after which a capitalized name is a city: «в городе Тюмени», «г. Грозного», «мэрия Казани». */
// biome-ignore format: a word list reads best in lines
const CITY_CONTEXT = new Set(['город', 'г', 'гор', 'столица', 'мэрия', 'мэр', 'градоначальник', 'горсовет']);
/** Settlements, whose name follows as a city's does: «в селе Сростки», «посёлок Ракитное», «станица Ленинградская». */
// biome-ignore format: a word list reads best in lines
const SETTLEMENT_NOUNS = new Set([
  'городок', 'село', 'деревня', 'посёлок', 'поселок', 'станица', 'хутор', 'аул', 'кишлак', 'местечко', 'пгт',
]);

/** Whether the token is a settlement noun («селе», «посёлка»). */
function settlementNoun(morph: ReferenceData['morph'], token: Token | undefined): boolean {
  // «с.» and «д.» shorten «село» and «деревня», but are mostly a preposition and a letter.
  return (
    token !== undefined &&
    token.kind === 'word' &&
    token.text.length >= 3 &&
    cueForms(morph, SETTLEMENT_NOUNS).has(token.norm) &&
    morph.parse(token.text).some((p) => p.known && !p.tags.has('Abbr') && SETTLEMENT_NOUNS.has(p.lemma))
  );
}
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
      // «в штате Вашингтон»: the state, named like the better-known city.
      const typed =
        context !== undefined && context.type !== 'country' && entry.type !== context.type
          ? namesake(ref, entry, context.type)
          : undefined;
      const value = placeValue(typed ?? entry, typed?.name ?? name);
      matches.push(matchOver(text, tokens, best.first, best.last, value));
      i = best.last - 1;
      // «Франкфурт-на-Одере (Frankfurt an der Oder)»: the name in its own letters, in brackets after it.
      const latin = options.adjectives ? latinNameAfter(tokens, best.last) : undefined;
      if (latin !== undefined) {
        matches.push(matchOver(text, tokens, latin.first, latin.last, value));
        i = latin.last;
      }
      continue;
    }
    // A name the gazetteer lacks, or lacks in this form, is written with a capital.
    const capital = capitalized(token);
    const unknown = capital ? unknownForm(ref, tokens, i) : undefined;
    if (unknown !== undefined) {
      matches.push(matchOver(text, tokens, i, i + 1, placeValue(unknown, unknown.name)));
      continue;
    }
    // «в Портапике и Энфилде»: a name joined by «и» to a city just found stands where it does.
    const lastMatch = capital ? matches[matches.length - 1] : undefined;
    const afterCity =
      lastMatch?.value.type === 'city' && tokens[i - 1]?.norm === 'и' && tokens[i - 2]?.end === lastMatch.end;
    const found = capital ? contextPlace(ref, tokens, i, afterCity) : undefined;
    if (found !== undefined) {
      matches.push(matchOver(text, tokens, found.first, found.last, found.value));
      i = found.last - 1;
      // «Понте-Сан-Пьетро (Ponte San Pietro)»: the name in its own letters, in brackets after it.
      const latin = options.adjectives ? latinNameAfter(tokens, found.last) : undefined;
      if (latin !== undefined) {
        matches.push(matchOver(text, tokens, latin.first, latin.last, found.value));
        i = latin.last;
      }
      continue;
    }
    if (options.adjectives) {
      // The adjective is looked at first: most words are none, and need no look at the next word.
      const entry = adjectivePlace(ref, tokens, i);
      if (entry !== undefined) {
        if (adjectiveNamesPlace(morph, tokens, i))
          matches.push(matchOver(text, tokens, i, i + 1, placeValue(entry, entry.name)));
      } else if (token.text.includes('-')) {
        // «российско-британской певицы»: a place in each part.
        const parts = compoundAdjectivePlaces(ref, token.text);
        if (parts.length > 0 && adjectiveNamesPlace(morph, tokens, i))
          for (const part of parts) {
            const start = token.start + part.start;
            const end = token.start + part.end;
            matches.push({ start, end, text: text.slice(start, end), value: placeValue(part.entry, part.entry.name) });
          }
      }
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
  if (m.name.lowercase) return options.adjectives === true && adjectiveNamesPlace(morph, tokens, m.first);
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
  // «остров Сахалин», «реки Волги»: the island or the river, not the region or the city.
  if (featureNounBefore(morph, tokens, m.first)) return false;
  // «Латинской Америки», «Южной Кореи» are kept apart by `not-cities.json` where they are no place.
  if (notPlaceWithAdjective(ref, tokens, m.first)) return false;
  // «Дмитрий Ливанов», «Джеймса Коми»: a word right after a first name is a surname.
  if (afterFirstName(morph, tokens, m.first)) return false;
  // «Института Пушкина», «имени Чайковского», «ул. Пушкина»: what is named after a person.
  if (parses.some((p) => p.known && p.tags.has('Surn')) && namedAfterPerson(morph, tokens, m.first)) return false;
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

/** The word before token i is a first name by its likelier reading, on the same line («Дмитрий», not «Слава»). */
function afterFirstName(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i]!;
  if (before === undefined || before.kind !== 'word' || token.lineBefore || token.start - before.end !== 1)
    return false;
  if (!capitalized(before) || isUpperCase(before.text)) return false;
  const known = morph.parse(before.text).filter((p) => p.known);
  if (known.some((p) => p.tags.has('Geox'))) return false;
  const name = known.filter((p) => p.tags.has('Name')).reduce((s, p) => s + p.score, 0);
  return name > 0 && name >= 0.5 * known.reduce((s, p) => s + p.score, 0);
}

/** Nouns of natural features, whose name may be a place's too: «остров Сахалин», «река Москва». */
// biome-ignore format: a word list reads best in lines
const FEATURE_NOUNS = new Set([
  'остров', 'полуостров', 'река', 'озеро', 'гора', 'залив', 'пролив', 'море', 'пустыня', 'хребет', 'вулкан',
]);

function featureNounBefore(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (noun === undefined || noun.kind !== 'word' || capitalized(noun) || noun.text.length < 3) return false;
  if (!cueForms(morph, FEATURE_NOUNS).has(noun.norm)) return false;
  // «о Москве»: «о.» shortens «остров», but «о» is the preposition.
  return morph.parse(noun.text).some((p) => p.pos === 'NOUN' && !p.tags.has('Abbr') && FEATURE_NOUNS.has(p.lemma));
}

/** A capitalized adjective before the name makes a name of no place: «Латинской Америки». */
function notPlaceWithAdjective(ref: ReferenceData, tokens: readonly Token[], i: number): boolean {
  const adjective = tokens[i - 1];
  if (adjective === undefined || adjective.kind !== 'word' || !capitalized(adjective)) return false;
  const nounKeys = tokenKeys(ref.morph, tokens[i]!);
  for (const a of tokenKeys(ref.morph, adjective))
    for (const n of nounKeys) if (ref.places.notCities.has(`${a} ${n}`)) return true;
  return false;
}

/** Nouns a person's surname follows in the genitive as the name of what they name: «Институт Пушкина». */
// biome-ignore format: a word list reads best in lines
const NAMED_AFTER_NOUNS = new Set([
  'имя', 'институт', 'университет', 'улица', 'проспект', 'переулок', 'площадь', 'бульвар', 'премия', 'конкурс',
  'музей', 'театр', 'библиотека', 'фонд', 'орден', 'медаль', 'стипендия',
]);
/** Shortened forms of those nouns, written with a dot: «им.», «ул.», «пр.». */
const NAMED_AFTER_SHORT = new Set(['им', 'ул', 'пр', 'просп', 'пл', 'пер', 'б-р']);

/**
 * Whether token i follows a noun that things are named after people with: «Института Пушкина»,
 * «имени Чайковского», «ул. Пушкина» (the people finder reads the name there as a person's).
 */
export function namedAfterPerson(morph: ReferenceData['morph'], tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '.') {
    k--;
    return NAMED_AFTER_SHORT.has(tokens[k]?.norm ?? '');
  }
  const noun = tokens[k];
  if (noun === undefined || noun.kind !== 'word' || noun.text.length < 3) return false;
  if (!cueForms(morph, NAMED_AFTER_NOUNS).has(noun.norm)) return false;
  return morph.parse(noun.text).some((p) => p.pos === 'NOUN' && !p.tags.has('Abbr') && NAMED_AFTER_NOUNS.has(p.lemma));
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
  const name = words.map((w) => nominativeWord(ref, w.text)).join(' ');
  return { last, name };
}

/** The nominative of a name written as an adjective after a settlement noun, in the noun's gender. */
function agreeingName(ref: ReferenceData, token: Token, noun: Token): string | undefined {
  const { morph } = ref;
  const nounReading = morph.parse(noun.text).find((p) => SETTLEMENT_NOUNS.has(p.lemma));
  if (nounReading === undefined || !ADJECTIVE_FORM.test(token.norm)) return undefined;
  const adjective = morph.parse(token.text).find((p) => p.pos === 'ADJF' && sameCase(p.tags, nounReading.tags));
  if (adjective === undefined) return undefined;
  const gender = ['femn', 'neut'].find((g) => nounReading.tags.has(g)) ?? 'masc';
  const form = morph.inflect(token.text, adjective, ['nomn', 'sing', gender]);
  return form === null ? undefined : capitalize(form);
}
const ADJECTIVE_FORM = /(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю)$/u;

/**
 * One word of a name in the nominative. Of a hyphenated name with a small word inside
 * («Ростова-на-Дону», «Сан-Ладзаро-ди-Савена») only the first part declines.
 */
function nominativeWord(ref: ReferenceData, word: string): string {
  const parts = word.split('-');
  if (parts.length > 2 && parts.slice(1, -1).some((p) => p === p.toLowerCase())) {
    const first = parts[0]!;
    return [ref.morph.toNominative(first, geoReading(ref, first)), ...parts.slice(1)].join('-');
  }
  return ref.morph.toNominative(word, geoReading(ref, word));
}

function contextPlace(
  ref: ReferenceData,
  tokens: readonly Token[],
  i: number,
  afterCity = false,
): ContextPlace | undefined {
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
    // «вице-губернатора штата Кэтлин Кеннеди»: a first name after «штата» begins a person's name.
    const after = tokens[name.last];
    const nameGoesOn = after !== undefined && after.kind === 'word' && capitalized(after) && !after.lineBefore;
    if (known === undefined && nameGoesOn && morph.parse(token.text).some((p) => p.tags.has('Name'))) return undefined;
    const value: PlaceValue = known ? placeValue(known, known.name) : { name: name.name, type: 'region' };
    return { first: i, last: name.last, value, type: 'region' };
  }
  const settlement = !prevIsDot && prev !== undefined && !capitalized(prev) && settlementNoun(morph, prev);
  // («глав городов Союза»: cities in the plural name no city.)
  const pluralCities = /^(?:городов|городам|городами|городах)$/u.test(triggerToken?.norm ?? '');
  const cityContext =
    (hasAny(keys, CITY_CONTEXT) &&
      !pluralCities &&
      !(prevIsDot && !['г', 'гор'].includes(tokens[i - 2]?.norm ?? ''))) ||
    settlement;
  if (cityContext) {
    const name = properName(ref, tokens, i);
    if (name === undefined) return undefined;
    // After «мэр», «глава»: only a name the dictionary knows as a place; a person may follow.
    const geographic = morph.parse(token.text).some((p) => p.tags.has('Geox'));
    const personal = morph.parse(token.text).some((p) => p.known && (p.tags.has('Name') || p.tags.has('Surn')));
    if (personal && !geographic) return undefined;
    // «в селе Сростки», «в городе Мирном»: after a settlement noun an ordinary word is its name too.
    const named = settlement || keys.has('город') || triggerToken?.norm === 'г';
    if (isCommonWord(morph, token.text, 0.3) && !geographic && !named) return undefined;
    // «в станице Старощербиновской»: a name that is an adjective agrees with the settlement noun.
    if (settlement && name.last === i + 1) name.name = agreeingName(ref, token, prev!) ?? name.name;
    const known = ref.places.byName.get(foldName(name.name))?.find((e) => e.type === 'city');
    const value: PlaceValue = known ? placeValue(known, known.name) : { name: name.name, type: 'city' };
    return { first: i, last: name.last, value, type: 'city' };
  }
  // A place the gazetteer lacks but the dictionary knows as one («в Болонье», «из Дувра»), or an
  // unknown capitalized word after a preposition of place («в Портапике»): a city.
  const next = tokens[i + 1];
  const prepositionBefore =
    prev !== undefined &&
    (PLACE_PREPOSITIONS.has(prev.norm) || afterCity || adjectiveAfterPreposition(morph, tokens, i - 1));
  const nameFollows = next !== undefined && next.kind === 'word' && capitalized(next) && !next.lineBefore;
  if (
    prepositionBefore &&
    !nameFollows &&
    !isUpperCase(token.text) &&
    /^\p{Script=Cyrillic}/u.test(token.text) &&
    // «Карнеги-холле», «Даунинг-стрит»: a name ending in a small word is a building's or a street's.
    !/-\p{Ll}+$/u.test(token.text) &&
    adjectiveNamesPlace(morph, tokens, i)
  ) {
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

/** «в армянском Гаваре», «в небольшом Портапике»: a lower-case adjective between the preposition and the name. */
function adjectiveAfterPreposition(morph: ReferenceData['morph'], tokens: readonly Token[], k: number): boolean {
  const adjective = tokens[k];
  const preposition = tokens[k - 1];
  if (adjective === undefined || adjective.kind !== 'word' || capitalized(adjective)) return false;
  if (preposition === undefined || !PLACE_PREPOSITIONS.has(preposition.norm)) return false;
  const parses = morph.parse(adjective.text);
  return parses[0]?.pos === 'ADJF' && !parses.some((p) => p.tags.has('Apro'));
}

/** Written form → the gazetteer entry it may be an unknown case form of, null if none (one gazetteer per process). */
const UNKNOWN_FORMS = registerWordCache(new Map<string, { entry: GazetteerEntry; personal: boolean } | null>());

/**
 * A gazetteer name in a case form the dictionary does not know («в Щёлкове», «Переславля-Залесского»).
 * A form read as a surname («Мурина») needs a preposition of place or a city word before it.
 */
function unknownForm(ref: ReferenceData, tokens: readonly Token[], i: number): GazetteerEntry | undefined {
  const token = tokens[i]!;
  if (token.text.length < 4) return undefined;
  let found = UNKNOWN_FORMS.get(token.text);
  if (found === undefined) {
    found = readUnknownForm(ref, token.text);
    if (UNKNOWN_FORMS.size > 50_000) UNKNOWN_FORMS.clear();
    UNKNOWN_FORMS.set(token.text, found);
  }
  if (found === null) return undefined;
  if ((found.personal || startsSentence(tokens, i)) && !placeContextBefore(ref.morph, tokens, i)) return undefined;
  return found.entry;
}

function readUnknownForm(ref: ReferenceData, word: string): { entry: GazetteerEntry; personal: boolean } | null {
  if (isUpperCase(word) || !/^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]+$/u.test(word)) return null;
  const parses = ref.morph.parse(word);
  if (parses.some((p) => p.known)) return null;
  const entries = entriesOfUnknownForm(ref, word);
  if (entries.length === 0) return null;
  const personal = parses.some((p) => p.tags.has('Surn') || p.tags.has('Name') || p.tags.has('Patr'));
  return { entry: [...entries].sort((a, b) => TYPE_RANK[b.type] - TYPE_RANK[a.type])[0]!, personal };
}

/** Small words inside a Latin place name: «Hochheim am Main», «Ponte di Legno», «Frankfurt an der Oder». */
const LATIN_PARTICLES = new Set(['am', 'an', 'der', 'di', 'de', 'del', 'la', 'le', 'sur', 'upon', 'on', 'da', 'do']);

/** Capitalized Latin words (and particles) in brackets starting at token k: their token range. */
function latinNameAfter(tokens: readonly Token[], k: number): { first: number; last: number } | undefined {
  if (tokens[k]?.text !== '(') return undefined;
  let j = k + 1;
  while (j < tokens.length && j - k <= 5) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.lineBefore || !/^\p{Script=Latin}+$/u.test(t.text)) break;
    if (!capitalized(t) && !LATIN_PARTICLES.has(t.text)) break;
    j++;
  }
  if (j === k + 1 || tokens[j]?.text !== ')' || !capitalized(tokens[k + 1]!)) return undefined;
  return { first: k + 1, last: j };
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
