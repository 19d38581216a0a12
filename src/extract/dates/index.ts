/**
 * @module extract/dates
 * The Russian date grammar: finds every time expression in a text («5-6 ноября», «во II квартале
 * 2021 г.», «ежеквартал.», «по отдельному графику», «три года назад», «в 15:00») with its span and a
 * value in the interchange format (`When`, an ISO 8601 `Duration`, or a `TimeOfDay`), filling a
 * year the text left out from the document's date, its plan period, a newest-first feed's order or
 * the nearest year stated before. Built as chrono-node is: ordered small parsers, then refiners.
 */
export { findDates, findPlanPeriod, parseWhen } from './find-dates.js';
export type { DateContext, DateMatch } from './types.js';
