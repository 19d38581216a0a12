/**
 * @module jobs
 * Units of work that join the stages: a source is read (ingest), its documents extracted (extract)
 * and stored with their events (store). The CLI runs them in-process; a queue worker or the
 * server's scheduler run the same functions.
 */
export { type IngestOutcome, type IngestProgress, ingestSources } from './ingest-sources.js';
