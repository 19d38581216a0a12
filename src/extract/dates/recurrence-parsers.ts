/**
 * Plan timing that is not a date: recurrence («ежеквартально», «ежеквартал.», «раз в квартал»,
 * «4 раза в год», «ежегодном», with the months it leaves out: «ежемесячно (кроме июля-августа)»), continuity («постоянно», «в течение года»), plan-vague items («по отдельному
 * графику»), and vague times («недавно», «в настоящее время», «в канун …»).
 */
import type { Recurrence } from '../../domain/index.js';
import type { Token } from '../../text/index.js';
import { type Draft, type DraftValue, draft, type Parser } from './draft.js';
import { readDuration } from './duration-parsers.js';
import { isDash, isGlued, isPunct } from './token-cursor.js';
import { CARDINAL, MONTH_NAME, ORDINAL, UNIT } from './vocabulary.js';

/** Matches a fixed sequence of normalized words at `i`; returns the index of the last one. */
export function matchPhrase(tokens: readonly Token[], i: number, words: readonly string[]): number | null {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return null;
  return i + words.length - 1;
}

/** Whether tokens first..last fill a table cell or a line on their own («| постоянно |»). */
function standsAlone(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const opens = !before || tokens[first]!.lineBefore || isPunct(before, '|;-');
  // «– по согласованию, г. Москва.», «– по согласованию.»: a plan item's time before its place or its end.
  const next = tokens[last + 2];
  const placeAfter =
    after !== undefined && isPunct(after, ',') && next !== undefined && (next.capital === true || next.norm === 'г');
  const ends = after !== undefined && isPunct(after, '.') && (next === undefined || next.lineBefore);
  const closes = !after || after.lineBefore || isPunct(after, '|;') || placeAfter || ends;
  return opens && closes;
}

// «ежедневно»: the format has no daily recurrence; a plan item done every day is continuous.
const RECURRENCE_STEM: readonly [RegExp, Recurrence][] = [
  [/^еженедельн/, 'weekly'],
  [/^ежемесячн/, 'monthly'],
  [/^ежеквартал/, 'quarterly'],
  [/^ежегодн/, 'yearly'],
  [/^ежедневн/, 'continuous'],
];

