import { describe, expect, it } from 'vitest';
import { listEventEdits, saveEventEdit } from './event-edits.js';
import { countEvents, getEvent, listEvents } from './event-queries.js';
import { listDocuments } from './list-documents.js';
import { findDocumentByHash, saveExtraction } from './save-extraction.js';
import { testDialects, useTestStore } from './test-dialects.js';
import { day, testExtraction } from './test-extractions.js';

const NEWS_TEXT =
  'Общее Собрание Союза российских городов состоялось 5 марта 2021 года в Москве. ' +
  'Семинар для муниципальных служащих прошёл 12 марта в Казани.';

function newsV1() {
  return testExtraction({ source: 'srg.ru', itemKey: 'news/1', text: NEWS_TEXT, date: '2021-03-13' }, [
    {
      title: 'Общее Собрание Союза российских городов',
      kind: 'собрание',
      evidence: 'Общее Собрание Союза российских городов состоялось 5 марта 2021 года в Москве.',
      when: day('2021-03-05', '5 марта 2021 года'),
      places: [{ name: 'Москва', type: 'city' }],
      organizers: ['Союз российских городов'],
      status: 'held',
    },
    {
      title: 'Семинар для муниципальных служащих',
      kind: 'семинар',
      evidence: 'Семинар для муниципальных служащих прошёл 12 марта в Казани.',
      when: day('2021-03-12', '12 марта'),
      places: [{ name: 'Казань', type: 'city' }],
      status: 'held',
    },
  ]);
}

/** The same item, edited on the site: the seminar moved and a forum was added. */
function newsV2() {
  const text =
    'Общее Собрание Союза российских городов состоялось 5 марта 2021 года в Москве. ' +
    'Форум малых городов пройдёт 20 апреля в Суздале.';
  return testExtraction({ source: 'srg.ru', itemKey: 'news/1', text, date: '2021-03-14' }, [
    {
      title: 'Общее Собрание Союза российских городов',
      kind: 'собрание',
      evidence: 'Общее Собрание Союза российских городов состоялось 5 марта 2021 года в Москве.',
      when: day('2021-03-05', '5 марта 2021 года'),
      places: [{ name: 'Москва', type: 'city' }],
      organizers: ['Союз российских городов'],
      status: 'held',
      attendance: 300,
    },
    {
      title: 'Форум малых городов',
      kind: 'форум',
      evidence: 'Форум малых городов пройдёт 20 апреля в Суздале.',
      when: day('2021-04-20', '20 апреля'),
      places: [{ name: 'Суздаль', type: 'city' }],
      status: 'planned',
    },
  ]);
}

