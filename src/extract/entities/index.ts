/**
 * @module extract/entities
 * Every named entity of a text as typed spans — CITY, STATE_OR_PROVINCE, COUNTRY, ORGANIZATION,
 * PERSON — with normalized values: what `munical extract --spans` prints and NEREL scores.
 */
import type { Span, SpanType } from '../../domain/index.js';
import type { Morph } from '../../morph/index.js';
import type { ReferenceData } from '../../reference/index.js';
import type { Token } from '../../text/index.js';
import { cueForms, type Match, tokensOf } from '../match.js';
import { findOrganizations } from '../orgs/index.js';
import { findPeople } from '../people/index.js';
import { findPlaces } from '../places/index.js';

const PLACE_SPAN: Record<'city' | 'region' | 'country', SpanType> = {
  city: 'CITY',
  region: 'STATE_OR_PROVINCE',
  country: 'COUNTRY',
};

/** Words of a sports story, in which a city's name stands for its club («Барселона обыграла «Рому»»). */
// biome-ignore format: a word list reads best in lines
const SPORTS_WORDS = new Set([
  'футбол', 'футболист', 'клуб', 'матч', 'игрок', 'нападающий', 'полузащитник', 'вратарь', 'тренер', 'чемпионат',
  'лига', 'гол', 'забить', 'обыграть', 'трансфер', 'сезон', 'болельщик', 'стадион', 'турнир', 'кубок', 'ничья',
]);
const SPORTS_WINDOW = 15;

/**
 * @example findEntitySpans('Мэр Москвы Сергей Собянин', ref)
 * // [{ type: 'CITY', text: 'Москвы', … }, { type: 'PERSON', text: 'Сергей Собянин', … }]
 */
export function findEntitySpans(text: string, ref: ReferenceData): Span[] {
  const tokens = tokensOf(text);
  const spans: Span[] = [];
  for (const m of findPlaces(text, ref, { adjectives: true, tokens })) {
    if (endsQuotedName(ref.morph, tokens, m)) continue;
    const club = m.value.type === 'city' && isClub(ref.morph, tokens, m);
    spans.push({
      start: m.start,
      end: m.end,
      type: club ? 'ORGANIZATION' : PLACE_SPAN[m.value.type],
      text: m.text,
      value: club ? { name: m.value.name } : m.value,
    });
  }
  const organizations = findOrganizations(text, ref, { nested: true, tokens });
  // «во ВГИКе», «в Рособрнадзоре»: a city read from context alone that is an organization's whole name is the organization.
  const organizationAt = new Set(organizations.map((m) => `${m.start}:${m.end}`));
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    const listed = (s.value as { id?: string }).id !== undefined;
    if (s.type === 'CITY' && !listed && organizationAt.has(`${s.start}:${s.end}`)) spans.splice(k, 1);
  }
  for (const m of organizations) {
    spans.push({ start: m.start, end: m.end, type: 'ORGANIZATION', text: m.text, value: m.value });
  }
  // NEREL nests people in organizations («Института Пушкина»): those spans only hold sure names.
  const taken = spans.filter((s) => s.type !== 'ORGANIZATION').map((s) => ({ start: s.start, end: s.end }));
  const around = spans.filter((s) => s.type === 'ORGANIZATION').map((s) => ({ start: s.start, end: s.end }));
  for (const m of findPeople(text, ref, { tokens, taken, around })) {
    spans.push({ start: m.start, end: m.end, type: 'PERSON', text: m.text, value: m.value });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A place that ends a quoted name, after a capitalized adjective agreeing with it («Единая Россия»,
 * «Справедливой России»): a party's name, not the place (NEREL marks the name as a whole only). A
 * place in the genitive stays («Эхо Москвы», as «Правительства Москвы»).
 */
function endsQuotedName(morph: Morph, tokens: readonly Token[], m: Match<unknown>): boolean {
  const first = tokenAt(tokens, m.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last]!.end < m.end) last++;
  if (!['»', '"', '“'].includes(tokens[last + 1]?.text ?? '')) return false;
  const before = tokens[first - 1];
  if (before === undefined || before.kind !== 'word' || !morph.parse(before.text).some((p) => p.pos === 'ADJF'))
    return false;
  let k = first - 1;
  let words = 0;
  // Only capitalized words: «Я шагаю по Москве», «Алексеев и другие против России» are titles about the place.
  while (
    k >= 0 &&
    tokens[k]!.kind === 'word' &&
    /^\p{Lu}/u.test(tokens[k]!.text) &&
    !tokens[k + 1]!.lineBefore &&
    words < 4
  ) {
    k--;
    words++;
  }
  return words > 0 && ['«', '"', '„', '“'].includes(tokens[k]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]!.text);
}

/** Index of the token that starts at `offset` (binary search), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : -1;
}

/**
 * A one-word city name in quotes («Барселоны») or in a sports story, not after a preposition of
 * place: the club, as NEREL reads it.
 */
function isClub(morph: Morph, tokens: readonly Token[], m: Match<unknown>): boolean {
  const at = tokenAt(tokens, m.start);
  if (at < 0 || tokens[at]!.end !== m.end) return false;
  // «лондонский», «московского»: an adjective of the city stays a place.
  if (morph.parse(tokens[at]!.text).some((p) => p.pos === 'ADJF')) return false;
  if (tokens[at - 1]?.text === '«' && tokens[at + 1]?.text === '»') return true;
  if (['в', 'во', 'из', 'под', 'около'].includes(tokens[at - 1]?.norm ?? '')) return false;
  let cues = 0;
  const sports = cueForms(morph, SPORTS_WORDS);
  for (let k = Math.max(0, at - SPORTS_WINDOW); k < Math.min(tokens.length, at + SPORTS_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && sports.has(t.norm) && morph.lemmas(t.text).some((l) => SPORTS_WORDS.has(l))) cues++;
  }
  return cues >= 1;
}
