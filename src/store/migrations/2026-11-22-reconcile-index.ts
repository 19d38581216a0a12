import type { Kysely, Migration } from 'kysely';

/**
 * Reconciliation looks for events of one kind around a date range after every saved document;
 * without this index it scans every event of the kind, and ingestion slows as the store grows.
 */
export const reconcileIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('events_kind_start').on('events').columns(['kind', 'start_date']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('events_kind_start').execute();
  },
};
