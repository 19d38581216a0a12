import { type Kysely, type Migration, sql } from 'kysely';
import { dialectColumns, dialectOf } from '../dialect-specific.js';

/** The first schema: documents with versions, events with provenance, reference data, edits and links. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const { autoId, binary, real } = dialectColumns(dialectOf(db));

    await db.schema
      .createTable('documents')
      .addColumn('id', 'integer', autoId)
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('item_key', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text')
      .addColumn('bytes', binary, (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('date', 'text')
      .addColumn('link', 'text')
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('documents_source_item_version_unique', ['source', 'item_key', 'version'])
      .execute();
    await db.schema
      .createIndex('documents_source_item_index')
      .on('documents')
      .columns(['source', 'item_key'])
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', autoId)
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('precision', 'text', (c) => c.notNull())
      .addColumn('recurrence', 'text')
      .addColumn('when_text', 'text', (c) => c.notNull())
      .addColumn('time_start', 'text')
      .addColumn('time_end', 'text')
      .addColumn('format', 'text')
      .addColumn('status', 'text')
      .addColumn('attendance', 'integer')
      .addColumn('age', 'integer')
      .addColumn('venue', 'text')
      .addColumn('expected_result', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_start_date_index').on('events').column('start_date').execute();
    await db.schema.createIndex('events_end_date_index').on('events').column('end_date').execute();
    await db.schema.createIndex('events_kind_index').on('events').column('kind').execute();

    await db.schema
      .createTable('organizations')
      .addColumn('id', 'integer', autoId)
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('abbreviation', 'text')
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    await db.schema
      .createTable('places')
      .addColumn('id', 'integer', autoId)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('region', 'text')
      .addColumn('country', 'text')
      .addColumn('lat', real)
      .addColumn('lon', real)
      .addColumn('founded', 'text')
      .addUniqueConstraint('places_name_type_unique', ['name', 'type'])
      .execute();

    await db.schema
      .createTable('event_organizers')
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_organizers_primary_key', ['event_id', 'organization_id'])
      .execute();
    await db.schema
      .createIndex('event_organizers_organization_index')
      .on('event_organizers')
      .column('organization_id')
      .execute();

    await db.schema
      .createTable('event_places')
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('place_id', 'integer', (c) => c.notNull().references('places.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_places_primary_key', ['event_id', 'place_id'])
      .execute();
    await db.schema.createIndex('event_places_place_index').on('event_places').column('place_id').execute();

    await db.schema
      .createTable('event_sources')
      .addColumn('id', 'integer', autoId)
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('evidence_start', 'integer', (c) => c.notNull())
      .addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('field_spans', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('extracted', 'text', (c) => c.notNull())
      .addColumn('confidence', real, (c) => c.notNull())
      .addColumn('extractor_version', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('event_sources_event_document_unique', ['event_id', 'document_id'])
      .execute();
    await db.schema.createIndex('event_sources_document_index').on('event_sources').column('document_id').execute();

    await db.schema
      .createTable('event_edits')
      .addColumn('id', 'integer', autoId)
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('editor', 'text', (c) => c.notNull())
      .addColumn('edited_at', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
    await db.schema
      .createIndex('event_edits_event_field_index')
      .on('event_edits')
      .columns(['event_id', 'field'])
      .execute();

    await db.schema
      .createTable('event_links')
      .addColumn('id', 'integer', autoId)
      .addColumn('from_event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('to_event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('reported_by', 'same_as')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('event_links_unique', ['from_event_id', 'to_event_id', 'kind'])
      .execute();
    await db.schema.createIndex('event_links_to_index').on('event_links').column('to_event_id').execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'event_links',
      'event_edits',
      'event_sources',
      'event_places',
      'event_organizers',
      'places',
      'organizations',
      'events',
      'documents',
    ]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
