import type { Kysely, Transaction } from 'kysely';
import type { ExtractedEvent, Place } from '../domain/index.js';
import type { Database } from './schema.js';

/** Replaces the event's organizers and places, creating reference rows as needed. */
export async function writeOrganizersAndPlaces(
  trx: Transaction<Database>,
  eventId: number,
  event: Pick<ExtractedEvent, 'organizers' | 'places'>,
): Promise<void> {
  await trx.deleteFrom('event_organizers').where('event_id', '=', eventId).execute();
  await trx.deleteFrom('event_places').where('event_id', '=', eventId).execute();
  const organizers = [...new Set(event.organizers)];
  for (const [position, name] of organizers.entries()) {
    await trx
      .insertInto('organizations')
      .values({ name, aliases: '[]' })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const { id } = await trx
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    await trx.insertInto('event_organizers').values({ event_id: eventId, organization_id: id, position }).execute();
  }
  const seen = new Set<string>();
  for (const place of event.places) {
    const key = `${place.type}\u0000${place.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await trx
      .insertInto('places')
      .values({ name: place.name, type: place.type })
      .onConflict((oc) => oc.columns(['name', 'type']).doNothing())
      .execute();
    const { id } = await trx
      .selectFrom('places')
      .select('id')
      .where('name', '=', place.name)
      .where('type', '=', place.type)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('event_places')
      .values({ event_id: eventId, place_id: id, position: seen.size - 1 })
      .execute();
  }
}

/** The event's organizers and places, in their stated order. */
export async function readOrganizersAndPlaces(trx: Kysely<Database>, eventId: number) {
  const places = await trx
    .selectFrom('event_places')
    .innerJoin('places', 'places.id', 'event_places.place_id')
    .select(['places.name', 'places.type'])
    .where('event_places.event_id', '=', eventId)
    .orderBy('event_places.position')
    .execute();
  const organizers = await trx
    .selectFrom('event_organizers')
    .innerJoin('organizations', 'organizations.id', 'event_organizers.organization_id')
    .select('organizations.name')
    .where('event_organizers.event_id', '=', eventId)
    .orderBy('event_organizers.position')
    .execute();
  return {
    places: places.map((place) => ({ name: place.name, type: place.type as Place['type'] })),
    organizers: organizers.map((organizer) => organizer.name),
  };
}
