/**
 * Reads the environment once and returns a typed Config; every other module takes values from it,
 * never from `process.env` directly. Command-line flags override what is read here.
 */

export interface Config {
  /** SQLite file used when no PostgreSQL URL is given (`--db PATH`, `MUNICAL_DB`). */
  sqlitePath: string;
  /** `DATABASE_URL=postgres://…` selects PostgreSQL. */
  databaseUrl: string | undefined;
  /** `--port N`, `PORT`. */
  port: number;
  /** Largest document accepted for ingestion, in bytes (`MUNICAL_MAX_BYTES`). */
  maxDocumentBytes: number;
}

export const DEFAULT_SQLITE_PATH = './data/munical.db';
export const DEFAULT_PORT = 8080;
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`config: ${name} must be a positive integer, got «${raw}»`);
  return value;
}

/**
 * @example readConfig({ PORT: '3000' }).port // 3000
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`config: DATABASE_URL must start with postgres://, got «${databaseUrl}»`);
  }
  return {
    sqlitePath: env.MUNICAL_DB?.trim() || DEFAULT_SQLITE_PATH,
    databaseUrl,
    port: positiveInteger('PORT', env.PORT, DEFAULT_PORT),
    maxDocumentBytes: positiveInteger('MUNICAL_MAX_BYTES', env.MUNICAL_MAX_BYTES, DEFAULT_MAX_DOCUMENT_BYTES),
  };
}
