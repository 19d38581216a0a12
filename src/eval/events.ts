/**
 * Scores extracted events against gold documents in the interchange format: events are paired one to
 * one (by evidence overlap and title similarity, then `when`), detection is scored by precision,
 * recall and F1, and each field by its accuracy over the paired events — for news, for plans, and
 * for both. Strings are compared after collapsing whitespace, folding case, «ё» → «е» and unifying
 * quotes and dashes, as `shared/data/gold/NOTES.md` asks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Event, Extraction, InterchangeDocument, Place, When } from '../domain/index.js';
import { normalizeText } from '../text/index.js';

export interface EvalPair {
  gold: InterchangeDocument;
  predicted: Extraction | InterchangeDocument;
  /** A name to report the document under (its file name). */
  name?: string;
}

export const EVENT_FIELDS = [
  'when',
  'places',
  'organizers',
  'kind',
  'format',
  'status',
  'attendance',
  'age',
  'venue',
  'title',
  'expectedResult',
] as const;
export type ScoredField = (typeof EVENT_FIELDS)[number];

export interface FieldScore {
  /** Sum of per-event scores (1 for a correct field; a set's F1 for places and organizers). */
  correct: number;
  total: number;
}

export interface GroupScore {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  fields: Record<ScoredField, FieldScore>;
}

export interface FieldMiss {
  document: string;
  field: ScoredField;
  gold: unknown;
  predicted: unknown;
}

export interface EventScores {
  all: GroupScore;
  news: GroupScore;
  plans: GroupScore;
  /** Document header: kind, date and period right. */
  header: { kind: FieldScore; date: FieldScore; period: FieldScore };
  /** What went wrong, for reading: unmatched gold and predicted events by title, and field misses. */
  missed: { document: string; title: string; evidence: string }[];
  spurious: { document: string; title: string; evidence: string }[];
  fieldMisses: FieldMiss[];
}

