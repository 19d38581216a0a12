import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { EventStatus, IsoDate, Recurrence, When } from '../../domain/index.js';
import type { EventRecord } from '../../store/index.js';
import { addDays, addMonthsToDate, dateToUtc } from '../iso-dates.js';
import { capitalize, STATUS_LABELS } from '../russian-labels.js';
import { formatWhen } from '../when-format.js';

/** What the iCalendar feed needs of a stored event. */
export type CalendarFeedEvent = Pick<
  EventRecord,
  'id' | 'title' | 'kind' | 'when' | 'places' | 'venue' | 'organizers' | 'status'
>;

export interface CalendarFeedOptions {
  /** The absolute address of an event's page, for the URL property. */
  eventUrl: (id: number) => string;
  name?: string;
  /**
   * DTSTAMP of every event. The store keeps no modification times, so the app gives the day: the
   * file then stays byte-identical through the day unless the events change, and its ETag holds.
   */
  stamp?: Date;
}

/**
 * The events as an iCalendar file. Everything is all-day: the documents rarely give a time, and a
 * date is a calendar day wherever the subscriber is. DTEND is exclusive (RFC 5545 §3.6.1), so a
 * day event ends the next day; a month-precision item spans its whole month; a recurring item
 * repeats by RRULE within its period. Items without any date are left out: a calendar cannot show them.
 *
 * @example buildCalendarIcs(events, { eventUrl: (id) => `https://munical.example/events/${id}` })
 */
export function buildCalendarIcs(events: readonly CalendarFeedEvent[], options: CalendarFeedOptions): string {
  const calendar = ical({
    name: options.name ?? 'Календарь межмуниципального сотрудничества',
    prodId: { company: 'munical', product: 'munical', language: 'RU' },
  });
  for (const event of events) {
    const occurrence = firstOccurrence(event.when);
    if (!occurrence) continue;
    calendar.createEvent({
      id: `munical-event-${event.id}`,
      stamp: options.stamp ?? new Date(),
      allDay: true,
      start: dateToUtc(occurrence.start),
      end: dateToUtc(occurrence.endExclusive),
      repeating: occurrence.repeating,
      summary: event.title,
      description: describe(event),
      location: locationOf(event),
      url: options.eventUrl(event.id),
      status: icsStatus(event.status),
      // An item that spans a month or a year must not mark the subscriber busy for all of it.
      transparency: event.when.precision === 'day' ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

interface Occurrence {
  start: IsoDate;
  endExclusive: IsoDate;
  repeating: { freq: ICalEventRepeatingFreq; interval?: number; count: number } | null;
}

const REPEATING: Record<Exclude<Recurrence, 'continuous'>, { freq: ICalEventRepeatingFreq; months: number }> = {
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY, months: 0 },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY, months: 1 },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, months: 3 },
  yearly: { freq: ICalEventRepeatingFreq.YEARLY, months: 12 },
};

/** The first (or only) occurrence of `when` and the rule that repeats it. */
export function firstOccurrence(when: When): Occurrence | null {
  const start = when.start ?? when.end;
  const end = when.end ?? when.start;
  if (start === null || end === null) return null;
  const span: Occurrence = { start, endExclusive: addDays(end, 1), repeating: null };
  // «постоянно», «в течение года»: one stretch, nothing to repeat.
  if (when.recurrence === null || when.recurrence === 'continuous') return span;

  const rule = REPEATING[when.recurrence];
  // «ежеквартально» in a 2021 plan: once within each quarter, so each occurrence spans a quarter.
  // (The first unit's length repeats: a monthly item starting in January runs 31 days each month.)
  const unitEnd = rule.months === 0 ? addDays(start, 7) : addMonthsToDate(start, rule.months);
  // «ежегодно, 12 июня 2021 – 2023»: a day that repeats is one day each time.
  const occurrence = when.precision === 'day' ? addDays(start, 1) : unitEnd;
  const count = countUnits(start, end, rule.months);
  // A single unit («ежегодно» in a one-year plan) has nothing to repeat: it is the span itself.
  if (count <= 1) return span;
  return {
    start,
    endExclusive: occurrence,
    repeating: rule.months === 3 ? { freq: rule.freq, interval: 3, count } : { freq: rule.freq, count },
  };
}

/** How many weeks (months = 0), months, quarters or years start within [start, end]. */
function countUnits(start: IsoDate, end: IsoDate, months: number): number {
  if (months === 0) {
    return Math.floor((dateToUtc(end).getTime() - dateToUtc(start).getTime()) / (7 * 86_400_000)) + 1;
  }
  const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const between = monthIndex(end) - monthIndex(start) + (end.slice(8) >= start.slice(8) ? 0 : -1);
  return Math.floor(between / months) + 1;
}

function describe(event: CalendarFeedEvent): string {
  const lines = [`${capitalize(event.kind)}, ${formatWhen(event.when)}`];
  if (event.when.text) lines.push(`В источнике: «${event.when.text}»`);
  if (event.organizers.length > 0) lines.push(`Организаторы: ${event.organizers.join('; ')}`);
  if (event.status) lines.push(`Статус: ${STATUS_LABELS[event.status]}`);
  return lines.join('\n');
}

function locationOf(event: CalendarFeedEvent): string | null {
  const parts = [event.venue, ...event.places.map((place) => place.name)].filter((part) => part);
  return parts.length > 0 ? parts.join(', ') : null;
}

function icsStatus(status: EventStatus | null): ICalEventStatus | null {
  if (status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (status === 'planned') return ICalEventStatus.TENTATIVE;
  if (status === 'held') return ICalEventStatus.CONFIRMED;
  return null;
}
