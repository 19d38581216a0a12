/**
 * Adjectives made from a place's name by the regular suffix «-ский» that the adjective list does not
 * hold: «ливанской» → Ливан, «калифорнийской» → Калифорния, «мордовской» → Мордовия,
 * «Муромским» → Муром, «Всекитайского» → Китай, and «Курской областной думы» → Курская область.
 * NEREL marks these as places; event places never come from an adjective.
 */
import { registerWordCache } from '../../morph/index.js';
import { foldName, type GazetteerEntry, type ReferenceData } from '../../reference/index.js';
import type { Token } from '../../text/index.js';
import { capitalized, cueForms, isUpperCase } from '../match.js';

const ADJECTIVE_SUFFIX = /(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ых|их|ыми|ими|ым|ей|ее|его|ему|ые|ою)$/u;
/** «Всероссийский», «Всекитайского»: the whole country's. */
const ALL_PREFIX = 'все';
/** Adjectives of a region's own bodies: «Курской областной думы», «Алтайского краевого театра». */
const REGION_ADJECTIVES: Record<string, string> = { областной: 'область', краевой: 'край' };

/**
 * The stems a place name may have lost to the suffix: «самар-ский» → Самара, «ливан-ский» → Ливан.
 * «-ск-ий» of a town in «-ск» («Михайловский», «Уральская сталь») is left out: such adjectives are
 * mostly of something else named like the town.
 */
function stemCandidates(base: string): string[] {
  const out = [base, `${base}а`, `${base}я`, `${base}ия`, `${base}ь`, `${base}с`, `${base}и`];
  if (base.endsWith('й')) out.push(`${base.slice(0, -1)}я`, base.slice(0, -1));
  if (base.endsWith('ь')) out.push(base.slice(0, -1));
  return out;
}

/** One-word names and aliases of the gazetteer → entries, per gazetteer. */
const SINGLE_NAMES = new WeakMap<object, Map<string, GazetteerEntry[]>>();

function singleNames(ref: ReferenceData): Map<string, GazetteerEntry[]> {
  let names = SINGLE_NAMES.get(ref.places);
  if (names === undefined) {
    names = new Map();
    for (const entry of ref.places.entries) {
      if (entry.contextOnly) continue;
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        // Lower-case aliases are adjectives already; abbreviations are no stems.
        if (/[\s]/u.test(name) || name === name.toLowerCase() || name === name.toUpperCase()) continue;
        // «ё» is kept: «королевский» (royal) is no adjective of Королёв.
        const key = name.toLowerCase();
        names.set(key, [...(names.get(key) ?? []), entry]);
      }
    }
    SINGLE_NAMES.set(ref.places, names);
  }
  return names;
}

const TYPE_ORDER = { country: 0, region: 1, city: 2 } as const;

/**
 * The place an adjective at token i is made from, if its lemma is a regular «-ский» derivative of
 * a gazetteer name. In lower case only countries and regions count («братский» is not of Братск);
 * a capitalized adjective inside a sentence may be of a city too («Муромским музеем»).
 * @example adjectivePlace(ref, tokenize('в ливанской группировке'), 2)?.name // 'Ливан'
 */
export function adjectivePlace(ref: ReferenceData, tokens: readonly Token[], i: number): GazetteerEntry | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word' || token.text.length < 6) return undefined;
  // Most words have no «ск»/«цк» near their end: no lookup for them.
  const from = token.norm.length - 6;
  if (!token.norm.includes('ск', from) && !token.norm.includes('цк', from)) return undefined;
  const lemma = adjectiveLemma(ref, token);
  if (lemma === '') return undefined;
  const { morph } = ref;
  // «Курской областной думы»: the region itself, when the list names it so.
  const next = tokens[i + 1];
  if (
    next !== undefined &&
    next.kind === 'word' &&
    !capitalized(next) &&
    cueForms(morph, REGION_ADJECTIVE_SET).has(next.norm)
  ) {
    const noun = morph
      .parse(next.text)
      .map((p) => REGION_ADJECTIVES[p.lemma])
      .find((n) => n !== undefined);
    if (noun !== undefined) {
      const adjective = noun === 'область' ? `${lemma.slice(0, -2)}ая` : lemma;
      const region = ref.places.byName.get(foldName(`${adjective} ${noun}`))?.find((e) => e.type === 'region');
      if (region !== undefined) return region;
    }
  }
  // A listed adjective the gazetteer's matcher turned down stays turned down.
  if (adjectiveAliases(ref).has(foldName(lemma))) return undefined;
  const capital = capitalized(token);
  const key = `${capital ? 'C' : 'c'}${lemma}`;
  let entry = PLACE_OF_LEMMA.get(key);
  if (entry === undefined) {
    entry = placeOfAdjective(ref, lemma, capital) ?? null;
    PLACE_OF_LEMMA.set(key, entry);
  }
  return entry ?? undefined;
}

