/**
 * Organizers, apart from participants and supporters. In a plan they come from the organizer column
 * or an «Организатор(ы): …» / «По плану …» note; in news from who «провёл», «организовал»,
 * «подготовил» the event (or by whom it «было организовано»), never from «при поддержке», «под
 * эгидой», partners or people. Names are canonical: abbreviations expanded through the registry.
 */
import { collapseWhitespace, normalizeWord } from '../../text/index.js';
import type { TextServices } from './inputs.js';
import { capitalizeFirst, headToNominative } from './title.js';

/** Splits a list at commas and semicolons outside quotes and brackets. */
export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let straight = false;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '(') depth++;
    else if ((ch === '»' || ch === ')') && depth > 0) depth--;
    else if (ch === '"') straight = !straight;
    if ((ch === ',' || ch === ';') && depth === 0 && !straight) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => collapseWhitespace(p)).filter((p) => p !== '');
}

const NOT_ORGANIZER =
  /^(?:при поддержке|под эгидой|под патронажем|партнер|партнёр|по согласованию|по отдельному|совместно$)/iu;
/** A person: «Иванов И.И.», «И. И. Иванов». */
const PERSON = /^[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.?$|^[А-ЯЁ]\.\s*[А-ЯЁ]\.\s*[А-ЯЁ][а-яё]+$/u;

/** Expands «г.» inside a body's name («Мэрия г. Грозного» → «Мэрия города Грозного»). */
function expandCityAbbreviation(name: string): string {
  return name.replace(/(?<=\s)г\.\s*(?=[А-ЯЁ])/gu, 'города ');
}

/** The canonical name of one organizer as written in a list. */
export function canonicalOrganizer(name: string, services: TextServices, caseHint?: string): string | null {
  const cleaned = collapseWhitespace(name.replace(/^[-–—•\s]+|[.;:\s]+$/g, ''));
  if (cleaned === '' || NOT_ORGANIZER.test(cleaned) || PERSON.test(cleaned)) return null;
  // A body is written as a name («Администрация г. Казани», «администрация г. Красноярска»), not as a
  // description («администрации городов-членов»): in lower case it must name its place.
  if (
    !/^[\p{Lu}«"]/u.test(cleaned) &&
    !/(?:^|\s)г\.\s*\p{Lu}/u.test(cleaned) &&
    services.findPlaces(cleaned).length === 0
  ) {
    return null;
  }
  const resolved = services.resolveOrganization(cleaned);
  if (resolved) return capitalizeFirst(resolved.name);
  const found = services.findOrganizations(cleaned);
  const whole = found.find((f) => f.end - f.start >= cleaned.length - 2);
  if (whole) return capitalizeFirst(whole.value.name);
  const expanded = expandCityAbbreviation(cleaned);
  const nominative = caseHint ? headToNominative(expanded, caseHint, services) : expanded;
  const again = services.resolveOrganization(nominative);
  if (again) return capitalizeFirst(again.name);
  return capitalizeFirst(nominative);
}

const NOTE_LABEL =
  /(?:^|[\s.;])(?:организатор(?:ы)?|ответственн\p{L}*(?:\s+исполнител\p{L}*)?|исполнител\p{L}*|проводит|проводят)\s*[:–—-]\s*/iu;
const BY_PLAN = /(?:^|\s)по\s+плану\s+/iu;

/**
 * Organizers named in a plan's organizer or note cell.
 * @example organizersFromNote('Организаторы: Исполком СНГ, МАГ', services)
 * // ['Исполнительный комитет Содружества Независимых Государств', 'Международная Ассамблея столиц и крупных городов']
 */
export function organizersFromNote(note: string, services: TextServices, organizerColumn = false): string[] {
  const text = collapseWhitespace(note);
  if (text === '') return [];
  let list: string | null = null;
  let caseHint: string | undefined;
  const label = NOTE_LABEL.exec(text);
  if (label) list = text.slice(label.index + label[0].length);
  else {
    const byPlan = BY_PLAN.exec(text);
    if (byPlan) {
      list = text.slice(byPlan.index + byPlan[0].length);
      caseHint = 'gent';
    } else if (organizerColumn) list = text;
  }
  if (list === null) return [];
  // A note may go on after the list: «Организатор: МАГ. Дни указаны ориентировочно».
  const firstSentence = list.split(/(?<!(?:^|\s)(?:г|гг|им|ул|д|с|п|пос|обл|ст|т))\.\s+(?=[А-ЯЁ])/u)[0] ?? list;
  const names: string[] = [];
  // List items inside the cell («• Союз малых городов • Администрация …») are a list too.
  const listed = firstSentence.replace(/^\s*[•·▪]\s*/u, '').replace(/\s*[•·▪]\s*/gu, ', ');
  // «Ассоциация совместно с администрацией края»: the partner after «совместно с» organizes too,
  // named in the instrumental.
  const [lead = '', ...partners] = listed.split(/\s*,?\s+(?:совместно|вместе)\s+со?\s+/iu);
  const groups: [string, string | undefined][] = [
    [lead, caseHint],
    ...partners.map((p): [string, string] => [p, 'ablt']),
  ];
  for (const [group, hint] of groups) {
    for (const part of splitList(group.replace(/\s+и\s+(?=[А-ЯЁ«"])/gu, ', '))) {
      const name = canonicalOrganizer(part, services, hint);
      if (name && !names.some((n) => normalizeWord(n) === normalizeWord(name))) names.push(name);
    }
  }
  return names;
}
