/**
 * Editors' changes to the reference data: places and organizations added or corrected, and names
 * removed (a town whose name keeps matching a common word). Kept as history in `reference_edits`;
 * the latest row per (kind, name) is in force. `loadStoreReferenceEntries` gives what is in force
 * in the shape `loadReferenceData(edits)` lays over the shipped gazetteer and registry, so
 * extraction (ingest, watch, reextract) uses the edits.
 */
import { z } from 'zod';
import { PLACE_TYPES } from '../domain/index.js';
import type { GazetteerEntry, OrganizationEntry, ReferenceEdits } from '../reference/index.js';
import type { Store } from './open-store.js';
import type { ReferenceEditsTable } from './schema.js';

export type ReferenceKind = ReferenceEditsTable['kind'];

const NAME = z.string().trim().min(1, 'a name cannot be empty');
const NAMES = z.array(NAME).optional();
const YEAR = z.number().int('the founding year must be a whole number');

/**
 * A gazetteer entry as an editor gives it (the fields of `data/places/*.json` but the id).
 * Validates where it comes in: the CLI's flags, an editor's form.
 */
export const PLACE_ENTRY = z
  .object({
    name: NAME,
    type: z.enum(PLACE_TYPES, { message: `the type must be one of ${PLACE_TYPES.join(', ')}` }),
    region: NAME.optional(),
    country: NAME.optional(),
    lat: z.number().min(-90, 'lat must be within -90..90').max(90, 'lat must be within -90..90').optional(),
    lon: z.number().min(-180, 'lon must be within -180..180').max(180, 'lon must be within -180..180').optional(),
    founded: YEAR.max(new Date().getUTCFullYear(), 'the founding year is in the future').optional(),
    aliases: NAMES,
    formerNames: NAMES,
    capital: z.boolean().optional(),
    centre: NAME.optional(),
    contextOnly: z.boolean().optional(),
  })
  .strict()
  .refine((entry) => (entry.lat === undefined) === (entry.lon === undefined), {
    message: 'lat and lon go together: give both or neither',
  });

/** A registry entry as an editor gives it (the fields of `data/orgs/*.json` but the id). */
export const ORGANIZATION_ENTRY = z
  .object({
    name: NAME,
    abbreviations: NAMES,
    aliases: NAMES,
    kind: NAME.optional(),
    country: NAME.optional(),
  })
  .strict();

export type PlaceEntryInput = z.infer<typeof PLACE_ENTRY>;
export type OrganizationEntryInput = z.infer<typeof ORGANIZATION_ENTRY>;

interface EditMeta {
  editor: string;
  note?: string | null;
}

export type ReferenceEdit = { id: number; name: string; editor: string; editedAt: string; note: string | null } & (
  | { kind: 'place'; action: 'set'; entry: PlaceEntryInput }
  | { kind: 'organization'; action: 'set'; entry: OrganizationEntryInput }
  | { kind: ReferenceKind; action: 'remove'; entry: null }
);

/** What rows of the same name share: lower case, ё → е, like the reference indexes fold names. */
function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е');
}

/** The entry's fields without those left undefined, validated; throws naming the first problem. */
function validated<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new Error(`${what}: ${field}${issue.message}`);
  }
  return JSON.parse(JSON.stringify(parsed.data)) as T;
}

/**
 * Adds a place to the gazetteer or corrects one (the fields given win over the shipped entry of
 * its name and type; aliases are added). The `places` row events link to gets the details too.
 *
 * ```ts
 * await savePlaceEntry(store, { entry: { name: 'Новотроицк-Северный', type: 'city', region: 'Оренбургская область' }, editor: 'ivanova' });
 * ```
 */
export async function savePlaceEntry(
  store: Store,
  input: EditMeta & { entry: PlaceEntryInput },
): Promise<ReferenceEdit> {
  const entry = validated(PLACE_ENTRY, input.entry, `place «${input.entry.name}»`);
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('reference_edits')
      .values(editRow('place', 'set', entry.name, entry, input))
      .returningAll()
      .executeTakeFirstOrThrow();
    const details = definedOnly({
      region: entry.region,
      country: entry.country,
      lat: entry.lat,
      lon: entry.lon,
      founded: entry.founded === undefined ? undefined : String(entry.founded),
    });
    await trx
      .insertInto('places')
      .values({ name: entry.name, type: entry.type, ...details })
      .onConflict((oc) =>
        Object.keys(details).length === 0
          ? oc.columns(['name', 'type']).doNothing()
          : oc.columns(['name', 'type']).doUpdateSet(details),
      )
      .execute();
    return toEdit(row);
  });
}

/**
 * Adds an organization to the registry or corrects one (the fields given win over the shipped
 * entry of its name; abbreviations and aliases are added). The `organizations` row events link to
 * gets the abbreviation and aliases too.
 *
 * ```ts
 * await saveOrganizationEntry(store, { entry: { name: 'Ассоциация городов Урала', abbreviations: ['АГУ'] }, editor: 'ivanova' });
 * ```
 */
