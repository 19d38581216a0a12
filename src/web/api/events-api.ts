import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { countEvents, type EventRecord, getEvent, listEvents, type Store } from '../../store/index.js';
import { EVENT_LIST_PARAMS, parseParams } from '../request-params.js';
import { buildOpenApiDocument } from './openapi.js';

/** The JSON API: `/api/events` (filtered, paged), `/api/events/:id` and `/api/openapi.json`. See `docs/web.md`. */
export function createEventsApi(store: Store): Hono {
  const api = new Hono();
  const openApi = buildOpenApiDocument();

  api.get('/openapi.json', (c) => c.json(openApi));

  api.get('/events', async (c) => {
    const params = parseParams(EVENT_LIST_PARAMS, c.req.query());
    const { limit, offset, ...filter } = params;
    const [events, total] = await Promise.all([
      listEvents(store, { ...filter, limit, offset }),
      countEvents(store, filter),
    ]);
    return c.json({ events: events.map(toApiEvent), total, limit, offset });
  });

  api.get('/events/:id', async (c) => {
    const id = parseEventId(c.req.param('id'));
    const event = id === null ? undefined : await getEvent(store, id);
    if (!event) throw new HTTPException(404, { message: 'no such event' });
    return c.json({
      event: {
        ...toApiEvent(event),
        sources: event.sources.map(({ documentText: _text, ...source }) => source),
      },
    });
  });

  return api;
}

/** The API's event: the stored record with its fields in a fixed order. */
export function toApiEvent(event: EventRecord) {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    when: event.when,
    places: event.places,
    venue: event.venue,
    organizers: event.organizers,
    format: event.format,
    status: event.status,
    attendance: event.attendance,
    age: event.age,
    expectedResult: event.expectedResult,
  };
}

/** A positive integer id, or null for anything else (answered 404, as an id that does not exist). */
export function parseEventId(text: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}
