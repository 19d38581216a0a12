import type { Kysely, Migration } from 'kysely';
import { dialectColumns, dialectOf } from '../dialect-specific.js';

/**
 * Registered web sources (`munical source add URL --every 6h`): what `munical watch` re-reads on a
 * schedule, with when each was last checked and how that went.
 */
export const sources: Migration = {
  async up(db: Kysely<unknown>) {
    const { autoId } = dialectColumns(dialectOf(db));
    await db.schema
      .createTable('sources')
      .addColumn('id', 'integer', autoId)
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('every_seconds', 'integer', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('last_checked_at', 'text')
      .addColumn('last_status', 'text')
      .addColumn('last_error', 'text')
      .addColumn('last_changed_at', 'text')
      .addColumn('last_stored', 'integer')
      .addColumn('last_unchanged', 'integer')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sources').execute();
  },
};
