/**
 * The grammar as chrono configures it: the parsers in priority order (between matches of equal
 * length the earlier parser wins) and the refiners that follow.
 */

import type { Token } from '../../text/index.js';
import { DAY_MONTH_YEAR, DAY_RANGE, MONTH, MONTH_RANGE, NUMERIC_DATE, NUMERIC_DAY_MONTH } from './calendar-parsers.js';
import type { Parser } from './draft.js';
import { DURATION } from './duration-parsers.js';
import {
  CENTURY,
  DECADE,
  DECADE_IN_WORDS,
  HALF_YEAR,
  QUARTER,
  SEASON_OF_YEAR,
  YEAR,
  YEAR_OF_PART,
  YEAR_RANGE,
} from './period-parsers.js';
import { CONTINUOUS, PLAN_VAGUE, RECURRENCE, VAGUE } from './recurrence-parsers.js';
import { REFINERS } from './refiners.js';
import { RELATIVE_DAY, RELATIVE_PERIOD, RELATIVE_SHIFT, WEEKDAY_NAME } from './relative-parsers.js';
import { HOUR_OF_DAY, TIME_OF_DAY } from './time-parsers.js';

export const PARSERS: readonly Parser[] = [
  NUMERIC_DATE,
  NUMERIC_DAY_MONTH,
  DAY_RANGE,
  DAY_MONTH_YEAR,
  MONTH_RANGE,
  MONTH,
  QUARTER,
  HALF_YEAR,
  SEASON_OF_YEAR,
  DECADE,
  DECADE_IN_WORDS,
  CENTURY,
  YEAR_RANGE,
  YEAR,
  YEAR_OF_PART,
  RECURRENCE,
  CONTINUOUS,
  PLAN_VAGUE,
  RELATIVE_PERIOD,
  RELATIVE_SHIFT,
  RELATIVE_DAY,
  WEEKDAY_NAME,
  VAGUE,
  TIME_OF_DAY,
  HOUR_OF_DAY,
  DURATION,
];

export { REFINERS };

/** The parsers to try on a token, in priority order: a dispatch table built once from each parser's `starts`. */
export interface ParserIndex {
  forToken(token: Token): readonly Parser[];
}

function buildIndex(parsers: readonly Parser[]): ParserIndex {
  const numberParsers = parsers.filter((p) => p.starts.numbers);
  const dynamic = parsers.filter((p) => p.starts.when);
  const byWord = new Map<string, Parser[]>();
  for (const parser of parsers) {
    for (const word of parser.starts.words ?? []) {
      const list = byWord.get(word) ?? [];
      if (!list.includes(parser)) list.push(parser);
      byWord.set(word, list);
    }
  }
  const order = (list: Parser[]) => list.sort((a, b) => parsers.indexOf(a) - parsers.indexOf(b));
  for (const list of byWord.values()) order(list);
  const none: readonly Parser[] = [];
  // The tests of the dynamic parsers, each asked once per token (several parsers share one).
  const tests = [...new Set(dynamic.map((parser) => parser.starts.when!))];
  const passed = new Array<boolean>(tests.length);
  // A word a dynamic parser starts at is rare (a Roman numeral, «ежегодно», «мая-июня»): the
  // answer for it as written is kept.
  const mixed = new Map<string, readonly Parser[]>();
  return {
    forToken(token) {
      if (token.kind === 'number') return numberParsers;
      if (token.kind !== 'word') return none;
      const listed = byWord.get(token.norm) ?? none;
      let any = false;
      for (let t = 0; t < tests.length; t++) {
        passed[t] = tests[t]!(token);
        any ||= passed[t]!;
      }
      if (!any) return listed;
      const known = mixed.get(token.text);
      if (known) return known;
      const extra = dynamic.filter((parser) => !listed.includes(parser) && passed[tests.indexOf(parser.starts.when!)]);
      const found = extra.length > 0 ? order([...listed, ...extra]) : listed;
      if (mixed.size > 200_000) mixed.clear();
      mixed.set(token.text, found);
      return found;
    },
  };
}

export const PARSER_INDEX: ParserIndex = buildIndex(PARSERS);
