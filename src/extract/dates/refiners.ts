/**
 * Refiners: the cross-match steps that run after the parsers, in order (chrono's `refiners`).
 * Each takes the drafts sorted by position and returns them refined.
 */
import type { Precision } from '../../domain/index.js';
import type { Token } from '../../text/index.js';
import type { Draft, DraftValue, Point } from './draft.js';
import { DURATION_PREFIX } from './duration-parsers.js';
import { isPunct } from './token-cursor.js';
import { ORDINAL, PART_OF } from './vocabulary.js';

export type Refiner = (drafts: Draft[], tokens: readonly Token[]) => Draft[];

export interface NamedRefiner {
  name: string;
  refine: Refiner;
}

function extend(d: Draft, tokens: readonly Token[], first: number, last: number, value: DraftValue = d.value): Draft {
  const out: Draft = { ...d, first, last, start: tokens[first]!.start, end: tokens[last]!.end, value };
  return out;
}

/** Of drafts that overlap, the longest wins; between equals, the parser listed first. */
export const DROP_OVERLAPS: NamedRefiner = {
  name: 'DROP_OVERLAPS',
  refine(drafts) {
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Draft[] = [];
    let cluster: Draft[] = [];
    let clusterEnd = -1;
    const flush = () => {
      if (cluster.length === 1) kept.push(cluster[0]!);
      else if (cluster.length > 1) {
        // Stable sort keeps the parsers' order between drafts of equal length.
        const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start));
        const chosen: Draft[] = [];
        for (const d of byLength) if (chosen.every((c) => d.end <= c.start || d.start >= c.end)) chosen.push(d);
        kept.push(...chosen.sort((a, b) => a.start - b.start));
      }
      cluster = [];
    };
    for (const d of sorted) {
      if (d.start >= clusterEnd) {
        flush();
        clusterEnd = d.end;
      } else clusterEnd = Math.max(clusterEnd, d.end);
      cluster.push(d);
    }
    flush();
    return kept;
  },
};

const HALF_NOUN = new Set(['половине', 'половины', 'половина', 'половину']);
const TENTH_NOUN = new Set(['декаде', 'декады', 'декада', 'декаду']);

type Part = 'begin' | 'middle' | 'end' | 'half1' | 'half2' | 'tenth';

/**
 * What «в начале», «в середине», «в конце», «в первой половине», «в первой декаде» of a month, a year or
 * a span of years leaves known. A precision says how precisely the date is known, and a part names no
 * bounds of its own: «в конце мая» is known to the month, «в начале 2025 года» to the year, «в конце
 * 1980-х» to the decade — the whole period, at its own precision, never days or months nobody stated.
 * A half of a year is a quarter bound (January–June, precision `quarter`, as «в первом полугодии»); a
 * half of a span of years is its exact years; a half or a tenth of a month is the month (the format
 * has no precision between day and month).
 */
function narrow(value: DraftValue, part: Part): DraftValue | null {
  if (value.kind !== 'interval' || !value.from || !value.to) return null;
  const { from, to } = value;
  if (value.precision === 'month' && from.month === to.month && from.year === to.year) return value;
  if (part === 'tenth') return null;
  // «конца года»: this year, relative to the document, narrows like a stated one.
  const sameRelativeYear = from.year === null && from.yearOffset !== undefined && from.yearOffset === to.yearOffset;
  if (value.precision !== 'year' || !((from.year !== null && to.year !== null) || sameRelativeYear)) return null;
  const half = part === 'half1' ? 0 : part === 'half2' ? 1 : null;
  if (half === null) return value;
  if (from.year === to.year) {
    return {
      ...value,
      from: { ...from, month: 1 + 6 * half, day: 1 },
      to: { ...to, month: 6 + 6 * half, day: 'last' },
      precision: 'quarter',
    };
  }
  if (from.year === null || to.year === null) return null;
  const middle = from.year + Math.floor((to.year - from.year + 1) / 2);
  return half === 0 ? { ...value, to: { ...to, year: middle - 1 } } : { ...value, from: { ...from, year: middle } };
}

