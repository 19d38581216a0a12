/**
 * @module extract/entities
 * Every named entity of a text as typed spans — CITY, STATE_OR_PROVINCE, COUNTRY, ORGANIZATION,
 * PERSON — with normalized values: what `munical extract --spans` prints and NEREL scores.
 */
import type { Span, SpanType } from '../../domain/index.js';
import type { ReferenceData } from '../../reference/index.js';
import { tokenize } from '../../text/index.js';
import { findOrganizations } from '../orgs/index.js';
import { findPeople } from '../people/index.js';
import { findPlaces } from '../places/index.js';

const PLACE_SPAN: Record<'city' | 'region' | 'country', SpanType> = {
  city: 'CITY',
  region: 'STATE_OR_PROVINCE',
  country: 'COUNTRY',
};

/**
 * @example findEntitySpans('Мэр Москвы Сергей Собянин', ref)
 * // [{ type: 'CITY', text: 'Москвы', … }, { type: 'PERSON', text: 'Сергей Собянин', … }]
 */
export function findEntitySpans(text: string, ref: ReferenceData): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  for (const m of findPlaces(text, ref, { adjectives: true, tokens })) {
    spans.push({ start: m.start, end: m.end, type: PLACE_SPAN[m.value.type], text: m.text, value: m.value });
  }
  for (const m of findOrganizations(text, ref, { nested: true, tokens })) {
    spans.push({ start: m.start, end: m.end, type: 'ORGANIZATION', text: m.text, value: m.value });
  }
  const taken = spans.map((s) => ({ start: s.start, end: s.end }));
  for (const m of findPeople(text, ref, { tokens, taken })) {
    spans.push({ start: m.start, end: m.end, type: 'PERSON', text: m.text, value: m.value });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