/** Whitespace collapsed, case folded, «ё» → «е», quotes and dashes unified. */
export function normalizeForComparison(text: string | null | undefined): string {
  return normalizeText(text ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordSet(text: string): Set<string> {
  return new Set(normalizeForComparison(text).match(WORD) ?? []);
}

/** Share of the smaller text's words found in the other: 1 when one evidence contains the other. */
function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function sameWhen(a: When, b: When): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision && a.recurrence === b.recurrence;
}

/** F1 of two sets of names; 1 when both are empty. */
function setF1(gold: string[], predicted: string[]): number {
  const g = new Set(gold.map(normalizeForComparison));
  const p = new Set(predicted.map(normalizeForComparison));
  if (g.size === 0 && p.size === 0) return 1;
  let shared = 0;
  for (const x of p) if (g.has(x)) shared++;
  if (shared === 0) return 0;
  const precision = shared / p.size;
  const recall = shared / g.size;
  return (2 * precision * recall) / (precision + recall);
}

const placeNames = (places: Place[]) => places.map((p) => p.name);

/** How well a predicted event fits a gold one: 0 when they cannot be the same event. */
function pairScore(gold: Event, predicted: Event): number {
  const evidence = containment(wordSet(gold.evidence), wordSet(predicted.evidence));
  const title = dice(wordSet(gold.title), wordSet(predicted.title));
  const when = sameWhen(gold.when, predicted.when) ? 1 : 0;
  const score = 0.55 * evidence + 0.35 * title + 0.1 * when;
  return evidence >= 0.5 || title >= 0.6 ? score : 0;
}

/** Greedy one-to-one pairing, best fits first. Returns [goldIndex, predictedIndex] pairs. */
export function matchEvents(gold: Event[], predicted: Event[]): [number, number][] {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((ge, g) => {
    predicted.forEach((pe, p) => {
      const score = pairScore(ge, pe);
      if (score >= 0.4) candidates.push({ g, p, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function fieldScore(field: ScoredField, gold: Event, predicted: Event): number {
  switch (field) {
    case 'when':
      return sameWhen(gold.when, predicted.when) ? 1 : 0;
    case 'places':
      return setF1(placeNames(gold.places), placeNames(predicted.places));
    case 'organizers':
      return setF1(gold.organizers, predicted.organizers);
    case 'attendance':
    case 'age':
      return gold[field] === predicted[field] ? 1 : 0;
    case 'kind':
    case 'format':
    case 'status':
    case 'venue':
    case 'title':
    case 'expectedResult':
      return normalizeForComparison(gold[field]) === normalizeForComparison(predicted[field]) ? 1 : 0;
  }
}

function emptyGroup(): GroupScore {
  const fields = {} as Record<ScoredField, FieldScore>;
  for (const f of EVENT_FIELDS) fields[f] = { correct: 0, total: 0 };
  return { documents: 0, gold: 0, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0, fields };
}

function finish(group: GroupScore): GroupScore {
  const precision = group.predicted === 0 ? (group.gold === 0 ? 1 : 0) : group.matched / group.predicted;
  const recall = group.gold === 0 ? 1 : group.matched / group.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...group, precision, recall, f1 };
}

const fieldValue = (field: ScoredField, e: Event): unknown =>
  field === 'places' ? placeNames(e.places) : field === 'when' ? { ...e.when } : e[field];

/**
 * @example formatEventScores(scoreEvents([{ gold, predicted: extractor.extract({ text }) }]))
 */
export function scoreEvents(pairs: EvalPair[]): EventScores {
  const all = emptyGroup();
  const news = emptyGroup();
  const plans = emptyGroup();
  const header = {
    kind: { correct: 0, total: 0 },
    date: { correct: 0, total: 0 },
    period: { correct: 0, total: 0 },
  };
  const missed: EventScores['missed'] = [];
  const spurious: EventScores['spurious'] = [];
  const fieldMisses: FieldMiss[] = [];
  pairs.forEach((pair, index) => {
    const name = pair.name ?? `#${index}`;
    const gold = pair.gold.events;
    const predicted: Event[] = pair.predicted.events;
    const groups = [all, pair.gold.document.kind === 'plan' ? plans : news];
    const matches = matchEvents(gold, predicted);
    for (const group of groups) {
      group.documents++;
      group.gold += gold.length;
      group.predicted += predicted.length;
      group.matched += matches.length;
    }
    for (const [g, p] of matches) {
      for (const field of EVENT_FIELDS) {
        const score = fieldScore(field, gold[g]!, predicted[p]!);
        for (const group of groups) {
          group.fields[field].correct += score;
          group.fields[field].total++;
        }
        if (score < 1) {
          fieldMisses.push({
            document: name,
            field,
            gold: fieldValue(field, gold[g]!),
            predicted: fieldValue(field, predicted[p]!),
          });
        }
      }
    }
    const matchedGold = new Set(matches.map(([g]) => g));
    const matchedPredicted = new Set(matches.map(([, p]) => p));
    gold.forEach((e, g) => {
      if (!matchedGold.has(g)) missed.push({ document: name, title: e.title, evidence: e.evidence });
    });
    predicted.forEach((e, p) => {
      if (!matchedPredicted.has(p)) spurious.push({ document: name, title: e.title, evidence: e.evidence });
    });
    const gh = pair.gold.document;
    const ph = pair.predicted.document;
    header.kind.total++;
    header.date.total++;
    header.period.total++;
    if (gh.kind === ph.kind) header.kind.correct++;
    if ((gh.date ?? null) === (ph.date ?? null)) header.date.correct++;
    if (
      (gh.period?.start ?? null) === (ph.period?.start ?? null) &&
      (gh.period?.end ?? null) === (ph.period?.end ?? null)
    ) {
      header.period.correct++;
    }
  });
  return { all: finish(all), news: finish(news), plans: finish(plans), header, missed, spurious, fieldMisses };
}

const ratio = (s: FieldScore) => (s.total === 0 ? 1 : s.correct / s.total);
const f2 = (x: number) => x.toFixed(2);

/**
 * A table of detection and field scores for news, plans and all, ending in one summary line:
 * `events: P=0.97 R=0.98 F1=0.97 | when=0.96 places=0.98 organizers=0.95 kind=0.99 status=1.00 …`.
 */
export function formatEventScores(scores: EventScores, options: { details?: boolean } = {}): string {
  const lines: string[] = [];
  const groups: [string, GroupScore][] = [
    ['news', scores.news],
    ['plans', scores.plans],
    ['all', scores.all],
  ];
  const head = ['group', 'docs', 'gold', 'pred', 'match', 'P', 'R', 'F1', ...EVENT_FIELDS];
  lines.push(head.join('\t'));
  for (const [label, g] of groups) {
    lines.push(
      [
        label,
        g.documents,
        g.gold,
        g.predicted,
        g.matched,
        f2(g.precision),
        f2(g.recall),
        f2(g.f1),
        ...EVENT_FIELDS.map((f) => f2(ratio(g.fields[f]))),
      ].join('\t'),
    );
  }
  const h = scores.header;
  lines.push(`document header: kind=${f2(ratio(h.kind))} date=${f2(ratio(h.date))} period=${f2(ratio(h.period))}`);
  if (options.details) {
    for (const m of scores.missed) lines.push(`missed\t${m.document}\t${m.title}`);
    for (const s of scores.spurious) lines.push(`spurious\t${s.document}\t${s.title}\t${s.evidence.slice(0, 100)}`);
    for (const m of scores.fieldMisses) {
      lines.push(
        `field\t${m.document}\t${m.field}\tgold=${JSON.stringify(m.gold)}\tgot=${JSON.stringify(m.predicted)}`,
      );
    }
  }
  const a = scores.all;
  const fields = EVENT_FIELDS.map((f) => `${f}=${f2(ratio(a.fields[f]))}`).join(' ');
  lines.push(`events: P=${f2(a.precision)} R=${f2(a.recall)} F1=${f2(a.f1)} | ${fields}`);
  return lines.join('\n');
}

export interface GoldDocument {
  name: string;
  gold: InterchangeDocument;
  text: string;
}

/**
 * Reads gold files (`NAME.json`) and their documents (`NAME.txt`, or `NAME.md`/`NAME.html` as text)
 * from two folders; gold files without a document are skipped.
 */
export async function readGoldCorpus(goldDir: string, docsDir: string): Promise<GoldDocument[]> {
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const docFiles = await readdir(docsDir);
  const out: GoldDocument[] = [];
  for (const file of goldFiles) {
    const name = basename(file, '.json');
    const docFile = docFiles.find((d) => basename(d, extname(d)) === name && /\.(txt|md|text)$/.test(d));
    if (!docFile) continue;
    const gold = JSON.parse(await readFile(join(goldDir, file), 'utf8')) as InterchangeDocument;
    const text = await readFile(join(docsDir, docFile), 'utf8');
    out.push({ name, gold, text });
  }
  return out;
}