const UNIT_RECURRENCE: Partial<Record<string, Recurrence>> = {
  day: 'continuous',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

const RATE_UNIT = new Set(['день', 'сутки', 'неделю', 'месяц', 'год', 'квартал']);
// A noun in the genitive after «в день» makes it a day of something («в день открытия»).
const GENITIVE_ENDING = /(ия|ья|ого|его|ой|ей|ых|их|ов|ев|ы|а|я|и)$/;

const EVERY = new Set(['каждый', 'каждую', 'каждое', 'каждого', 'каждом', 'каждой', 'каждые', 'каждых']);

/** «дважды в год»: how many times. */
const TIMES_ADVERB: ReadonlyMap<string, number> = new Map([
  ['дважды', 2],
  ['трижды', 3],
  ['четырежды', 4],
]);
const TIMES_NOUN = new Set(['раз', 'раза']);
/** «не реже одного раза в квартал», «не менее 4 раз в год»: a floor on the count, kept in the span. */
const BOUND_WORD = new Set(['реже', 'чаще', 'менее', 'более', 'меньше', 'больше']);
/** How many months a cycle unit is; a week and a day are read apart. */
const UNIT_MONTHS: Partial<Record<string, number>> = { month: 1, quarter: 3, year: 12 };
const HALF_YEAR_WORD = new Set(['полгода', 'полугодие']);

/**
 * A count per cycle as the format's recurrence: «4 раза в год» and «раз в квартал» are `quarterly`,
 * «3 раза в квартал» `monthly`, «раз в неделю» `weekly`, «раз в день» `continuous`. The format has
 * no half-yearly or two-yearly value, and reading «дважды в год» as `quarterly` or `yearly` would
 * count events nobody planned: those are some times within the plan's period (`plan-vague`: the
 * period with precision `unknown`, recurrence null), like «по отдельному графику».
 */
function cycleValue(times: number, units: number, unit: string): DraftValue | null {
  if (unit === 'day') return units === 1 ? { kind: 'recurrence', recurrence: 'continuous' } : { kind: 'plan-vague' };
  if (unit === 'week')
    return times === 1 && units === 1 ? { kind: 'recurrence', recurrence: 'weekly' } : { kind: 'plan-vague' };
  const months = UNIT_MONTHS[unit];
  if (months === undefined) return null;
  const every = (months * units) / times;
  const recurrence: Recurrence | undefined =
    every === 1 ? 'monthly' : every === 3 ? 'quarterly' : every === 12 ? 'yearly' : undefined;
  return recurrence ? { kind: 'recurrence', recurrence } : { kind: 'plan-vague' };
}

/** A count read as a digit or a word («4», «четыре», «двух»); null if there is none. */
function countAt(token: Token | undefined): number | null {
  if (!token) return null;
  if (token.kind === 'number') return /^\d{1,3}$/.test(token.text) ? Number(token.text) : null;
  return token.kind === 'word' ? (CARDINAL.get(token.norm) ?? null) : null;
}

/**
 * «раз в квартал», «1 раз в квартал», «4 раза в год», «дважды в год», «не реже одного раза в квартал»,
 * «раз в полгода», «раз в два года», starting at the times word («раз», «раза», «дважды») at `i`.
 */
function readFrequency(tokens: readonly Token[], i: number): Draft | null {
  const token = tokens[i]!;
  let times = TIMES_ADVERB.get(token.norm) ?? null;
  let first = i;
  if (times === null) {
    if (!TIMES_NOUN.has(token.norm)) return null;
    const before = tokens[i - 1];
    times = countAt(before);
    if (times !== null) first = i - 1;
    // «не раз» is «more than once»; «в первый раз в году», «последний раз» count nothing.
    else if (
      token.norm === 'раз' &&
      (before?.kind !== 'word' ||
        !(before.norm === 'не' || ORDINAL.has(before.norm) || /(ый|ий|ой)$/.test(before.norm)))
    )
      times = 1;
    else return null;
  }
  if (times < 1) return null;
  if (tokens[first - 2]?.norm === 'не' && BOUND_WORD.has(tokens[first - 1]?.norm ?? '')) first -= 2;
  let j = i + 1;
  if (tokens[j]?.norm !== 'в' && tokens[j]?.norm !== 'во') return null;
  j++;
  if (HALF_YEAR_WORD.has(tokens[j]?.norm ?? '')) {
    const value = cycleValue(times, 6, 'month');
    return value && draft(tokens, first, j, 'RECURRENCE', value);
  }
  const units = countAt(tokens[j]);
  if (units !== null) j++;
  const unit = UNIT.get(tokens[j]?.norm ?? '');
  const value = unit && cycleValue(times, units ?? 1, unit);
  return value ? draft(tokens, first, j, 'RECURRENCE', value) : null;
}

const EXCEPT = new Set(['кроме']);

/**
 * «ежемесячно (кроме июля-августа)», «ежемесячно, кроме июля и августа»: the months left out belong
 * to the recurrence's span; they are not the item's date. Returns the last token of the exception.
 */
function readExceptions(tokens: readonly Token[], last: number): number {
  let j = last + 1;
  const bracket = isPunct(tokens[j], '(');
  if (bracket || isPunct(tokens[j], ',')) j++;
  if (!EXCEPT.has(tokens[j]?.norm ?? '')) return last;
  let end = -1;
  for (j++; j < tokens.length && !tokens[j]!.lineBefore; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.norm.split('-').every((part) => MONTH_NAME.has(part))) end = j;
    else if (!(t.norm === 'и' || isPunct(t, ',') || isDash(t))) break;
  }
  if (end < 0) return last;
  return bracket && isPunct(tokens[end + 1], ')') ? end + 1 : end;
}