export async function saveOrganizationEntry(
  store: Store,
  input: EditMeta & { entry: OrganizationEntryInput },
): Promise<ReferenceEdit> {
  const entry = validated(ORGANIZATION_ENTRY, input.entry, `organization «${input.entry.name}»`);
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('reference_edits')
      .values(editRow('organization', 'set', entry.name, entry, input))
      .returningAll()
      .executeTakeFirstOrThrow();
    const existing = await trx
      .selectFrom('organizations')
      .select(['id', 'abbreviation', 'aliases'])
      .where('name', '=', entry.name)
      .executeTakeFirst();
    const abbreviation = entry.abbreviations?.[0] ?? existing?.abbreviation ?? null;
    const aliases = JSON.stringify([
      ...new Set([...(existing ? (JSON.parse(existing.aliases) as string[]) : []), ...(entry.aliases ?? [])]),
    ]);
    if (existing === undefined) {
      await trx.insertInto('organizations').values({ name: entry.name, abbreviation, aliases }).execute();
    } else {
      await trx.updateTable('organizations').set({ abbreviation, aliases }).where('id', '=', existing.id).execute();
    }
    return toEdit(row);
  });
}

/**
 * Removes a name: no place (or organization) is found by it any more — entries of that name are
 * dropped, it leaves the other entries' aliases, and an editor's own entry of that name is
 * withdrawn. Events already linked keep their rows until re-extraction.
 *
 * ```ts
 * await removeReferenceName(store, { kind: 'place', name: 'Мирный', editor: 'ivanova', note: 'matches «мирный»' });
 * ```
 */
export async function removeReferenceName(
  store: Store,
  input: EditMeta & { kind: ReferenceKind; name: string },
): Promise<ReferenceEdit> {
  const name = validated(NAME, input.name, `${input.kind} removal`);
  const row = await store.db
    .insertInto('reference_edits')
    .values(editRow(input.kind, 'remove', name, null, input))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toEdit(row);
}

/**
 * The edits in force (the latest per kind and name), by kind and name; with `history`, every
 * edit ever made, oldest first.
 */
export async function listReferenceEdits(
  store: Store,
  options: { kind?: ReferenceKind; history?: boolean } = {},
): Promise<ReferenceEdit[]> {
  let query = store.db.selectFrom('reference_edits').selectAll().orderBy('id');
  if (options.kind !== undefined) query = query.where('kind', '=', options.kind);
  const edits = (await query.execute()).map(toEdit);
  if (options.history) return edits;
  const latest = new Map<string, ReferenceEdit>();
  for (const edit of edits) latest.set(`${edit.kind}\u0000${nameKey(edit.name)}`, edit);
  return [...latest.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || compareCodePoints(nameKey(a.name), nameKey(b.name)),
  );
}

/**
 * The store's reference edits in force, as `loadReferenceData` takes them: editors' entries (with
 * ids of their own, `store:place:city:…`) and removed names.
 *
 * ```ts
 * const extractor = createExtractor(await loadReferenceData(await loadStoreReferenceEntries(store)));
 * ```
 */
export async function loadStoreReferenceEntries(store: Store): Promise<ReferenceEdits> {
  const places: GazetteerEntry[] = [];
  const orgs: OrganizationEntry[] = [];
  const removedPlaces: string[] = [];
  const removedOrgs: string[] = [];
  for (const edit of await listReferenceEdits(store)) {
    if (edit.action === 'remove') {
      (edit.kind === 'place' ? removedPlaces : removedOrgs).push(edit.name);
    } else if (edit.kind === 'place') {
      places.push({ id: `store:place:${edit.entry.type}:${edit.entry.name}`, ...edit.entry });
    } else {
      orgs.push({ id: `store:organization:${edit.entry.name}`, ...edit.entry });
    }
  }
  return { places, orgs, removedPlaces, removedOrgs };
}

function editRow(kind: ReferenceKind, action: 'set' | 'remove', name: string, entry: object | null, meta: EditMeta) {
  return {
    kind,
    action,
    name,
    name_key: nameKey(name),
    entry: entry === null ? null : JSON.stringify(entry),
    editor: meta.editor,
    edited_at: new Date().toISOString(),
    note: meta.note ?? null,
  };
}

function toEdit(row: Omit<ReferenceEditsTable, 'id'> & { id: number }): ReferenceEdit {
  const base = { id: row.id, name: row.name, editor: row.editor, editedAt: row.edited_at, note: row.note };
  if (row.action === 'remove' || row.entry === null) return { ...base, kind: row.kind, action: 'remove', entry: null };
  const entry: unknown = JSON.parse(row.entry);
  return row.kind === 'place'
    ? { ...base, kind: 'place', action: 'set', entry: entry as PlaceEntryInput }
    : { ...base, kind: 'organization', action: 'set', entry: entry as OrganizationEntryInput };
}

function definedOnly<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** Names sort by code point, the same on both backends and in every locale. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
