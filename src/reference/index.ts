/**
 * @module reference
 * Reference data every extractor reads: the OpenCorpora morphology, the gazetteer of places and
 * the organization registry. Loaded once from the files under `data/` (later also from the store);
 * after loading there is no I/O, so extraction stays a pure function of (text, reference data).
 */
import { readdir, readFile } from 'node:fs/promises';
import { loadMorph, type Morph } from '../morph/index.js';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { buildOrgRegistry, type OrganizationEntry, type OrgRegistry } from './org-registry.js';

export { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
export {
  addName,
  foldName,
  type IndexedName,
  isAbbreviation,
  mayBeNameWord,
  NAME_WORD_KEYS,
  NAME_WORD_PREFIXES,
  type NameIndex,
  nameWordKey,
  nameWords,
} from './name-index.js';
export { buildOrgRegistry, type OrganizationEntry, type OrgRegistry, type RegistryName } from './org-registry.js';

export interface ReferenceData {
  morph: Morph;
  places: Gazetteer;
  orgs: OrgRegistry;
}

/** The project's data folder: the same depth from `src/reference/` and `dist/reference/`. */
const DATA = new URL('../../data/', import.meta.url);

/** Files of the places folder that are inputs of a generator, not gazetteer entries. */
const NOT_ENTRIES = new Set(['country-facts.json', 'not-cities.json']);

async function readJsonFolder<T>(folder: string, skip: ReadonlySet<string> = new Set()): Promise<T[]> {
  const url = new URL(`${folder}/`, DATA);
  const files = (await readdir(url)).filter((f) => f.endsWith('.json') && !skip.has(f)).sort();
  const all: T[] = [];
  for (const file of files) {
    try {
      all.push(...(JSON.parse(await readFile(new URL(file, url), 'utf8')) as T[]));
    } catch (cause) {
      throw new Error(`reference: cannot read data/${folder}/${file}`, { cause });
    }
  }
  return all;
}

/** The order the place files merge in: facts first, then files that add adjectives and details. */
const PLACE_FILE_ORDER = ['countries.json', 'regions-ru.json', 'cities-ru.json', 'capitals.json', 'cities-world.json'];

let loading: Promise<ReferenceData> | null = null;

/**
 * Loads the morphology, gazetteer and registry once per process.
 * @example const ref = await loadReferenceData(); findPlaces('в Великом Новгороде', ref)
 */
export function loadReferenceData(): Promise<ReferenceData> {
  if (loading === null) loading = load();
  return loading;
}

async function load(): Promise<ReferenceData> {
  const morph = await loadMorph();
  const placesDir = new URL('places/', DATA);
  const placeFiles = (await readdir(placesDir))
    .filter((f) => f.endsWith('.json') && !NOT_ENTRIES.has(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const placeEntries: GazetteerEntry[] = [];
  for (const file of placeFiles) {
    try {
      placeEntries.push(...(JSON.parse(await readFile(new URL(file, placesDir), 'utf8')) as GazetteerEntry[]));
    } catch (cause) {
      throw new Error(`reference: cannot read data/places/${file}`, { cause });
    }
  }
  const orgEntries = await readJsonFolder<OrganizationEntry>('orgs', new Set(['expansions.json']));
  const expansions = JSON.parse(await readFile(new URL('orgs/expansions.json', DATA), 'utf8')) as Record<
    string,
    string
  >;
  const notCities = JSON.parse(await readFile(new URL('not-cities.json', placesDir), 'utf8')) as { names: string[] };
  return {
    morph,
    places: buildGazetteer(morph, placeEntries, notCities.names),
    orgs: buildOrgRegistry(morph, orgEntries, expansions),
  };
}

function rank(file: string): number {
  const i = PLACE_FILE_ORDER.indexOf(file);
  return i === -1 ? PLACE_FILE_ORDER.length : i;
}
