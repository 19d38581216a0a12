import type { PlaceType } from '../domain/index.js';
import type { Store } from './open-store.js';

export interface OrganizationInput {
  /** The canonical full name in the nominative. */
  name: string;
  abbreviation?: string | null;
  aliases?: string[];
}

export interface OrganizationRecord {
  id: number;
  name: string;
  abbreviation: string | null;
  aliases: string[];
  eventCount: number;
}

export interface PlaceInput {
  name: string;
  type: PlaceType;
  region?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  founded?: string | null;
}

export interface PlaceRecord extends Required<PlaceInput> {
  id: number;
  eventCount: number;
}

/**
 * Creates or updates an organization by canonical name, for seeding the registry from `data/`.
 * Returns its id; the events already linked to it keep it.
 *
 * ```ts
 * await upsertOrganization(store, { name: 'Союз российских городов', abbreviation: 'СРГ' });
 * ```
 */
export async function upsertOrganization(store: Store, organization: OrganizationInput): Promise<number> {
  const values = {
    name: organization.name,
    abbreviation: organization.abbreviation ?? null,
    aliases: JSON.stringify(organization.aliases ?? []),
  };
  const row = await store.db
    .insertInto('organizations')
    .values(values)
    .onConflict((oc) => oc.column('name').doUpdateSet({ abbreviation: values.abbreviation, aliases: values.aliases }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Creates or updates a place by (name, type), for seeding the gazetteer.
 *
 * ```ts
 * await upsertPlace(store, { name: 'Караганда', type: 'city', country: 'Казахстан', founded: '1934' });
 * ```
 */
export async function upsertPlace(store: Store, place: PlaceInput): Promise<number> {
  const details = {
    region: place.region ?? null,
    country: place.country ?? null,
    lat: place.lat ?? null,
    lon: place.lon ?? null,
    founded: place.founded ?? null,
  };
  const row = await store.db
    .insertInto('places')
    .values({ name: place.name, type: place.type, ...details })
    .onConflict((oc) => oc.columns(['name', 'type']).doUpdateSet(details))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// The columns a list shows, selected and grouped by alike (PostgreSQL wants every selected column grouped).
const ORGANIZATION_COLUMNS = [
  'organizations.id',
  'organizations.name',
  'organizations.abbreviation',
  'organizations.aliases',
] as const;
const PLACE_COLUMNS = [
  'places.id',
  'places.name',
  'places.type',
  'places.region',
  'places.country',
  'places.lat',
  'places.lon',
  'places.founded',
] as const;

/** Every organization, by name, with how many events it organizes. */
export async function listOrganizations(store: Store): Promise<OrganizationRecord[]> {
  const rows = await store.db
    .selectFrom('organizations')
    .leftJoin('event_organizers', 'event_organizers.organization_id', 'organizations.id')
    .select((eb) => [
      ...ORGANIZATION_COLUMNS,
      eb.fn.count<string | number>('event_organizers.event_id').as('event_count'),
    ])
    .groupBy([...ORGANIZATION_COLUMNS])
    .orderBy('organizations.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    abbreviation: row.abbreviation,
    aliases: JSON.parse(row.aliases) as string[],
    eventCount: Number(row.event_count),
  }));
}

/** Every place, by name, with how many events take place there. */
export async function listPlaces(store: Store): Promise<PlaceRecord[]> {
  const rows = await store.db
    .selectFrom('places')
    .leftJoin('event_places', 'event_places.place_id', 'places.id')
    .select((eb) => [...PLACE_COLUMNS, eb.fn.count<string | number>('event_places.event_id').as('event_count')])
    .groupBy([...PLACE_COLUMNS])
    .orderBy('places.name')
    .orderBy('places.type')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type as PlaceType,
    region: row.region,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    founded: row.founded,
    eventCount: Number(row.event_count),
  }));
}
