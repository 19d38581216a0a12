/**
 * Opens the store the user asked for: `--db PATH` beats `MUNICAL_DB`; `DATABASE_URL` selects PostgreSQL.
 */
import { readConfig } from '../config.js';
import { openStore, type Store } from '../store/index.js';

export async function openConfiguredStore(dbFlag: string | undefined): Promise<Store> {
  const config = readConfig();
  if (config.databaseUrl !== undefined && dbFlag === undefined) return openStore({ databaseUrl: config.databaseUrl });
  return openStore({ sqlitePath: dbFlag ?? config.sqlitePath });
}

export function describeStore(store: Store, dbFlag: string | undefined): string {
  if (store.dialect === 'postgres') return 'PostgreSQL (DATABASE_URL)';
  return `SQLite ${dbFlag ?? readConfig().sqlitePath}`;
}
