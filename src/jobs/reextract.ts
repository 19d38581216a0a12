/**
 * Re-extraction: the latest version of every stored document (or of one source) is read again
 * from the store — its text, date and title as received — and its events saved with
 * `reextracted: true`: no new version, events matched to the ones stored keep their ids, and
 * editors' corrections are applied again. Nothing is fetched; a better extractor improves
 * everything already kept. Each document is one transaction, so a run killed mid-way leaves
 * every document either re-extracted or as it was.
 */
import { normalize } from 'node:path';
import type { Extractor } from '../extract/index.js';
import { type Store, saveExtraction } from '../store/index.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';

export interface ReextractOptions {
  /** Only the documents of this source: a file path or URL, or a folder (its files under it). */
  source?: string;
  /** Recorded with each event's provenance; default {@link EXTRACTOR_VERSION}. */
  extractorVersion?: string;
}

export type ReextractOutcome =
  | {
      kind: 'reextracted';
      source: string;
      itemKey: string | null;
      documentId: number;
      /** Events the document now gives. */
      events: number;
      /** Events it gives now and did not before; that it gave before and no longer does; whose fields, evidence or spans changed. */
      added: number;
      removed: number;
      updated: number;
    }
  /** A newer version arrived (a concurrent ingest) between reading and saving: left to that version. */
  | { kind: 'superseded'; source: string; itemKey: string | null; documentId: number }
  | { kind: 'failed'; source: string; itemKey: string | null; documentId: number; reason: string };

interface LatestVersion {
  id: number;
  source: string;
  itemKey: string | null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);
/** A path as written or with `./`, `a/../b`, a trailing slash: the same file or folder. */
const samePath = (s: string) => (isUrl(s) ? s : normalize(s).replace(/\/+$/, ''));

function underSource(source: string, filter: string): boolean {
  const [a, b] = [samePath(source), samePath(filter)];
  return a === b || a.startsWith(b.endsWith('/') ? b : `${b}/`);
}

/** The latest version of each (source, item key), oldest document first; ids only, texts are read one at a time. */
async function latestVersions(store: Store, filter: string | undefined): Promise<LatestVersion[]> {
  const rows = await store.db
    .selectFrom('documents')
    .select(['id', 'source', 'item_key', 'version'])
    .orderBy('id')
    .execute();
  const latest = new Map<string, { id: number; source: string; itemKey: string | null; version: number }>();
  for (const row of rows) {
    if (filter !== undefined && !underSource(row.source, filter)) continue;
    const key = JSON.stringify([row.source, row.item_key]);
    const seen = latest.get(key);
    if (seen === undefined || row.version > seen.version) {
      latest.set(key, { id: row.id, source: row.source, itemKey: row.item_key, version: row.version });
    }
  }
  return [...latest.values()].sort((a, b) => a.id - b.id).map(({ id, source, itemKey }) => ({ id, source, itemKey }));
}

/** What the extractor said of each event of a document, by event id: to tell what re-extraction changed. */
async function eventSignatures(store: Store, documentId: number): Promise<Map<number, string>> {
  const rows = await store.db
    .selectFrom('event_sources')
    .select(['event_id', 'extracted', 'evidence_start', 'evidence_end', 'field_spans'])
    .where('document_id', '=', documentId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.event_id,
      JSON.stringify([row.extracted, row.evidence_start, row.evidence_end, row.field_spans]),
    ]),
  );
}

async function isLatest(store: Store, doc: LatestVersion): Promise<boolean> {
  let query = store.db
    .selectFrom('documents')
    .select('id')
    .where('source', '=', doc.source)
    .orderBy('version', 'desc')
    .limit(1);
  query = doc.itemKey === null ? query.where('item_key', 'is', null) : query.where('item_key', '=', doc.itemKey);
  return (await query.executeTakeFirst())?.id === doc.id;
}

/**
 * @example
 * for await (const o of reextractDocuments(store, extractor, { source: 'data/demo' })) console.log(o);
 */
export async function* reextractDocuments(
  store: Store,
  extractor: Extractor,
  options: ReextractOptions = {},
): AsyncGenerator<ReextractOutcome> {
  const extractorVersion = options.extractorVersion ?? EXTRACTOR_VERSION;
  for (const latest of await latestVersions(store, options.source)) {
    const base = { source: latest.source, itemKey: latest.itemKey, documentId: latest.id };
    try {
      const row = await store.db.selectFrom('documents').selectAll().where('id', '=', latest.id).executeTakeFirst();
      if (row === undefined) continue; // deleted meanwhile
      const extraction = extractor.extract({
        text: row.text,
        date: row.date,
        title: row.title,
        publisher: row.publisher ?? null,
      });
      const before = await eventSignatures(store, row.id);
      // saveExtraction compares hashes with the latest version: were a newer one stored since we
      // listed, this text would be saved as yet another version, taking the document back.
      if (!(await isLatest(store, latest))) {
        yield { kind: 'superseded', ...base };
        continue;
      }
      const saved = await saveExtraction(store, {
        document: {
          source: row.source,
          itemKey: row.item_key,
          format: row.format,
          encoding: row.encoding,
          bytes: row.bytes,
          hash: row.hash,
          text: row.text,
          title: row.title,
          date: row.date,
          link: row.link,
          publisher: row.publisher,
          fetchedAt: row.fetched_at,
        },
        extraction,
        reextracted: true,
        extractorVersion,
      });
      if (saved.documentId !== row.id) {
        // A newer version was stored between the check and the save: this text became a version after it.
        yield {
          kind: 'failed',
          ...base,
          reason: `a newer version arrived while re-extracting; ingest ${row.source} again`,
        };
        continue;
      }
      const after = await eventSignatures(store, row.id);
      let added = 0;
      let updated = 0;
      for (const [eventId, signature] of after) {
        const old = before.get(eventId);
        if (old === undefined) added++;
        else if (old !== signature) updated++;
      }
      const removed = [...before.keys()].filter((eventId) => !after.has(eventId)).length;
      yield { kind: 'reextracted', ...base, events: saved.eventIds.length, added, removed, updated };
    } catch (error) {
      yield { kind: 'failed', ...base, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
