/**
 * Registered sources re-read from a real HTTP server on 127.0.0.1: only what is new or changed is
 * stored, the schedule is kept, and failures are recorded on the source.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, loadReferenceData } from '../extract/index.js';
import { addSource, listDocuments, listEvents, listSources, savePlaceEntry } from '../store/index.js';
import { testDialects, useTestStore } from '../store/test-dialects.js';
import { checkSources, nextSourceDue, watchSources } from './check-sources.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';
import { formatInterval, parseInterval } from './interval.js';
import { loadStoreExtractor } from './store-extractor.js';

const TOWN_ITEM = '12 марта 2025 года в Нижних Ключах состоялся семинар по вопросам благоустройства.';

const ITEMS = {
  seminar:
    '18 ноября 2026 года Союз российских городов провел он-лайн семинар «Муниципальный контроль в 2027 году». Слушателями семинара стали более 300 участников.',
  assembly:
    '15 декабря 2026 года в Москве состоится Общее собрание Союза российских городов. Ожидается, что в работе Собрания примут участие около 200 человек.',
  board:
    '9 ноября 2026 года в Казани прошло выездное заседание Правления Союза российских городов. Члены Правления обсудили подготовку к отопительному сезону.',
};

function feed(items: [string, string][]): string {
  const body = items
    .map(
      ([guid, text]) =>
        `<item><title>${guid}</title><guid>${guid}</guid><pubDate>Fri, 20 Nov 2026 12:00:00 +0300</pubDate><description>${text}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Новости</title>${body}</channel></rss>`;
}

/** What the server answers now, and how many requests it had. */
const site = { status: 200, body: '', requests: 0 };
let server: Server;
let baseUrl: string;
let extractor: Extractor;

