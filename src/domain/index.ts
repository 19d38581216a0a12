/**
 * @module domain
 * The types of the extraction interchange format (`shared/design/extract-format.md`) and of the
 * spans `munical extract --spans` prints. No I/O and no logic beyond constants: every other
 * module speaks in these types.
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const PRECISIONS = ['day', 'month', 'quarter', 'year', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const RECURRENCES = ['weekly', 'monthly', 'quarterly', 'yearly', 'continuous'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/** Time of day, `HH:MM`, when the text gives one beside a date («в 15:00», «с 10:00 до 18:00»). */
export interface TimeOfDay {
  start: string;
  end: string | null;
}

/**
 * When something happens, as the text says it. `start`/`end` are inclusive; a one-day event has
 * `end === start`; a deadline «до 1 марта» has `start: null`. A month-precision item spans its
 * month (`2021-02-01` … `2021-02-28`), never a made-up first day.
 */
export interface When {
  start: IsoDate | null;
  end: IsoDate | null;
  precision: Precision;
  recurrence: Recurrence | null;
  /** The expression as written in the text. */
  text: string;
  /** Time of day, when given. Not part of the interchange format's required fields. */
  time?: TimeOfDay;
}

/** A stretch of time without an anchor: «четыре дня» → `P4D`, «90 лет» → `P90Y`. */
export interface Duration {
  duration: string;
}

export const PLACE_TYPES = ['city', 'region', 'country'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export interface Place {
  /** The nominative reference name: «в Санкт-Петербурге» → «Санкт-Петербург». */
  name: string;
  type: PlaceType;
}

export const EVENT_KINDS = [
  'заседание',
  'собрание',
  'совещание',
  'встреча',
  'семинар',
  'круглый стол',
  'конференция',
  'форум',
  'конгресс',
  'сессия',
  'выставка',
  'конкурс',
  'марафон',
  'презентация',
  'публикация',
  'юбилей',
  'день города',
  'другое',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_FORMATS = ['online', 'offline', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** One event as the interchange format writes it. */
export interface Event {
  title: string;
  kind: EventKind;
  when: When;
  places: Place[];
  venue: string | null;
  /** Canonical full names, abbreviations expanded. */
  organizers: string[];
  format: EventFormat | null;
  status: EventStatus | null;
  attendance: number | null;
  age: number | null;
  expectedResult: string | null;
  /** The sentence or table row stating the event, a contiguous substring of the document text. */
  evidence: string;
}

/**
 * An extracted event with its provenance: where in the document text the evidence and each
 * field came from. The interchange format drops these; the store keeps them.
 */
export interface ExtractedEvent extends Event {
  /** Offsets of `evidence` in the document text (JavaScript string units, end exclusive). */
  evidenceSpan: TextRange;
  /** The span each field was read from, where it was read from a span. */
  fieldSpans: Partial<Record<EventField, TextRange>>;
  /** 0..1, how sure the extractor is that this is an event. */
  confidence: number;
}

export type EventField =
  | 'title'
  | 'kind'
  | 'when'
  | 'places'
  | 'venue'
  | 'organizers'
  | 'format'
  | 'status'
  | 'attendance'
  | 'age'
  | 'expectedResult';

export interface TextRange {
  start: number;
  end: number;
}

export const DOCUMENT_KINDS = ['news', 'plan', 'mixed'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface DocumentHeader {
  kind: DocumentKind;
  /** The date the document speaks from, if its text (or its source, e.g. a feed item) gives it. */
  date: IsoDate | null;
  /** A plan's period, e.g. the year 2021. */
  period: Period | null;
}

/** What `munical extract --json` prints for one document (plus a `file` field). */
export interface Extraction {
  document: DocumentHeader;
  events: ExtractedEvent[];
}

/** The interchange format proper, as the gold files hold it. */
export interface InterchangeDocument {
  document: DocumentHeader;
  events: Event[];
}

export const SPAN_TYPES = [
  'DATE',
  'TIME',
  'CITY',
  'STATE_OR_PROVINCE',
  'COUNTRY',
  'ORGANIZATION',
  'PERSON',
] as const;
export type SpanType = (typeof SPAN_TYPES)[number];

/** A normalized organization: the canonical full name in the nominative. */
export interface OrganizationValue {
  name: string;
  /** Registry id when the organization is known. */
  id?: string;
  abbreviation?: string;
}

export interface PersonValue {
  /** The full name in the nominative: «Андрея Шевченко» → «Андрей Шевченко». */
  name: string;
  role?: string;
  organization?: string;
}

export interface PlaceValue extends Place {
  /** For a city: its region and country, where known. */
  region?: string;
  country?: string;
  id?: string;
}

export type SpanValue = When | Duration | TimeOfDay | PlaceValue | OrganizationValue | PersonValue;

/** One entity found in text, as `munical extract --spans` prints it. */
export interface Span {
  start: number;
  end: number;
  type: SpanType;
  text: string;
  value: SpanValue;
}

/** A document as the extractor takes it: text plus what its source already knows. */
export interface SourceDocument {
  /** The text as read (decoded, never normalized): every offset points into it. */
  text: string;
  /** The date the source gives (a feed item's pubDate, `--date`), used when the text has none. */
  date?: IsoDate | null;
  /** A title the source gives (a feed item's or a page's title). */
  title?: string | null;
  /**
   * Who published it, as the source names itself: a feed's channel title, a page's site name
   * («Палата городов-центров …: Новости», «ВАРМСУ»). News it reports as held are its own events
   * when no other organizer is named.
   */
  publisher?: string | null;
}
