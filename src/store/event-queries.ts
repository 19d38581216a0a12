import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type {
  EventField,
  EventFormat,
  EventKind,
  EventStatus,
  Place,
  PlaceType,
  TextRange,
  When,
} from '../domain/index.js';
import { inCodePointOrder } from './dialect-specific.js';
import type { Store } from './open-store.js';
import type { Database, EventLinkKind, EventRow } from './schema.js';
import { type Lemmatizer, searchWords, wordForms } from './search-text.js';

export interface EventQuery {
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`, taken as the first day): events ending on or after it. */
  from?: string;
  /** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`, taken as the last day): events starting on or before it. */
  to?: string;
  /** Words that must all occur in the event's title, kind, date text, venue, places or organizers. */
  q?: string;
  kind?: string;
  status?: string;
  /** A place's name («Казань») or id («12»); a region or country also finds its cities' events. */
  place?: string;
  /** An organization's canonical name, abbreviation, alias or id. */
  organization?: string;
  /** Events read from this source (a plan file, a feed): any of its documents' latest provenance. */
  source?: string;
  /** Events read from this document version. */
  documentId?: number;
  /** Plan tracking: true, the items linked `reported_by` to a report; false, those not (yet). */
  reported?: boolean;
  limit?: number;
  offset?: number;
}

export interface EventRecord {
  id: number;
  title: string;
  kind: EventKind;
  when: When;
  format: EventFormat | null;
  status: EventStatus | null;
  attendance: number | null;
  age: number | null;
  venue: string | null;
  expectedResult: string | null;
  places: Place[];
  organizers: string[];
}

export interface EventSource {
  documentId: number;
  source: string;
  title: string | null;
  link: string | null;
  evidence: string;
  /** Offsets of `evidence` in `documentText` (end exclusive). */
  start: number;
  end: number;
  documentText: string;
  /** The document version the event was read from (1, 2 …) and the date it speaks from. */
  version: number;
  documentDate: string | null;
  /** Where in `documentText` each field was read, as the extractor said. */
  fieldSpans: Partial<Record<EventField, TextRange>>;
  confidence: number;
}

export interface EventDetail extends EventRecord {
  sources: EventSource[];
}

/**
 * Events whose [start, end] overlaps [from, to] (a null start or end is open), by start, then title.
 *
 * ```ts
 * await listEvents(store, { from: '2021-10-01', to: '2021-10-31', kind: 'форум' });
 * ```
 */
export async function listEvents(store: Store, query: EventQuery): Promise<EventRecord[]> {
  let select = whereEventMatches(store.db.selectFrom('events').selectAll(), query, store.lemmatize)
    // Nulls sort first on SQLite and last on PostgreSQL; '' puts an open start first on both.
    .orderBy(sql`coalesce(start_date, '')`)
    .orderBy(inCodePointOrder(store.dialect, 'title'))
    .orderBy('id');
  if (query.limit !== undefined) select = select.limit(query.limit);
  if (query.offset !== undefined) {
    // SQLite accepts OFFSET only after a LIMIT.
    if (query.limit === undefined) select = select.limit(Number.MAX_SAFE_INTEGER);
    select = select.offset(query.offset);
  }
  return toEventRecords(store.db, await select.execute());
}

/** How many events `listEvents` would return without `limit` and `offset`. */
export async function countEvents(store: Store, query: EventQuery): Promise<number> {
  const row = await whereEventMatches(store.db.selectFrom('events'), query, store.lemmatize)
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string.
  return Number(row.count);
}

/**
 * One event with every source it was read from and the text of each.
 *
 * ```ts
 * const event = await getEvent(store, 7);
 * const quote = event?.sources[0]?.documentText.slice(event.sources[0].start, event.sources[0].end);
 * ```
 */
export async function getEvent(store: Store, id: number): Promise<EventDetail | undefined> {
  if (!isRowId(id)) return undefined;
  const row = await store.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [record] = await toEventRecords(store.db, [row]);
  const rows = await store.db
    .selectFrom('event_sources')
    .innerJoin('documents', 'documents.id', 'event_sources.document_id')
    .select([
      'documents.id as documentId',
      'documents.source',
      'documents.title',
      'documents.link',
      'documents.text as documentText',
      'event_sources.evidence',
      'event_sources.evidence_start as start',
      'event_sources.evidence_end as end',
      'documents.version',
      'documents.date as documentDate',
      'event_sources.field_spans',
      'event_sources.confidence',
    ])
    // The sources of duplicates merged into this event (`same_as`) and of the plan items it
    // reports (`reported_by`) are its sources too: one record per real event.
    .where((eb) =>
      eb.or([
        eb('event_sources.event_id', '=', id),
        eb(
          'event_sources.event_id',
          'in',
          eb.selectFrom('event_links').select('event_links.from_event_id').where('event_links.to_event_id', '=', id),
        ),
      ]),
    )
    .orderBy('event_sources.id')
    .execute();
  const sources = rows.map(({ field_spans, ...source }) => ({
    ...source,
    fieldSpans: JSON.parse(field_spans) as EventSource['fieldSpans'],
  }));
  return { ...record!, sources };
}

