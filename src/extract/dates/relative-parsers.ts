/**
 * Expressions relative to the document's date: «сегодня», «вчера», «в прошлом году», «на этой неделе»,
 * «через 2 дня», «3 дня назад», «в понедельник», «в прошлую пятницу».
 */
import type { Token } from '../../text/index.js';
import { draft, type Parser, type RelativeUnit } from './draft.js';
import { readDuration } from './duration-parsers.js';
import { isPunct } from './token-cursor.js';
import { CARDINAL, MONTH_NAME, SOME, WEEKDAY } from './vocabulary.js';

const DAY_WORD: ReadonlyMap<string, number> = new Map([
  ['сегодня', 0],
  ['вчера', -1],
  ['завтра', 1],
  ['послезавтра', 2],
  ['позавчера', -2],
]);

const TODAY_ADJECTIVE = new Set(['сегодняшний', 'сегодняшнего', 'сегодняшнему', 'сегодняшним', 'сегодняшнем']);
const DAY_NOUN = new Set(['день', 'дня', 'дню', 'днем']);

/** «сегодня», «вчера», «завтра», «сегодняшний день». */
export const RELATIVE_DAY: Parser = {
  name: 'RELATIVE_DAY',
  starts: { words: [...DAY_WORD.keys(), ...TODAY_ADJECTIVE] },
  match(tokens, i) {
    const token = tokens[i];
    if (token?.kind !== 'word') return null;
    const offset = DAY_WORD.get(token.norm);
    if (offset !== undefined) return draft(tokens, i, i, this.name, { kind: 'relative', unit: 'day', offset });
    if (TODAY_ADJECTIVE.has(token.norm) && DAY_NOUN.has(tokens[i + 1]?.norm ?? '')) {
      return draft(tokens, i, i + 1, this.name, { kind: 'relative', unit: 'day', offset: 0 });
    }
    return null;
  },
};

/** «этом», «прошлой», «следующем» … → offset from the document's period. */
const PERIOD_ADJECTIVE: ReadonlyMap<string, number> = new Map([
  ...[
    'этом',
    'этой',
    'этого',
    'эту',
    'этот',
    'текущем',
    'текущей',
    'текущего',
    'текущий',
    'текущую',
    'нынешнем',
    'нынешнего',
    'нынешний',
    'сего',
  ].map((w) => [w, 0] as const),
  ...[
    'прошлом',
    'прошлой',
    'прошлого',
    'прошлый',
    'прошлую',
    'прошедшем',
    'прошедшей',
    'прошедшего',
    'прошедший',
    'минувшем',
    'минувшей',
    'минувшего',
    'минувший',
    'минувшую',
  ].map((w) => [w, -1] as const),
  ...['позапрошлом', 'позапрошлого', 'позапрошлый'].map((w) => [w, -2] as const),
  ...[
    'следующем',
    'следующей',
    'следующего',
    'следующий',
    'следующую',
    'будущем',
    'будущей',
    'будущего',
    'будущий',
    'будущую',
    'предстоящем',
    'предстоящего',
    'грядущем',
  ].map((w) => [w, 1] as const),
]);

const PERIOD_NOUN: ReadonlyMap<string, RelativeUnit> = new Map([
  ...['году', 'года', 'год'].map((w) => [w, 'year'] as const),
  ...['месяце', 'месяца', 'месяц'].map((w) => [w, 'month'] as const),
  ...['неделе', 'недели', 'неделю'].map((w) => [w, 'week'] as const),
]);

const SAME = new Set(['же']);

/** «в прошлом году», «на этой неделе», «в следующем месяце», «этого года», «в том же году». */
export const RELATIVE_PERIOD: Parser = {
  name: 'RELATIVE_PERIOD',
  starts: { words: ['в', 'во', 'на', 'том', 'тот', 'этом', 'этот', ...PERIOD_ADJECTIVE.keys()] },
  match(tokens, i) {
    let j = i;
    const hasPreposition = ['в', 'во', 'на'].includes(tokens[j]?.norm ?? '');
    if (hasPreposition) j++;
    const adjective = tokens[j]?.norm ?? '';
    // «в том же году», «в тот же день»: the year or day the text last spoke of, not the document's.
    if (adjective === 'том' || adjective === 'тот' || adjective === 'этом' || adjective === 'этот') {
      const same = SAME.has(tokens[j + 1]?.norm ?? '') ? j + 1 : j;
      const noun = tokens[same + 1]?.norm ?? '';
      const unit = PERIOD_NOUN.get(noun);
      if (unit === 'year' && same > j) {
        return draft(tokens, i, same + 1, this.name, { kind: 'relative', unit, offset: 0, whole: true, context: true });
      }
      if (noun === 'день' && hasPreposition && (same > j || adjective === 'тот')) {
        return draft(tokens, i, same + 1, this.name, { kind: 'relative', unit: 'day', offset: 0, context: true });
      }
    }
    const offset = PERIOD_ADJECTIVE.get(adjective);
    // «в текущем сезоне», «этого сезона»: a season of sport or theatre, with no calendar value.
    if (offset !== undefined && /^сезон/.test(tokens[j + 1]?.norm ?? '')) {
      return draft(tokens, i, j + 1, this.name, { kind: 'vague' });
    }
    // «в следующем мае», «в прошлом декабре»
    const month = offset !== undefined ? MONTH_NAME.get(tokens[j + 1]?.norm ?? '') : undefined;
    if (month !== undefined && offset !== undefined && Math.abs(offset) <= 1) {
      return draft(tokens, i, j + 1, this.name, { kind: 'relative', unit: 'month', offset, month, whole: true });
    }
    const unit = PERIOD_NOUN.get(tokens[j + 1]?.norm ?? '');
    if (offset === undefined || unit === undefined) return null;
    return draft(tokens, i, j + 1, this.name, { kind: 'relative', unit, offset, whole: true });
  },
};

