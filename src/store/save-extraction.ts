import type { Kysely, Transaction } from 'kysely';
import type { Event, EventField, ExtractedEvent, Extraction, TextRange } from '../domain/index.js';
import { lockDocumentKey } from './dialect-specific.js';
import { writeOrganizersAndPlaces } from './event-associations.js';
import { applyEventEdits } from './event-edits.js';
import type { Store } from './open-store.js';
import { reconcileEvents } from './reconcile-events.js';
import type { Database } from './schema.js';
import { type Lemmatizer, toSearchText } from './search-text.js';

export interface DocumentInput {
  source: string;
  itemKey: string | null;
  format: string;
  encoding: string | null;
  bytes: Uint8Array;
  hash: string;
  text: string;
  title: string | null;
  date: string | null;
  link: string | null;
  /** Who published it (a feed's channel title, a page's site name); absent or null when unnamed. */
  publisher?: string | null;
  /** When it was fetched; default now. */
  fetchedAt?: string;
}

export interface SaveExtractionInput {
  document: DocumentInput;
  extraction: Extraction;
  /** Recorded with each event's provenance, so a later extractor can tell what an older one made. */
  extractorVersion?: string | null;
  /**
   * The text is unchanged but extracted again (a better extractor): replace the events of the
   * latest version instead of changing nothing. No new version is made; `created` stays false.
   */
  reextracted?: boolean;
}

export interface SaveExtractionResult {
  documentId: number;
  /** False when this exact text was already the latest version: nothing was written. */
  created: boolean;
  /** The events read from this document, in extraction order. */
  eventIds: number[];
}

/**
 * Stores a document version and its events in one transaction.
 *
 * The same (source, itemKey, hash) as the latest version changes nothing (unless `reextracted`). A new hash is a new
 * version (older rows kept); the events read from older versions are updated in place where the
 * new extraction has the same event (same title and kind), so their ids, edits and links
 * survive, and deleted where it has not.
 *
 * ```ts
 * const { documentId, created, eventIds } = await saveExtraction(store, { document, extraction });
 * ```
 */
export async function saveExtraction(store: Store, input: SaveExtractionInput): Promise<SaveExtractionResult> {
  return store.db.transaction().execute((trx) => saveInTransaction(trx, input, store.lemmatize));
}

async function saveInTransaction(
  trx: Transaction<Database>,
  input: SaveExtractionInput,
  lemmatize: Lemmatizer | undefined,
): Promise<SaveExtractionResult> {
  const { document, extraction } = input;
  const now = new Date().toISOString();
  await lockDocumentKey(trx, document.source, document.itemKey);
  const versions = await selectVersions(trx, document.source, document.itemKey);
  const latest = versions[0];
  const unchanged = latest !== undefined && latest.hash === document.hash;
  if (unchanged && !input.reextracted) {
    return { documentId: latest.id, created: false, eventIds: await eventIdsOfDocument(trx, latest.id) };
  }
  const documentId = unchanged
    ? latest.id
    : await insertDocumentVersion(trx, document, (latest?.version ?? 0) + 1, now);

  // Every earlier version (and, re-extracting, this one): their events are matched or dropped.
  const olderIds = versions.map((version) => version.id);
  const reusable = olderIds.length > 0 ? await eventsOfDocuments(trx, olderIds) : [];
  const eventIds: number[] = [];
  for (const event of extraction.events) {
    let matchIndex = reusable.findIndex((old) => old.title === event.title && old.kind === event.kind);
    if (matchIndex < 0) matchIndex = reusable.findIndex((old) => old.evidence === event.evidence);
    const match = matchIndex >= 0 ? reusable.splice(matchIndex, 1)[0] : undefined;
    const eventId = match
      ? await updateEvent(trx, match.id, eventColumns(event, now, lemmatize))
      : await insertEvent(trx, eventColumns(event, now, lemmatize));
    await writeOrganizersAndPlaces(trx, eventId, event);
    if (olderIds.length > 0) {
      await trx
        .deleteFrom('event_sources')
        .where('event_id', '=', eventId)
        .where('document_id', 'in', olderIds)
        .execute();
    }
    await trx
      .insertInto('event_sources')
      .values({
        event_id: eventId,
        document_id: documentId,
        evidence_start: event.evidenceSpan.start,
        evidence_end: event.evidenceSpan.end,
        evidence: event.evidence,
        field_spans: JSON.stringify(event.fieldSpans satisfies Partial<Record<EventField, TextRange>>),
        extracted: JSON.stringify({ ...extractedFields(event), documentKind: extraction.document.kind }),
        confidence: event.confidence,
        extractor_version: input.extractorVersion ?? null,
        created_at: now,
      })
      .execute();
    if (match) await applyEventEdits(trx, eventId, lemmatize);
    eventIds.push(eventId);
  }

  // Events of the older versions that the new text no longer states.
  for (const gone of reusable) {
    await trx
      .deleteFrom('event_sources')
      .where('event_id', '=', gone.id)
      .where('document_id', 'in', olderIds)
      .execute();
    const remaining = await trx
      .selectFrom('event_sources')
      .select('id')
      .where('event_id', '=', gone.id)
      .executeTakeFirst();
    if (!remaining) await trx.deleteFrom('events').where('id', '=', gone.id).execute();
  }

  await reconcileEvents(trx, eventIds, lemmatize, now);
  return { documentId, created: !unchanged, eventIds };
}

