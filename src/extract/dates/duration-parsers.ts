/**
 * Durations and ages: «четыре дня», «два года», «90 лет», «10 суток», «второй год подряд»,
 * «25-летний», «полгода». The value is an ISO 8601 duration; an unknown count («несколько дней»)
 * is written with TIMEX3's «X» (`PXD`).
 */
import type { Token } from '../../text/index.js';
import { draft, type Parser } from './draft.js';
import { continuesSomething, isGlued, isNumber, isPunct } from './token-cursor.js';
import { CARDINAL, DURATION_DESIGNATOR, ORDINAL, SOME, UNIT, type Unit } from './vocabulary.js';
import { MAX_YEAR, MIN_YEAR } from './year-part.js';

export interface DurationRead {
  /** null: an unknown count («несколько»). */
  count: number | null;
  unit: Unit;
  /** Whether the text gave a count (number or number word), not just the unit («неделю»). */
  counted: boolean;
  last: number;
}

/** Words before a bare unit that make it a duration: «за неделю», «на год», «в течение дня». */
export const DURATION_PREFIX = new Set([
  'за',
  'на',
  'до',
  'около',
  'примерно',
  'приблизительно',
  'почти',
  'свыше',
  'более',
  'больше',
  'менее',
  'меньше',
  'порядка',
  'целый',
  'целую',
  'целых',
  'целые',
  'последний',
  'последнюю',
  'последнее',
  'последние',
  'последних',
  'ближайший',
  'ближайшую',
  'ближайшие',
  'ближайших',
  'течение',
  'течении',
  'протяжении',
  'продолжение',
]);

const BARE_UNIT: ReadonlySet<string> = new Set([
  'день',
  'дня',
  'сутки',
  'суток',
  'неделю',
  'недели',
  'неделя',
  'месяц',
  'месяца',
  'год',
  'года',
  'десятилетие',
  'десятилетия',
  'час',
  'часа',
  // Plural without a count: «в течение последних недель», «на протяжении десятилетий».
  'дней',
  'недель',
  'месяцев',
  'лет',
  'десятилетий',
  'веков',
  'годы',
]);

const TERM_NOUN = /^(срок|период|перерыв|стаж|опыт|мораторий|контракт)(а|у|ом|е)?$/;

const UNCOUNTED_PLURAL = new Set(['дней', 'недель', 'месяцев', 'лет', 'десятилетий', 'веков', 'годы']);
const PLURAL_ADJECTIVE = new Set(['последние', 'последних', 'ближайшие', 'ближайших', 'первые', 'первых']);

const HALF_WORD: ReadonlyMap<string, string> = new Map([
  ['полгода', 'P6M'],
  ['полугода', 'P6M'],
  ['полвека', 'P50Y'],
  ['полувека', 'P50Y'],
  ['полмесяца', 'P15D'],
  ['полчаса', 'PT30M'],
  ['полдня', 'PT12H'],
]);

/** Reads «N unit», «number-word unit», «несколько unit» at `i`. */
export function readDuration(tokens: readonly Token[], i: number): DurationRead | null {
  const token = tokens[i];
  if (!token) return null;
  let count: number | null;
  let j = i;
  if (token.kind === 'number') {
    if (token.text.length > 4 || continuesSomething(tokens, i)) return null;
    count = Number(token.text);
    // «1,5 года»
    if (isPunct(tokens[i + 1], ',.') && isGlued(tokens[i + 1]) && isNumber(tokens[i + 2]) && isGlued(tokens[i + 2])) {
      count = Number(`${token.text}.${tokens[i + 2]!.text}`);
      j = i + 2;
    }
  } else if (CARDINAL.has(token.norm)) {
    count = CARDINAL.get(token.norm)!;
    // «двадцать пять лет»
    const next = CARDINAL.get(tokens[i + 1]?.norm ?? '');
    if (next !== undefined && count >= 20 && count % 10 === 0 && next < 10) {
      count += next;
      j = i + 1;
    }
  } else if (SOME.has(token.norm)) count = null;
  else return null;
  const unitToken = tokens[j + 1];
  const unit = unitToken?.kind === 'word' ? UNIT.get(unitToken.norm) : undefined;
  if (!unit) return null;
  // «2021 года» is a year, «2000 лет» a duration.
  if (isNumber(token) && unit === 'year' && unitToken!.norm !== 'лет' && count! >= MIN_YEAR && count! <= MAX_YEAR) {
    return null;
  }
  return { count, unit, counted: true, last: j + 1 };
}

// Words before «N лет» that make it an age: «в возрасте 59 лет», «ему было 64 года», «исполнилось 85 лет».
const AGE_CUE = new Set([
  'возрасте',
  'было',
  'будет',
  'ему',
  'ей',
  'исполнилось',
  'исполнился',
  'исполнится',
  'исполняется',
  'старше',
  'младше',
  'моложе',
]);

const PERSON = new Set([
  'девочка',
  'девочке',
  'мальчик',
  'мальчику',
  'ребенок',
  'ребенку',
  'мужчина',
  'мужчине',
  'женщина',
  'женщине',
  'девушка',
  'девушке',
  'юноша',
  'юноше',
  'подросток',
  'подростку',
  'школьник',
  'школьница',
  'сын',
  'дочь',
]);

