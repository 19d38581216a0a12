import { load } from 'cheerio';
import ICAL from 'ical.js';
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDialects, useTestStore } from '../store/test-dialects.js';
import { createApp } from './index.js';
import {
  NOW,
  openSamplePortalStore,
  SAMPLE_EVENTS,
  type SampleEventName,
  saveSampleEvents,
} from './testdata/sample-store.js';

let app: ReturnType<typeof createApp>;
let ids: Record<SampleEventName, number>;

async function page(path: string, status = 200) {
  const response = await app.request(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const text = await response.text();
  expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
  return load(text);
}

/** What the API answers, loosely: each test reads the part it checks. */
interface ApiResponse {
  events: Array<{ id: number; title: string }>;
  total: number;
  event: { title: string; when: unknown; sources: unknown[] };
  error: { status: number; message: string; parameter?: string };
}

async function json(path: string, status = 200): Promise<ApiResponse> {
  const response = await app.request(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as ApiResponse;
}

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`the portal on ${dialect.name}`, () => {
    const current = useTestStore(dialect);
    beforeEach(async () => {
      ids = await saveSampleEvents(current.store);
      app = createApp(current.store, { now: () => NOW });
    });

    describe('pages', () => {
      it('renders a Russian page readable on a phone, with the stylesheet', async () => {
        const $ = await page('/');
        expect($('html').attr('lang')).toBe('ru');
        expect($('meta[name=viewport]').attr('content')).toContain('width=device-width');
        expect($('link[rel=stylesheet]').attr('href')).toBe('/static/site.css');
        expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
        const css = await app.request('/static/site.css');
        expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
        expect(await css.text()).toContain('.month-grid');
      });

      it('shows on the home page what is ahead and what was recently held', async () => {
        const $ = await page('/');
        const ahead = $('section[aria-labelledby=upcoming] .event-title')
          .map((_, link) => $(link).text())
          .get();
        const recent = $('section[aria-labelledby=recent] .event-title')
          .map((_, link) => $(link).text())
          .get();
        expect(ahead).toEqual([SAMPLE_EVENTS.council.title, SAMPLE_EVENTS.conference.title]);
        // Most recent first.
        expect(recent).toEqual([SAMPLE_EVENTS.seminar.title, SAMPLE_EVENTS.forum.title]);
        expect($('section[aria-labelledby=upcoming]').text()).toContain('30 ноября – 2 декабря 2021');
      });

      it('lays out a month: days, ranges, the month band, the recurring band and month links', async () => {
        const $ = await page('/calendar?month=2021-11');
        expect($('h1').text()).toBe('Ноябрь 2021');
        const titlesOn = (date: string) =>
          $(`.month-grid > li[data-date="${date}"] .day-events a`)
            .map((_, link) => $(link).text())
            .get();
        expect(titlesOn('2021-11-05')).toEqual([SAMPLE_EVENTS.forum.title]);
        expect(titlesOn('2021-11-06')).toEqual([SAMPLE_EVENTS.forum.title]);
        // A time of day, when the text gives one, goes before the title.
        expect(titlesOn('2021-11-17')).toEqual([`11:00 ${SAMPLE_EVENTS.seminar.title}`]);
        expect(titlesOn('2021-11-30')).toEqual([SAMPLE_EVENTS.conference.title]);
        // The month-precision council is in the band, never on the 1st.
        expect(titlesOn('2021-11-01')).toEqual([]);
        expect($('.band-month h2').text()).toBe('В течение месяца');
        expect($('.band-month').text()).toContain(SAMPLE_EVENTS.council.title);
        expect($('.band-recurring').text()).toContain('ежеквартально, 2021');
        // Monday-first: 1 November 2021 was a Monday, so the grid starts on it.
        expect($('.month-grid > li').first().attr('data-date')).toBe('2021-11-01');
        expect($('.weekday-names li').first().text()).toBe('пн');
        expect($('a[rel=prev]').attr('href')).toBe('/calendar?month=2021-10');
        expect($('a[rel=next]').attr('href')).toBe('/calendar?month=2021-12');
        expect($('.month-grid > li.today').attr('data-date')).toBe('2021-11-20');
      });

      it('shows the rest of a range in the next month and the current month by default', async () => {
        const $ = await page('/calendar?month=2021-12');
        expect($('.month-grid > li[data-date="2021-12-02"] .day-events').text()).toContain(
          SAMPLE_EVENTS.conference.title,
        );
        expect($('.band-month')).toHaveLength(0);
        expect((await page('/calendar'))('h1').text()).toBe('Ноябрь 2021');
      });

      it('filters a month and keeps the filters in its links', async () => {
        const $ = await page('/calendar?month=2021-11&kind=%D1%84%D0%BE%D1%80%D1%83%D0%BC&q=');
        expect(
          $('.month-grid .day-events a')
            .map((_, link) => $(link).text())
            .get(),
        ).toEqual([SAMPLE_EVENTS.forum.title, SAMPLE_EVENTS.forum.title]);
        expect($('.bands')).toHaveLength(0);
        expect($('select[name=kind] option[selected]').text()).toBe('форум');
        expect($('a[rel=next]').attr('href')).toBe('/calendar?month=2021-12&kind=%D1%84%D0%BE%D1%80%D1%83%D0%BC');
        expect($('.feed-link').attr('href')).toBe('/calendar.ics?kind=%D1%84%D0%BE%D1%80%D1%83%D0%BC');
        const inKazan = await page('/calendar?month=2021-11&place=%D0%9A%D0%B0%D0%B7%D0%B0%D0%BD%D1%8C');
        expect(inKazan('.month-grid .day-events a').first().text()).toBe(SAMPLE_EVENTS.forum.title);
        expect(inKazan('.band')).toHaveLength(0);
        await page('/calendar?month=2021-11&kind=party', 400);
      });

      it('answers a bad month with a 400 page naming the parameter', async () => {
        const $ = await page('/calendar?month=2021-13', 400);
        expect($('h1').text()).toBe('Неверный запрос');
        expect($('main').text()).toContain('«month»');
      });

      it('shows every field of an event, its source with the evidence marked, and JSON-LD', async () => {
        const $ = await page(`/events/${ids.forum}`);
        expect($('h1').text()).toBe(SAMPLE_EVENTS.forum.title);
        const fields = Object.fromEntries(
          $('.event-fields dt')
            .map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]])
            .get() as Array<[string, string]>,
        );
        expect(fields).toMatchObject({
          Когда: '5–6 ноября 2021 (в источнике: «5–6 ноября 2021 года»)',
          Где: 'Казань',
          'Место проведения': 'Казанский Кремль',
          Организаторы: 'Союз российских городов',
          Вид: 'Форум',
          Формат: 'очно',
          Статус: 'состоялось',
          Участников: '300',
        });
        expect($('.source mark').text()).toBe(SAMPLE_EVENTS.forum.evidence);
        expect($('.source blockquote').text()).toContain('Новости.');
        expect($('.source figcaption a').attr('href')).toBe('https://urbanunion.ru/news/2021-11');
        const jsonLd = JSON.parse($('script[type="application/ld+json"]').text());
        expect(jsonLd).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: SAMPLE_EVENTS.forum.title,
          startDate: '2021-11-05',
          endDate: '2021-11-06',
          eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
          location: { '@type': 'Place', name: 'Казанский Кремль', address: 'Казань' },
          organizer: [{ '@type': 'Organization', name: 'Союз российских городов' }],
          url: `http://localhost/events/${ids.forum}`,
        });
      });

      it('shows a plan item with its expected result', async () => {
        const $ = await page(`/events/${ids.council}`);
        expect($('.event-fields').text()).toContain('Ожидаемый результат');
        expect($('.event-fields').text()).toContain('ноябрь 2021');
        expect($('.source mark').text()).toBe(SAMPLE_EVENTS.council.evidence);
      });

      it('answers a missing event with a 404 page', async () => {
        expect((await page('/events/999999', 404))('h1').text()).toBe('Страница не найдена');
        await page('/events/abc', 404);
        await page('/no-such-page', 404);
      });
    });

    describe('JSON API', () => {
      it('lists the events of a period with their total', async () => {
        const body = await json('/api/events?from=2021-11-01&to=2021-11-10');
        expect(body.total).toBe(3);
        expect(body.events.map((event) => event.title)).toEqual([
          SAMPLE_EVENTS.bulletin.title,
          SAMPLE_EVENTS.council.title,
          SAMPLE_EVENTS.forum.title,
        ]);
        expect(body.events[2]).toEqual({
          id: ids.forum,
          title: SAMPLE_EVENTS.forum.title,
          kind: 'форум',
          when: SAMPLE_EVENTS.forum.when,
          places: [{ name: 'Казань', type: 'city' }],
          venue: 'Казанский Кремль',
          organizers: ['Союз российских городов'],
          format: 'offline',
          status: 'held',
          attendance: 300,
          age: null,
          expectedResult: null,
        });
      });

      it('pages and filters', async () => {
        const page = await json('/api/events?from=2021-11-01&to=2021-12-31&limit=2&offset=1');
        expect(page.total).toBe(5);
        expect(page.events).toHaveLength(2);
        const forums = await json('/api/events?kind=%D1%84%D0%BE%D1%80%D1%83%D0%BC');
        expect(forums.events.map((event) => event.id)).toEqual([ids.forum]);
      });

      it.each([
        ['from=2021-11-31', 'from'],
        ['from=yesterday', 'from'],
        ['to=2021-1-1', 'to'],
        ['from=2021-12-01&to=2021-11-01', 'to'],
        ['limit=0', 'limit'],
        ['limit=many', 'limit'],
        ['offset=-1', 'offset'],
        ['kind=party', 'kind'],
        ['status=maybe', 'status'],
      ])('rejects %s naming %s', async (query, parameter) => {
        const body = await json(`/api/events?${query}`, 400);
        expect(body.error).toMatchObject({ status: 400, parameter });
        expect(body.error.message).toMatch(new RegExp(`^${parameter}: `));
      });

      it('describes itself in OpenAPI, with the parameters it validates and the fields it sends', async () => {
        const response = await app.request('/api/openapi.json');
        const document = (await response.json()) as {
          paths: Record<string, { get: { parameters: Array<{ name: string; schema: Record<string, unknown> }> } }>;
          components: { schemas: { Event: { required: string[] } } };
        };
        const parameters = document.paths['/api/events']!.get.parameters;
        expect(parameters.map((parameter) => parameter.name)).toEqual([
          'from',
          'to',
          'q',
          'kind',
          'status',
          'place',
          'organization',
          'limit',
          'offset',
        ]);
        expect(parameters.find((parameter) => parameter.name === 'limit')!.schema).toMatchObject({
          type: 'integer',
          minimum: 1,
          maximum: 500,
          default: 100,
        });
        expect(parameters[0]!.schema).toMatchObject({ type: 'string', format: 'date' });
        const listed = (await json('/api/events?limit=1')).events[0]!;
        expect(Object.keys(listed).sort()).toEqual([...document.components.schemas.Event.required].sort());
      });

      it('gives one event with its sources, and 404 as JSON', async () => {
        const body = await json(`/api/events/${ids.seminar}`);
        expect(body.event.title).toBe(SAMPLE_EVENTS.seminar.title);
        expect(body.event.when).toEqual(SAMPLE_EVENTS.seminar.when);
        expect(body.event.sources[0]).toMatchObject({
          source: 'urbanunion.ru',
          evidence: SAMPLE_EVENTS.seminar.evidence,
        });
        expect((await json('/api/events/424242', 404)).error.status).toBe(404);
        expect((await json('/api/nothing', 404)).error.status).toBe(404);
      });
    });

    describe('iCalendar', () => {
      it('publishes every dated event, parsed back by ical.js, with links to the event pages', async () => {
        const response = await app.request('http://munical.test/calendar.ics');
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const calendar = new ICAL.Component(ICAL.parse(await response.text()));
        const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events).toHaveLength(5);
        const forum = events.find((event) => event.summary === SAMPLE_EVENTS.forum.title)!;
        expect([forum.startDate.toString(), forum.endDate.toString()]).toEqual(['2021-11-05', '2021-11-07']);
        expect(forum.component.getFirstPropertyValue('url')).toBe(`http://munical.test/events/${ids.forum}`);
        const council = events.find((event) => event.summary === SAMPLE_EVENTS.council.title)!;
        expect([council.startDate.toString(), council.endDate.toString()]).toEqual(['2021-11-01', '2021-12-01']);
        expect(events.find((event) => event.summary === SAMPLE_EVENTS.bulletin.title)!.isRecurring()).toBe(true);
      });

      it('gives one event as its own calendar file, linked from its page', async () => {
        const $ = await page(`/events/${ids.conference}`);
        const href = $('.actions a[href$=".ics"]').attr('href')!;
        expect(href).toBe(`/events/${ids.conference}.ics`);
        const response = await app.request(href);
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const calendar = new ICAL.Component(ICAL.parse(await response.text()));
        const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
        expect(events.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()])).toEqual([
          [SAMPLE_EVENTS.conference.title, '2021-11-30', '2021-12-03'],
        ]);
        expect((await app.request('/events/424242.ics')).status).toBe(404);
      });

      it('lets other sites read the API and the feed', async () => {
        const response = await app.request('/api/events', { headers: { Origin: 'https://example.org' } });
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
      });

      it('answers a poll of an unchanged feed with 304 through the day', async () => {
        let clock = NOW.getTime();
        const polled = createApp(current.store, { now: () => new Date(clock) });
        const first = await polled.request('/calendar.ics');
        const tag = first.headers.get('etag');
        expect(tag).toBeTruthy();
        // Stamped with the day, not the instant: the same file all day long.
        expect(await first.text()).toContain('DTSTAMP:20211120T000000Z');
        clock += 3 * 3600_000;
        const again = await polled.request('/calendar.ics', { headers: { 'If-None-Match': tag! } });
        expect(again.status).toBe(304);
        await saveSampleEvents(current.store, 'more');
        expect((await polled.request('/calendar.ics', { headers: { 'If-None-Match': tag! } })).status).toBe(200);
      });

      it('starts the feed a year back unless told otherwise', async () => {
        const later = createApp(current.store, { now: () => new Date('2023-01-15T12:00:00Z') });
        const summaries = async (path: string) =>
          new ICAL.Component(ICAL.parse(await (await later.request(path)).text()))
            .getAllSubcomponents('vevent')
            .map((vevent) => new ICAL.Event(vevent).summary);
        expect(await summaries('/calendar.ics')).toEqual([]);
        expect(await summaries('/calendar.ics?from=2021-11-30')).toEqual([
          SAMPLE_EVENTS.bulletin.title,
          SAMPLE_EVENTS.council.title,
          SAMPLE_EVENTS.conference.title,
        ]);
      });

      it('filters the feed like the API', async () => {
        const response = await app.request('/calendar.ics?from=2021-12-01');
        const calendar = new ICAL.Component(ICAL.parse(await response.text()));
        expect(calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary)).toEqual([
          SAMPLE_EVENTS.bulletin.title,
          SAMPLE_EVENTS.conference.title,
        ]);
      });
    });
  });
}

