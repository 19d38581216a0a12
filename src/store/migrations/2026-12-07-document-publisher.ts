import type { Kysely, Migration } from 'kysely';

/**
 * Who published a document as its source names itself (a feed's channel title, a page's site
 * name), kept so that extracting again from the store reads news the way the first reading did:
 * an association's own news without another organizer named are its events. Nullable: older
 * versions and formats without a publisher have none.
 */
export const documentPublisher: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('documents').addColumn('publisher', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('documents').dropColumn('publisher').execute();
  },
};