/** «в начале марта», «в конце 2017 года», «в середине 1970-х», «во второй половине 1950-х», «в первой декаде апреля». */
export const PART_OF_PERIOD: NamedRefiner = {
  name: 'PART_OF_PERIOD',
  refine(drafts, tokens) {
    return drafts.map((d) => {
      const before = tokens[d.first - 1];
      if (before?.kind !== 'word') return d;
      const part = PART_OF.get(before.norm);
      if (part) {
        const value = narrow(d.value, part);
        if (value) return extend(d, tokens, d.first - 1, d.last, value);
        // «в начале этого года»: the part joins the span; the value stays the whole year, which holds it.
        if ((d.value.kind === 'relative' && d.value.whole) || d.value.kind === 'vague') {
          return extend(d, tokens, d.first - 1, d.last);
        }
        return d;
      }
      const ordinalWord = tokens[d.first - 2]?.norm ?? '';
      const ordinal = ORDINAL.get(ordinalWord);
      if (HALF_NOUN.has(before.norm) && (ordinal === 1 || ordinal === 2)) {
        const value = narrow(d.value, ordinal === 1 ? 'half1' : 'half2');
        return value ? extend(d, tokens, d.first - 2, d.last, value) : d;
      }
      // «в первой декаде апреля», «в последней декаде мая»: a tenth of a month (not «первой декаде XXI века»).
      if (TENTH_NOUN.has(before.norm) && ((ordinal !== undefined && ordinal <= 3) || ordinalWord === 'последней')) {
        const value = narrow(d.value, 'tenth');
        return value ? extend(d, tokens, d.first - 2, d.last, value) : d;
      }
      return d;
    });
  },
};

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, year: 3, unknown: 4 };

function fillYear(point: Point, from: Point): Point {
  if (point.year !== null || point.yearOffset !== undefined) return point;
  if (from.yearOffset !== undefined) return { ...point, yearOffset: from.yearOffset };
  if (from.year === null) return point;
  // «с 30 декабря по 2 января 2021 года»: the start is in the year before.
  const later =
    point.month > from.month ||
    (point.month === from.month && point.day !== 'last' && from.day !== 'last' && point.day > from.day);
  return { ...point, year: later ? from.year - 1 : from.year };
}

function hasYear(point: Point): boolean {
  return point.year !== null || point.yearOffset !== undefined;
}

const FROM_WORD = new Set(['с', 'со', 'от']);
const TO_WORD = new Set(['по', 'до']);

/** «с 30 ноября по 2 декабря», «с января по март», «с 1994 по 2000 годы», «февраль – март», «с 10:00 до 18:00». */
export const MERGE_RANGES: NamedRefiner = {
  name: 'MERGE_RANGES',
  refine(drafts, tokens) {
    const out: Draft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const a = drafts[k]!;
      const b = drafts[k + 1];
      if (!b || b.first !== a.last + 2) {
        out.push(a);
        continue;
      }
      const connector = tokens[a.last + 1]!;
      const opener = tokens[a.first - 1];
      const withFrom = opener !== undefined && FROM_WORD.has(opener.norm) && !connector.lineBefore;
      const joins = connector.norm === '-' || (withFrom && TO_WORD.has(connector.norm));
      if (!joins || connector.lineBefore || b.value.kind !== a.value.kind) {
        out.push(a);
        continue;
      }
      const first = withFrom ? a.first - 1 : a.first;
      if (a.value.kind === 'time' && b.value.kind === 'time') {
        out.push(
          extend(a, tokens, first, b.last, {
            kind: 'time',
            time: { start: a.value.time.start, end: b.value.time.start },
          }),
        );
        k++;
        continue;
      }
      if (a.value.kind !== 'interval' || b.value.kind !== 'interval' || !a.value.from || !b.value.to) {
        out.push(a);
        continue;
      }
      const to = b.value.to;
      // «Самара, 15 декабря 2025 г. – 12 декабря в Самаре состоялось …»: a range writes its year at the
      // end or at both; a year stated on the first date only ends a dateline or an item, and the dash
      // opens what follows.
      if (!withFrom && hasYear(a.value.from) && !hasYear(to)) {
        out.push(a);
        continue;
      }
      const from = fillYear(a.value.from, to);
      const precision =
        PRECISION_RANK[a.value.precision] >= PRECISION_RANK[b.value.precision] ? a.value.precision : b.value.precision;
      out.push(extend(a, tokens, first, b.last, { kind: 'interval', from, to, precision, recurrence: null }));
      k++;
    }
    return out;
  },
};

/** Prepositions that belong to a date's span, and which bound they leave open. */
const PREPOSITION: ReadonlyMap<string, 'none' | 'open-start' | 'open-end'> = new Map([
  ['в', 'none'],
  ['во', 'none'],
  ['на', 'none'],
  ['за', 'none'],
  ['к', 'open-start'],
  ['ко', 'open-start'],
  ['до', 'open-start'],
  ['по', 'open-start'],
  ['с', 'open-end'],
  ['со', 'open-end'],
]);

