/**
 * The words of Russian time expressions, keyed by their normalized form (lower case, «ё» → «е»):
 * month names in every case and their abbreviations, weekdays, number words, units, seasons and
 * Roman numerals. Grammar pieces are UPPER_SNAKE, as Yargy writes them.
 */

function forms(stems: Record<string, number>, endings: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [stem, value] of Object.entries(stems)) for (const ending of endings) map.set(stem + ending, value);
  return map;
}

/** Month names in all cases: «январь», «января», «январе», «январю», «январем». */
export const MONTH_NAME: ReadonlyMap<string, number> = new Map([
  ...forms({ январ: 1, феврал: 2, апрел: 4, июн: 6, июл: 7, сентябр: 9, октябр: 10, ноябр: 11, декабр: 12 }, [
    'ь',
    'я',
    'е',
    'ю',
    'ем',
  ]),
  ...forms({ март: 3, август: 8 }, ['', 'а', 'е', 'у', 'ом']),
  ...forms({ ма: 5 }, ['й', 'я', 'е', 'ю', 'ем']),
]);

/** Abbreviated month names, accepted only beside a day number or a year («5 сент. 2021»). */
export const MONTH_ABBREVIATION: ReadonlyMap<string, number> = new Map([
  ['янв', 1],
  ['фев', 2],
  ['февр', 2],
  ['мар', 3],
  ['апр', 4],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['сент', 9],
  ['окт', 10],
  ['ноя', 11],
  ['нояб', 11],
  ['дек', 12],
]);

/** Weekdays, 1 = Monday … 7 = Sunday, in the cases a date phrase uses. */
export const WEEKDAY: ReadonlyMap<string, number> = new Map([
  ...forms({ понедельник: 1, вторник: 2, четверг: 4 }, ['', 'а', 'у', 'ом', 'и', 'ам']),
  ...forms({ сред: 3, пятниц: 5, суббот: 6 }, ['а', 'у', 'ы', 'е', 'ой']),
  ...forms({ воскресень: 7 }, ['е', 'я', 'ю', 'ем']),
]);

/** Cardinal number words in all cases, for durations («четыре дня», «двух лет», «десяти суток»). */
export const CARDINAL: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (value: number, words: string[]) => {
    for (const w of words) map.set(w, value);
  };
  add(1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одну', 'одним', 'одном']);
  add(2, ['два', 'две', 'двух', 'двум', 'двумя']);
  add(3, ['три', 'трех', 'трем', 'тремя']);
  add(4, ['четыре', 'четырех', 'четырем', 'четырьмя']);
  add(1.5, ['полтора', 'полторы', 'полутора']);
  const regular: Record<string, number> = {
    пят: 5,
    шест: 6,
    сем: 7,
    девят: 9,
    десят: 10,
    одиннадцат: 11,
    двенадцат: 12,
    тринадцат: 13,
    четырнадцат: 14,
    пятнадцат: 15,
    шестнадцат: 16,
    семнадцат: 17,
    восемнадцат: 18,
    девятнадцат: 19,
    двадцат: 20,
    тридцат: 30,
  };
  for (const [stem, value] of Object.entries(regular)) add(value, [`${stem}ь`, `${stem}и`, `${stem}ью`]);
  add(8, ['восемь', 'восьми', 'восемью', 'восьмью']);
  add(40, ['сорок', 'сорока']);
  add(50, ['пятьдесят', 'пятидесяти']);
  add(60, ['шестьдесят', 'шестидесяти']);
  add(70, ['семьдесят', 'семидесяти']);
  add(80, ['восемьдесят', 'восьмидесяти']);
  add(90, ['девяносто', 'девяноста']);
  add(100, ['сто', 'ста']);
  return map;
})();

/** Words for an unknown count: «несколько дней», «многих лет». The value is unspecified (TIMEX3 «X»). */
export const SOME: ReadonlySet<string> = new Set([
  'несколько',
  'нескольких',
  'нескольким',
  'несколькими',
  'много',
  'многих',
  'многие',
  'многим',
  'многими',
]);

