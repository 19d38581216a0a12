/**
 * Re-extraction over what the store kept: an older extractor's events (one missed, one titled
 * differently) are brought up to the current extractor's, editors' corrections survive, a second
 * run changes nothing, and only the latest version of a document is read.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../domain/index.js';
import { createExtractor, type Extractor, loadReferenceData } from '../extract/index.js';
import {
  type DocumentInput,
  getEvent,
  listDocuments,
  type Store,
  saveEventEdit,
  saveExtraction,
} from '../store/index.js';
import { testDialects, useTestStore } from '../store/test-dialects.js';
import { EXTRACTOR_VERSION } from './extractor-version.js';
import { type ReextractOutcome, reextractDocuments } from './reextract.js';

const PLAN = `**План мероприятий Союза городов Заполярья на 2024 год**

| № | Мероприятие | Место, дата | Примечание |
|---|---|---|---|
| 1. | Конференция «Арктические города» | Мурманск 15-16 мая | Организатор: Союз городов Заполярья |
| 2. | Семинар по вопросам благоустройства | Норильск сентябрь | |
| 3. | Совещание глав городов | Салехард, 12 октября | |
`;

const NEWS =
  '18 ноября 2024 года в Мурманске состоялся форум «Северные города». В форуме приняли участие более 200 человек.';

function documentOf(source: string, text: string): DocumentInput {
  const bytes = new TextEncoder().encode(text);
  return {
    source,
    itemKey: null,
    format: 'markdown',
    encoding: 'utf-8',
    bytes,
    hash: createHash('sha256').update(bytes).digest('hex'),
    text,
    title: null,
    date: null,
    link: null,
  };
}

async function collect(iterable: AsyncIterable<ReextractOutcome>): Promise<ReextractOutcome[]> {
  const out: ReextractOutcome[] = [];
  for await (const outcome of iterable) out.push(outcome);
  return out;
}

async function versionsOf(store: Store, documentId: number): Promise<(string | null)[]> {
  const rows = await store.db
    .selectFrom('event_sources')
    .select('extractor_version')
    .where('document_id', '=', documentId)
    .execute();
  return rows.map((row) => row.extractor_version);
}

let extractor: Extractor;
beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`reextract on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it("brings an older extractor's events up to date, keeping ids and edits", async () => {
      const store = current.store;
      const now = extractor.extract({ text: PLAN, date: null, title: null });
      expect(now.events.length).toBe(3);
      // What an older extractor made of the plan: the last row missed, the first titled otherwise.
      const [first, second] = now.events;
      const older: Extraction = { ...now, events: [{ ...first!, title: 'Конференция' }, second!] };
      const saved = await saveExtraction(store, {
        document: documentOf('plans/zapolyarye.md', PLAN),
        extraction: older,
        extractorVersion: 'old',
      });
      const [conferenceId, seminarId] = saved.eventIds;
      await saveEventEdit(store, { eventId: seminarId!, field: 'venue', value: 'Дворец культуры', editor: 'editor' });
      const news = await saveExtraction(store, {
        document: documentOf('news/forum.txt', NEWS),
        extraction: extractor.extract({ text: NEWS, date: null, title: null }),
        extractorVersion: EXTRACTOR_VERSION,
      });

      const outcomes = await collect(reextractDocuments(store, extractor));
      expect(outcomes).toEqual([
        {
          kind: 'reextracted',
          source: 'plans/zapolyarye.md',
          itemKey: null,
          documentId: saved.documentId,
          events: 3,
          added: 1,
          removed: 0,
          updated: 1,
        },
        {
          kind: 'reextracted',
          source: 'news/forum.txt',
          itemKey: null,
          documentId: news.documentId,
          events: news.eventIds.length,
          added: 0,
          removed: 0,
          updated: 0,
        },
      ]);
      // Same events (ids), the new title, the editor's venue, the current extractor's version.
      expect((await getEvent(store, conferenceId!))?.title).toBe(first!.title);
      expect((await getEvent(store, seminarId!))?.venue).toBe('Дворец культуры');
      expect(new Set(await versionsOf(store, saved.documentId))).toEqual(new Set([EXTRACTOR_VERSION]));
      // No new version was made.
      expect((await listDocuments(store)).map((d) => d.version)).toEqual([1, 1]);

      // Again: nothing changes, and the edit still holds.
      const again = await collect(reextractDocuments(store, extractor));
      expect(again.map((o) => (o.kind === 'reextracted' ? o.added + o.removed + o.updated : -1))).toEqual([0, 0]);
      expect((await getEvent(store, seminarId!))?.venue).toBe('Дворец культуры');
    });

    it('reads only the latest version, and only of the source asked for', async () => {
      const store = current.store;
      const v1 = PLAN.replace('| 3. | Совещание глав городов | Салехард, 12 октября | |\n', '');
      await saveExtraction(store, {
        document: documentOf('plans/zapolyarye.md', v1),
        extraction: extractor.extract({ text: v1, date: null, title: null }),
      });
      const v2 = await saveExtraction(store, {
        document: documentOf('plans/zapolyarye.md', PLAN),
        extraction: { ...extractor.extract({ text: PLAN, date: null, title: null }), events: [] },
      });
      await saveExtraction(store, {
        document: documentOf('news/forum.txt', NEWS),
        extraction: extractor.extract({ text: NEWS, date: null, title: null }),
      });
      const outcomes = await collect(reextractDocuments(store, extractor, { source: 'plans' }));
      expect(outcomes).toEqual([
        expect.objectContaining({ kind: 'reextracted', documentId: v2.documentId, events: 3, added: 3, removed: 0 }),
      ]);
      expect(await collect(reextractDocuments(store, extractor, { source: 'plan' }))).toEqual([]);
      expect(await collect(reextractDocuments(store, extractor, { source: './plans/zapolyarye.md' }))).toHaveLength(1);
      expect(await collect(reextractDocuments(store, extractor, { source: 'news/' }))).toHaveLength(1);
    });
  });
}