async function insertDocumentVersion(
  trx: Transaction<Database>,
  document: DocumentInput,
  version: number,
  now: string,
): Promise<number> {
  const row = await trx
    .insertInto('documents')
    .values({
      source: document.source,
      item_key: document.itemKey,
      version,
      format: document.format,
      encoding: document.encoding,
      bytes: Buffer.from(document.bytes),
      hash: document.hash,
      text: document.text,
      title: document.title,
      date: document.date,
      link: document.link,
      publisher: document.publisher ?? null,
      fetched_at: document.fetchedAt ?? now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** All versions of (source, itemKey), newest first. */
async function selectVersions(db: Kysely<Database>, source: string, itemKey: string | null) {
  return db
    .selectFrom('documents')
    .select(['id', 'hash', 'version'])
    .where('source', '=', source)
    .where((eb) => (itemKey === null ? eb('item_key', 'is', null) : eb('item_key', '=', itemKey)))
    .orderBy('version', 'desc')
    .execute();
}

/**
 * The id of the document's latest version if its hash is `hash`, so ingest can skip extraction.
 * An older version with that hash does not count: the text changed back, which is news.
 *
 * ```ts
 * if (await findDocumentByHash(store, 'srg.ru', item.guid, sha256)) continue;
 * ```
 */
export async function findDocumentByHash(
  store: Store,
  source: string,
  itemKey: string | null,
  hash: string,
): Promise<number | undefined> {
  const latest = (await selectVersions(store.db, source, itemKey))[0];
  return latest && latest.hash === hash ? latest.id : undefined;
}

async function eventIdsOfDocument(db: Kysely<Database>, documentId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('event_sources')
    .select('event_id')
    .where('document_id', '=', documentId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.event_id);
}

/** The events read from these document versions, with what the extractor said of each. */
async function eventsOfDocuments(db: Kysely<Database>, documentIds: number[]) {
  const rows = await db
    .selectFrom('event_sources')
    .select(['event_id', 'extracted', 'evidence'])
    .where('document_id', 'in', documentIds)
    .orderBy('event_id')
    .orderBy('id', 'desc')
    .execute();
  const byEvent = new Map<number, { id: number; title: string; kind: string; evidence: string }>();
  for (const row of rows) {
    if (byEvent.has(row.event_id)) continue;
    const extracted = JSON.parse(row.extracted) as Pick<Event, 'title' | 'kind'>;
    byEvent.set(row.event_id, {
      id: row.event_id,
      title: extracted.title,
      kind: extracted.kind,
      evidence: row.evidence,
    });
  }
  return [...byEvent.values()];
}

/** The event as extracted, without the provenance kept in columns of its own. */
function extractedFields(event: ExtractedEvent): Omit<Event, 'evidence'> {
  const {
    evidence: _evidence,
    evidenceSpan: _span,
    fieldSpans: _fieldSpans,
    confidence: _confidence,
    ...fields
  } = event;
  return fields;
}

function eventColumns(event: ExtractedEvent, now: string, lemmatize: Lemmatizer | undefined) {
  return {
    title: event.title,
    kind: event.kind,
    start_date: event.when.start,
    end_date: event.when.end,
    precision: event.when.precision,
    recurrence: event.when.recurrence,
    when_text: event.when.text,
    time_start: event.when.time?.start ?? null,
    time_end: event.when.time?.end ?? null,
    format: event.format,
    status: event.status,
    attendance: event.attendance,
    age: event.age,
    venue: event.venue,
    expected_result: event.expectedResult,
    search_text: toSearchText(
      [
        event.title,
        event.kind,
        event.when.text,
        event.venue,
        event.expectedResult,
        ...event.places.map((place) => place.name),
        ...event.organizers,
      ],
      lemmatize,
    ),
    updated_at: now,
  };
}

async function insertEvent(trx: Transaction<Database>, columns: EventColumns): Promise<number> {
  const row = await trx
    .insertInto('events')
    .values({ ...columns, created_at: columns.updated_at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function updateEvent(trx: Transaction<Database>, id: number, columns: EventColumns): Promise<number> {
  await trx.updateTable('events').set(columns).where('id', '=', id).execute();
  return id;
}

type EventColumns = ReturnType<typeof eventColumns>;
