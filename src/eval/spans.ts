/**
 * Span scoring, as NER is scored: per type (or group of types) precision, recall and F1 for exact
 * spans (same start, end and type) and for overlapping spans (same type, sharing at least one
 * character). Matching is one-to-one: each gold span is matched by at most one predicted span and
 * each predicted span matches at most one gold span.
 */
import { readFileSync } from 'node:fs';

export interface SpanLike {
  start: number;
  end: number;
  type: string;
}

/** Several types scored as one, e.g. places = CITY + STATE_OR_PROVINCE + COUNTRY. */
export interface SpanGroup {
  name: string;
  types: readonly string[];
}

export interface PrecisionRecall {
  /** Matched pairs. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScore {
  /** The type or group name. */
  name: string;
  gold: number;
  predicted: number;
  exact: PrecisionRecall;
  overlap: PrecisionRecall;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function prf(matched: number, gold: number, predicted: number): PrecisionRecall {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return { matched, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Number of one-to-one matches between two span lists of one document, exact or overlapping. */
function countMatches(gold: readonly SpanLike[], predicted: readonly SpanLike[], exact: boolean): number {
  const used = new Array<boolean>(predicted.length).fill(false);
  let matched = 0;
  // Exact matches first, so an overlap never takes a span another gold span matches exactly.
  const order = [...gold].sort((a, b) => a.start - b.start || a.end - b.end);
  const pending: SpanLike[] = [];
  for (const g of order) {
    const k = predicted.findIndex((p, i) => !used[i] && p.start === g.start && p.end === g.end);
    if (k >= 0) {
      used[k] = true;
      matched++;
    } else pending.push(g);
  }
  if (exact) return matched;
  for (const g of pending) {
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i]!;
      if (used[i]) continue;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) {
      used[best] = true;
      matched++;
    }
  }
  return matched;
}

/**
 * Scores predicted spans against gold spans, document by document (`gold[i]` and `predicted[i]` are
 * the spans of document i). `types` lists the types or groups to score; by default every type seen.
 * @example scoreSpans(gold, predicted, ['DATE', { name: 'PLACE', types: ['CITY', 'STATE_OR_PROVINCE', 'COUNTRY'] }])
 */
export function scoreSpans(
  gold: readonly (readonly SpanLike[])[],
  predicted: readonly (readonly SpanLike[])[],
  types?: readonly (string | SpanGroup)[],
): SpanScore[] {
  if (gold.length !== predicted.length) {
    throw new Error(
      `eval: expected as many predicted documents as gold ones, got ${predicted.length} and ${gold.length}`,
    );
  }
  const groups: SpanGroup[] = (
    types ?? [...new Set([...gold.flat(), ...predicted.flat()].map((s) => s.type))].sort()
  ).map((t) => (typeof t === 'string' ? { name: t, types: [t] } : t));
  return groups.map((group) => {
    const members = new Set(group.types);
    let goldCount = 0;
    let predictedCount = 0;
    let exact = 0;
    let overlap = 0;
    for (let d = 0; d < gold.length; d++) {
      const g = gold[d]!.filter((s) => members.has(s.type));
      const p = predicted[d]!.filter((s) => members.has(s.type));
      goldCount += g.length;
      predictedCount += p.length;
      exact += countMatches(g, p, true);
      overlap += countMatches(g, p, false);
    }
    return {
      name: group.name,
      gold: goldCount,
      predicted: predictedCount,
      exact: prf(exact, goldCount, predictedCount),
      overlap: prf(overlap, goldCount, predictedCount),
    };
  });
}

const f = (x: number) => x.toFixed(3);

/**
 * A plain-text table of scores, one row per type, ending in one summary line (micro-averaged over
 * the rows, or over the rows named in `summaryOf` when rows overlap, as a group and its members do).
 */
export function formatSpanScores(scores: readonly SpanScore[], summaryOf?: readonly string[]): string {
  const width = Math.max(5, ...scores.map((s) => s.name.length));
  const header = `${'type'.padEnd(width)}  gold  pred   exact P     R    F1   overlap P     R    F1`;
  const rows = scores.map(
    (s) =>
      `${s.name.padEnd(width)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}   ` +
      `${f(s.exact.precision)} ${f(s.exact.recall)} ${f(s.exact.f1)}     ` +
      `${f(s.overlap.precision)} ${f(s.overlap.recall)} ${f(s.overlap.f1)}`,
  );
  const summed = summaryOf === undefined ? scores : scores.filter((s) => summaryOf.includes(s.name));
  const gold = summed.reduce((n, s) => n + s.gold, 0);
  const predicted = summed.reduce((n, s) => n + s.predicted, 0);
  const exact = prf(
    summed.reduce((n, s) => n + s.exact.matched, 0),
    gold,
    predicted,
  );
  const overlap = prf(
    summed.reduce((n, s) => n + s.overlap.matched, 0),
    gold,
    predicted,
  );
  const summary =
    `all ${summed.map((s) => s.name).join('+')}: exact F1 ${f(exact.f1)} (P ${f(exact.precision)} R ${f(exact.recall)}), ` +
    `overlap F1 ${f(overlap.f1)} (P ${f(overlap.precision)} R ${f(overlap.recall)}), ${gold} gold, ${predicted} predicted`;
  return [header, ...rows, summary].join('\n');
}

export interface NerelSpan extends SpanLike {
  text: string;
}

export interface NerelDocument {
  id: string;
  text: string;
  spans: NerelSpan[];
}

/** Reads NEREL in the project's JSONL form: one `{"id","text","spans":[{start,end,type,text}]}` per line. */
export function readNerelJsonl(path: string): NerelDocument[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const documents: NerelDocument[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (cause) {
      throw new Error(`eval: ${path}:${index + 1} is not JSON`, { cause });
    }
    const doc = parsed as Partial<NerelDocument>;
    if (typeof doc.text !== 'string' || !Array.isArray(doc.spans)) {
      throw new Error(
        `eval: ${path}:${index + 1} expected {"id","text","spans"}, got keys ${Object.keys(doc as object)}`,
      );
    }
    documents.push({ id: String(doc.id ?? index + 1), text: doc.text, spans: doc.spans });
  });
  return documents;
}
