/**
 * @module jobs
 * Units of work that join the stages: a source is read (ingest), its documents extracted (extract)
 * and stored with their events (store). The CLI runs them in-process; a queue worker or the
 * server's scheduler run the same functions.
 */
export {
  type CheckSourcesOptions,
  checkSource,
  checkSources,
  nextSourceDue,
  type SourceCheckResult,
  type WatchSourcesOptions,
  watchSources,
} from './check-sources.js';
export { EXTRACTOR_VERSION } from './extractor-version.js';
export { type IngestOutcome, type IngestProgress, ingestSources } from './ingest-sources.js';
export { formatInterval, parseInterval } from './interval.js';
export { type ReextractOptions, type ReextractOutcome, reextractDocuments } from './reextract.js';
export { extractorVersionWith, loadStoreExtractor, type StoreExtractor } from './store-extractor.js';