function isAge(tokens: readonly Token[], i: number, read: DurationRead): boolean {
  if (read.unit !== 'year' || !read.counted) return false;
  const before = tokens[i - 1]?.norm ?? '';
  // «в 13 лет» is the age at which; «в течение 5 лет» is a duration.
  if ((before === 'в' || before === 'во') && tokens[i]?.kind === 'number') return true;
  // «работал с 14 лет»: since that age.
  if (before === 'с' || before === 'со') return true;
  // «на 85 году жизни»
  if (tokens[read.last + 1]?.norm === 'жизни') return true;
  // «девочка 8 лет»
  if (PERSON.has(before)) return true;
  // «от 25 до 80 лет»: a range of ages.
  if (before === 'до' && tokens[i - 3]?.norm === 'от' && tokens[i - 2]?.kind === 'number') return true;
  // «Келли 52 года.», «Принцу Филиппу 97 лет.»: a name, then the age and the sentence's end.
  const previous = tokens[i - 1];
  const capitalizedName =
    previous?.kind === 'word' &&
    previous.text !== previous.norm &&
    !DURATION_PREFIX.has(previous.norm) &&
    !/^(в|во|с|со|на|за|до|к|по|через|спустя|уже|еще)$/.test(previous.norm);
  if (capitalizedName && /^[.!?]$/.test(tokens[read.last + 1]?.norm ?? '')) return true;
  return AGE_CUE.has(before) || AGE_CUE.has(tokens[i - 2]?.norm ?? '');
}

/** The ISO 8601 duration of a count of units. @example isoDuration(4, 'day') // 'P4D' */
export function isoDuration(count: number | null, unit: Unit): string {
  const [designator, factor] = DURATION_DESIGNATOR[unit];
  const amount = count === null ? 'X' : String(Math.round(count * factor * 100) / 100);
  return unit === 'hour' ? `PT${amount}${designator}` : `P${amount}${designator}`;
}

/**
 * «четыре дня», «90 лет», «несколько месяцев», «второй год подряд», «полгода», «за неделю».
 * An age adjective («25-летний») describes a person or thing, not a time, and is left out; so is an
 * age at which something happened («в 13 лет», «в возрасте 59 лет»).
 */
export const DURATION: Parser = {
  name: 'DURATION',
  starts: {
    numbers: true,
    words: [...HALF_WORD.keys(), ...CARDINAL.keys(), ...SOME, ...ORDINAL.keys(), ...BARE_UNIT],
  },
  match(tokens, i) {
    const token = tokens[i];
    if (!token) return null;
    const half = HALF_WORD.get(token.norm);
    if (half) return draft(tokens, i, i, this.name, { kind: 'duration', duration: half });
    const read = readDuration(tokens, i);
    if (read && !isAge(tokens, i, read)) {
      const last = tokens[read.last + 1]?.norm === 'подряд' ? read.last + 1 : read.last;
      return draft(tokens, i, last, this.name, { kind: 'duration', duration: isoDuration(read.count, read.unit) });
    }
    // «25-летний срок»: a term; «55-летний премьер» is an age and not a time.
    if (
      token.kind === 'number' &&
      token.text.length <= 3 &&
      tokens[i + 1]?.norm === '-' &&
      !tokens[i + 1]!.spaceBefore
    ) {
      const adjective = tokens[i + 2]?.norm ?? '';
      if (/^летн/.test(adjective) && TERM_NOUN.test(tokens[i + 3]?.norm ?? '')) {
        return draft(tokens, i, i + 2, this.name, { kind: 'duration', duration: `P${Number(token.text)}Y` });
      }
    }
    // «второй год подряд», «второй день»
    const ordinal = ORDINAL.get(token.norm);
    const unit = ordinal !== undefined ? UNIT.get(tokens[i + 1]?.norm ?? '') : undefined;
    if (ordinal !== undefined && (unit === 'day' || unit === 'year' || unit === 'week' || unit === 'month')) {
      if (['день', 'год', 'неделю', 'месяц', 'сутки'].includes(tokens[i + 1]!.norm)) {
        const last = tokens[i + 2]?.norm === 'подряд' ? i + 2 : i + 1;
        return draft(tokens, i, last, this.name, { kind: 'duration', duration: isoDuration(ordinal, unit) });
      }
    }
    // A bare unit is a duration only after a prefix («за неделю», «в течение дня»); «День города» is not.
    if (token.kind === 'word' && BARE_UNIT.has(token.norm) && token.text[0] === token.norm[0]) {
      const before = tokens[i - 1];
      if (before?.kind === 'word' && DURATION_PREFIX.has(before.norm) && before.norm !== 'до') {
        // «последние недели» is plural, «в течение недели» singular.
        const count = UNCOUNTED_PLURAL.has(token.norm) || PLURAL_ADJECTIVE.has(before.norm) ? null : 1;
        return draft(tokens, i, i, this.name, {
          kind: 'duration',
          duration: isoDuration(count, UNIT.get(token.norm)!),
        });
      }
    }
    return null;
  },
};
