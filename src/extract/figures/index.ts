/**
 * @module extract/figures
 * Counts the documents state: attendance («5800 пользователей», «более чем 300 человек», «свыше 5300
 * человек, в том числе 653 мэра»), municipalities, regions, countries and applications («42
 * муниципальных образования из 16 регионов», «более 700 заявок»), and ages («90 лет»). A bound
 * («более», «свыше», «около») gives the number itself, as the gold annotation reads it.
 */
import type { Morph } from '../../morph/index.js';
import type { ReferenceData } from '../../reference/index.js';
import type { Token } from '../../text/index.js';
import { type Match, tokensOf } from '../match.js';

export type FigureUnit = 'people' | 'municipalities' | 'regions' | 'countries' | 'applications' | 'other';

export interface FigureValue {
  count: number;
  unit: FigureUnit;
  /** «90 лет», «165 лет»: an age in years. */
  age?: boolean;
  /** The noun counted, as its lemma («человек», «мэр», «муниципальный образование»). */
  noun?: string;
}

/** Lemmas of counted nouns, by unit. Counting people covers the roles people come in. */
const UNIT_NOUNS: Record<Exclude<FigureUnit, 'other'>, readonly string[]> = {
  people: [
    'человек',
    'участник',
    'пользователь',
    'слушатель',
    'гость',
    'делегат',
    'мэр',
    'глава',
    'представитель',
    'эксперт',
    'зритель',
    'посетитель',
    'специалист',
    'депутат',
    'руководитель',
    'житель',
    'волонтёр',
    'волонтер',
    'студент',
    'школьник',
    'ребёнок',
    'ребенок',
    'спикер',
    'докладчик',
    'журналист',
    'чиновник',
    'сотрудник',
    'член',
    'жертва',
    'погибший',
    'пострадавший',
    'болельщик',
    'учащийся',
    'слушательница',
    'партнёр',
    'партнер',
    'лидер',
  ],
  municipalities: ['муниципалитет', 'город', 'поселение', 'район', 'округ', 'пункт', 'село', 'образование'],
  regions: ['регион', 'субъект', 'область', 'край', 'республика'],
  countries: ['страна', 'государство'],
  applications: ['заявка', 'проект', 'работа', 'анкета'],
};

const NOUN_UNIT = new Map<string, Exclude<FigureUnit, 'other'>>();
for (const [unit, nouns] of Object.entries(UNIT_NOUNS)) {
  for (const noun of nouns) NOUN_UNIT.set(noun, unit as Exclude<FigureUnit, 'other'>);
}

/** Words of number: «пять тысяч человек», «два десятка стран». */
const MULTIPLIERS: Record<string, number> = { тысяча: 1000, тыс: 1000, миллион: 1_000_000, млн: 1_000_000 };
const NUMBER_WORDS: Record<string, number> = {
  один: 1,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  пятнадцать: 15,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  сто: 100,
  двести: 200,
  триста: 300,
  пятьсот: 500,
  полтора: 1.5,
  несколько: Number.NaN,
};

/** Adjectives that may stand between the number and the noun: «42 муниципальных образования». */
const MAX_ADJECTIVES = 2;

interface NumberRead {
  value: number;
  /** Index one past the number's last token. */
  next: number;
}

/** A number at token i: «5800», «5 300», «2,5 тыс.», «пять тысяч». */
function readNumber(morph: Morph, tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let value: number;
  let next = i + 1;
  if (t.kind === 'number') {
    let digits = t.text;
    // «5 300»: a group of three digits after a space continues the number.
    while (
      tokens[next]?.kind === 'number' &&
      tokens[next]!.text.length === 3 &&
      tokens[next]!.spaceBefore &&
      digits.length <= 3
    ) {
      digits += tokens[next]!.text;
      next++;
    }
    value = Number(digits);
    // «2,5 тыс.», «8,1 млн»
    if (
      tokens[next]?.text === ',' &&
      tokens[next + 1]?.kind === 'number' &&
      !tokens[next + 1]!.spaceBefore &&
      !tokens[next]!.spaceBefore
    ) {
      value = Number(`${digits}.${tokens[next + 1]!.text}`);
      next += 2;
    }
  } else if (t.kind === 'word') {
    // «второй год» is an ordinal (az gives it the cardinal's lemma «два»): not a count.
    if (morph.parse(t.text)[0]?.tags.has('Anum')) return null;
    const lemma = morph.lemmas(t.text).find((l) => l in NUMBER_WORDS);
    if (lemma === undefined) return null;
    value = NUMBER_WORDS[lemma]!;
    if (Number.isNaN(value)) return null;
  } else return null;
  const multiplier = tokens[next];
  if (multiplier?.kind === 'word') {
    const factor =
      morph
        .lemmas(multiplier.text)
        .map((l) => MULTIPLIERS[l])
        .find((f) => f !== undefined) ?? MULTIPLIERS[multiplier.norm];
    if (factor !== undefined) {
      value *= factor;
      next++;
      if (tokens[next]?.text === '.') next++;
    }
  }
  return { value: Math.round(value), next };
}