beforeAll(async () => {
  server = createServer((request, response) => {
    site.requests++;
    if (request.url === '/slow') return; // never answers: the fetch times out
    response.writeHead(site.status, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(site.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  extractor = createExtractor(await loadReferenceData());
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const HOUR = 3600_000;
const T0 = new Date('2026-11-22T00:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

describe('intervals', () => {
  it('reads and writes what people type', () => {
    expect(parseInterval('6h')).toBe(21_600);
    expect(parseInterval('1h30m')).toBe(5400);
    expect(parseInterval(' 1d ')).toBe(86_400);
    expect(formatInterval(5400)).toBe('1h30m');
    expect(formatInterval(21_600)).toBe('6h');
    for (const bad of ['', '6', 'h', '6x', '0m', '-1h', '6h later']) expect(() => parseInterval(bad)).toThrow();
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`checking sources on ${dialect.name}`, () => {
    const current = useTestStore(dialect);
    beforeEach(async () => {
      await current.store.db.deleteFrom('sources').execute();
      site.status = 200;
      site.requests = 0;
    });

    it('stores what is new or changed, on schedule, and records each check', async () => {
      const store = current.store;
      const url = `${baseUrl}/srg/rss`;
      await addSource(store, { url, everySeconds: 3600, now: T0 });
      site.body = feed([
        ['seminar', ITEMS.seminar],
        ['assembly', ITEMS.assembly],
      ]);

      const [first, ...none] = await checkSources(store, extractor, { now: T0 });
      expect(none).toEqual([]);
      expect(first).toMatchObject({ url, status: 'changed', stored: 2, unchanged: 0, refused: 0, error: null });
      expect(first!.events).toBeGreaterThanOrEqual(2);
      expect(site.requests).toBe(1);

      // Not due yet: nothing is fetched.
      expect(await checkSources(store, extractor, { now: at(0.5) })).toEqual([]);
      expect(site.requests).toBe(1);
      expect(await nextSourceDue(store)).toEqual(at(1));

      // Due, same feed: fetched, nothing stored.
      const [same] = await checkSources(store, extractor, { now: at(1) });
      expect(same).toMatchObject({ status: 'unchanged', stored: 0, unchanged: 2 });
      expect(site.requests).toBe(2);

      // One item changed, one added: only those two are stored, as a new version and a new document.
      site.body = feed([
        ['seminar', ITEMS.seminar],
        ['assembly', ITEMS.assembly.replace('около 200', 'около 250')],
        ['board', ITEMS.board],
      ]);
      const [changed] = await checkSources(store, extractor, { now: at(2) });
      expect(changed).toMatchObject({ status: 'changed', stored: 2, unchanged: 1 });
      const documents = await listDocuments(store);
      expect(documents.map((d) => [d.itemKey, d.version]).sort()).toEqual([
        ['assembly', 1],
        ['assembly', 2],
        ['board', 1],
        ['seminar', 1],
      ]);
      const provenance = await store.db.selectFrom('event_sources').select('extractor_version').distinct().execute();
      expect(provenance).toEqual([{ extractor_version: EXTRACTOR_VERSION }]);

      // The site fails: the error is recorded, what was stored stays, and the schedule moves on.
      site.status = 503;
      const [failed] = await checkSources(store, extractor, { now: at(3) });
      expect(failed).toMatchObject({ status: 'error', stored: 0, error: 'HTTP 503 Service Unavailable' });
      const [source] = await listSources(store);
      expect(source).toMatchObject({
        lastCheckedAt: at(3).toISOString(),
        lastStatus: 'error',
        lastError: 'HTTP 503 Service Unavailable',
        lastChangedAt: at(2).toISOString(),
      });
      expect(await listDocuments(store)).toHaveLength(4);
      expect(await checkSources(store, extractor, { now: at(3.5) })).toEqual([]);
      // --all checks it anyway.
      site.status = 200;
      expect((await checkSources(store, extractor, { now: at(3.5), all: true }))[0]).toMatchObject({
        status: 'unchanged',
        unchanged: 3,
        error: null,
      });
    });

    it('records a timeout and goes on to the next source', async () => {
      const store = current.store;
      await addSource(store, { url: `${baseUrl}/slow`, everySeconds: 60, now: T0 });
      await addSource(store, { url: `${baseUrl}/tail`, everySeconds: 60, now: T0 });
      site.body = feed([['seminar', ITEMS.seminar]]);
      const results = await checkSources(store, extractor, { now: T0, limits: { timeoutMs: 300 } });
      expect(results.map((r) => [r.url.slice(baseUrl.length), r.status, r.error])).toEqual([
        ['/slow', 'error', 'timed out after 300 ms (timeoutMs)'],
        ['/tail', 'changed', null],
      ]);
    });

    it('watches until stopped', async () => {
      const store = current.store;
      await addSource(store, { url: `${baseUrl}/watched`, everySeconds: 3600 });
      site.body = feed([['board', ITEMS.board]]);
      const stop = new AbortController();
      const seen: string[] = [];
      await watchSources(store, extractor, {
        pollMs: 50,
        signal: stop.signal,
        onCheck: (result) => {
          seen.push(result.status);
          stop.abort();
        },
      });
      expect(seen).toEqual(['changed']);
      expect(site.requests).toBe(1);
      expect((await listSources(store))[0]?.lastStatus).toBe('changed');
    });

    it('takes up reference data edited while it watches, from the next round', async () => {
      const store = current.store;
      await addSource(store, { url: `${baseUrl}/watched`, everySeconds: 1 });
      site.body = feed([['town', TOWN_ITEM]]);
      const stop = new AbortController();
      let rounds = 0;
      await watchSources(store, extractor, {
        pollMs: 50,
        signal: stop.signal,
        reloadExtractor: async () => {
          rounds++;
          // Between the first and the second round an editor adds the town.
          if (rounds === 2) {
            await savePlaceEntry(store, { entry: { name: 'Нижние Ключи', type: 'city' }, editor: 'ivanova' });
            await store.db.updateTable('sources').set({ last_checked_at: null }).execute();
            site.body = feed([['town', `${TOWN_ITEM} Участвовали 40 человек.`]]);
          }
          return loadStoreExtractor(store);
        },
        onCheck: () => {
          if (rounds === 2) stop.abort();
        },
      });
      const [event] = await listEvents(store, {});
      expect(event?.places).toEqual([{ name: 'Нижние Ключи', type: 'city' }]);
      const versions = await store.db.selectFrom('event_sources').select('extractor_version').execute();
      expect(versions).toEqual([{ extractor_version: expect.stringMatching(`^${EXTRACTOR_VERSION}\\+ref\\.`) }]);
    });
  });
}
