import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * The tables as Kysely sees them. Dates are ISO text (`YYYY-MM-DD`) and timestamps ISO text
 * (`2026-11-22T03:04:05.000Z`) on both dialects, so they compare as strings everywhere; JSON
 * columns are text parsed by the repository functions, not a dialect's JSON type.
 */
export interface Database {
  documents: DocumentsTable;
  events: EventsTable;
  organizations: OrganizationsTable;
  places: PlacesTable;
  event_organizers: EventOrganizersTable;
  event_places: EventPlacesTable;
  event_sources: EventSourcesTable;
  event_edits: EventEditsTable;
  event_links: EventLinksTable;
  sources: SourcesTable;
  reference_edits: ReferenceEditsTable;
}

/** One version of a source document, kept exactly as received. */
export interface DocumentsTable {
  id: Generated<number>;
  source: string;
  /** A feed item's guid or a page's path inside the source; null when the source is one document. */
  item_key: string | null;
  /** 1 for the first text seen at (source, item_key), then 2, 3 … for each new hash. */
  version: number;
  format: string;
  encoding: string | null;
  bytes: ColumnType<Buffer, Buffer | Uint8Array, Buffer | Uint8Array>;
  hash: string;
  text: string;
  title: string | null;
  date: string | null;
  link: string | null;
  /** A feed's channel title or a page's site name; null when the source names none. */
  publisher: string | null;
  fetched_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  title: string;
  kind: string;
  start_date: string | null;
  end_date: string | null;
  precision: string;
  recurrence: string | null;
  when_text: string;
  time_start: string | null;
  time_end: string | null;
  format: string | null;
  status: string | null;
  attendance: number | null;
  age: number | null;
  venue: string | null;
  expected_result: string | null;
  /** Lower-cased, ё→е text of every searchable field; what `EventQuery.q` matches. */
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface OrganizationsTable {
  id: Generated<number>;
  /** The canonical full name in the nominative. */
  name: string;
  abbreviation: string | null;
  /** JSON array of other names (former names, spellings). */
  aliases: string;
}

export interface PlacesTable {
  id: Generated<number>;
  name: string;
  type: string;
  region: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Founding year or date, for anniversaries. */
  founded: string | null;
}

export interface EventOrganizersTable {
  event_id: number;
  organization_id: number;
  position: number;
}

export interface EventPlacesTable {
  event_id: number;
  place_id: number;
  position: number;
}

/** Provenance: which document (version) an event was read from, and where in its text. */
export interface EventSourcesTable {
  id: Generated<number>;
  event_id: number;
  document_id: number;
  evidence_start: number;
  evidence_end: number;
  evidence: string;
  /** JSON object: field name → `{ start, end }` in the document text. */
  field_spans: string;
  /**
   * JSON of the event as the extractor gave it (an `Event` without evidence), before editors'
   * corrections: what re-extraction matches against, and what an edit is compared with.
   */
  extracted: string;
  confidence: number;
  extractor_version: string | null;
  created_at: string;
}

/**
 * An editor's correction of one field of one event. Append-only history: the latest row per
 * (event_id, field) is the override in force; it is re-applied whenever re-extraction rewrites
 * the event, so corrections survive new versions of the document.
 */
export interface EventEditsTable {
  id: Generated<number>;
  event_id: number;
  /** An `EventField` name. */
  field: string;
  /** JSON of the field's value in the domain shape (`When` for 'when', `Place[]` for 'places' …). */
  value: string;
  editor: string;
  edited_at: string;
  note: string | null;
}

/** `reported_by`: a plan item → the news event reporting it held; `same_as`: a duplicate → the kept event. */
export interface EventLinksTable {
  id: Generated<number>;
  from_event_id: number;
  to_event_id: number;
  kind: 'reported_by' | 'same_as';
  created_at: string;
}

/** A web address re-read on a schedule (`munical source add`, `munical watch`). */
export interface SourcesTable {
  id: Generated<number>;
  url: string;
  /** How often it is re-read, in seconds. */
  every_seconds: number;
  added_at: string;
  last_checked_at: string | null;
  /** `changed` (something new was stored), `unchanged` or `error`. */
  last_status: string | null;
  /** The reason of the last failure (or of a refused item); null when all went well. */
  last_error: string | null;
  /** When a check last stored something new. */
  last_changed_at: string | null;
  /** Documents (feed items) stored and found unchanged by the last check. */
  last_stored: number | null;
  last_unchanged: number | null;
}

/**
 * An editor's change to the reference data: a place or organization added or corrected (`set`,
 * with the entry) or a name removed (`remove`). Append-only history; the latest row per
 * (kind, name_key) is in force.
 */
export interface ReferenceEditsTable {
  id: Generated<number>;
  kind: 'place' | 'organization';
  action: 'set' | 'remove';
  /** The name as the editor wrote it: the entry's nominative name, or the name removed. */
  name: string;
  /** The name folded (lower case, ё → е): what rows of the same entry share. */
  name_key: string;
  /** JSON of the entry without its id (a gazetteer or registry entry); null for a removal. */
  entry: string | null;
  editor: string;
  edited_at: string;
  note: string | null;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
export const EVENT_LINK_KINDS = ['reported_by', 'same_as'] as const;
export type EventLinkKind = (typeof EVENT_LINK_KINDS)[number];
