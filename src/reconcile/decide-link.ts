/**
 * The rule that says two mentions are one event, and how a merged record takes its fields from its
 * mentions: the most precise time, the latest status (a report beats a plan), every place and
 * organizer once.
 */
import type { EventKind, EventStatus, IsoDate, Precision, Recurrence } from '../domain/index.js';
import { type Lemmatize, titleSignature, titleSimilarity } from './title-similarity.js';

/** What reconciliation needs of an event mention (from one document). */
export interface Mention {
  title: string;
  kind: EventKind;
  start: IsoDate | null;
  end: IsoDate | null;
  precision: Precision;
  recurrence: Recurrence | null;
  status: EventStatus | null;
  places: string[];
  organizers: string[];
  /** Whether the mention comes from a plan (an intention) or from a report or announcement. */
  fromPlan: boolean;
}

export interface LinkDecision {
  kind: 'same_as' | 'reported_by';
  score: number;
}

/** Title similarity needed when the mentions share a place or an organizer, and when they share neither. */
const SIMILAR_WITH_SHARED_CONTEXT = 0.6;
const SIMILAR_WITHOUT_SHARED_CONTEXT = 0.85;

function overlaps(a: Mention, b: Mention): boolean {
  if (a.start === null && a.end === null) return false;
  if (b.start === null && b.end === null) return false;
  const aStart = a.start ?? a.end!;
  const aEnd = a.end ?? a.start!;
  const bStart = b.start ?? b.end!;
  const bEnd = b.end ?? b.start!;
  return aStart <= bEnd && bStart <= aEnd;
}

function shares(a: string[], b: string[]): boolean {
  const set = new Set(a.map((x) => x.toLowerCase()));
  return b.some((x) => set.has(x.toLowerCase()));
}

/**
 * @example decideLink(planItem, newsReport, lemmatize) // { kind: 'reported_by', score: 0.8 }
 */
export function decideLink(a: Mention, b: Mention, lemmatize: Lemmatize): LinkDecision | null {
  if (a.kind !== b.kind) return null;
  // Recurring work («ежемесячно») and undated items are too vague to be told apart by time.
  if (a.recurrence !== null || b.recurrence !== null) return null;
  if (a.precision === 'unknown' || b.precision === 'unknown') return null;
  if (!overlaps(a, b)) return null;
  const score = titleSimilarity(titleSignature(a.title, lemmatize), titleSignature(b.title, lemmatize));
  const sharedContext = shares(a.places, b.places) || shares(a.organizers, b.organizers);
  const conflictingPlaces = a.places.length > 0 && b.places.length > 0 && !shares(a.places, b.places);
  if (conflictingPlaces) return null;
  const needed = sharedContext ? SIMILAR_WITH_SHARED_CONTEXT : SIMILAR_WITHOUT_SHARED_CONTEXT;
  if (score < needed) return null;
  const kind = a.fromPlan !== b.fromPlan ? 'reported_by' : 'same_as';
  return { kind, score };
}

const PRECISION_RANK: Record<Precision, number> = { day: 4, month: 3, quarter: 2, year: 1, unknown: 0 };
const STATUS_RANK: Record<EventStatus, number> = { planned: 1, held: 2, cancelled: 3 };

/** The fields of one record made of several mentions. */
export function mergeMentions(mentions: Mention[]): Mention {
  if (mentions.length === 0) throw new Error('mergeMentions: expected at least one mention, got none');
  const byPrecision = [...mentions].sort((x, y) => PRECISION_RANK[y.precision] - PRECISION_RANK[x.precision]);
  const best = byPrecision[0]!;
  // A report's title is the event's name as held; a plan's may carry wrappers.
  const titled = mentions.find((m) => !m.fromPlan) ?? best;
  let status: EventStatus | null = null;
  for (const m of mentions) {
    if (m.status !== null && (status === null || STATUS_RANK[m.status] > STATUS_RANK[status])) status = m.status;
  }
  const unique = (lists: string[][]) => [...new Map(lists.flat().map((x) => [x.toLowerCase(), x])).values()];
  return {
    title: titled.title,
    kind: best.kind,
    start: best.start,
    end: best.end,
    precision: best.precision,
    recurrence: best.recurrence,
    status,
    places: unique(mentions.map((m) => m.places)),
    organizers: unique(mentions.map((m) => m.organizers)),
    fromPlan: mentions.every((m) => m.fromPlan),
  };
}