/** «ежеквартально», «ежеквартал.», «ежегодном», «раз в квартал», «4 раза в год», «каждый месяц», «каждые три года». */
export const RECURRENCE: Parser = {
  name: 'RECURRENCE',
  starts: {
    words: [...TIMES_NOUN, ...TIMES_ADVERB.keys(), 'в', 'во', ...EVERY],
    when: (token) => token.norm.startsWith('еже'),
  },
  match(tokens, i) {
    const token = tokens[i];
    if (token?.kind !== 'word') return null;
    for (const [stem, recurrence] of RECURRENCE_STEM) {
      if (!stem.test(token.norm)) continue;
      // «ежеквартал.» is the abbreviation: keep its period in the span.
      const last = token.norm === 'ежеквартал' && isPunct(tokens[i + 1], '.') && isGlued(tokens[i + 1]) ? i + 1 : i;
      return draft(tokens, i, readExceptions(tokens, last), this.name, { kind: 'recurrence', recurrence });
    }
    if (TIMES_NOUN.has(token.norm) || TIMES_ADVERB.has(token.norm)) {
      const found = readFrequency(tokens, i);
      return found && draft(tokens, found.first, readExceptions(tokens, found.last), this.name, found.value);
    }
    // «2 тысячи масок в день», «370 тысяч тонн в год»: a rate after a quantity, not «в день открытия».
    if ((token.norm === 'в' || token.norm === 'во') && RATE_UNIT.has(tokens[i + 1]?.norm ?? '')) {
      const unit = tokens[i + 1]!;
      const before = tokens[i - 1];
      const after = tokens[i + 2];
      // «два раза в год», «дважды в год» count times, which the frequency above reads.
      const afterQuantity =
        before?.kind === 'word' &&
        !unit.lineBefore &&
        before.text === before.norm &&
        !TIMES_NOUN.has(before.norm) &&
        !TIMES_ADVERB.has(before.norm);
      const closes = !after || after.kind === 'punct' || after.lineBefore || !GENITIVE_ENDING.test(after.norm);
      if (afterQuantity && closes && unit.text === unit.norm) {
        const recurrence = UNIT_RECURRENCE[UNIT.get(unit.norm)!]!;
        return draft(tokens, i, i + 1, this.name, { kind: 'recurrence', recurrence });
      }
    }
    if (EVERY.has(token.norm)) {
      const unit = UNIT.get(tokens[i + 1]?.norm ?? '');
      const recurrence = unit && UNIT_RECURRENCE[unit];
      if (recurrence) return draft(tokens, i, i + 1, this.name, { kind: 'recurrence', recurrence });
      // «каждые три года»: a cycle the format cannot hold; kept as a vague time.
      const cycle = readDuration(tokens, i + 1);
      if (cycle) return draft(tokens, i, cycle.last, this.name, { kind: 'vague' });
    }
    return null;
  },
};

const CONTINUOUS_PHRASES: readonly (readonly string[])[] = [
  ['на', 'постоянной', 'основе'],
  ['в', 'течение', 'всего', 'года'],
  ['в', 'течение', 'всего', 'периода'],
  ['в', 'течение', 'периода'],
  ['весь', 'период'],
  ['весь', 'год'],
  ['в', 'течение', 'всего', 'срока'],
  ['круглогодично'],
  ['круглый', 'год'],
];

/** «постоянно», «в течение года», «весь период»: the whole plan period. */
export const CONTINUOUS: Parser = {
  name: 'CONTINUOUS',
  starts: { words: ['в', 'постоянно', 'регулярно', ...CONTINUOUS_PHRASES.map((p) => p[0]!)] },
  match(tokens, i) {
    for (const phrase of CONTINUOUS_PHRASES) {
      const last = matchPhrase(tokens, i, phrase);
      if (last !== null) return draft(tokens, i, last, this.name, { kind: 'recurrence', recurrence: 'continuous' });
    }
    // «в течение года» is continuous in a plan, and a duration elsewhere («в течение года он …»).
    const within = matchPhrase(tokens, i, ['в', 'течение', 'года']);
    if (within !== null) {
      return draft(tokens, i, within, this.name, {
        kind: 'recurrence',
        recurrence: 'continuous',
        withoutPeriod: 'P1Y',
      });
    }
    // «постоянно» and «регулярно» are adverbs of prose too; in a plan they fill the «срок» cell alone.
    if ((tokens[i]?.norm === 'постоянно' || tokens[i]?.norm === 'регулярно') && standsAlone(tokens, i, i)) {
      return draft(tokens, i, i, this.name, { kind: 'recurrence', recurrence: 'continuous' });
    }
    return null;
  },
};

