/**
 * Registered web sources: addresses `munical watch` (or the server) re-reads on a schedule, each
 * with its interval and the outcome of its last check.
 */
import type { Store } from './open-store.js';
import type { SourcesTable } from './schema.js';

export type SourceStatus = 'changed' | 'unchanged' | 'error';

export interface SourceRecord {
  id: number;
  url: string;
  everySeconds: number;
  addedAt: string;
  lastCheckedAt: string | null;
  lastStatus: SourceStatus | null;
  lastError: string | null;
  lastChangedAt: string | null;
  lastStored: number | null;
  lastUnchanged: number | null;
}

export interface SourceCheck {
  checkedAt: string;
  status: SourceStatus;
  error: string | null;
  stored: number;
  unchanged: number;
}

type SourceRow = Omit<SourcesTable, 'id'> & { id: number };

function toRecord(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    url: row.url,
    everySeconds: row.every_seconds,
    addedAt: row.added_at,
    lastCheckedAt: row.last_checked_at,
    lastStatus: row.last_status as SourceStatus | null,
    lastError: row.last_error,
    lastChangedAt: row.last_changed_at,
    lastStored: row.last_stored,
    lastUnchanged: row.last_unchanged,
  };
}

/** Only http and https are fetched; anything else is refused here, where the user typed it. */
export function checkSourceUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`not a valid URL: «${url}»`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`only http and https addresses can be watched, got «${url}»`);
  }
  return url;
}

/**
 * Registers a URL, or changes the interval of one already registered (its history is kept).
 *
 * ```ts
 * const { source, created } = await addSource(store, { url: 'https://srg.example/rss', everySeconds: 6 * 3600 });
 * ```
 */
export async function addSource(
  store: Store,
  input: { url: string; everySeconds: number; now?: Date },
): Promise<{ source: SourceRecord; created: boolean }> {
  const url = checkSourceUrl(input.url);
  if (!Number.isInteger(input.everySeconds) || input.everySeconds <= 0) {
    throw new Error(`source interval must be a positive whole number of seconds, got ${input.everySeconds}`);
  }
  const addedAt = (input.now ?? new Date()).toISOString();
  // Insert-or-update in one statement, so two `source add` of one URL cannot both insert.
  const existing = await store.db.selectFrom('sources').select('id').where('url', '=', url).executeTakeFirst();
  await store.db
    .insertInto('sources')
    .values({ url, every_seconds: input.everySeconds, added_at: addedAt })
    .onConflict((oc) => oc.column('url').doUpdateSet({ every_seconds: input.everySeconds }))
    .execute();
  const row = await store.db.selectFrom('sources').selectAll().where('url', '=', url).executeTakeFirstOrThrow();
  return { source: toRecord(row), created: existing === undefined };
}

/** Every registered source, by URL. */
export async function listSources(store: Store): Promise<SourceRecord[]> {
  const rows = await store.db.selectFrom('sources').selectAll().orderBy('url').execute();
  return rows.map(toRecord);
}

/** Forgets a source (the documents read from it stay). False when it was not registered. */
export async function removeSource(store: Store, url: string): Promise<boolean> {
  const result = await store.db.deleteFrom('sources').where('url', '=', url).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** When a source is next due: at once if never checked, else its last check plus its interval. */
export function nextCheckAt(source: SourceRecord): Date {
  if (source.lastCheckedAt === null) return new Date(source.addedAt);
  return new Date(Date.parse(source.lastCheckedAt) + source.everySeconds * 1000);
}

/** The sources due at `now`, the longest overdue first. */
export async function dueSources(store: Store, now: Date): Promise<SourceRecord[]> {
  return (await listSources(store))
    .filter((source) => nextCheckAt(source).getTime() <= now.getTime())
    .sort((a, b) => nextCheckAt(a).getTime() - nextCheckAt(b).getTime() || (a.url < b.url ? -1 : 1));
}

/** Records the outcome of one check. A source removed meanwhile stays removed. */
export async function recordSourceCheck(store: Store, url: string, check: SourceCheck): Promise<void> {
  await store.db
    .updateTable('sources')
    .set((eb) => ({
      last_checked_at: check.checkedAt,
      last_status: check.status,
      last_error: check.error,
      last_stored: check.stored,
      last_unchanged: check.unchanged,
      last_changed_at: check.stored > 0 ? check.checkedAt : eb.ref('last_changed_at'),
    }))
    .where('url', '=', url)
    .execute();
}