async function tableCounts(store: ReturnType<typeof useTestStore>['store']) {
  const counts: Record<string, number> = {};
  for (const table of ['documents', 'events', 'event_sources', 'event_places', 'event_organizers'] as const) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`saveExtraction on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it('stores the document as received and its events with provenance', async () => {
      const input = newsV1();
      const result = await saveExtraction(current.store, input);
      expect(result.created).toBe(true);
      expect(result.eventIds).toHaveLength(2);

      const document = await current.store.db
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', result.documentId)
        .executeTakeFirstOrThrow();
      expect(new Uint8Array(document.bytes)).toEqual(input.document.bytes);
      expect(document).toMatchObject({ source: 'srg.ru', item_key: 'news/1', version: 1, hash: input.document.hash });
      expect(document.fetched_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const source = await current.store.db
        .selectFrom('event_sources')
        .selectAll()
        .where('event_id', '=', result.eventIds[0]!)
        .executeTakeFirstOrThrow();
      expect(source).toMatchObject({ document_id: result.documentId, extractor_version: 'test', confidence: 0.9 });
    });

    it('keeps who published the document, null when the source names nobody', async () => {
      const input = newsV1();
      const first = await saveExtraction(current.store, {
        ...input,
        document: { ...input.document, publisher: 'Союз российских городов — новости' },
      });
      const other = await saveExtraction(current.store, {
        ...input,
        document: { ...input.document, itemKey: 'news/2' },
      });
      const publishers = await current.store.db
        .selectFrom('documents')
        .select(['id', 'publisher'])
        .where('id', 'in', [first.documentId, other.documentId])
        .orderBy('id')
        .execute();
      expect(publishers.map((r) => r.publisher)).toEqual(['Союз российских городов — новости', null]);
    });

    it('changes nothing when the same text is saved again', async () => {
      const first = await saveExtraction(current.store, newsV1());
      const before = await tableCounts(current.store);
      const again = await saveExtraction(current.store, newsV1());
      expect(again).toEqual({ documentId: first.documentId, created: false, eventIds: first.eventIds });
      expect(await tableCounts(current.store)).toEqual(before);
      expect(await findDocumentByHash(current.store, 'srg.ru', 'news/1', newsV1().document.hash)).toBe(
        first.documentId,
      );
      expect(await findDocumentByHash(current.store, 'srg.ru', 'news/1', 'other-hash')).toBeUndefined();
      expect(await findDocumentByHash(current.store, 'srg.ru', 'news/2', newsV1().document.hash)).toBeUndefined();
    });

    it('keeps old versions and replaces their events with the new version’s', async () => {
      const first = await saveExtraction(current.store, newsV1());
      const second = await saveExtraction(current.store, newsV2());
      expect(second.created).toBe(true);
      expect(second.documentId).not.toBe(first.documentId);

      const documents = await listDocuments(current.store);
      expect(documents.map((d) => [d.version, d.eventCount])).toEqual([
        [2, 2],
        [1, 0],
      ]);

      const events = await listEvents(current.store, {});
      expect(events.map((e) => e.title)).toEqual(['Общее Собрание Союза российских городов', 'Форум малых городов']);
      // The event stated by both versions is the same record, updated; the dropped seminar is gone.
      expect(second.eventIds[0]).toBe(first.eventIds[0]);
      expect(events[0]?.attendance).toBe(300);
      expect(await getEvent(current.store, first.eventIds[1]!)).toBeUndefined();
      expect(await findDocumentByHash(current.store, 'srg.ru', 'news/1', newsV1().document.hash)).toBeUndefined();

      const detail = await getEvent(current.store, second.eventIds[0]!);
      expect(detail?.sources.map((s) => s.documentId)).toEqual([second.documentId]);
    });

    it('treats a text changed back to an earlier one as a new version', async () => {
      await saveExtraction(current.store, newsV1());
      await saveExtraction(current.store, newsV2());
      const third = await saveExtraction(current.store, newsV1());
      expect(third.created).toBe(true);
      expect((await listDocuments(current.store)).map((d) => d.version)).toEqual([3, 2, 1]);
      expect(await countEvents(current.store, {})).toBe(2);
    });

    it('replaces the events of an unchanged text when it is re-extracted', async () => {
      const first = await saveExtraction(current.store, newsV1());
      const better = newsV1();
      better.extraction.events[0]!.attendance = 120;
      better.extraction.events.pop();
      better.extractorVersion = 'test-2';
      const again = await saveExtraction(current.store, { ...better, reextracted: true });
      expect(again).toEqual({ documentId: first.documentId, created: false, eventIds: [first.eventIds[0]] });
      expect((await listDocuments(current.store)).map((d) => [d.version, d.eventCount])).toEqual([[1, 1]]);
      expect((await listEvents(current.store, {})).map((e) => [e.title, e.attendance])).toEqual([
        ['Общее Собрание Союза российских городов', 120],
      ]);
      const sources = await current.store.db.selectFrom('event_sources').select('extractor_version').execute();
      expect(sources).toEqual([{ extractor_version: 'test-2' }]);
    });

    it('makes one version when two saves of the same new text race', async () => {
      const plan = () =>
        testExtraction({ source: 'plan.docx', text: 'Заседание правления в мае.' }, [
          { title: 'Заседание правления', kind: 'заседание', evidence: 'Заседание правления в мае.' },
        ]);
      const results = await Promise.all([
        saveExtraction(current.store, plan()),
        saveExtraction(current.store, plan()),
        saveExtraction(current.store, plan()),
      ]);
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.documentId)).size).toBe(1);
      expect(await countEvents(current.store, {})).toBe(1);
    });

    it('keeps documents without an item key apart by source', async () => {
      const plan = (source: string) =>
        testExtraction({ source, text: 'Заседание правления в мае.' }, [
          { title: 'Заседание правления', kind: 'заседание', evidence: 'Заседание правления в мае.' },
        ]);
      const a = await saveExtraction(current.store, plan('plan-a.docx'));
      const b = await saveExtraction(current.store, plan('plan-b.docx'));
      const aAgain = await saveExtraction(current.store, plan('plan-a.docx'));
      expect(b.created).toBe(true);
      expect(aAgain).toMatchObject({ documentId: a.documentId, created: false });
      expect(await listDocuments(current.store)).toHaveLength(2);
      // Two plans naming the same meeting are one real event: one record with both sources.
      expect(await countEvents(current.store, {})).toBe(1);
    });

    it('leaves nothing behind when a save fails half-way', async () => {
      const input = newsV1();
      // A real constraint violation on the second event, after the document and first event were written.
      (input.extraction.events[1] as { title: string | null }).title = null;
      await expect(saveExtraction(current.store, input)).rejects.toThrow();
      expect(await tableCounts(current.store)).toEqual({
        documents: 0,
        events: 0,
        event_sources: 0,
        event_places: 0,
        event_organizers: 0,
      });
      expect(await listDocuments(current.store)).toEqual([]);
    });

    it('keeps an editor’s correction when the document is extracted again', async () => {
      const first = await saveExtraction(current.store, newsV1());
      const eventId = first.eventIds[0]!;
      await saveEventEdit(current.store, {
        eventId,
        field: 'places',
        value: [{ name: 'Санкт-Петербург', type: 'city' }],
        editor: 'ivanova',
      });
      await saveEventEdit(current.store, { eventId, field: 'title', value: 'Общее собрание СРГ', editor: 'ivanova' });
      expect((await getEvent(current.store, eventId))?.places).toEqual([{ name: 'Санкт-Петербург', type: 'city' }]);

      await saveExtraction(current.store, newsV2());
      const after = await getEvent(current.store, eventId);
      expect(after?.title).toBe('Общее собрание СРГ');
      expect(after?.attendance).toBe(300);
      expect(after?.places).toEqual([{ name: 'Санкт-Петербург', type: 'city' }]);
      expect(await listEvents(current.store, { place: 'Санкт-Петербург' })).toHaveLength(1);
      expect(await listEvents(current.store, { q: 'петербург' })).toHaveLength(1);
      expect((await listEventEdits(current.store, eventId)).map((e) => e.field)).toEqual(['places', 'title']);
    });
  });
}
