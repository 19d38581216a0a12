/**
 * @module reference
 * Reference data every extractor reads: the OpenCorpora morphology, the gazetteer of places and
 * the organization registry. Loaded once from the files under `data/`, with editors' additions,
 * corrections and removals from the store laid over them when given; after loading there is no
 * I/O, so extraction stays a pure function of (text, reference data).
 */
import { readdir, readFile } from 'node:fs/promises';
import { loadMorph, type Morph } from '../morph/index.js';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { buildOrgRegistry, type OrganizationEntry, type OrgRegistry } from './org-registry.js';
import {
  editOrganizations,
  editPlaces,
  isEmptyEdits,
  type ReferenceEdits,
  referenceFingerprint,
} from './reference-edits.js';

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
export {
  editOrganizations,
  editPlaces,
  type ReferenceEdits,
  referenceFingerprint,
} from './reference-edits.js';

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

/** What `data/` holds, read once; every `ReferenceData` is built on it. */
interface ShippedData {
  morph: Morph;
  places: GazetteerEntry[];
  notCities: string[];
  orgs: OrganizationEntry[];
  expansions: Record<string, string>;
}

let shipped: Promise<ShippedData> | null = null;
let plain: Promise<ReferenceData> | null = null;
/** The last data built with edits, by fingerprint: a watch loop asking again gets it at no cost. */
let edited: { fingerprint: string; data: Promise<ReferenceData> } | null = null;

/**
 * Loads the morphology, gazetteer and registry once per process. With editors' edits (from the
 * store) it builds a fresh gazetteer and registry on the same morphology and shipped files; no
 * edits, or none that change anything, give the shared data.
 * @example
 * const ref = await loadReferenceData(); findPlaces('в Великом Новгороде', ref)
 * const edited = await loadReferenceData(await loadStoreReferenceEntries(store));
 */
export function loadReferenceData(edits?: ReferenceEdits): Promise<ReferenceData> {
  shipped ??= readShippedData();
  if (edits === undefined || isEmptyEdits(edits)) {
    plain ??= shipped.then((data) => build(data, {}));
    return plain;
  }
  const fingerprint = referenceFingerprint(edits);
  if (edited?.fingerprint !== fingerprint) {
    const data = shipped.then((base) => build(base, edits));
    edited = { fingerprint, data };
  }
  return edited.data;
}

async function readShippedData(): Promise<ShippedData> {
  const morph = await loadMorph();
  const placesDir = new URL('places/', DATA);
  const placeFiles = (await readdir(placesDir))
    .filter((f) => f.endsWith('.json') && !NOT_ENTRIES.has(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const places: GazetteerEntry[] = [];
  for (const file of placeFiles) {
    try {
      places.push(...(JSON.parse(await readFile(new URL(file, placesDir), 'utf8')) as GazetteerEntry[]));
    } catch (cause) {
      throw new Error(`reference: cannot read data/places/${file}`, { cause });
    }
  }
  const orgs = await readJsonFolder<OrganizationEntry>('orgs', new Set(['expansions.json']));
  const expansions = JSON.parse(await readFile(new URL('orgs/expansions.json', DATA), 'utf8')) as Record<
    string,
    string
  >;
  const notCities = JSON.parse(await readFile(new URL('not-cities.json', placesDir), 'utf8')) as { names: string[] };
  return { morph, places, notCities: notCities.names, orgs, expansions };
}

function build(data: ShippedData, edits: ReferenceEdits): ReferenceData {
  const removedPlaces = edits.removedPlaces ?? [];
  return {
    morph: data.morph,
    places: buildGazetteer(data.morph, editPlaces(data.places, edits), [...data.notCities, ...removedPlaces]),
    orgs: buildOrgRegistry(data.morph, editOrganizations(data.orgs, edits), data.expansions),
  };
}

function rank(file: string): number {
  const i = PLACE_FILE_ORDER.indexOf(file);
  return i === -1 ? PLACE_FILE_ORDER.length : i;
}