// «ещё», «уже», «лишь» before a time are the sentence's, not the date's («уже через четыре года»).
const APPROXIMATELY = new Set(['почти', 'примерно', 'около', 'приблизительно']);
const TIME_PREPOSITION = new Set(['в', 'во', 'к', 'до', 'с', 'со', 'около']);
const RELATIVE_PREPOSITION = new Set(['в', 'во', 'на', 'с', 'со', 'до', 'к', 'по', 'за']);

/** Before a duration: «в течение», «на протяжении», «не более», «немногим более». */
function durationPrefixStart(tokens: readonly Token[], first: number): number {
  let i = first;
  for (;;) {
    const t = tokens[i - 1];
    if (t?.kind !== 'word' || tokens[i]!.lineBefore) return i;
    const next = tokens[i]!.norm;
    if (DURATION_PREFIX.has(t.norm)) i--;
    else if ((t.norm === 'в' || t.norm === 'во') && /^(течение|течении|продолжение)$/.test(next)) i--;
    else if (t.norm === 'на' && next === 'протяжении') i--;
    else if (t.norm === 'не' && /^(более|менее|больше|меньше)$/.test(next)) i--;
    else if (t.norm === 'немногим' && /^(более|больше|менее|меньше)$/.test(next)) i--;
    else return i;
  }
}

/** «в 2018 году», «до 2030 года» (an end bound), «с 1995 года» (a start bound), «за неделю», «в течение пяти дней». */
export const ATTACH_PREPOSITIONS: NamedRefiner = {
  name: 'ATTACH_PREPOSITIONS',
  refine(drafts, tokens) {
    let previousLast = -1;
    return drafts.map((d) => {
      const floor = previousLast;
      previousLast = d.last;
      if (d.value.kind === 'duration') {
        const first = durationPrefixStart(tokens, d.first);
        return first < d.first && first > floor ? extend(d, tokens, first, d.last) : d;
      }
      if (d.value.kind === 'relative' && d.value.weekday === undefined) {
        const before = tokens[d.first - 1];
        const own = tokens[d.first]!.norm;
        if (!before || d.first - 1 <= floor) return d;
        if (APPROXIMATELY.has(before.norm)) return extend(d, tokens, d.first - 1, d.last);
        // «с сегодняшнего дня», «на сегодняшний день»; the parser already took «в прошлом году»'s «в».
        if (RELATIVE_PREPOSITION.has(before.norm) && !RELATIVE_PREPOSITION.has(own) && own !== 'через') {
          return extend(d, tokens, d.first - 1, d.last);
        }
        return d;
      }
      if (d.value.kind === 'vague') {
        // «до конца этого сезона»; «в недавно созданном» keeps its «в» to the participle.
        const before = tokens[d.first - 1];
        const own = tokens[d.first]!.norm;
        if (before && d.first - 1 > floor && /^(до|с|со|к|на)$/.test(before.norm) && !RELATIVE_PREPOSITION.has(own)) {
          return extend(d, tokens, d.first - 1, d.last);
        }
        return d;
      }
      if (d.value.kind === 'time') {
        const before = tokens[d.first - 1];
        if (before && d.first - 1 > floor && TIME_PREPOSITION.has(before.norm))
          return extend(d, tokens, d.first - 1, d.last);
        return d;
      }
      if (d.value.kind !== 'interval') return d;
      const before = tokens[d.first - 1];
      if (!before || d.first - 1 <= floor || tokens[d.first]!.lineBefore || before.kind !== 'word') return d;
      // «начиная с 2019 года»
      const startingFrom = (before.norm === 'с' || before.norm === 'со') && tokens[d.first - 2]?.norm === 'начиная';
      const role = PREPOSITION.get(before.norm);
      // «в ночь на 19 декабря»: the night's «на» is not the date's.
      if (!role || (before.norm === 'на' && /^ночь/.test(tokens[d.first - 2]?.norm ?? ''))) return d;
      const first = startingFrom && d.first - 2 > floor ? d.first - 2 : d.first - 1;
      const value = { ...d.value };
      if (role === 'open-start') value.from = null;
      if (role === 'open-end') value.to = null;
      return extend(d, tokens, first, d.last, value);
    });
  },
};

function isDayDate(d: Draft): boolean {
  return d.value.kind === 'interval' && d.value.precision === 'day';
}

/** A weekday or a relative day («вчера») standing beside a date it names again. */
function isWeekday(d: Draft): boolean {
  return (
    d.value.kind === 'relative' &&
    d.value.unit === 'day' &&
    !d.value.whole &&
    d.value.offset !== null &&
    (d.value.weekday !== undefined || Math.abs(d.value.offset) <= 2)
  );
}