const AGO = new Set(['назад']);
const NARRATIVE_SHIFT = new Set(['ранее', 'раньше', 'позже', 'позднее']);

const INSTRUMENTAL_UNIT: ReadonlyMap<string, RelativeUnit> = new Map([
  ['днем', 'day'],
  ['неделей', 'week'],
  ['месяцем', 'month'],
  ['годом', 'year'],
]);

/** «годом» in «годом позже». */
function readInstrumentalUnit(
  tokens: readonly Token[],
  i: number,
): { unit: RelativeUnit; count: number; last: number } | null {
  const unit = INSTRUMENTAL_UNIT.get(tokens[i]?.norm ?? '');
  return unit && NARRATIVE_SHIFT.has(tokens[i + 1]?.norm ?? '') ? { unit, count: 1, last: i } : null;
}
const LATER = new Set(['через', 'спустя']);

const UNIT_ONLY: ReadonlyMap<string, RelativeUnit> = new Map([
  ...['день', 'сутки'].map((w) => [w, 'day'] as const),
  ['неделю', 'week'],
  ['месяц', 'month'],
  ['год', 'year'],
]);

function relativeUnit(unit: string): { unit: RelativeUnit; factor: number } | null {
  if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year') return { unit, factor: 1 };
  if (unit === 'quarter') return { unit: 'month', factor: 3 };
  if (unit === 'decade') return { unit: 'year', factor: 10 };
  return null;
}

/** Reads «2 дня», «несколько недель», «неделю» at `i`. */
function readShift(
  tokens: readonly Token[],
  i: number,
): { unit: RelativeUnit; count: number | null; last: number } | null {
  const read = readDuration(tokens, i);
  if (read) {
    const unit = relativeUnit(read.unit);
    if (!unit) return null;
    return { unit: unit.unit, count: read.count === null ? null : read.count * unit.factor, last: read.last };
  }
  const only = UNIT_ONLY.get(tokens[i]?.norm ?? '');
  return only ? { unit: only, count: 1, last: i } : null;
}

/** «через 2 дня», «спустя несколько дней», «3 дня назад», «год тому назад», «неделю спустя». */
export const RELATIVE_SHIFT: Parser = {
  name: 'RELATIVE_SHIFT',
  starts: {
    numbers: true,
    words: [...LATER, ...CARDINAL.keys(), ...SOME, ...UNIT_ONLY.keys(), ...INSTRUMENTAL_UNIT.keys()],
  },
  match(tokens, i) {
    const token = tokens[i];
    if (!token) return null;
    if (LATER.has(token.norm)) {
      const shift = readShift(tokens, i + 1);
      if (!shift) return null;
      return draft(tokens, i, shift.last, this.name, { kind: 'relative', unit: shift.unit, offset: shift.count });
    }
    const shift = readShift(tokens, i) ?? readInstrumentalUnit(tokens, i);
    if (!shift) return null;
    // «двумя неделями ранее», «годом позже»: relative to the event just told, not to the document.
    if (NARRATIVE_SHIFT.has(tokens[shift.last + 1]?.norm ?? '')) {
      return draft(tokens, i, shift.last + 1, this.name, { kind: 'vague' });
    }
    let last = shift.last + 1;
    if (tokens[last]?.norm === 'тому') last++;
    const sign = AGO.has(tokens[last]?.norm ?? '') ? -1 : tokens[last]?.norm === 'спустя' ? 1 : 0;
    if (sign === 0) return null;
    const offset = shift.count === null ? null : sign * shift.count;
    return draft(tokens, i, last, this.name, { kind: 'relative', unit: shift.unit, offset });
  },
};

// «среда» is also «environment» («городской среды»): only «среду» after a preposition, or a weekday
// standing before a date («среда, 3 октября»), count as a weekday.
const WEEKDAY_PREPOSITION = ['в', 'во', 'на', 'с', 'со', 'до', 'к', 'по'];

const AMBIGUOUS_WEEKDAY = new Set(['среда', 'среды', 'среде', 'средой']);

/** «в понедельник», «во вторник», «в прошлую пятницу», «в минувшую среду», «субботу». */
export const WEEKDAY_NAME: Parser = {
  name: 'WEEKDAY',
  starts: { words: [...WEEKDAY_PREPOSITION, ...PERIOD_ADJECTIVE.keys(), ...WEEKDAY.keys()] },
  match(tokens, i) {
    let j = i;
    const hasPreposition = WEEKDAY_PREPOSITION.includes(tokens[j]?.norm ?? '');
    if (hasPreposition) j++;
    const offset = PERIOD_ADJECTIVE.get(tokens[j]?.norm ?? '');
    if (offset !== undefined) j++;
    const token = tokens[j];
    if (token?.kind !== 'word') return null;
    const weekday = WEEKDAY.get(token.norm);
    if (weekday === undefined) return null;
    if (AMBIGUOUS_WEEKDAY.has(token.norm) || (token.norm === 'среду' && !hasPreposition && offset === undefined)) {
      if (!isPunct(tokens[j + 1], ',')) return null;
    }
    return draft(tokens, i, j, this.name, { kind: 'relative', unit: 'day', offset: offset ?? 0, weekday });
  },
};
