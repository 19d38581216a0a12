import { beforeEach, describe, expect, it } from 'vitest';
import { addSource, dueSources, listSources, nextCheckAt, recordSourceCheck, removeSource } from './sources.js';
import { testDialects, useTestStore } from './test-dialects.js';

const HOUR = 3600;
const T0 = new Date('2026-11-22T00:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR * 1000);

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`sources on ${dialect.name}`, () => {
    const current = useTestStore(dialect);
    // The shared per-file PostgreSQL schema is emptied by useTestStore, which predates this table.
    beforeEach(async () => {
      await current.store.db.deleteFrom('sources').execute();
    });

    it('adds, lists, changes the interval of and removes a source', async () => {
      const first = await addSource(current.store, { url: 'https://srg.example/rss', everySeconds: 6 * HOUR, now: T0 });
      expect(first.created).toBe(true);
      expect(first.source).toMatchObject({
        url: 'https://srg.example/rss',
        everySeconds: 6 * HOUR,
        lastCheckedAt: null,
      });
      await addSource(current.store, { url: 'http://mag.example/news', everySeconds: HOUR, now: T0 });
      const again = await addSource(current.store, { url: 'https://srg.example/rss', everySeconds: 2 * HOUR });
      expect(again.created).toBe(false);
      expect(again.source.id).toBe(first.source.id);
      const listed = await listSources(current.store);
      expect(listed.map((s) => [s.url, s.everySeconds])).toEqual([
        ['http://mag.example/news', HOUR],
        ['https://srg.example/rss', 2 * HOUR],
      ]);
      expect(await removeSource(current.store, 'https://srg.example/rss')).toBe(true);
      expect(await removeSource(current.store, 'https://srg.example/rss')).toBe(false);
      expect((await listSources(current.store)).map((s) => s.url)).toEqual(['http://mag.example/news']);
    });

    it('refuses what cannot be fetched', async () => {
      await expect(addSource(current.store, { url: 'file:///etc/passwd', everySeconds: HOUR })).rejects.toThrow(
        /only http and https/,
      );
      await expect(addSource(current.store, { url: 'srg.example/rss', everySeconds: HOUR })).rejects.toThrow(
        /not a valid URL/,
      );
      await expect(addSource(current.store, { url: 'https://a.example/', everySeconds: 0 })).rejects.toThrow(
        /interval/,
      );
      expect(await listSources(current.store)).toEqual([]);
    });

    it('is due at once, then its interval after each check; records the outcome', async () => {
      await addSource(current.store, { url: 'https://a.example/', everySeconds: 6 * HOUR, now: T0 });
      await addSource(current.store, { url: 'https://b.example/', everySeconds: HOUR, now: T0 });
      expect((await dueSources(current.store, T0)).map((s) => s.url)).toEqual([
        'https://a.example/',
        'https://b.example/',
      ]);

      await recordSourceCheck(current.store, 'https://a.example/', {
        checkedAt: at(0).toISOString(),
        status: 'changed',
        error: null,
        stored: 3,
        unchanged: 0,
      });
      await recordSourceCheck(current.store, 'https://b.example/', {
        checkedAt: at(0).toISOString(),
        status: 'error',
        error: 'HTTP 503 Service Unavailable',
        stored: 0,
        unchanged: 0,
      });
      expect(await dueSources(current.store, at(0.5))).toEqual([]);
      expect((await dueSources(current.store, at(1))).map((s) => s.url)).toEqual(['https://b.example/']);
      expect((await dueSources(current.store, at(6))).map((s) => s.url)).toEqual([
        'https://b.example/',
        'https://a.example/',
      ]);

      await recordSourceCheck(current.store, 'https://a.example/', {
        checkedAt: at(6).toISOString(),
        status: 'unchanged',
        error: null,
        stored: 0,
        unchanged: 3,
      });
      const [a, b] = await listSources(current.store);
      expect(a).toMatchObject({
        lastCheckedAt: at(6).toISOString(),
        lastStatus: 'unchanged',
        lastChangedAt: at(0).toISOString(),
        lastStored: 0,
        lastUnchanged: 3,
        lastError: null,
      });
      expect(nextCheckAt(a!)).toEqual(at(12));
      expect(b).toMatchObject({ lastStatus: 'error', lastError: 'HTTP 503 Service Unavailable', lastChangedAt: null });
    });
  });
}
