import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { type EventRecord, getEvent, listEvents, type Store } from '../store/index.js';
import { createEventsApi, parseEventId } from './api/events-api.js';
import { buildCalendarIcs } from './feeds/calendar-ics.js';
import { respondWithError } from './http-errors.js';
import { addDays, dateToUtc, firstDayOfMonth, lastDayOfMonth, todayInMoscow } from './iso-dates.js';
import { buildMonthGrid } from './month-grid.js';
import { CalendarPage } from './pages/calendar-page.js';
import { EventPage } from './pages/event-page.js';
import { HomePage } from './pages/home-page.js';
import { renderPage } from './render-page.js';
import { CALENDAR_PARAMS, EVENT_FILTER_PARAMS, parseParams } from './request-params.js';
import { SITE_CSS } from './static/site-css.js';

export interface AppOptions {
  /** The clock; tests fix it. Default: the system clock. */
  now?: () => Date;
  /** The portal's public address (`https://munical.example`), for links in feeds; default: the request's origin. */
  publicUrl?: string;
}

/** Events the home page and a month page fetch at most: far more than a month of any association holds. */
const PAGE_QUERY_LIMIT = 1000;
/** Events in the iCalendar feed at most. */
const FEED_LIMIT = 5000;
/** How far back the iCalendar feed reaches when not given `from`. */
const FEED_DAYS_BACK = 365;
const HOME_LIST_SIZE = 12;
const RECENT_DAYS = 120;

/**
 * The portal: pages, JSON API, iCalendar feed and stylesheet, over one store.
 *
 * @example serve({ fetch: createApp(await openStore({})).fetch, port: 8080 })
 */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const baseUrl = (requestUrl: string) => (options.publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, '');

  // The API and the feeds are public data: any site may read them from a browser.
  app.use('/api/*', cors());
  app.use('/calendar.ics', cors());
  // Calendar clients poll the feed every few hours: an unchanged feed is answered 304, without a body.
  app.use('/calendar.ics', etag());
  app.use('/api/*', etag());

  app.get('/static/site.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/', async (c) => {
    const today = todayInMoscow(now());
    const [ahead, past] = await Promise.all([
      listEvents(store, { from: today, limit: PAGE_QUERY_LIMIT }),
      listEvents(store, { from: addDays(today, -RECENT_DAYS), to: addDays(today, -1), limit: PAGE_QUERY_LIMIT }),
    ]);
    // Plan items that span the whole year or repeat belong to the calendar's bands, not to «what is next».
    const upcoming = ahead.filter((event) => isDated(event) && event.when.end! >= today).slice(0, HOME_LIST_SIZE);
    const recent = past
      .filter((event) => isDated(event) && event.when.end! < today)
      .reverse()
      .slice(0, HOME_LIST_SIZE);
    return renderPage(c, <HomePage upcoming={upcoming} recent={recent} />);
  });

  app.get('/calendar', async (c) => {
    const { month: requested, ...filters } = parseParams(CALENDAR_PARAMS, c.req.query());
    const today = todayInMoscow(now());
    const month = requested ?? today.slice(0, 7);
    const events = await listEvents(store, {
      ...filters,
      from: firstDayOfMonth(month),
      to: lastDayOfMonth(month),
      limit: PAGE_QUERY_LIMIT,
    });
    return renderPage(c, <CalendarPage grid={buildMonthGrid(month, events, today)} filters={filters} />);
  });

  // Before `/events/:id`, which would take «7.ics» for an id.
  app.get('/events/:id{[0-9]+\\.ics}', async (c) => {
    const id = parseEventId(c.req.param('id').replace(/\.ics$/, ''));
    const event = id === null ? undefined : await getEvent(store, id);
    if (!event) throw new HTTPException(404, { message: 'no such event' });
    const base = baseUrl(c.req.url);
    const stamp = dateToUtc(todayInMoscow(now()));
    return icsResponse(
      c,
      buildCalendarIcs([event], { eventUrl: (eventId) => `${base}/events/${eventId}`, stamp }),
      `event-${id}.ics`,
    );
  });

  app.get('/events/:id', async (c) => {
    const id = parseEventId(c.req.param('id'));
    const event = id === null ? undefined : await getEvent(store, id);
    if (!event) throw new HTTPException(404, { message: 'no such event' });
    return renderPage(c, <EventPage event={event} url={`${baseUrl(c.req.url)}/events/${event.id}`} />);
  });

  app.get('/calendar.ics', async (c) => {
    const filter = parseParams(EVENT_FILTER_PARAMS, c.req.query());
    // A subscription wants what is ahead and what was recent; events come oldest first, so an open
    // start would spend the limit on years past.
    const today = todayInMoscow(now());
    const from = filter.from ?? (filter.to ? undefined : addDays(today, -FEED_DAYS_BACK));
    const events = await listEvents(store, { ...filter, ...(from ? { from } : {}), limit: FEED_LIMIT });
    const base = baseUrl(c.req.url);
    const ics = buildCalendarIcs(events, { eventUrl: (id) => `${base}/events/${id}`, stamp: dateToUtc(today) });
    return icsResponse(c, ics, 'munical.ics');
  });

  app.route('/api', createEventsApi(store));

  app.notFound((c) => respondWithError(new HTTPException(404, { message: 'not found' }), c));
  app.onError(respondWithError);
  return app;
}

function icsResponse(c: Context, ics: string, filename: string): Response {
  return c.body(ics, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `inline; filename="${filename}"`,
  });
}

/** An event with a day or a month to put it at: not a year-long, recurring or undated plan item. */
function isDated(event: EventRecord): boolean {
  const { when } = event;
  return (
    when.recurrence === null &&
    when.start !== null &&
    when.end !== null &&
    (when.precision === 'day' || when.precision === 'month')
  );
}
