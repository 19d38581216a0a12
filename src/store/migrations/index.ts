import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './2026-11-22-initial.js';

/**
 * Every migration, by dated name. Append-only: never edit a migration that has shipped, add a
 * new dated file. A static list rather than a folder scan, so bundles and `tsx` runs find them.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-22-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