function whereEventMatches<O>(
  select: SelectQueryBuilder<Database, 'events', O>,
  query: EventQuery,
  lemmatize: Lemmatizer | undefined,
): SelectQueryBuilder<Database, 'events', O> {
  return select.where((eb) => {
    // A duplicate merged into another event (`same_as`) shows as that event only; so does a plan
    // item reported held (`reported_by`), unless plan tracking asks for plan items as such.
    const conditions = [eb.not(eb.exists(linksFrom(eb, 'same_as')))];
    if (query.reported === undefined) conditions.push(eb.not(eb.exists(linksFrom(eb, 'reported_by'))));
    // An event with no date at all belongs to no date range.
    if (query.from || query.to) {
      conditions.push(eb.or([eb('events.start_date', 'is not', null), eb('events.end_date', 'is not', null)]));
    }
    if (query.to) {
      const to = lastDayOf(query.to);
      conditions.push(eb.or([eb('events.start_date', 'is', null), eb('events.start_date', '<=', to)]));
    }
    if (query.from) {
      const from = firstDayOf(query.from);
      conditions.push(eb.or([eb('events.end_date', 'is', null), eb('events.end_date', '>=', from)]));
    }
    if (query.kind) conditions.push(eb('events.kind', '=', query.kind));
    if (query.status) conditions.push(eb('events.status', '=', query.status));
    for (const word of searchWords(query.q ?? '')) {
      const forms = wordForms(word, lemmatize);
      conditions.push(eb.or(forms.map((form) => eb('events.search_text', 'like', `%${form}%`))));
    }
    if (query.place) conditions.push(eb.exists(placeMatches(eb, query.place)));
    if (query.organization) conditions.push(eb.exists(organizationMatches(eb, query.organization)));
    if (query.reported !== undefined) {
      const reported = eb.exists(linksFrom(eb, 'reported_by'));
      conditions.push(query.reported ? reported : eb.not(reported));
    }
    if (query.source !== undefined || query.documentId !== undefined) {
      conditions.push(eb.exists(sourceMatches(eb, query.source, query.documentId)));
    }
    return eb.and(conditions);
  });
}

function placeMatches(eb: ExpressionBuilder<Database, 'events'>, place: string) {
  return eb
    .selectFrom('event_places')
    .innerJoin('places', 'places.id', 'event_places.place_id')
    .select('event_places.place_id')
    .whereRef('event_places.event_id', '=', 'events.id')
    .where((inner) =>
      isRowId(Number(place))
        ? inner('places.id', '=', Number(place))
        : // A region or country also finds the events in its cities, where the gazetteer says so.
          inner.or([
            inner('places.name', '=', place),
            inner('places.region', '=', place),
            inner('places.country', '=', place),
          ]),
    );
}

function organizationMatches(eb: ExpressionBuilder<Database, 'events'>, organization: string) {
  return eb
    .selectFrom('event_organizers')
    .innerJoin('organizations', 'organizations.id', 'event_organizers.organization_id')
    .select('event_organizers.organization_id')
    .whereRef('event_organizers.event_id', '=', 'events.id')
    .where((inner) =>
      isRowId(Number(organization))
        ? inner('organizations.id', '=', Number(organization))
        : inner.or([
            inner('organizations.name', '=', organization),
            inner('organizations.abbreviation', '=', organization),
            // aliases is a JSON array of strings: a quoted whole name inside it.
            inner('organizations.aliases', 'like', `%${JSON.stringify(organization)}%`),
          ]),
    );
}

function linksFrom(eb: ExpressionBuilder<Database, 'events'>, kind: EventLinkKind) {
  return eb
    .selectFrom('event_links')
    .select('event_links.id')
    .whereRef('event_links.from_event_id', '=', 'events.id')
    .where('event_links.kind', '=', kind);
}

function sourceMatches(eb: ExpressionBuilder<Database, 'events'>, source?: string, documentId?: number) {
  let select = eb
    .selectFrom('event_sources')
    .innerJoin('documents', 'documents.id', 'event_sources.document_id')
    .select('event_sources.document_id')
    .whereRef('event_sources.event_id', '=', 'events.id');
  if (source !== undefined) select = select.where('documents.source', '=', source);
  if (documentId !== undefined) select = select.where('documents.id', '=', documentId);
  return select;
}

