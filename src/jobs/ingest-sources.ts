/**
 * Ingests files, folders and web addresses into the store: each document is read, extracted and
 * saved in one transaction, so a batch killed mid-way leaves every document whole or absent, and
 * running it again stores nothing twice (an unchanged document is recognized by its hash and skipped
 * before extraction). A bad file is reported and the batch goes on.
 */
import type { Extractor } from '../extract/index.js';
import {
  fetchDocument,
  IngestError,
  type IngestedDocument,
  type IngestLimits,
  listFiles,
  readDocumentFile,
} from '../ingest/index.js';
import { findDocumentByHash, type Store, saveExtraction } from '../store/index.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';

export type IngestOutcome =
  | { kind: 'stored'; source: string; itemKey: string | null; documentId: number; events: number }
  | { kind: 'unchanged'; source: string; itemKey: string | null; documentId: number }
  | { kind: 'refused'; source: string; reason: string };

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  eventsFound: number;
  errors: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function readSource(source: string, limits: Partial<IngestLimits>): Promise<IngestedDocument[]> {
  return isUrl(source) ? fetchDocument(source, limits) : readDocumentFile(source, limits);
}

/**
 * @example for await (const outcome of ingestSources(store, extractor, ['data/demo'])) console.log(outcome)
 */
export async function* ingestSources(
  store: Store,
  extractor: Extractor,
  paths: string[],
  options: {
    limits?: Partial<IngestLimits>;
    onProgress?: (p: IngestProgress) => void;
    /** Recorded with each event's provenance; default {@link EXTRACTOR_VERSION}. */
    extractorVersion?: string;
  } = {},
): AsyncGenerator<IngestOutcome> {
  const urls = paths.filter(isUrl);
  let files: string[] = [];
  const refusedPaths: IngestOutcome[] = [];
  for (const path of paths.filter((p) => !isUrl(p))) {
    try {
      files = files.concat(await listFiles([path]));
    } catch (error) {
      refusedPaths.push({ kind: 'refused', source: path, reason: reasonOf(error) });
    }
  }
  yield* refusedPaths;
  const sources = [...files, ...urls];
  const progress: IngestProgress = {
    filesDone: 0,
    filesTotal: sources.length,
    bytesDone: 0,
    eventsFound: 0,
    errors: 0,
  };
  for (const source of sources) {
    let documents: IngestedDocument[];
    try {
      documents = await readSource(source, options.limits ?? {});
    } catch (error) {
      progress.errors++;
      progress.filesDone++;
      options.onProgress?.(progress);
      yield { kind: 'refused', source, reason: reasonOf(error) };
      continue;
    }
    for (const doc of documents) {
      progress.bytesDone += doc.bytes.byteLength;
      const existing = await findDocumentByHash(store, doc.source, doc.itemKey, doc.hash);
      if (existing !== undefined) {
        yield { kind: 'unchanged', source: doc.source, itemKey: doc.itemKey, documentId: existing };
        continue;
      }
      try {
        const extraction = extractor.extract({
          text: doc.text,
          date: doc.date,
          title: doc.title,
          publisher: doc.publisher ?? null,
        });
        const saved = await saveExtraction(store, {
          document: doc,
          extraction,
          extractorVersion: options.extractorVersion ?? EXTRACTOR_VERSION,
        });
        progress.eventsFound += saved.eventIds.length;
        yield {
          kind: 'stored',
          source: doc.source,
          itemKey: doc.itemKey,
          documentId: saved.documentId,
          events: saved.eventIds.length,
        };
      } catch (error) {
        progress.errors++;
        yield { kind: 'refused', source: doc.source, reason: reasonOf(error) };
      }
    }
    progress.filesDone++;
    options.onProgress?.(progress);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof IngestError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
