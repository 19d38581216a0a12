import { describe, expect, it } from 'vitest';
import { linkEvents, listEventLinks, unlinkEvents } from './event-links.js';
import { countEvents, getEvent, listEvents } from './event-queries.js';
import { listOrganizations, listPlaces, upsertOrganization, upsertPlace } from './reference-data.js';
import { saveExtraction } from './save-extraction.js';
import { testDialects, useTestStore } from './test-dialects.js';
import { day, month, testExtraction } from './test-extractions.js';

const PLAN = 'Заседание Совета МАГ — март, Москва.';
const NEWS = 'Заседание Совета МАГ прошло 17 марта в Москве.';

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`reference data and links on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    async function planAndReport() {
      const plan = await saveExtraction(
        current.store,
        testExtraction({ source: 'mag-plan-2021.docx', text: PLAN, kind: 'plan' }, [
          {
            title: 'Заседание Совета МАГ',
            kind: 'заседание',
            evidence: PLAN,
            when: month('2021-03', 'март'),
            places: [{ name: 'Москва', type: 'city' }],
            organizers: ['Международная Ассамблея столиц и крупных городов'],
            status: 'planned',
          },
        ]),
      );
      const news = await saveExtraction(
        current.store,
        testExtraction({ source: 'mag.ru', itemKey: '42', text: NEWS }, [
          {
            title: 'Заседание Совета МАГ',
            kind: 'заседание',
            evidence: NEWS,
            when: day('2021-03-17', '17 марта'),
            places: [{ name: 'Москва', type: 'city' }],
            organizers: ['Международная Ассамблея столиц и крупных городов'],
            status: 'held',
          },
        ]),
      );
      return { planItem: plan.eventIds[0]!, report: news.eventIds[0]! };
    }

    it('seeds organizations and places without losing their events', async () => {
      await planAndReport();
      const magId = await upsertOrganization(current.store, {
        name: 'Международная Ассамблея столиц и крупных городов',
        abbreviation: 'МАГ',
        aliases: ['Ассамблея столиц'],
      });
      expect(await listOrganizations(current.store)).toEqual([
        {
          id: magId,
          name: 'Международная Ассамблея столиц и крупных городов',
          abbreviation: 'МАГ',
          aliases: ['Ассамблея столиц'],
          eventCount: 2,
        },
      ]);
      // The plan item was reported held, so the two mentions list as one record (plan tracking sees the item).
      expect(await listEvents(current.store, { organization: 'МАГ' })).toHaveLength(1);
      expect(await listEvents(current.store, { organization: 'МАГ', reported: true })).toHaveLength(1);
      expect(await listEvents(current.store, { organization: 'Ассамблея столиц' })).toHaveLength(1);
      expect(await listEvents(current.store, { organization: 'Ассамблея' })).toHaveLength(0);

      const moscow = await upsertPlace(current.store, { name: 'Москва', type: 'city', lat: 55.7558, lon: 37.6173 });
      const karaganda = await upsertPlace(current.store, {
        name: 'Караганда',
        type: 'city',
        country: 'Казахстан',
        founded: '1934',
      });
      expect(await listPlaces(current.store)).toEqual([
        {
          id: karaganda,
          name: 'Караганда',
          type: 'city',
          region: null,
          country: 'Казахстан',
          lat: null,
          lon: null,
          founded: '1934',
          eventCount: 0,
        },
        {
          id: moscow,
          name: 'Москва',
          type: 'city',
          region: null,
          country: null,
          lat: 55.7558,
          lon: 37.6173,
          founded: null,
          eventCount: 2,
        },
      ]);
    });

    it('finds the events of a region’s cities by the region', async () => {
      await planAndReport();
      expect(await listEvents(current.store, { place: 'Центральный федеральный округ' })).toEqual([]);
      await upsertPlace(current.store, { name: 'Москва', type: 'city', region: 'Центральный федеральный округ' });
      expect(await listEvents(current.store, { place: 'Центральный федеральный округ' })).toHaveLength(1);
    });

    it('links a plan item to the report that it was held, and the item follows the report', async () => {
      const { planItem, report } = await planAndReport();
      const planned = { source: 'mag-plan-2021.docx' };
      expect(await countEvents(current.store, { ...planned, reported: false })).toBe(0);
      expect((await listEvents(current.store, { reported: true })).map((event) => event.id)).toEqual([planItem]);
      expect((await getEvent(current.store, planItem))?.status).toBe('held');
      // One record per real event: the report, with the plan among its sources.
      expect((await listEvents(current.store, {})).map((event) => event.id)).toEqual([report]);
      expect((await getEvent(current.store, report))?.sources.map((source) => source.evidence)).toEqual([PLAN, NEWS]);
      // Saving both again changes nothing.
      await planAndReport();
      expect(await listEventLinks(current.store, report)).toHaveLength(1);
      expect(await countEvents(current.store, {})).toBe(1);
    });

    it('keeps two numbered sessions of one body apart, and a plan item not yet held as planned', async () => {
      const { planItem } = await planAndReport();
      const other = 'XXIX сессия МАГ прошла 10 июля в Москве.';
      await saveExtraction(
        current.store,
        testExtraction({ source: 'mag.ru', itemKey: '43', text: other }, [
          { title: 'XXIX сессия МАГ', kind: 'сессия', evidence: other, when: day('2021-07-10', '10 июля'), status: 'held' },
        ]),
      );
      const session = 'XXVIII сессия МАГ — июль, Москва.';
      await saveExtraction(
        current.store,
        testExtraction({ source: 'mag-plan-2021-b.docx', text: session, kind: 'plan' }, [
          { title: 'XXVIII сессия МАГ', kind: 'сессия', evidence: session, when: month('2021-07', 'июль'), status: 'planned' },
        ]),
      );
      expect((await listEvents(current.store, { kind: 'сессия' })).map((e) => e.status).sort()).toEqual(['held', 'planned']);
      expect((await getEvent(current.store, planItem))?.status).toBe('held');
    });

    it('shows a merged duplicate as the event it duplicates, with both sources', async () => {
      const { planItem, report } = await planAndReport();
      await linkEvents(current.store, { fromEventId: planItem, toEventId: report, kind: 'same_as' });
      expect((await listEvents(current.store, {})).map((event) => event.id)).toEqual([report]);
      expect(await countEvents(current.store, { q: 'совета' })).toBe(1);
      const merged = await getEvent(current.store, report);
      expect(merged?.sources.map((source) => source.evidence)).toEqual([PLAN, NEWS]);
      // The duplicate stays reachable by id, e.g. to redirect an old link.
      expect((await getEvent(current.store, planItem))?.sources.map((source) => source.evidence)).toEqual([PLAN]);
    });

    it('links a plan item to its report, once, and unlinks it', async () => {
      const { planItem, report } = await planAndReport();
      await linkEvents(current.store, { fromEventId: planItem, toEventId: report, kind: 'reported_by' });
      await linkEvents(current.store, { fromEventId: planItem, toEventId: report, kind: 'reported_by' });
      const links = await listEventLinks(current.store, report);
      expect(links).toMatchObject([{ fromEventId: planItem, toEventId: report, kind: 'reported_by' }]);
      expect(await listEventLinks(current.store, planItem)).toEqual(links);
      await expect(
        linkEvents(current.store, { fromEventId: report, toEventId: report, kind: 'same_as' }),
      ).rejects.toThrow(/itself/);
      await unlinkEvents(current.store, { fromEventId: planItem, toEventId: report, kind: 'reported_by' });
      expect(await listEventLinks(current.store, report)).toEqual([]);
    });
  });
}
