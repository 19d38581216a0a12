/**
 * What event assembly takes from the other extractors: date matches, places, organizations and
 * figures found in the document, and the few functions it calls on pieces of text (a plan cell's
 * date, a name's canonical organization, a phrase in the nominative). The pipeline fills this from
 * the dates, places, orgs and figures modules; tests fill it from texts they write.
 */
import type { OrganizationValue, PlaceValue, When } from '../../domain/index.js';
import type { DateContext, DateMatch } from '../dates/index.js';
import type { FigureValue } from '../figures/index.js';
import type { Match } from '../match.js';

export type { DateContext, FigureValue };
/** A match of another extractor: offsets into the text, the text, a normalized value. */
export type Found<T> = Match<T>;
export type DateFound = DateMatch;

/** Everything found in one document, offsets into its text. */
export interface DocumentFindings {
  dates: DateFound[];
  places: Found<PlaceValue>[];
  organizations: Found<OrganizationValue>[];
  figures: Found<FigureValue>[];
}

/** Calls on pieces of text that event assembly needs. */
export interface TextServices {
  /** The `When` of a plan cell («Нур-Султан 3-5 июля», «ежеквартал.»), null when it states none. */
  parseWhen(cell: string, ctx: DateContext): When | null;
  /** Places in a short text (a plan cell). */
  findPlaces(text: string): Found<PlaceValue>[];
  /** Organizations named in a short text (an organizer cell). */
  findOrganizations(text: string): Found<OrganizationValue>[];
  /** The canonical organization of a name or abbreviation («МАГ»), null when unknown. */
  resolveOrganization(name: string): OrganizationValue | null;
  /**
   * A word in the nominative. `caseHint` is the OpenCorpora case the word stands in (loct, gent,
   * datv, accs, ablt), when the context tells it; the form keeps the word's number and gender.
   */
  toNominative(word: string, caseHint?: string, agreeWith?: Agreement): string;
  /** Part of speech and case of a word (OpenCorpora tags), for finding a noun group's edges. */
  wordInfo(word: string): WordInfo[];
  /** A phrase with its head group put in the case («Совет по …» → «Совета по …» for `gent`). */
  inflectPhrase(phrase: string, target: 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct'): string;
  /** A head group in the nominative singular: «тематические сессии» → «тематическая сессия». */
  singular(group: string): string;
}

/** Number and gender a modifier takes from its noun. */
export interface Agreement {
  number: 'sing' | 'plur';
  gender: 'masc' | 'femn' | 'neut' | null;
}

export interface WordInfo {
  pos: string | null;
  tags: ReadonlySet<string>;
  /** From the dictionary itself, not guessed from the ending (a typo is guessed). */
  known?: boolean;
}

/** A time nobody stated: no bounds, precision `unknown`, no text. Shared, never changed in place. */
export const UNKNOWN_WHEN: When = { start: null, end: null, precision: 'unknown', recurrence: null, text: '' };

export function isWhen(value: DateMatch['value']): value is When {
  return (value as When).precision !== undefined;
}