/** Words before a number that make it a bound: «более (чем)», «свыше», «около», «порядка», «почти», «до». */
const BOUNDS = new Set([
  'более',
  'свыше',
  'около',
  'порядка',
  'почти',
  'примерно',
  'приблизительно',
  'менее',
  'больше',
  'около',
]);

/**
 * @example findFigures('привлекла более чем 300 человек', ref)[0].value // { count: 300, unit: 'people', noun: 'человек' }
 */
export function findFigures(text: string, ref: ReferenceData, tokens?: readonly Token[]): Match<FigureValue>[] {
  const { morph } = ref;
  const all = tokens ?? tokensOf(text);
  const figures: Match<FigureValue>[] = [];
  for (let i = 0; i < all.length; i++) {
    const number = readNumber(morph, all, i);
    if (number === null) continue;
    // A date or a year is not a count: «5 июля», «2021 года», «№204».
    if (
      all[i - 1]?.text === '№' ||
      all[i - 1]?.text === '.' ||
      (all[number.next]?.text === '.' && all[number.next + 1]?.kind === 'number')
    ) {
      i = number.next - 1;
      continue;
    }
    let start = i;
    for (let b = i - 1; b >= Math.max(0, i - 2); b--) {
      const w = all[b]!;
      if (w.norm === 'чем') continue;
      if (BOUNDS.has(w.norm)) start = b;
      break;
    }
    let k = number.next;
    // Skip agreeing adjectives: «42 муниципальных образования», «653 мэра городов».
    let adjectives = 0;
    while (adjectives < MAX_ADJECTIVES && all[k]?.kind === 'word' && morph.parse(all[k]!.text)[0]?.pos === 'ADJF') {
      adjectives++;
      k++;
    }
    const noun = all[k];
    if (noun === undefined || noun.kind !== 'word') {
      i = number.next - 1;
      continue;
    }
    const lemmas = morph.lemmas(noun.text);
    const yearWord = noun.norm === 'год' || noun.norm === 'года';
    // «2021 года» after a month or a preposition is a date, not an age.
    const dated =
      yearWord &&
      (DATE_BEFORE.has(all[i - 1]?.norm ?? '') || (looksLikeDate(all[i - 1] ?? noun) && all[i - 1] !== undefined));
    if (lemmas.includes('год') && (noun.norm === 'лет' || (yearWord && !dated))) {
      figures.push(figure(text, all, start, k + 1, { count: number.value, unit: 'other', age: true, noun: 'год' }));
      i = k;
      continue;
    }
    const lemma = lemmas.find((l) => NOUN_UNIT.has(l));
    if (lemma === undefined || looksLikeDate(noun)) {
      i = number.next - 1;
      continue;
    }
    const unit: FigureUnit = NOUN_UNIT.get(lemma)!;
    // «муниципальных образований» are municipalities; «образование» alone is not counted.
    if (lemma === 'образование' && !all.slice(number.next, k).some((t) => t.norm.startsWith('муниципальн'))) {
      i = number.next - 1;
      continue;
    }
    const adjective = all[number.next];
    figures.push(
      figure(text, all, start, k + 1, {
        count: number.value,
        unit,
        noun:
          adjectives > 0 && adjective !== undefined && unit === 'municipalities'
            ? `${morph.lemmas(adjective.text)[0]} ${lemma}`
            : lemma,
      }),
    );
    i = k;
  }
  return figures;
}

const DATE_BEFORE = new Set([
  'в',
  'во',
  'до',
  'с',
  'со',
  'к',
  'от',
  'по',
  'на',
  'за',
  'из',
  'после',
  'перед',
  'г',
  'года',
  'году',
]);

function looksLikeDate(noun: Token): boolean {
  return /^(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/.test(noun.norm);
}

function figure(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  value: FigureValue,
): Match<FigureValue> {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { start, end, text: text.slice(start, end), value };
}
