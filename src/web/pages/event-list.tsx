import type { EventRecord } from '../../store/index.js';
import { capitalize } from '../russian-labels.js';
import { formatWhen } from '../when-format.js';

/** One line of what, when and where, linking to the event's page. */
export function EventSummary({ event }: { event: EventRecord }) {
  const where = event.places.map((place) => place.name).join(', ');
  return (
    <>
      <a class="event-title" href={`/events/${event.id}`}>
        {event.title}
      </a>{' '}
      <span class="event-meta">
        {[formatWhen(event.when), where, capitalize(event.kind)].filter((part) => part).join(' · ')}
      </span>
    </>
  );
}

export function EventList({ events, empty }: { events: EventRecord[]; empty: string }) {
  if (events.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="event-list">
      {events.map((event) => (
        <li class={event.status === 'cancelled' ? 'status-cancelled' : undefined}>
          <EventSummary event={event} />
        </li>
      ))}
    </ul>
  );
}
