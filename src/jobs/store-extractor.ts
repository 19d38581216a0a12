/**
 * The extractor a job runs with: the shipped reference data with the store's editors' entries and
 * removals laid over it (`munical place add`, `munical org remove` …), and the version recorded
 * with what it extracts — `EXTRACTOR_VERSION`, plus a fingerprint of the reference edits when
 * there are any (`2026-11-22+ref.3f9a0c1d2b4e5f60`), so the store tells which extractor and which
 * reference data read each event.
 */
import { createExtractor, type Extractor, loadReferenceData } from '../extract/index.js';
import { referenceFingerprint } from '../reference/index.js';
import { loadStoreReferenceEntries, type Store } from '../store/index.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';

export interface StoreExtractor {
  extractor: Extractor;
  /** What to record as `extractorVersion`. */
  extractorVersion: string;
}

/**
 * Loads the store's reference edits and builds the extractor on them. Cheap to call again: the
 * morphology and shipped files are read once, and the same edits give the same built data.
 *
 * ```ts
 * const { extractor, extractorVersion } = await loadStoreExtractor(store);
 * for await (const o of ingestSources(store, extractor, ['plan.docx'], { extractorVersion })) console.log(o);
 * ```
 */
export async function loadStoreExtractor(store: Store): Promise<StoreExtractor> {
  const edits = await loadStoreReferenceEntries(store);
  const ref = await loadReferenceData(edits);
  return { extractor: createExtractor(ref), extractorVersion: extractorVersionWith(referenceFingerprint(edits)) };
}

/** `EXTRACTOR_VERSION`, with the reference edits' fingerprint when there is one. */
export function extractorVersionWith(fingerprint: string): string {
  return fingerprint === '' ? EXTRACTOR_VERSION : `${EXTRACTOR_VERSION}+ref.${fingerprint}`;
}
