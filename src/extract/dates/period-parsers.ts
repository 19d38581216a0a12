/**
 * Parsers of periods longer than a month: years («в 2018 году», «2021 г.», «(1994)»), year ranges
 * («2020-2021 годах», «1912-1914гг»), decades («1990-е годы»), centuries («XX век»), quarters
 * («II квартал 2021 г.»), half-years («первое полугодие») and seasons («весной 2012 года»).
 */
import type { Token } from '../../text/index.js';
import { type Draft, draft, interval, isRomanLike, type Parser, type Point } from './draft.js';
import { isDash, isGlued, isNumber, isPartOfLargerNumber, isPunct } from './token-cursor.js';
import { ORDINAL, romanValue, SEASON, UNIT, YEAR_WORD } from './vocabulary.js';
import { MAX_YEAR, MIN_YEAR, readYear, readYearWord, type YearPart } from './year-part.js';

function yearInterval(fromYear: number, toYear: number): ReturnType<typeof interval> {
  return interval({ year: fromYear, month: 1, day: 1 }, { year: toYear, month: 12, day: 'last' }, 'year');
}

/** Prepositions after which a bare number such as «1973» reads as a year («в 1973», «с 2004»). */
const YEAR_PREPOSITION = new Set(['в', 'во', 'с', 'со', 'до', 'к', 'по', 'после', 'за', 'начиная', 'конца', 'начала']);

/** Nouns counted by a number: «в 2000 человек», «до 1500 рублей» are not years. */
const COUNTED_NOUN =
  /^(человек|чел|рубл|руб|долл|евро|тонн|км|кв|метр|м|га|штук|шт|раз|мест|экземпляр|участник|жител|единиц|тыс|млн|млрд|процент|голос|заяв|компани|школ|семей|домов|квартир|гражда|специалист|сотрудник|работник|детей|рабоч)/;

/** «в 2018 году», «2021 год», «1912г», «(1994)», «в 2014». */
export const YEAR: Parser = {
  name: 'YEAR',
  starts: { numbers: true },
  match(tokens, i) {
    const token = tokens[i];
    if (!isNumber(token) || token.text.length !== 4 || isPartOfLargerNumber(tokens, i)) return null;
    const year = readYear(tokens, i);
    if (!year || year.year === null) return null;
    if (!year.withWord && !bareYearFits(tokens, i)) return null;
    return draft(tokens, i, year.last, this.name, yearInterval(year.year, year.year));
  },
};

/** A year without «год» counts after a preposition or alone in brackets, and not before a counted noun. */
function bareYearFits(tokens: readonly Token[], i: number): boolean {
  const year = Number(tokens[i]!.text);
  if (year < 1800) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (isPunct(before, '(') && isPunct(after, ')')) return true;
  // «В.1928г» is caught by the year word; «.1928» alone is a fraction.
  if (before?.kind !== 'word' || !YEAR_PREPOSITION.has(before.norm)) return false;
  if (after?.kind === 'word' && (COUNTED_NOUN.test(after.norm) || UNIT.has(after.norm))) return false;
  if (isPunct(after, '%')) return false;
  return true;
}

/** «2020-2021 годах», «1912-1914гг», «1985—1990», «2020-21 гг.». */
export const YEAR_RANGE: Parser = {
  name: 'YEAR_RANGE',
  starts: { numbers: true },
  match(tokens, i) {
    const a = tokens[i];
    if (!isNumber(a) || a.text.length !== 4 || isPartOfLargerNumber(tokens, i) || !isDash(tokens[i + 1])) return null;
    const b = tokens[i + 2];
    if (!isNumber(b) || (b.text.length !== 4 && b.text.length !== 2)) return null;
    const from = Number(a.text);
    const to = b.text.length === 4 ? Number(b.text) : Math.floor(from / 100) * 100 + Number(b.text);
    if (from < MIN_YEAR || to > MAX_YEAR || to <= from || to - from > 100) return null;
    const wordEnd = readYearWord(tokens, i + 3);
    // Without «годы» only two four-digit years in the modern range count («1985—1990»), not «12-14».
    if (wordEnd === null && (b.text.length !== 4 || from < 1800)) return null;
    return draft(tokens, i, wordEnd ?? i + 2, this.name, yearInterval(from, to));
  },
};

const DECADE_SUFFIX = /^(е|х|ые|ых|м|ми|ым|ыми|ое|ого)$/;

/** «1990-е годы», «в 1970-х», «90-е». */
export const DECADE: Parser = {
  name: 'DECADE',
  starts: { numbers: true },
  match(tokens, i) {
    const token = tokens[i];
    if (!isNumber(token) || isPartOfLargerNumber(tokens, i)) return null;
    if (!isDash(tokens[i + 1]) || !isGlued(tokens[i + 1]) || !DECADE_SUFFIX.test(tokens[i + 2]?.norm ?? ''))
      return null;
    let start: number;
    if (token.text.length === 4) start = Number(token.text);
    // Two digits: only where the century is beyond doubt («90-е»), not «20-е» (1920s or 2020s).
    else if (token.text.length === 2 && Number(token.text) >= 30) start = 1900 + Number(token.text);
    else return null;
    if (start % 10 !== 0 || start < MIN_YEAR || start > MAX_YEAR) return null;
    let last = i + 2;
    const word = tokens[last + 1];
    if (word && YEAR_WORD.has(word.norm) && word.norm !== 'год') last = readYearWord(tokens, last + 1) ?? last;
    return draft(tokens, i, last, this.name, yearInterval(start, start + 9));
  },
};

