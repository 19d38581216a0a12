/**
 * The public types of the date grammar.
 */
import type { Duration, IsoDate, Period, TimeOfDay, When } from '../../domain/index.js';

export interface DateContext {
  /** The date the document speaks from: resolves relative expressions and missing years. */
  documentDate: IsoDate | null;
  /** A plan's period (e.g. 2021-01-01..2021-12-31): recurrences, vague items, missing years. */
  period: Period | null;
  /** Which stage made or dropped what (chrono's `debug`). */
  trace?: (stage: string, message: string) => void;
}

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** TIME for a time of day standing alone; everything else is DATE. */
  type: 'DATE' | 'TIME';
  value: When | Duration | TimeOfDay;
  /** Fields inferred rather than stated, e.g. `['year']`. */
  implied?: string[];
}