const PLAN_VAGUE_PHRASES: readonly (readonly string[])[] = [
  ['по', 'отдельному', 'графику'],
  ['по', 'отдельному', 'плану'],
  ['по', 'графику'],
  ['по', 'мере', 'поступления'],
];

// Phrases that are timing only when they fill a cell: «по согласованию с мэрией» in prose is not a date.
const PLAN_VAGUE_CELL_PHRASES: readonly (readonly string[])[] = [
  ['по', 'согласованию'],
  ['по', 'мере', 'необходимости'],
  ['по', 'запросу'],
  ['по', 'запросам'],
  ['по', 'заявкам'],
  ['по', 'мере', 'поступления', 'запросов'],
  ['в', 'течение', 'срока'],
  ['в', 'установленные', 'сроки'],
  ['в', 'установленный', 'срок'],
];

/** «по отдельному графику», «по согласованию», «по мере необходимости»: sometime in the plan period. */
export const PLAN_VAGUE: Parser = {
  name: 'PLAN_VAGUE',
  starts: { words: ['по', 'в'] },
  match(tokens, i) {
    if (tokens[i]?.norm !== 'по' && tokens[i]?.norm !== 'в') return null;
    for (const phrase of PLAN_VAGUE_PHRASES) {
      const last = matchPhrase(tokens, i, phrase);
      if (last !== null) return draft(tokens, i, last, this.name, { kind: 'plan-vague' });
    }
    for (const phrase of PLAN_VAGUE_CELL_PHRASES) {
      const last = matchPhrase(tokens, i, phrase);
      if (last !== null && standsAlone(tokens, i, last))
        return draft(tokens, i, last, this.name, { kind: 'plan-vague' });
    }
    // «по плану ОКМО», «по плану Совета»: when another body's plan says — a cell of words, no numbers.
    const byPlan = matchPhrase(tokens, i, ['по', 'плану']);
    if (byPlan !== null) {
      let last = byPlan;
      while (last - byPlan < 6 && tokens[last + 1]?.kind === 'word' && !tokens[last + 1]!.lineBefore) last++;
      if (last > byPlan && standsAlone(tokens, i, last))
        return draft(tokens, i, last, this.name, { kind: 'plan-vague' });
    }
    return null;
  },
};

const VAGUE_PHRASES: readonly (readonly string[])[] = [
  ['недавно'],
  ['на', 'днях'],
  ['в', 'настоящее', 'время'],
  ['в', 'настоящий', 'момент'],
  ['в', 'данный', 'момент'],
  ['в', 'ближайшее', 'время'],
  ['в', 'последнее', 'время'],
  ['в', 'скором', 'времени'],
  ['в', 'выходные'],
  ['на', 'выходных'],
  ['на', 'следующий', 'день'],
  ['с', 'того', 'дня'],
  ['в', 'разные', 'годы'],
];

const EVE = [['в', 'канун'], ['накануне'], ['в', 'преддверии']] as const;

// Genitive endings of the noun phrase after «в канун» («празднования своего тридцатилетия», «Дня Победы»).
const GENITIVE = /(ия|ья|ого|его|ой|ей|ых|их|ов|ев|ти|ы|а|я|и)$/;

/** «недавно», «в настоящее время», «на днях», «в канун празднования …»: a time without a value. */
export const VAGUE: Parser = {
  name: 'VAGUE',
  starts: { words: [...VAGUE_PHRASES.map((p) => p[0]!), ...EVE.map((p) => p[0])] },
  match(tokens, i) {
    for (const phrase of VAGUE_PHRASES) {
      const last = matchPhrase(tokens, i, phrase);
      if (last !== null) return draft(tokens, i, last, this.name, { kind: 'vague' });
    }
    for (const phrase of EVE) {
      let last = matchPhrase(tokens, i, phrase);
      if (last === null) continue;
      // «накануне» alone is an adverb («накануне переболел»); with a genitive noun phrase it names the eve of something.
      const head = last;
      for (let k = 0; k < 4; k++) {
        const next = tokens[last + 1];
        if (next?.kind !== 'word' || !GENITIVE.test(next.norm)) break;
        last++;
      }
      if (last === head && phrase.length === 1) return null;
      return draft(tokens, i, last, this.name, { kind: 'vague' });
    }
    return null;
  },
};