const CENTURY_WORD = new Set(['век', 'века', 'веку', 'веком', 'веке', 'веков', 'вв', 'в']);

/** «XX век», «в XXI веке», «19 века», «XIX-XX веков». */
export const CENTURY: Parser = {
  name: 'CENTURY',
  starts: { numbers: true, when: isRomanLike },
  match(tokens, i) {
    const token = tokens[i];
    let first = centuryNumber(token);
    let last = i;
    let to = first ?? 0;
    // «XIX-XX» is one hyphenated word token.
    if (first === null && token?.kind === 'word' && token.norm.includes('-')) {
      const [a, b] = token.text.split('-').map((part) => centuryNumber({ ...token, kind: 'word', text: part }));
      if (a && b && b > a) {
        first = a;
        to = b;
      }
    }
    if (first === null) return null;
    if (to === first && isDash(tokens[i + 1])) {
      const second = centuryNumber(tokens[i + 2]);
      if (second !== null && second > first) {
        to = second;
        last = i + 2;
      }
    }
    const word = tokens[last + 1];
    if (!word || !CENTURY_WORD.has(word.norm)) return null;
    // «в.» is a century only with its period («XX в.»), and never before a year («в 2018»).
    if (word.norm === 'в' || word.norm === 'вв') {
      if (!isPunct(tokens[last + 2], '.')) return null;
      last++;
    }
    return draft(tokens, i, last + 1, this.name, yearInterval((first - 1) * 100 + 1, to * 100));
  },
};

function centuryNumber(token: Token | undefined): number | null {
  if (!token) return null;
  const value = token.kind === 'number' && token.text.length <= 2 ? Number(token.text) : romanValue(token.text);
  return value !== null && value >= 1 && value <= 21 ? value : null;
}

/** A quarter or half number: «II», «2», «2-й», «2-е», «второй», «второе». */
function readOrdinal(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const token = tokens[i];
  if (!token) return null;
  if (isNumber(token) && token.text.length === 1 && !isPartOfLargerNumber(tokens, i)) {
    const value = Number(token.text);
    if (isDash(tokens[i + 1]) && isGlued(tokens[i + 1]) && /^(й|е|го|м|ом|ое)$/.test(tokens[i + 2]?.norm ?? '')) {
      return { value, last: i + 2 };
    }
    return { value, last: i };
  }
  if (token.kind !== 'word') return null;
  const ordinal = ORDINAL.get(token.norm);
  if (ordinal !== undefined) return { value: ordinal, last: i };
  // Upper-case Roman numerals only: a lower-case «и» or «в» is a word.
  if (token.text !== token.text.toUpperCase()) return null;
  const roman = romanValue(token.text);
  return roman === null ? null : { value: roman, last: i };
}

const QUARTER_WORD = new Set(['квартал', 'квартала', 'кварталу', 'кварталом', 'квартале', 'кварталы', 'кварталах']);

/** «I квартал», «во II квартале 2021 г.», «1-й квартал», «III-IV кварталы», «IV кв. 2021». */
export const QUARTER: Parser = {
  name: 'QUARTER',
  starts: { numbers: true, words: ORDINAL.keys(), when: isRomanLike },
  match(tokens, i) {
    const range = readOrdinalRange(tokens, i);
    if (!range || range.from < 1 || range.to > 4) return null;
    let last = range.last + 1;
    const word = tokens[last];
    if (!word) return null;
    if (word.norm === 'кв' && isPunct(tokens[last + 1], '.')) last++;
    else if (!QUARTER_WORD.has(word.norm)) return null;
    const year = readYear(tokens, last + 1);
    return partDraft(tokens, i, year, range.from * 3 - 2, range.to * 3, 'quarter', last, this.name);
  },
};

/** «II-III», «1-2», «второй-третий», and a single ordinal as a range of one. */
function readOrdinalRange(tokens: readonly Token[], i: number): { from: number; to: number; last: number } | null {
  const token = tokens[i];
  // «III-IV» is one hyphenated word token.
  if (token?.kind === 'word' && token.norm.includes('-') && token.text === token.text.toUpperCase()) {
    const [a, b] = token.text.split('-').map(romanValue);
    return a && b && b > a ? { from: a, to: b, last: i } : null;
  }
  const first = readOrdinal(tokens, i);
  if (!first) return null;
  if (isDash(tokens[first.last + 1])) {
    const second = readOrdinal(tokens, first.last + 2);
    if (second && second.value > first.value) return { from: first.value, to: second.value, last: second.last };
  }
  return { from: first.value, to: first.value, last: first.last };
}

