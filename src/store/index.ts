/**
 * @module store
 * Where documents, their events and the provenance of every fact are kept: one Kysely schema,
 * dated append-only migrations and repository functions that take the store first. SQLite file
 * by default (WAL, foreign keys on); PostgreSQL when a `postgres://` URL is given. The same
 * migrations and queries run on both. See `docs/store.md`.
 *
 * ```ts
 * const store = await openStore({ databaseUrl: config.databaseUrl });
 * await saveExtraction(store, { document, extraction });
 * const october = await listEvents(store, { from: '2021-10-01', to: '2021-10-31' });
 * await store.close();
 * ```
 */
export type { StoreDialect } from './dialect-specific.js';
export {
  EVENT_FIELD_EDIT,
  type EventEdit,
  type EventEditInput,
  type EventFieldEdit,
  listEventEdits,
  saveEventEdit,
} from './event-edits.js';
export { type EventLink, linkEvents, listEventLinks, unlinkEvents } from './event-links.js';
export {
  countEvents,
  countEventsBy,
  type EventDetail,
  type EventDimension,
  type EventQuery,
  type EventRecord,
  type EventSource,
  getEvent,
  listEvents,
} from './event-queries.js';
export { type DocumentSummary, listDocuments } from './list-documents.js';
export { DEFAULT_SQLITE_PATH, migrateToLatest, openStore, type Store, type StoreConfig } from './open-store.js';
export {
  listOrganizations,
  listPlaces,
  type OrganizationInput,
  type OrganizationRecord,
  type PlaceInput,
  type PlaceRecord,
  upsertOrganization,
  upsertPlace,
} from './reference-data.js';
export {
  listReferenceEdits,
  loadStoreReferenceEntries,
  ORGANIZATION_ENTRY,
  type OrganizationEntryInput,
  PLACE_ENTRY,
  type PlaceEntryInput,
  type ReferenceEdit,
  type ReferenceKind,
  removeReferenceName,
  saveOrganizationEntry,
  savePlaceEntry,
} from './reference-edits.js';
export {
  type DocumentInput,
  findDocumentByHash,
  type SaveExtractionInput,
  type SaveExtractionResult,
  saveExtraction,
} from './save-extraction.js';
export type { Database, EventLinkKind } from './schema.js';
export { EVENT_LINK_KINDS } from './schema.js';
export { type Lemmatizer, rebuildSearchText } from './search-text.js';
export {
  addSource,
  checkSourceUrl,
  dueSources,
  listSources,
  nextCheckAt,
  recordSourceCheck,
  removeSource,
  type SourceCheck,
  type SourceRecord,
  type SourceStatus,
} from './sources.js';
