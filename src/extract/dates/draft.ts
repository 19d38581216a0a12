/**
 * What a parser finds before the refiners run: a span of tokens and a value whose year may still be
 * missing. Year inference ({@link ./year-inference.ts}) turns drafts into the public `DateMatch`.
 */
import type { Precision, Recurrence, TimeOfDay } from '../../domain/index.js';
import type { Token } from '../../text/index.js';

/** A calendar day, month or year bound whose year may be unknown until the context fills it. */
export interface Point {
  /** The year the text states; null when left out (or given relative to the document, see `yearOffset`). */
  year: number | null;
  /** «т.г.», «прошлого года»: the year relative to the document's year (0, -1, +1). */
  yearOffset?: number;
  month: number;
  /** A day of the month, or the month's last day (which depends on the year for February). */
  day: number | 'last';
}

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

export type DraftValue =
  /** A stretch of calendar time; a null bound is open («до 2030 года», «с 1995 года»). */
  | { kind: 'interval'; from: Point | null; to: Point | null; precision: Precision; recurrence: Recurrence | null }
  /** A plan item repeated over the plan's period («ежеквартально», «постоянно»). */
  | { kind: 'recurrence'; recurrence: Recurrence; withoutPeriod?: string }
  /** «по отдельному графику»: some time within the plan's period. */
  | { kind: 'plan-vague' }
  /** «недавно», «в настоящее время», «в канун …»: a time without a value. */
  | { kind: 'vague'; today?: boolean }
  /** Relative to the document's date: «вчера» (day −1), «в прошлом году» (year −1), «через 2 дня». */
  | {
      kind: 'relative';
      unit: RelativeUnit;
      /** Units after (+) or before (−) the anchor; null for an unknown count («несколько дней назад»). */
      offset: number | null;
      /** 1 = Monday … 7 = Sunday, for «в пятницу»: the day nearest the anchor within the week `offset`. */
      weekday?: number;
      /** 1–12, for «в прошлом мае»: the named month before (−1), of (0) or after (+1) the anchor's. */
      month?: number;
      /** The whole unit («в прошлом году» is the year), not a point shifted by it («год назад»). */
      whole?: boolean;
      /** Anchored on the year the text last spoke of («в том же году»), not on the document's date. */
      context?: boolean;
    }
  | { kind: 'duration'; duration: string }
  | { kind: 'time'; time: TimeOfDay };

export interface Draft {
  start: number;
  end: number;
  /** Index of the first and last token of the span. */
  first: number;
  last: number;
  /** The parser or refiner that made it, for tracing. */
  parser: string;
  value: DraftValue;
  /** Time of day attached to a date («5 июля в 15:00»). */
  time?: TimeOfDay;
}

/**
 * Which tokens a parser can start on, so the driver tries it only there (a dispatch table built once,
 * not every parser at every token).
 */
export interface Starts {
  numbers?: boolean;
  words?: Iterable<string>;
  /** For starts no word list can hold: Roman numerals, hyphenated month pairs, «еже…» words. */
  when?: (token: Token) => boolean;
}

/** Upper-case Roman numerals, Latin or Cyrillic look-alikes, alone or paired by a hyphen («III-IV»). */
export const ROMAN_LIKE = /^[IVXLCХІ]+(?:-[IVXLCХІ]+)?$/;

export function isRomanLike(token: Token): boolean {
  return token.kind === 'word' && token.text.length <= 11 && ROMAN_LIKE.test(token.text);
}

/** One shape of expression. `match` tries to read it starting at token `i`; unsure, it returns null. */
export interface Parser {
  name: string;
  starts: Starts;
  match(tokens: readonly Token[], i: number, text: string): Draft | null;
}

/** Builds a draft spanning tokens `first..last`. */
export function draft(tokens: readonly Token[], first: number, last: number, parser: string, value: DraftValue): Draft {
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last, parser, value };
}

/** A whole month, year or range as an interval value. */
export function interval(from: Point | null, to: Point | null, precision: Precision): DraftValue {
  return { kind: 'interval', from, to, precision, recurrence: null };
}
