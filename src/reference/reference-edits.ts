/**
 * Editors' changes laid over the shipped reference data: places and organizations added or
 * corrected, names removed. Pure functions of the shipped entries and the edits (the store keeps
 * the edits; `loadReferenceData(edits)` builds the gazetteer and registry on the result).
 */
import { createHash } from 'node:crypto';
import type { GazetteerEntry } from './gazetteer.js';
import { foldName } from './name-index.js';
import type { OrganizationEntry } from './org-registry.js';

/**
 * Editors' changes to the shipped reference data, as the store keeps them
 * (`loadStoreReferenceEntries`). An entry overrides the shipped entry of the same name (and, for a
 * place, type): the fields it gives win, the ones it leaves out are kept, aliases are added. A
 * removed name is found no more: entries of that name are dropped and the name leaves the others'
 * aliases (and, for a place, it is no longer taken for an unknown city either).
 */
export interface ReferenceEdits {
  places?: readonly GazetteerEntry[];
  orgs?: readonly OrganizationEntry[];
  removedPlaces?: readonly string[];
  removedOrgs?: readonly string[];
}

/**
 * A short digest of the edits, stable across runs and key order: recorded with what was extracted
 * using them, so a store tells which reference data read each event. Empty edits give ''.
 * @example referenceFingerprint({ removedPlaces: ['Мирный'] }) // '3f9a0c…' (16 hex digits)
 */
export function referenceFingerprint(edits: ReferenceEdits): string {
  if (isEmptyEdits(edits)) return '';
  const canonical = JSON.stringify(edits, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Whether the edits change nothing. */
export function isEmptyEdits(edits: ReferenceEdits): boolean {
  return (
    (edits.places?.length ?? 0) +
      (edits.orgs?.length ?? 0) +
      (edits.removedPlaces?.length ?? 0) +
      (edits.removedOrgs?.length ?? 0) ===
    0
  );
}

/**
 * The gazetteer entries with the edits applied. An edited place goes before the shipped entries,
 * taking the id and (when it gives none) the country of the shipped entry of its type and name:
 * `buildGazetteer` then merges the two with the edit's fields first and the shipped ones filling
 * the rest.
 * @example editPlaces(shipped, { places: [{ id: 'x', name: 'Пермь', type: 'city', founded: 1723 }] })
 */
export function editPlaces(entries: readonly GazetteerEntry[], edits: ReferenceEdits): GazetteerEntry[] {
  const removed = new Set((edits.removedPlaces ?? []).map(foldName));
  const kept = entries
    .filter((entry) => !removed.has(foldName(entry.name)))
    .map((entry) => withoutNames(entry, removed));
  const placed = (edits.places ?? []).map((edit) => {
    const same = kept.filter((entry) => entry.type === edit.type && foldName(entry.name) === foldName(edit.name));
    const countries = new Set(same.map((entry) => entry.country).filter((c) => c !== undefined));
    const country = edit.country ?? (countries.size === 1 ? [...countries][0] : undefined);
    const shippedEntry = same.find((entry) => entry.country === country);
    return {
      ...edit,
      ...(shippedEntry ? { id: shippedEntry.id } : {}),
      ...(country !== undefined ? { country } : {}),
    };
  });
  return [...placed, ...kept];
}

/**
 * The registry entries with the edits applied: an edited organization replaces the shipped one of
 * the same name, the fields it gives winning and its abbreviations and aliases added.
 */
export function editOrganizations(entries: readonly OrganizationEntry[], edits: ReferenceEdits): OrganizationEntry[] {
  const removed = new Set((edits.removedOrgs ?? []).map(foldName));
  const result = entries
    .filter((entry) => !removed.has(foldName(entry.name)))
    .map((entry) => withoutNames(entry, removed));
  for (const edit of edits.orgs ?? []) {
    const at = result.findIndex((entry) => foldName(entry.name) === foldName(edit.name));
    if (at === -1) {
      result.push(edit);
      continue;
    }
    const base = result[at]!;
    result[at] = {
      ...base,
      ...definedFields(edit),
      id: base.id,
      abbreviations: union(base.abbreviations, edit.abbreviations),
      aliases: union(base.aliases, edit.aliases),
    };
  }
  return result;
}

/** The entry without the removed names among its other names. */
function withoutNames<T extends { aliases?: string[]; formerNames?: string[]; abbreviations?: string[] }>(
  entry: T,
  removed: ReadonlySet<string>,
): T {
  if (removed.size === 0) return entry;
  const copy = { ...entry };
  for (const field of ['aliases', 'formerNames', 'abbreviations'] as const) {
    const names = copy[field];
    if (names?.some((name) => removed.has(foldName(name)))) {
      copy[field] = names.filter((name) => !removed.has(foldName(name)));
    }
  }
  return copy;
}

function definedFields<T extends object>(entry: T): Partial<T> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}