/** Ordinal number words in the cases a date phrase uses («второй год подряд», «первое полугодие»). */
export const ORDINAL: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const stems: [string, number, 'hard' | 'soft' | 'stressed'][] = [
    ['перв', 1, 'hard'],
    ['втор', 2, 'stressed'],
    ['трет', 3, 'soft'],
    ['четверт', 4, 'hard'],
    ['пят', 5, 'hard'],
    ['шест', 6, 'stressed'],
    ['седьм', 7, 'stressed'],
    ['восьм', 8, 'stressed'],
    ['девят', 9, 'hard'],
    ['десят', 10, 'hard'],
  ];
  const endings = {
    hard: ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых'],
    stressed: ['ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых'],
    soft: ['ий', 'ьего', 'ьему', 'ьим', 'ьем', 'ья', 'ьей', 'ью', 'ье', 'ьи', 'ьих'],
  };
  for (const [stem, value, kind] of stems) for (const e of endings[kind]) map.set(stem + e, value);
  return map;
})();

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Units of time in all cases. */
export const UNIT: ReadonlyMap<string, Unit> = new Map<string, Unit>([
  ...[...forms({ час: 0 }, ['', 'а', 'у', 'ом', 'е', 'ов', 'ам', 'ами', 'ах'])].map(([w]) => [w, 'hour'] as const),
  ...[
    'день',
    'дня',
    'дню',
    'днем',
    'дне',
    'дни',
    'дней',
    'дням',
    'днями',
    'днях',
    'сутки',
    'суток',
    'суткам',
    'сутками',
  ].map((w) => [w, 'day'] as const),
  ...['неделя', 'недели', 'неделе', 'неделю', 'неделей', 'недель', 'неделям', 'неделями', 'неделях'].map(
    (w) => [w, 'week'] as const,
  ),
  ...['месяц', 'месяца', 'месяцу', 'месяцем', 'месяце', 'месяцы', 'месяцев', 'месяцам', 'месяцами', 'месяцах'].map(
    (w) => [w, 'month'] as const,
  ),
  ...['квартал', 'квартала', 'кварталу', 'кварталом', 'квартале', 'кварталы', 'кварталов'].map(
    (w) => [w, 'quarter'] as const,
  ),
  ...['год', 'года', 'году', 'годом', 'годе', 'годы', 'лет', 'годов', 'годам', 'годами', 'годах'].map(
    (w) => [w, 'year'] as const,
  ),
  ...['десятилетие', 'десятилетия', 'десятилетию', 'десятилетием', 'десятилетии', 'десятилетий', 'десятилетиями'].map(
    (w) => [w, 'decade'] as const,
  ),
  ...['век', 'века', 'веку', 'веком', 'веке', 'веков', 'столетие', 'столетия', 'столетий'].map(
    (w) => [w, 'century'] as const,
  ),
]);

/** ISO 8601 duration designators of each unit, and how many of that designator one unit is. */
export const DURATION_DESIGNATOR: Record<Unit, [string, number]> = {
  hour: ['H', 1],
  day: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  quarter: ['M', 3],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};

/** Words that follow a year number: «2021 год», «2021 г.», «1912-1914 гг.». */
export const YEAR_WORD: ReadonlySet<string> = new Set([
  'год',
  'года',
  'году',
  'годом',
  'годе',
  'годы',
  'годов',
  'годам',
  'годах',
  'г',
  'гг',
  'го',
]);

/** Seasons: the months they span (winter starts in December of the year before). */
interface Season {
  from: number;
  to: number;
  adverb: boolean;
}
export const SEASON: ReadonlyMap<string, Season> = new Map<string, Season>([
  ...['зима', 'зимы', 'зиме', 'зиму'].map((w) => [w, { from: 12, to: 2, adverb: false }] as const),
  ['зимой', { from: 12, to: 2, adverb: true }],
  ...['весна', 'весны', 'весне', 'весну'].map((w) => [w, { from: 3, to: 5, adverb: false }] as const),
  ['весной', { from: 3, to: 5, adverb: true }],
  ...['лето', 'лета', 'лете'].map((w) => [w, { from: 6, to: 8, adverb: false }] as const),
  ['летом', { from: 6, to: 8, adverb: true }],
  ...['осень', 'осени'].map((w) => [w, { from: 9, to: 11, adverb: false }] as const),
  ['осенью', { from: 9, to: 11, adverb: true }],
]);

/** «начале», «середине», «конце» of a month, year or decade: which third of it. */
export const PART_OF: ReadonlyMap<string, 'begin' | 'middle' | 'end'> = new Map([
  ['начале', 'begin'],
  ['начала', 'begin'],
  ['начало', 'begin'],
  ['началу', 'begin'],
  ['середине', 'middle'],
  ['середины', 'middle'],
  ['середина', 'middle'],
  ['конце', 'end'],
  ['конца', 'end'],
  ['конец', 'end'],
  ['концу', 'end'],
]);

const ROMAN_DIGIT: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
// Cyrillic letters typed for Roman numerals: «ХХ век» with Cyrillic Х, «І квартал» with Ukrainian І.
const CYRILLIC_LOOKALIKE: Record<string, string> = { х: 'x', і: 'i' };

/** The value of a Roman numeral (Latin or Cyrillic look-alike letters), or null. @example romanValue('XXI') // 21 */
export function romanValue(word: string): number | null {
  const latin = word.toLowerCase().replace(/[хі]/g, (ch) => CYRILLIC_LOOKALIKE[ch] ?? ch);
  if (!/^[ivxlc]+$/.test(latin) || !/^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(latin)) return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const value = ROMAN_DIGIT[latin[i]!]!;
    const next = ROMAN_DIGIT[latin[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}
