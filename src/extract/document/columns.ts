/**
 * What a plan table's column holds, judged by what its heading means: «Мероприятие», «Наименование
 * мероприятия» and «Тема» hold the event; «Место, дата» both place and date; «Срок» the date;
 * «Ожидаемый результат» the result; «Организатор», «Ответственный» the organizers.
 */
import { normalizeWord } from '../../text/index.js';

export type ColumnRole =
  | 'number'
  | 'event'
  | 'place-date'
  | 'date'
  | 'place'
  | 'result'
  | 'note'
  | 'organizer'
  | 'format'
  | 'participants'
  | 'age';

// Patterns over the normalized heading (lower case, ё → е). Order matters: the first match wins,
// so compound headings («Место и дата проведения») come before their parts.
const HEADING_PATTERNS: [RegExp, ColumnRole][] = [
  [/^(?:№|n|no|номер)(?:\s*п\s*\/?\s*п)?\.?$|^п\s*\/\s*п$/, 'number'],
  [/(?:место|город).{0,25}(?:дата|срок|время)|(?:дата|срок|время|период).{0,25}(?:место|город)/, 'place-date'],
  [/ожидаем|результат|показател/, 'result'],
  [/организатор|ответственн|исполнител|инициатор|проводит/, 'organizer'],
  [/участник|приглаш|целев/, 'participants'],
  // «Форма проведения, место»: the place is what the column adds (a format is read from any cell).
  [/(?:формат|форма\s+проведения).{0,25}(?:место|город)|(?:место|город).{0,25}(?:формат|форма\s+проведения)/, 'place'],
  [/формат|форма\s+проведения/, 'format'],
  [/примечани|комментари|дополнительн/, 'note'],
  [/^возраст|^лет$|^годовщина|^юбилей$|^юбилейная дата$|^сколько лет/, 'age'],
  [/срок|дата|период|время|месяц|квартал|когда|график/, 'date'],
  [/^место|город|регион|площадк|^населенн\S*\s+пункт|^поселени|^муниципальн\S*\s+образовани|^муниципалитет/, 'place'],
  [
    /(?:^|\s)(?:мероприяти\S*|наименовани\S*|назван\S*|тема|темы|содержани\S*|вид\s+работ|событи\S*|меры|действи\S*|задач\S*|направлени\S*)(?:\s|$)/,
    'event',
  ],
];

/**
 * @example headingRole('Место, дата') // 'place-date'
 * @example headingRole('Наименование мероприятия') // 'event'
 */
export function headingRole(heading: string): ColumnRole | null {
  const norm = normalizeWord(heading)
    .replace(/[*_¹²³⁴⁵⁶⁷⁸⁹⁰:]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A heading is a few words; a sentence in a cell is content, whatever words it holds.
  if (norm === '' || norm.length > 60 || norm.split(' ').length > 6) return null;
  for (const [pattern, role] of HEADING_PATTERNS) if (pattern.test(norm)) return role;
  return null;
}

/** Roles of a header row's cells; null when too few of them look like headings to trust the row as a header. */
export function headerRoles(cells: { text: string }[]): (ColumnRole | null)[] | null {
  const roles = cells.map((cell) => headingRole(cell.text));
  const known = roles.filter((role) => role !== null).length;
  // A table of events has an event column; a table of anniversaries or city days, a city column.
  if (known < 2 || !(roles.includes('event') || roles.includes('place'))) return null;
  return roles;
}
