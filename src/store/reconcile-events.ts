/**
 * Reconciliation in the store: after a document's events are saved, each is compared with the
 * events other documents gave (same kind, overlapping time — the rules are in `src/reconcile`).
 * A second report of one event is linked `same_as` to the record kept, so it shows as that one
 * record with all its sources; a plan item is linked `reported_by` to the report that it was held,
 * and its status follows the report's.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DocumentKind } from '../domain/index.js';
import { decideLink, type Lemmatize, type LinkDecision, type Mention } from '../reconcile/index.js';
import { applyEventEdits } from './event-edits.js';
import { toEventRecords } from './event-queries.js';
import type { Database } from './schema.js';
import type { Lemmatizer } from './search-text.js';

/** How many candidates of the same kind and time are compared with one event; enough for any real calendar. */
const MAX_CANDIDATES = 50;
/**
 * Candidates start at most this long before the event: a mention spanning more than a year is a
 * plan's year-long item, too vague to be told apart by time. The bound keeps the lookup an index range.
 */
const LONGEST_SPAN_DAYS = 366;

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function mentionsOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, Mention>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
  const records = await toEventRecords(db, rows);
  const kinds = await db
    .selectFrom('event_sources')
    .select(['event_id', 'extracted'])
    .where('event_id', 'in', ids)
    .execute();
  const fromPlan = new Set(
    kinds
      .filter((row) => (JSON.parse(row.extracted) as { documentKind?: DocumentKind }).documentKind === 'plan')
      .map((row) => row.event_id),
  );
  return new Map(
    records.map((r) => [
      r.id,
      {
        title: r.title,
        kind: r.kind,
        start: r.when.start,
        end: r.when.end,
        precision: r.when.precision,
        recurrence: r.when.recurrence,
        status: r.status,
        places: r.places.map((p) => p.name),
        organizers: r.organizers,
        fromPlan: fromPlan.has(r.id),
      },
    ]),
  );
}

/** Lemmas for title comparison, with the registry's abbreviations read as their full names. */
async function titleLemmatizer(db: Kysely<Database>, lemmatize: Lemmatizer | undefined): Promise<Lemmatize> {
  const lemma = (word: string) => lemmatize?.(word)[0] ?? word.toLowerCase();
  const rows = await db
    .selectFrom('organizations')
    .select(['name', 'abbreviation'])
    .where('abbreviation', 'is not', null)
    .execute();
  const fullNames = new Map(rows.map((row) => [row.abbreviation!, row.name]));
  return (word) => {
    const full = fullNames.get(word);
    return full === undefined ? [lemma(word)] : full.split(/[\s«»"]+/).filter(Boolean).map(lemma);
  };
}

/**
 * Links each of `eventIds` (the events one document gave) to the event it duplicates or reports.
 * Links made earlier from these events are recomputed, so re-extraction changes nothing that did
 * not change.
 */
export async function reconcileEvents(
  db: Transaction<Database>,
  eventIds: number[],
  lemmatize: Lemmatizer | undefined,
  now: string,
): Promise<void> {
  if (eventIds.length === 0) return;
  await db.deleteFrom('event_links').where('from_event_id', 'in', eventIds).execute();
  const own = await mentionsOf(db, eventIds);
  const lemmas = await titleLemmatizer(db, lemmatize);
  const ownIds = new Set(eventIds);
  for (const id of eventIds) {
    const mention = own.get(id);
    if (mention === undefined || mention.recurrence !== null || mention.start === null || mention.end === null) continue;
    const candidateRows = await db
      .selectFrom('events')
      .select('id')
      .where('kind', '=', mention.kind)
      .where('start_date', '<=', mention.end)
      .where('start_date', '>=', daysBefore(mention.start, LONGEST_SPAN_DAYS))
      .where('end_date', '>=', mention.start)
      .where('recurrence', 'is', null)
      .where('precision', '!=', 'unknown')
      .where('id', 'not in', eventIds)
      // A duplicate already merged elsewhere is represented by the record it was merged into.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('event_links')
              .select('event_links.id')
              .whereRef('event_links.from_event_id', '=', 'events.id')
              .where('event_links.kind', '=', 'same_as'),
          ),
        ),
      )
      .orderBy('id')
      .limit(MAX_CANDIDATES)
      .execute();
    const candidates = await mentionsOf(
      db,
      candidateRows.map((row) => row.id).filter((candidate) => !ownIds.has(candidate)),
    );
    let best: { id: number; decision: LinkDecision } | undefined;
    for (const [candidateId, candidate] of candidates) {
      const decision = decideLink(mention, candidate, lemmas);
      if (decision !== null && (best === undefined || decision.score > best.decision.score)) {
        best = { id: candidateId, decision };
      }
    }
    if (best === undefined) continue;
    const candidate = candidates.get(best.id)!;
    if (best.decision.kind === 'same_as') {
      await insertLink(db, id, best.id, 'same_as', now);
      continue;
    }
    const [planId, reportId, report] = mention.fromPlan ? [id, best.id, candidate] : [best.id, id, mention];
    await insertLink(db, planId, reportId, 'reported_by', now);
    // The plan item's status follows the report: planned → held (or cancelled).
    if (report.status !== null) {
      await db.updateTable('events').set({ status: report.status }).where('id', '=', planId).execute();
      // …unless an editor said otherwise: corrections always win.
      await applyEventEdits(db, planId, lemmatize);
    }
  }
}

async function insertLink(
  db: Kysely<Database>,
  from: number,
  to: number,
  kind: 'same_as' | 'reported_by',
  now: string,
): Promise<void> {
  await db
    .insertInto('event_links')
    .values({ from_event_id: from, to_event_id: to, kind, created_at: now })
    .onConflict((oc) => oc.columns(['from_event_id', 'to_event_id', 'kind']).doNothing())
    .execute();
}
