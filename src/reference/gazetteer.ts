/**
 * The gazetteer: places (cities, regions, countries) as data, indexed by the lemmas of their names
 * so that every case form of a name finds its entry («в Великом Новгороде» → «Великий Новгород»).
 */
import type { PlaceType } from '../domain/index.js';
import type { Morph } from '../morph/index.js';
import {
  addName,
  createNameIndex,
  foldName,
  type NameIndex,
  nameWordKey,
  nameWords,
  retainNameForms,
} from './name-index.js';

/** One place as `data/places/*.json` and the store keep it. */
export interface GazetteerEntry {
  id: string;
  /** The nominative reference name: «Санкт-Петербург», «Республика Дагестан». */
  name: string;
  type: PlaceType;
  /** Other names and short forms: «Петербург», «СПб»; «Дагестан»; adjectives in lower case: «российский». */
  aliases?: string[];
  /** For a city: its region (subject of the federation, state, province). */
  region?: string;
  /** For a city or region: its country. */
  country?: string;
  lat?: number;
  lon?: number;
  /** Year of founding (negative for BC), for anniversaries. */
  founded?: number;
  /** A country's capital. */
  capital?: boolean;
  /** For a region: its administrative centre. */
  centre?: string;
  /** Named like a better-known place (the state of Washington): found only after «штат», «земля»… */
  contextOnly?: boolean;
  /** Former names the entry is still found by; a text that uses one keeps it («Нур-Султан»). */
  formerNames?: string[];
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  names: NameIndex<GazetteerEntry>;
  /** Entries by their nominative name (folded), context-only ones included. */
  byName: ReadonlyMap<string, GazetteerEntry[]>;
  /** Lemmas of geographic names that are no city, region or country (Европа, Волга, Арбат). */
  notCities: ReadonlySet<string>;
}

/**
 * Builds the lemma index over entries; merges entries that repeat the same type, name and country,
 * unless both name different regions: two towns of one name (Железногорск of the Курская область
 * and of the Красноярский край) stay two entries.
 */
export function buildGazetteer(
  morph: Morph,
  input: readonly GazetteerEntry[],
  notCities: readonly string[] = [],
): Gazetteer {
  const merged = new Map<string, GazetteerEntry[]>();
  const entries: GazetteerEntry[] = [];
  for (const entry of input) {
    const key = `${entry.type}|${foldName(entry.name)}|${entry.country ?? ''}`;
    const namesakes = merged.get(key) ?? [];
    const seen = namesakes.find(
      (e) => e.region === undefined || entry.region === undefined || e.region === entry.region,
    );
    if (seen === undefined) {
      const copy = { ...entry };
      merged.set(key, [...namesakes, copy]);
      entries.push(copy);
      continue;
    }
    // Later files fill what earlier ones left out (coordinates, founding year, aliases).
    const target = seen as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'aliases' || field === 'formerNames') continue;
      if (target[field] === undefined) target[field] = value;
    }
    seen.aliases = [...new Set([...(seen.aliases ?? []), ...(entry.aliases ?? [])])];
    seen.formerNames = [...new Set([...(seen.formerNames ?? []), ...(entry.formerNames ?? [])])];
  }
  const names = createNameIndex<GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    const folded = foldName(entry.name);
    byName.set(folded, [...(byName.get(folded) ?? []), entry]);
    if (entry.contextOnly) continue;
    for (const form of [entry.name, ...(entry.aliases ?? [])]) addName(morph, names, form, entry);
    for (const form of entry.formerNames ?? []) addName(morph, names, form, entry, true);
  }
  const notCityKeys = new Set(
    notCities.map((n) =>
      nameWords(n)
        .map((w) => nameWordKey(morph, w))
        .join(' '),
    ),
  );
  retainNameForms(morph);
  return { entries, names, byName, notCities: notCityKeys };
}
