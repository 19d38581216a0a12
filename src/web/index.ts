/**
 * @module web
 * The portal over the store: server-rendered Russian pages (home, month calendar, event with its
 * sources), the JSON API, the iCalendar feed and the one stylesheet, all in one Hono app. The CLI
 * serves it: `serve({ fetch: createApp(store).fetch, port })`. Routes: `docs/web.md`.
 */
export { type AppOptions, createApp } from './app.js';
export { buildCalendarIcs, type CalendarFeedEvent, type CalendarFeedOptions } from './feeds/calendar-ics.js';
export { formatWhen } from './when-format.js';
