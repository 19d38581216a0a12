/**
 * Opens the store the user asked for: `--db PATH` beats `MUNICAL_DB`; `DATABASE_URL` selects PostgreSQL.
 */
import { readConfig } from '../config.js';
import { loadMorph } from '../morph/index.js';
import { openStore, type Store } from '../store/index.js';

/** Search and reconciliation compare lemmas, so «форумы» finds «форум» on both backends. */
export async function openConfiguredStore(dbFlag: string | undefined): Promise<Store> {
  const config = readConfig();
  const morph = await loadMorph();
  const lemmatize = (word: string) => morph.lemmas(word);
  if (config.databaseUrl !== undefined && dbFlag === undefined)
    return openStore({ databaseUrl: config.databaseUrl, lemmatize });
  return openStore({ sqlitePath: dbFlag ?? config.sqlitePath, lemmatize });
}

export function describeStore(store: Store, dbFlag: string | undefined): string {
  if (store.dialect === 'postgres') return 'PostgreSQL (DATABASE_URL)';
  return `SQLite ${dbFlag ?? readConfig().sqlitePath}`;
}