function partDraft(
  tokens: readonly Token[],
  i: number,
  year: YearPart | null,
  fromMonth: number,
  toMonth: number,
  precision: 'quarter' | 'month',
  last: number,
  parser: string,
): Draft {
  const from: Point = { year: year?.year ?? null, month: fromMonth, day: 1 };
  const to: Point = { year: year?.year ?? null, month: toMonth, day: 'last' };
  if (year?.yearOffset !== undefined) {
    from.yearOffset = year.yearOffset;
    to.yearOffset = year.yearOffset;
  }
  return draft(tokens, i, year?.last ?? last, parser, interval(from, to, precision));
}

const HALF_WORD = new Set(['полугодие', 'полугодия', 'полугодию', 'полугодием', 'полугодии']);

/** «первое полугодие», «во втором полугодии 2021 года», «2-е полугодие», «I полугодие». Precision quarter: its bounds are quarter bounds. */
export const HALF_YEAR: Parser = {
  name: 'HALF_YEAR',
  starts: { numbers: true, words: ORDINAL.keys(), when: isRomanLike },
  match(tokens, i) {
    const half = readOrdinal(tokens, i);
    if (!half || half.value < 1 || half.value > 2) return null;
    if (!HALF_WORD.has(tokens[half.last + 1]?.norm ?? '')) return null;
    const year = readYear(tokens, half.last + 2);
    return partDraft(tokens, i, year, half.value * 6 - 5, half.value * 6, 'quarter', half.last + 1, this.name);
  },
};

/** «весной 2012 года», «летом», «осень 2020 г.». A season noun without a year is a noun, not a date. */
export const SEASON_OF_YEAR: Parser = {
  name: 'SEASON',
  starts: { words: SEASON.keys() },
  match(tokens, i) {
    const token = tokens[i];
    const season = token?.kind === 'word' ? SEASON.get(token.norm) : undefined;
    if (!season) return null;
    const year = readYear(tokens, i + 1);
    if (!year && !season.adverb) return null;
    const value = partDraft(tokens, i, year, season.from, season.to, 'month', i, this.name);
    // Winter of 2021 runs from December 2020; a winter without a year starts in the inferred year.
    if (value.value.kind === 'interval' && value.value.from?.year && season.from > season.to)
      value.value.from.year -= 1;
    return value;
  },
};

const DECADE_WORD = /^(двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(ые|ых|ым|ыми)$/;
const DECADE_VALUE: Record<string, number> = {
  двадцат: 20,
  тридцат: 30,
  сороков: 40,
  пятидесят: 50,
  шестидесят: 60,
  семидесят: 70,
  восьмидесят: 80,
  девяност: 90,
};
const CENTURY_ORDINAL: Record<string, number> = { девятнадцатого: 19, двадцатого: 20, двадцать: 21 };
const DECADE_YEARS = new Set(['годы', 'годах', 'годов', 'годам', 'годами']);

/** «в девяностые годы», «семидесятых годов двадцатого века», «90-х годов XX века» is DECADE. */
export const DECADE_IN_WORDS: Parser = {
  name: 'DECADE_IN_WORDS',
  starts: { when: (token) => token.kind === 'word' && DECADE_WORD.test(token.norm) },
  match(tokens, i) {
    const m = DECADE_WORD.exec(tokens[i]?.norm ?? '');
    if (!m || !DECADE_YEARS.has(tokens[i + 1]?.norm ?? '')) return null;
    let last = i + 1;
    // «двадцатого века», «XX века»; without it, the decade of the twentieth century, as with «90-е».
    let century = 20;
    const next = tokens[last + 1];
    const named = next && (CENTURY_ORDINAL[next.norm] ?? (isRomanLike(next) ? romanValue(next.text) : null));
    if (named && /^век/.test(tokens[last + 2]?.norm ?? '')) {
      century = named;
      last += 2;
    }
    const start = (century - 1) * 100 + DECADE_VALUE[m[1]!]!;
    return draft(tokens, i, last, this.name, yearInterval(start, start + 9));
  },
};

const PART_WORD = new Set([
  'начала',
  'конца',
  'середины',
  'начале',
  'конце',
  'середине',
  'начало',
  'конец',
  'середина',
]);

/**
 * «до конца года», «в начале года»: «года» after a part word is the year the document speaks of
 * (its date's year, else its plan's). The part narrows it; «до» makes it a deadline.
 */
export const YEAR_OF_PART: Parser = {
  name: 'YEAR_OF_PART',
  starts: { words: ['года', 'году'] },
  match(tokens, i) {
    if (!PART_WORD.has(tokens[i - 1]?.norm ?? '')) return null;
    const from: Point = { year: null, yearOffset: 0, month: 1, day: 1 };
    const to: Point = { year: null, yearOffset: 0, month: 12, day: 'last' };
    return draft(tokens, i, i, this.name, interval(from, to, 'year'));
  },
};
