import type { Store } from './open-store.js';
import type { EventLinkKind } from './schema.js';

export interface EventLink {
  id: number;
  fromEventId: number;
  toEventId: number;
  kind: EventLinkKind;
  createdAt: string;
}

/**
 * Links two events: `reported_by` from a plan item to the news event reporting it held,
 * `same_as` from a duplicate to the event kept. Linking twice is a no-op.
 *
 * ```ts
 * await linkEvents(store, { fromEventId: planItem, toEventId: report, kind: 'reported_by' });
 * ```
 */
export async function linkEvents(
  store: Store,
  link: { fromEventId: number; toEventId: number; kind: EventLinkKind },
): Promise<void> {
  if (link.fromEventId === link.toEventId) {
    throw new Error(`store: cannot link event ${link.fromEventId} to itself`);
  }
  await store.db
    .insertInto('event_links')
    .values({
      from_event_id: link.fromEventId,
      to_event_id: link.toEventId,
      kind: link.kind,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['from_event_id', 'to_event_id', 'kind']).doNothing())
    .execute();
}

export async function unlinkEvents(
  store: Store,
  link: { fromEventId: number; toEventId: number; kind: EventLinkKind },
): Promise<void> {
  await store.db
    .deleteFrom('event_links')
    .where('from_event_id', '=', link.fromEventId)
    .where('to_event_id', '=', link.toEventId)
    .where('kind', '=', link.kind)
    .execute();
}

/** The links from and to an event, oldest first. */
export async function listEventLinks(store: Store, eventId: number): Promise<EventLink[]> {
  const rows = await store.db
    .selectFrom('event_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_event_id', '=', eventId), eb('to_event_id', '=', eventId)]))
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fromEventId: row.from_event_id,
    toEventId: row.to_event_id,
    kind: row.kind,
    createdAt: row.created_at,
  }));
}
