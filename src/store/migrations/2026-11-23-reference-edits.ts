import type { Kysely, Migration } from 'kysely';
import { dialectColumns, dialectOf } from '../dialect-specific.js';

/**
 * Editors' changes to the reference data (`munical place add`, `munical org remove` …): places and
 * organizations they added or corrected, and names they removed. Append-only history like
 * `event_edits`: the latest row per (kind, name) is the one in force. A table of its own rather
 * than columns on `places`/`organizations`, which hold what events link to (grown by extraction,
 * unique by name and type) and could not keep a removal, its history or a gazetteer entry's
 * aliases and former names.
 */
export const referenceEdits: Migration = {
  async up(db: Kysely<unknown>) {
    const { autoId } = dialectColumns(dialectOf(db));
    await db.schema
      .createTable('reference_edits')
      .addColumn('id', 'integer', autoId)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('entry', 'text')
      .addColumn('editor', 'text', (c) => c.notNull())
      .addColumn('edited_at', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('reference_edits_kind_name')
      .on('reference_edits')
      .columns(['kind', 'name_key', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reference_edits').execute();
  },
};