export type EventDimension = 'kind' | 'status' | 'month' | 'place' | 'organization';

/**
 * How many events match the query, per kind, status, start month (`YYYY-MM`), place or
 * organization, most first: the figures of the statistics page and of reports. Events without
 * a value (no start date, no place) count under `null`; an event with two places counts for both.
 *
 * ```ts
 * await countEventsBy(store, { from: '2021-01-01', to: '2021-12-31' }, 'kind'); // [{ key: 'форум', count: 12 }, …]
 * ```
 */
export async function countEventsBy(
  store: Store,
  query: EventQuery,
  dimension: EventDimension,
): Promise<Array<{ key: string | null; count: number }>> {
  const matching = whereEventMatches(store.db.selectFrom('events'), query, store.lemmatize);
  const counted = await (() => {
    switch (dimension) {
      case 'kind':
      case 'status':
        return matching
          .select((eb) => [eb.ref(`events.${dimension}`).as('key'), eb.fn.countAll().as('count')])
          .groupBy(`events.${dimension}`)
          .execute();
      case 'month':
        return matching
          .select((eb) => [
            eb.fn<string | null>('substr', ['events.start_date', sql.lit(1), sql.lit(7)]).as('key'),
            eb.fn.countAll().as('count'),
          ])
          .groupBy(sql`substr(events.start_date, 1, 7)`)
          .execute();
      case 'place':
        return matching
          .leftJoin('event_places', 'event_places.event_id', 'events.id')
          .leftJoin('places', 'places.id', 'event_places.place_id')
          .select((eb) => [eb.ref('places.name').as('key'), eb.fn.countAll().as('count')])
          .groupBy('places.name')
          .execute();
      case 'organization':
        return matching
          .leftJoin('event_organizers', 'event_organizers.event_id', 'events.id')
          .leftJoin('organizations', 'organizations.id', 'event_organizers.organization_id')
          .select((eb) => [eb.ref('organizations.name').as('key'), eb.fn.countAll().as('count')])
          .groupBy('organizations.name')
          .execute();
    }
  })();
  return counted
    .map((row) => ({ key: row.key as string | null, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
}

/** Nulls last, then code point order, as `listEvents` orders titles. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Ids are 32-bit on PostgreSQL (`integer`): anything else cannot be one, and would fail the query. */
function isRowId(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 2_147_483_647;
}

/** `2021` → `2021-01-01`, `2021-02` → `2021-02-01`. */
function firstDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** `2021` → `2021-12-31`, `2021-02` → `2021-02-31`: only ever compared as a string, so 31 suits every month. */
function lastDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

const ID_SLICE = 1000;

export async function toEventRecords(db: Kysely<Database>, rows: EventRow[]): Promise<EventRecord[]> {
  if (rows.length === 0) return [];
  const places = [];
  const organizers = [];
  // Bound parameters are limited (SQLite: 32766): a whole-calendar feed goes in slices.
  for (let from = 0; from < rows.length; from += ID_SLICE) {
    const ids = rows.slice(from, from + ID_SLICE).map((row) => row.id);
    places.push(
      ...(await db
        .selectFrom('event_places')
        .innerJoin('places', 'places.id', 'event_places.place_id')
        .select(['event_places.event_id', 'places.name', 'places.type'])
        .where('event_places.event_id', 'in', ids)
        .orderBy('event_places.event_id')
        .orderBy('event_places.position')
        .execute()),
    );
    organizers.push(
      ...(await db
        .selectFrom('event_organizers')
        .innerJoin('organizations', 'organizations.id', 'event_organizers.organization_id')
        .select(['event_organizers.event_id', 'organizations.name'])
        .where('event_organizers.event_id', 'in', ids)
        .orderBy('event_organizers.event_id')
        .orderBy('event_organizers.position')
        .execute()),
    );
  }
  const placesByEvent = groupBy(places, (place) => place.event_id);
  const organizersByEvent = groupBy(organizers, (organizer) => organizer.event_id);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind as EventKind,
    when: {
      start: row.start_date,
      end: row.end_date,
      precision: row.precision as When['precision'],
      recurrence: row.recurrence as When['recurrence'],
      text: row.when_text,
      ...(row.time_start ? { time: { start: row.time_start, end: row.time_end } } : {}),
    },
    format: row.format as EventFormat | null,
    status: row.status as EventStatus | null,
    attendance: row.attendance,
    age: row.age,
    venue: row.venue,
    expectedResult: row.expected_result,
    places: (placesByEvent.get(row.id) ?? []).map((place) => ({ name: place.name, type: place.type as PlaceType })),
    organizers: (organizersByEvent.get(row.id) ?? []).map((organizer) => organizer.name),
  }));
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
