import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { When } from '../../domain/index.js';
import { buildCalendarIcs, type CalendarFeedEvent } from './calendar-ics.js';

function feedEvent(id: number, title: string, when: Partial<When>): CalendarFeedEvent {
  return {
    id,
    title,
    kind: 'форум',
    when: { start: null, end: null, precision: 'day', recurrence: null, text: '', ...when },
    places: [{ name: 'Казань', type: 'city' }],
    venue: 'Казанский Кремль',
    organizers: ['Союз российских городов'],
    status: 'planned',
  };
}

function parseEvents(ics: string): Map<string, ICAL.Event> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return new Map(
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.summary, event];
    }),
  );
}

function occurrences(event: ICAL.Event, limit = 20): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < limit; next = iterator.next()) starts.push(next.toString());
  return starts;
}

describe('buildCalendarIcs', () => {
  const ics = buildCalendarIcs(
    [
      feedEvent(1, 'Форум в Казани', { start: '2021-11-05', end: '2021-11-06', text: '5-6 ноября' }),
      feedEvent(2, 'Заседание правления', { start: '2021-02-01', end: '2021-02-28', precision: 'month' }),
      feedEvent(3, 'Вестник', { start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'quarterly' }),
      feedEvent(4, 'Мониторинг', {
        start: '2021-01-01',
        end: '2021-12-31',
        precision: 'year',
        recurrence: 'continuous',
      }),
      feedEvent(5, 'Когда-нибудь', { text: 'в ближайшее время', precision: 'unknown' }),
      feedEvent(6, 'Планёрка', { start: '2021-03-01', end: '2021-03-31', recurrence: 'weekly', precision: 'month' }),
    ],
    { eventUrl: (id) => `https://munical.example/events/${id}` },
  );
  const events = parseEvents(ics);

  it('writes a day range as all-day with an exclusive end and a link to the event page', () => {
    const forum = events.get('Форум в Казани')!;
    expect(forum.startDate.isDate).toBe(true);
    expect(forum.startDate.toString()).toBe('2021-11-05');
    expect(forum.endDate.toString()).toBe('2021-11-07');
    expect(forum.component.getFirstPropertyValue('url')).toBe('https://munical.example/events/1');
    expect(forum.location).toBe('Казанский Кремль, Казань');
    expect(forum.description).toContain('Союз российских городов');
    expect(forum.uid).toBe('munical-event-1');
  });

  it('spans a month-precision item over its whole month, not its first day', () => {
    const meeting = events.get('Заседание правления')!;
    expect([meeting.startDate.toString(), meeting.endDate.toString()]).toEqual(['2021-02-01', '2021-03-01']);
    expect(meeting.isRecurring()).toBe(false);
  });

  it('repeats a quarterly item once a quarter within its period', () => {
    const bulletin = events.get('Вестник')!;
    expect(bulletin.isRecurring()).toBe(true);
    expect(occurrences(bulletin)).toEqual(['2021-01-01', '2021-04-01', '2021-07-01', '2021-10-01']);
    expect(bulletin.endDate.toString()).toBe('2021-04-01');
  });

  it('repeats a weekly item each week of its month', () => {
    expect(occurrences(events.get('Планёрка')!)).toEqual([
      '2021-03-01',
      '2021-03-08',
      '2021-03-15',
      '2021-03-22',
      '2021-03-29',
    ]);
  });

  it('keeps a continuous item as one span and leaves out an item without dates', () => {
    const monitoring = events.get('Мониторинг')!;
    expect(monitoring.isRecurring()).toBe(false);
    expect([monitoring.startDate.toString(), monitoring.endDate.toString()]).toEqual(['2021-01-01', '2022-01-01']);
    expect(events.has('Когда-нибудь')).toBe(false);
  });
});
