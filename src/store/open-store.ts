import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationTableSchema, type StoreDialect } from './dialect-specific.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import type { Lemmatizer } from './search-text.js';

export interface StoreConfig {
  /** SQLite file; default `./data/munical.db`; `':memory:'` for a throwaway store. */
  sqlitePath?: string;
  /** `postgres://…`; when set, PostgreSQL is used and `sqlitePath` ignored. */
  databaseUrl?: string;
  /** PostgreSQL schema to work in (sets `search_path`); tests give each file its own. */
  postgresSchema?: string;
  /** Most PostgreSQL connections this process opens (pg's default, 10, when not given). */
  postgresPoolSize?: number;
  /** Folds word forms for search («форумах» → «форум»); without it, search matches forms as written. */
  lemmatize?: Lemmatizer;
}

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** The lemmatizer `StoreConfig.lemmatize` gave, used when writing and querying `search_text`. */
  lemmatize?: Lemmatizer;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/munical.db';

/**
 * Opens (and creates, and migrates) the store.
 *
 * ```ts
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 * try { console.log(await countEvents(store, {})); } finally { await store.close(); }
 * ```
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const opened = config.databaseUrl ? openPostgres(config.databaseUrl, config) : openSqlite(config);
  const store: Store = config.lemmatize ? { ...opened, lemmatize: config.lemmatize } : opened;
  try {
    await migrateToLatest(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(config: StoreConfig): Store {
  const path = config.sqlitePath ?? DEFAULT_SQLITE_PATH;
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets the web server read while an ingest writes; SQLite leaves foreign keys off by default.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(connectionString: string, config: StoreConfig): Store {
  const pool = new pg.Pool({
    connectionString,
    ...(config.postgresSchema ? { options: `-c search_path=${config.postgresSchema}` } : {}),
    ...(config.postgresPoolSize ? { max: config.postgresPoolSize } : {}),
  });
  // An idle client losing its connection (a server restart) emits 'error' on the pool, which
  // would end the process if nobody listened; the next query gets a fresh connection.
  pool.on('error', (error) => console.error('store: idle PostgreSQL connection failed:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Runs every migration not yet applied; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const schema = await migrationTableSchema(db);
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(`store: migration ${failed?.migrationName ?? '(before any migration)'} failed`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
