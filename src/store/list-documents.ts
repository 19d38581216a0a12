import type { Store } from './open-store.js';

export interface DocumentSummary {
  id: number;
  source: string;
  itemKey: string | null;
  /** 1, 2, 3 … per (source, itemKey); every version is listed. */
  version: number;
  format: string;
  hash: string;
  title: string | null;
  date: string | null;
  fetchedAt: string;
  /** Events whose provenance points at this version. */
  eventCount: number;
}

/** What a summary shows of a document; selected and grouped by alike (PostgreSQL wants both). */
const SUMMARY_COLUMNS = [
  'documents.id',
  'documents.source',
  'documents.item_key',
  'documents.version',
  'documents.format',
  'documents.hash',
  'documents.title',
  'documents.date',
  'documents.fetched_at',
] as const;

/**
 * Every stored document version, newest fetch first.
 *
 * ```ts
 * for (const doc of await listDocuments(store)) console.log(doc.source, doc.version, doc.eventCount);
 * ```
 */
export async function listDocuments(store: Store): Promise<DocumentSummary[]> {
  const rows = await store.db
    .selectFrom('documents')
    .leftJoin('event_sources', 'event_sources.document_id', 'documents.id')
    .select((eb) => [...SUMMARY_COLUMNS, eb.fn.count<string | number>('event_sources.id').as('event_count')])
    .groupBy([...SUMMARY_COLUMNS])
    .orderBy('documents.fetched_at', 'desc')
    .orderBy('documents.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    itemKey: row.item_key,
    version: row.version,
    format: row.format,
    hash: row.hash,
    title: row.title,
    date: row.date,
    fetchedAt: row.fetched_at,
    eventCount: Number(row.event_count),
  }));
}
