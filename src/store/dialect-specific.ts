import { type ColumnDefinitionBuilder, type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Everything that differs between SQLite and PostgreSQL lives here, so the migrations and the
 * queries stay one portable set.
 */
export type StoreDialect = 'sqlite' | 'postgres';

/** Which backend a Kysely instance (or transaction) talks to. */
export function dialectOf(db: { getExecutor(): { adapter: unknown } }): StoreDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * The column types and the auto-numbered primary key, which the two backends spell differently:
 * SQLite has `blob` and `autoincrement`, PostgreSQL `bytea` and identity columns.
 */
export function dialectColumns(dialect: StoreDialect) {
  return {
    binary: dialect === 'postgres' ? sql`bytea` : sql`blob`,
    real: dialect === 'postgres' ? sql`double precision` : sql`real`,
    autoId: (col: ColumnDefinitionBuilder) =>
      dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
  };
}

/**
 * Serializes saves of one document (source, item key) until the transaction ends, so two
 * writers saving the same item cannot both make version N. PostgreSQL: an advisory lock on
 * the key (the unique constraint cannot see a null item key). SQLite has one writer per file,
 * but a transaction that reads first and writes later fails (SQLITE_BUSY_SNAPSHOT) when
 * another connection wrote in between; an empty write as its first statement takes the write
 * lock up front, as `BEGIN IMMEDIATE` would, and waits for it (`busy_timeout`).
 */
export async function lockDocumentKey(
  trx: Transaction<Database>,
  source: string,
  itemKey: string | null,
): Promise<void> {
  if (dialectOf(trx) === 'postgres') {
    const key = JSON.stringify([source, itemKey]);
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  } else {
    await sql`update documents set id = id where 0`.execute(trx);
  }
}

/**
 * A text column to order by in the same order on both backends: SQLite compares text by code
 * point, PostgreSQL by the database's locale unless told `collate "C"`.
 */
export function inCodePointOrder(dialect: StoreDialect, column: string) {
  return dialect === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql.ref(column);
}

/**
 * The schema to keep Kysely's migration tables in. On PostgreSQL Kysely looks for them in any
 * schema unless told which, so a second munical in the same database (parallel test files,
 * each in its own schema) would take another's tables for its own; the current schema is the
 * one `search_path` chose. SQLite has no schemas.
 */
export async function migrationTableSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('store: PostgreSQL has no current schema; check search_path');
  return schema;
}