/** «в среду, 29 апреля 2020 года», «25 июля, в четверг», «вчера, 9 мая»: the weekday joins the date's span. */
export const ATTACH_WEEKDAY: NamedRefiner = {
  name: 'ATTACH_WEEKDAY',
  refine(drafts, tokens) {
    const out: Draft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const a = drafts[k]!;
      const b = drafts[k + 1];
      const comma = b && b.first === a.last + 2 && isPunct(tokens[a.last + 1], ',');
      // «в ночь на понедельник, 6 апреля»: the night's weekday is not the date's.
      if (b && comma && isWeekday(a) && isDayDate(b) && !/^ночь/.test(tokens[a.first - 1]?.norm ?? '')) {
        out.push(extend(b, tokens, a.first, b.last, b.value));
        k++;
      } else if (b && comma && isDayDate(a) && isWeekday(b) && !/^ночь/.test(tokens[b.first - 1]?.norm ?? '')) {
        out.push(extend(a, tokens, a.first, b.last, a.value));
        k++;
      } else out.push(a);
    }
    return out;
  },
};

const TIME_JOINER = new Set([',', 'в', 'во', 'с', 'со', 'начало', 'к', ':']);

/** «5 июля в 15:00», «12 марта с 10:00 до 18:00»: the time joins the date it follows. */
export const ATTACH_TIME: NamedRefiner = {
  name: 'ATTACH_TIME',
  refine(drafts, tokens) {
    const out: Draft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const a = drafts[k]!;
      const b = drafts[k + 1];
      const dated = isDayDate(a) || (a.value.kind === 'relative' && a.value.unit === 'day' && !a.value.whole);
      if (b && b.value.kind === 'time' && dated && b.first - a.last - 1 <= 2) {
        let joined = true;
        for (let t = a.last + 1; t < b.first; t++) if (!TIME_JOINER.has(tokens[t]!.norm)) joined = false;
        if (joined && !tokens[b.first]!.lineBefore) {
          out.push({ ...extend(a, tokens, a.first, b.last), time: b.value.time });
          k++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** «1 год 5 месяцев» → P1Y5M. */
export const MERGE_DURATIONS: NamedRefiner = {
  name: 'MERGE_DURATIONS',
  refine(drafts, tokens) {
    const out: Draft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const a = drafts[k]!;
      const b = drafts[k + 1];
      const between = b ? b.first - a.last - 1 : -1;
      if (
        b &&
        a.value.kind === 'duration' &&
        b.value.kind === 'duration' &&
        (between === 0 || (between === 1 && tokens[a.last + 1]!.norm === 'и')) &&
        !a.value.duration.includes('T') &&
        !b.value.duration.includes('T') &&
        !a.value.duration.includes('X')
      ) {
        out.push(
          extend(a, tokens, a.first, b.last, {
            kind: 'duration',
            duration: a.value.duration + b.value.duration.slice(1),
          }),
        );
        k++;
      } else out.push(a);
    }
    return out;
  },
};

/**
 * «Один день Ивана Денисовича», «Сто лет одиночества»: a duration or a vague time that opens a quoted
 * title is the title's first words, not a time. Dates keep their place («"1 мая" прошёл…» is rare and
 * still a date).
 */
export const DROP_TITLE_OPENINGS: NamedRefiner = {
  name: 'DROP_TITLE_OPENINGS',
  refine(drafts, tokens) {
    return drafts.filter((d) => {
      if (d.value.kind !== 'duration' && d.value.kind !== 'vague') return true;
      const quote = tokens[d.first - 1];
      const first = tokens[d.first]!;
      if (quote?.kind !== 'punct' || quote.norm !== '"' || first.spaceBefore) return true;
      const opens = quote.spaceBefore || d.first - 1 === 0 || tokens[d.first - 2]?.kind === 'punct';
      const closes = tokens[d.last + 1]?.norm === '"';
      // A title closes within a few words; a quoted speech («За последние годы мы …») runs on.
      let titleEnd = -1;
      for (let k = d.last + 1; k <= d.last + 3 && k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.norm === '"') titleEnd = k;
        if (t.kind === 'punct') break;
      }
      return !(opens && !closes && titleEnd > 0 && first.text !== first.norm);
    });
  },
};

/** The refiners in the order they run. */
export const REFINERS: readonly NamedRefiner[] = [
  DROP_OVERLAPS,
  PART_OF_PERIOD,
  MERGE_RANGES,
  ATTACH_WEEKDAY,
  ATTACH_PREPOSITIONS,
  ATTACH_TIME,
  MERGE_DURATIONS,
  DROP_TITLE_OPENINGS,
  DROP_OVERLAPS,
];
