/**
 * Events from list items that name planned events, as a news text around a plan lists them
 * («В числе ключевых мероприятий плана: – Всероссийский форум «…» – июнь, Нижний Новгород
 * (совместно с ВСМС);»): the name before the dash, the date and place after it, co-organizers in
 * «совместно с …», an organizer in «(организатор – …)», and otherwise the plan's owner.
 */
import type { ExtractedEvent, OrganizationValue, Place, When } from '../../domain/index.js';
import { collapseWhitespace } from '../../text/index.js';
import type { Paragraph } from '../document/structure.js';
import type { DateContext, TextServices } from './inputs.js';
import { firstEventNoun, kindOfTitle } from './kinds.js';
import { canonicalOrganizer, splitList } from './organizers.js';
import { findFormat } from './status.js';
import { planTitle } from './title.js';

export interface ListReading {
  text: string;
  dateContext: DateContext;
  services: TextServices;
  /** The body whose plan the list gives. */
  owner: OrganizationValue | null;
}

const MARKER = /^\s*(?:[—–\-•·▪]|\d{1,2}[.)])\s*/u;
/** The dash between an item's name and its date: spaced, so «Нижний Новгород-2» and «онлайн-форум» stay whole. */
const NAME_DASH = /\s[—–-]\s/u;
/** A line that opens a list of planned events. */
const PLAN_INTRO = /(?:план|мероприяти|предстоящ|запланирован|календар|анонс)\p{L}*[^.]*:\s*$/iu;
const ORGANIZER_NOTE = /\(\s*организатор\p{L}*\s*[–—:-]\s*([^)]+)\)/iu;
const TOGETHER_WITH = /(?:совместно|вместе)\s+с\s+([^);]+)/iu;

function placesIn(text: string, services: TextServices): Place[] {
  const out: Place[] = [];
  for (const p of services.findPlaces(text)) {
    if (!out.some((x) => x.name === p.value.name)) out.push({ name: p.value.name, type: p.value.type });
  }
  return out;
}

function itemEvent(item: Paragraph, reading: ListReading): ExtractedEvent | null {
  const { services } = reading;
  const body = item.text.replace(MARKER, '');
  const dash = NAME_DASH.exec(body);
  if (!dash) return null;
  const name = body.slice(0, dash.index);
  const detail = body.slice(dash.index + dash[0].length).replace(/[;.]\s*$/, '');
  if (firstEventNoun(name) === null && kindOfTitle(name) === 'другое') return null;
  const when: When | null = services.parseWhen(detail.replace(/\([^)]*\)/g, ' '), reading.dateContext);
  if (when === null) return null;
  const title = planTitle(name, services);
  const note = ORGANIZER_NOTE.exec(detail);
  let organizers: string[] = [];
  if (note) {
    organizers = splitList(note[1]!)
      .map((n) => canonicalOrganizer(n, services))
      .filter((n): n is string => n !== null);
  } else {
    if (reading.owner) organizers.push(reading.owner.name);
    const together = TOGETHER_WITH.exec(detail);
    if (together) {
      for (const part of splitList(together[1]!.replace(/\s+и\s+/gu, ', '))) {
        const org = canonicalOrganizer(part, services, 'ablt');
        if (org && !organizers.includes(org)) organizers.push(org);
      }
    }
  }
  const placeText = detail.replace(/\([^)]*\)/g, ' ');
  return {
    title,
    kind: kindOfTitle(title),
    when,
    places: placesIn(placeText, services),
    venue: null,
    organizers,
    format: findFormat(detail)?.format ?? null,
    status: 'planned',
    attendance: null,
    age: null,
    expectedResult: null,
    evidence: item.text,
    evidenceSpan: { start: item.start, end: item.end },
    fieldSpans: {},
    confidence: 0.75,
  };
}

/**
 * Planned events from the list items that follow a line introducing a plan's events.
 * @example eventsFromListItems(readStructure(text).paragraphs, reading).map((e) => e.title)
 */
export function eventsFromListItems(paragraphs: Paragraph[], reading: ListReading): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let inList = false;
  for (const p of paragraphs) {
    if (!p.listItem) {
      inList = PLAN_INTRO.test(collapseWhitespace(p.text));
      continue;
    }
    if (!inList) continue;
    const event = itemEvent(p, reading);
    if (event) events.push(event);
  }
  return events;
}

/** Paragraph offsets the list reader took, so that sentence reading skips them. */
export function listItemSpans(events: ExtractedEvent[]): { start: number; end: number }[] {
  return events.map((e) => e.evidenceSpan);
}