/** Written form → the lemma of its «-ский» adjective reading, '' when it has none. */
const ADJECTIVE_LEMMAS = registerWordCache(new Map<string, string>());
/** Adjective lemma (with the case of its first letter) → its place, null when none. */
const PLACE_OF_LEMMA = registerWordCache(new Map<string, GazetteerEntry | null>());

function adjectiveLemma(ref: ReferenceData, token: Token): string {
  let lemma = ADJECTIVE_LEMMAS.get(token.text);
  if (lemma === undefined) {
    lemma = '';
    if (!isUpperCase(token.text) && ADJECTIVE_SUFFIX.test(token.norm) && /^\p{Script=Cyrillic}+$/u.test(token.text)) {
      const reading = ref.morph.parse(token.text).find((p) => p.pos === 'ADJF' && /(?:ск|цк)(?:ий|ой)$/u.test(p.lemma));
      if (reading !== undefined) lemma = reading.lemma.toLowerCase();
    }
    if (ADJECTIVE_LEMMAS.size > 50_000) ADJECTIVE_LEMMAS.clear();
    ADJECTIVE_LEMMAS.set(token.text, lemma);
  }
  return lemma;
}

/** Lower-case aliases (the adjective list: «российский», «британский») → entries, per gazetteer. */
const ADJECTIVE_ALIASES = new WeakMap<object, Map<string, GazetteerEntry>>();

function adjectiveAliases(ref: ReferenceData): Map<string, GazetteerEntry> {
  let aliases = ADJECTIVE_ALIASES.get(ref.places);
  if (aliases === undefined) {
    aliases = new Map();
    for (const entry of ref.places.entries)
      for (const alias of entry.aliases ?? []) if (alias === alias.toLowerCase()) aliases.set(foldName(alias), entry);
    ADJECTIVE_ALIASES.set(ref.places, aliases);
  }
  return aliases;
}

/**
 * The place of an adjective given by its lemma: a listed adjective, or a regular derivative.
 * @example placeOfAdjective(ref, 'норвежский', false)?.name // 'Норвегия'
 */
export function placeOfAdjective(ref: ReferenceData, lemma: string, capital: boolean): GazetteerEntry | undefined {
  const listed = adjectiveAliases(ref).get(foldName(lemma));
  if (listed !== undefined) return listed;
  if (!/(?:ский|цкий|ской)$/u.test(lemma)) return undefined;
  const names = singleNames(ref);
  const bases = [lemma.replace(/(?:ский|цкий|ской)$/u, '')];
  if (lemma.startsWith(ALL_PREFIX)) bases.push(bases[0]!.slice(ALL_PREFIX.length));
  let found: GazetteerEntry | undefined;
  for (const base of bases) {
    if (base.length < 3) continue;
    for (const stem of stemCandidates(base)) {
      for (const entry of names.get(stem) ?? []) {
        if (!capital && entry.type === 'city') continue;
        if (found === undefined || TYPE_ORDER[entry.type] < TYPE_ORDER[found.type]) found = entry;
      }
    }
  }
  return found;
}

const REGION_ADJECTIVE_SET: ReadonlySet<string> = new Set(Object.keys(REGION_ADJECTIVES));

/**
 * The places of a compound adjective («российско-британской», «норвежско-британского»): each part
 * with its offsets in the word, the first part read as the adjective it shortens.
 */
export function compoundAdjectivePlaces(
  ref: ReferenceData,
  word: string,
): { start: number; end: number; entry: GazetteerEntry }[] {
  const parts = /^(\p{Ll}{3,}о)-(\p{Ll}{4,})$/u.exec(word);
  if (parts === null) return [];
  const [, first, second] = parts as unknown as [string, string, string];
  const out: { start: number; end: number; entry: GazetteerEntry }[] = [];
  const head = placeOfAdjective(ref, `${first.slice(0, -1)}ий`, false);
  if (head !== undefined) out.push({ start: 0, end: first.length, entry: head });
  const reading = ref.morph.parse(second).find((p) => p.pos === 'ADJF');
  const tail = reading === undefined ? undefined : placeOfAdjective(ref, reading.lemma.toLowerCase(), false);
  if (tail !== undefined) out.push({ start: first.length + 1, end: word.length, entry: tail });
  // One part alone may be an ordinary word («научно-британский» is no compound of two places).
  return out.length === 2 ? out : [];
}
