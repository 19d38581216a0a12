/**
 * The version of extraction recorded with every event's provenance (`event_sources.extractor_version`),
 * by `munical ingest` and `munical reextract` alike. Change it when extraction changes what it finds,
 * then run `munical reextract`: the stored rows then tell which extractor read each event. With
 * editors' reference edits in the store a fingerprint of them is appended (`loadStoreExtractor`).
 */
export const EXTRACTOR_VERSION = '2026-12-08-2';