describe('queries per page', () => {
  it('stays the same however many events a page shows (no query per event)', async () => {
    const { store } = await openSamplePortalStore();
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const counted = createApp({ ...store, db: store.db.withPlugin(counting) }, { now: () => NOW });
    const queriesFor = async (path: string) => {
      queries = 0;
      expect((await counted.request(path)).status).toBe(200);
      return queries;
    };
    try {
      const before = {
        calendar: await queriesFor('/calendar?month=2021-11'),
        home: await queriesFor('/'),
        api: await queriesFor('/api/events'),
        feed: await queriesFor('/calendar.ics'),
      };
      await saveSampleEvents(store, 'twice');
      expect(((await (await counted.request('/api/events')).json()) as ApiResponse).total).toBe(10);
      const after = {
        calendar: await queriesFor('/calendar?month=2021-11'),
        home: await queriesFor('/'),
        api: await queriesFor('/api/events'),
        feed: await queriesFor('/calendar.ics'),
      };
      expect(after).toEqual(before);
      expect(before.calendar).toBeLessThanOrEqual(3);
    } finally {
      await store.close();
    }
  });
});

describe('unexpected errors', () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => logged.mockRestore());

  it('logs them and answers 500: a page for people, JSON for the API', async () => {
    const { store } = await openSamplePortalStore();
    app = createApp(store, { now: () => NOW });
    // A closed store makes every query fail, as a lost database connection would.
    await store.close();
    const $ = await page('/calendar?month=2021-11', 500);
    expect($('h1').text()).toBe('Что-то пошло не так');
    const body = await json('/api/events', 500);
    expect(body.error).toEqual({ status: 500, message: 'internal error' });
    expect(logged).toHaveBeenCalledTimes(2);
    expect(String(logged.mock.calls[0]?.[0])).toContain('GET /calendar');
  });
});
