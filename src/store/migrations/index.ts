import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './2026-11-22-initial.js';
import { reconcileIndex } from './2026-11-22-reconcile-index.js';
import { sources } from './2026-11-22-sources.js';
import { referenceEdits } from './2026-11-23-reference-edits.js';
import { documentPublisher } from './2026-12-07-document-publisher.js';

/**
 * Every migration, by dated name. Append-only: never edit a migration that has shipped, add a
 * new dated file. A static list rather than a folder scan, so bundles and `tsx` runs find them.
 * Kysely runs them in name order; keep the list in that order too.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-22-initial': initial,
  '2026-11-22-reconcile-index': reconcileIndex,
  '2026-11-22-sources': sources,
  '2026-11-23-reference-edits': referenceEdits,
  '2026-12-07-document-publisher': documentPublisher,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
