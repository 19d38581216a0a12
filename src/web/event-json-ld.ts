import type { EventFormat, EventStatus } from '../domain/index.js';
import type { EventRecord } from '../store/index.js';
import { formatWhen } from './when-format.js';

/**
 * schema.org `Event` for an event page, so search engines and calendars read the page as an event.
 * https://schema.org/Event; dates are the span the text gives, at its precision's bounds.
 */
export function eventJsonLd(event: EventRecord, url: string): Record<string, unknown> {
  const placeNames = event.places.map((place) => place.name);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url,
    description: `${event.kind}, ${formatWhen(event.when)}`,
    eventStatus: EVENT_STATUS[event.status ?? 'planned'],
    inLanguage: 'ru',
  };
  if (event.when.start) data['startDate'] = event.when.start;
  if (event.when.end) data['endDate'] = event.when.end;
  if (event.format) data['eventAttendanceMode'] = ATTENDANCE_MODE[event.format];
  if (event.venue || placeNames.length > 0) {
    data['location'] = {
      '@type': 'Place',
      name: event.venue ?? placeNames.join(', '),
      ...(placeNames.length > 0 ? { address: placeNames.join(', ') } : {}),
    };
  }
  if (event.organizers.length > 0) {
    data['organizer'] = event.organizers.map((name) => ({ '@type': 'Organization', name }));
  }
  return data;
}

/** JSON for a `<script>` element: `<` escaped so a title holding `</script>` cannot end it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

// A held event «took place as scheduled»: schema.org has no separate status for the past.
const EVENT_STATUS: Record<EventStatus, string> = {
  planned: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

const ATTENDANCE_MODE: Record<EventFormat, string> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};
