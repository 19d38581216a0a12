import { describe, expect, it } from 'vitest';
import type { When } from '../domain/index.js';
import { countEvents, countEventsBy, getEvent, listEvents } from './event-queries.js';
import { saveExtraction } from './save-extraction.js';
import { testDialects, useTestStore } from './test-dialects.js';
import { day, month, testExtraction } from './test-extractions.js';

const PLAN_TEXT = [
  'План мероприятий Союза российских городов на 2021 год.',
  '1. Заседание Правления Союза российских городов — февраль, Москва.',
  '2. Выпуск информационного бюллетеня — ежеквартально.',
  '3. Международный муниципальный форум — 5-6 ноября, Санкт-Петербург, Совет Федерации.',
  '4. Конкурс «Лучшая муниципальная практика» — по отдельному графику.',
  '5. Подготовка доклада — до 1 марта.',
].join('\n');

const YEAR_2021: When = {
  start: '2021-01-01',
  end: '2021-12-31',
  precision: 'year',
  recurrence: 'quarterly',
  text: 'ежеквартально',
};

function plan2021() {
  return testExtraction({ source: 'srg-plan-2021.docx', text: PLAN_TEXT, kind: 'plan' }, [
    {
      title: 'Заседание Правления Союза российских городов',
      kind: 'заседание',
      evidence: '1. Заседание Правления Союза российских городов — февраль, Москва.',
      when: month('2021-02', 'февраль'),
      places: [{ name: 'Москва', type: 'city' }],
      organizers: ['Союз российских городов'],
      status: 'planned',
      fieldSpans: { when: { start: 106, end: 113 } },
    },
    {
      title: 'Выпуск информационного бюллетеня',
      kind: 'публикация',
      evidence: '2. Выпуск информационного бюллетеня — ежеквартально.',
      when: YEAR_2021,
      organizers: ['Союз российских городов'],
      status: 'planned',
    },
    {
      title: 'Международный муниципальный форум',
      kind: 'форум',
      evidence: '3. Международный муниципальный форум — 5-6 ноября, Санкт-Петербург, Совет Федерации.',
      when: { start: '2021-11-05', end: '2021-11-06', precision: 'day', recurrence: null, text: '5-6 ноября' },
      places: [
        { name: 'Санкт-Петербург', type: 'city' },
        { name: 'Россия', type: 'country' },
      ],
      venue: 'Совет Федерации',
      organizers: ['Международная Ассамблея столиц и крупных городов', 'Союз российских городов'],
      status: 'planned',
      format: 'hybrid',
    },
    {
      title: 'Конкурс «Лучшая муниципальная практика»',
      kind: 'конкурс',
      evidence: '4. Конкурс «Лучшая муниципальная практика» — по отдельному графику.',
      when: { start: null, end: null, precision: 'unknown', recurrence: null, text: 'по отдельному графику' },
    },
    {
      title: 'Подготовка доклада',
      kind: 'другое',
      evidence: '5. Подготовка доклада — до 1 марта.',
      when: { start: null, end: '2021-03-01', precision: 'day', recurrence: null, text: 'до 1 марта' },
      expectedResult: 'Доклад о состоянии местного самоуправления',
    },
  ]);
}

const titles = (events: Array<{ title: string }>) => events.map((event) => event.title);

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`event queries on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it('lists every event by start (open start first), then title, with places and organizers', async () => {
      await saveExtraction(current.store, plan2021());
      const events = await listEvents(current.store, {});
      expect(titles(events)).toEqual([
        'Конкурс «Лучшая муниципальная практика»',
        'Подготовка доклада',
        'Выпуск информационного бюллетеня',
        'Заседание Правления Союза российских городов',
        'Международный муниципальный форум',
      ]);
      const forum = events[4]!;
      expect(forum).toMatchObject({
        kind: 'форум',
        when: { start: '2021-11-05', end: '2021-11-06', precision: 'day', recurrence: null, text: '5-6 ноября' },
        venue: 'Совет Федерации',
        format: 'hybrid',
        status: 'planned',
        attendance: null,
        places: [
          { name: 'Санкт-Петербург', type: 'city' },
          { name: 'Россия', type: 'country' },
        ],
        organizers: ['Международная Ассамблея столиц и крупных городов', 'Союз российских городов'],
      });
      expect(events[1]?.expectedResult).toBe('Доклад о состоянии местного самоуправления');
    });

    it.each([
      // A month-precision item overlaps any day of its month, and none outside it.
      // The deadline «до 1 марта» has an open start: it overlaps anything up to 1 March.
      [
        '2021-02-15',
        '2021-02-15',
        ['Подготовка доклада', 'Выпуск информационного бюллетеня', 'Заседание Правления Союза российских городов'],
      ],
      [
        '2021-02-28',
        '2021-03-10',
        ['Подготовка доклада', 'Выпуск информационного бюллетеня', 'Заседание Правления Союза российских городов'],
      ],
      ['2021-03-02', '2021-03-31', ['Выпуск информационного бюллетеня']],
      ['2021-03-01', '2021-03-01', ['Подготовка доклада', 'Выпуск информационного бюллетеня']],
      // The year-long recurring item overlaps any month of the year.
      ['2021-07', '2021-07', ['Выпуск информационного бюллетеня']],
      ['2021-11-06', '2021-11-30', ['Выпуск информационного бюллетеня', 'Международный муниципальный форум']],
      ['2022-01-01', '2022-12-31', []],
      ['2020-01-01', '2020-12-31', ['Подготовка доклада']],
    ])('from %s to %s finds the overlapping events', async (from, to, expected) => {
      await saveExtraction(current.store, plan2021());
      const found = titles(await listEvents(current.store, { from, to }));
      // The undated item («по отдельному графику» without a plan period) belongs to no date range.
      expect(found).toEqual(expected);
      expect(await countEvents(current.store, { from, to })).toBe(expected.length);
    });

    it('filters by kind, status, place, organization and words', async () => {
      await saveExtraction(current.store, plan2021());
      await saveExtraction(
        current.store,
        testExtraction({ source: 'news', itemKey: '7', text: 'Форум в Казани прошёл.' }, [
          {
            title: 'Форум',
            kind: 'форум',
            evidence: 'Форум в Казани прошёл.',
            when: day('2021-11-20'),
            places: [{ name: 'Казань', type: 'city' }],
            status: 'held',
          },
        ]),
      );
      const list = async (query: Parameters<typeof listEvents>[1]) => titles(await listEvents(current.store, query));
      expect(await list({ kind: 'форум' })).toEqual(['Международный муниципальный форум', 'Форум']);
      expect(await list({ kind: 'форум', status: 'held' })).toEqual(['Форум']);
      expect(await list({ place: 'Санкт-Петербург' })).toEqual(['Международный муниципальный форум']);
      expect(await list({ place: 'Петербург' })).toEqual([]);
      expect(await list({ organization: 'Международная Ассамблея столиц и крупных городов' })).toEqual([
        'Международный муниципальный форум',
      ]);
      expect(await list({ organization: 'Союз российских городов' })).toHaveLength(3);
      // Words match any case, ё as е, in title, venue, places, organizers; all words must match.
      expect(await list({ q: 'ФОРУМ' })).toEqual(['Международный муниципальный форум', 'Форум']);
      expect(await list({ q: 'форум федерации' })).toEqual(['Международный муниципальный форум']);
      // Word forms wait for lemmas: «Казань» is found, «Казани» not yet.
      expect(await list({ q: 'казань' })).toEqual(['Форум']);
      expect(await list({ q: 'бюллетень' })).toEqual([]);
      expect(await list({ q: '100%_' })).toEqual([]);
      expect(await countEvents(current.store, { kind: 'форум', from: '2021-11-10' })).toBe(1);
    });

    it('counts events per kind, status, month, place and organization', async () => {
      await saveExtraction(current.store, plan2021());
      expect(await countEventsBy(current.store, {}, 'status')).toEqual([
        { key: 'planned', count: 3 },
        { key: null, count: 2 },
      ]);
      expect(await countEventsBy(current.store, { status: 'planned' }, 'kind')).toEqual([
        { key: 'заседание', count: 1 },
        { key: 'публикация', count: 1 },
        { key: 'форум', count: 1 },
      ]);
      expect(await countEventsBy(current.store, {}, 'month')).toEqual([
        { key: null, count: 2 },
        { key: '2021-01', count: 1 },
        { key: '2021-02', count: 1 },
        { key: '2021-11', count: 1 },
      ]);
      // The undated item is in no date range, so it is not counted from 2021-02-01 on.
      expect(await countEventsBy(current.store, { from: '2021-02-01' }, 'place')).toEqual([
        { key: null, count: 2 },
        { key: 'Москва', count: 1 },
        { key: 'Россия', count: 1 },
        { key: 'Санкт-Петербург', count: 1 },
      ]);
      expect(await countEventsBy(current.store, {}, 'organization')).toEqual([
        { key: 'Союз российских городов', count: 3 },
        { key: null, count: 2 },
        { key: 'Международная Ассамблея столиц и крупных городов', count: 1 },
      ]);
    });

    it('finds the events of one source or one document version', async () => {
      const { documentId } = await saveExtraction(current.store, plan2021());
      await saveExtraction(
        current.store,
        testExtraction({ source: 'news', itemKey: '1', text: 'Форум прошёл.' }, [
          { title: 'Форум', kind: 'форум', evidence: 'Форум прошёл.', when: day('2021-11-05') },
        ]),
      );
      expect(await countEvents(current.store, { source: 'srg-plan-2021.docx' })).toBe(5);
      expect(await countEvents(current.store, { documentId })).toBe(5);
      expect(titles(await listEvents(current.store, { source: 'news' }))).toEqual(['Форум']);
      expect(await countEvents(current.store, { source: 'news', documentId })).toBe(0);
      expect(await countEvents(current.store, { source: 'elsewhere' })).toBe(0);
    });

    it('matches a place or organization by id', async () => {
      await saveExtraction(current.store, plan2021());
      const place = await current.store.db
        .selectFrom('places')
        .select('id')
        .where('name', '=', 'Москва')
        .executeTakeFirstOrThrow();
      expect(titles(await listEvents(current.store, { place: String(place.id) }))).toEqual([
        'Заседание Правления Союза российских городов',
      ]);
      expect(await listEvents(current.store, { place: '99999999999', organization: '99999999999' })).toEqual([]);
    });

    it('pages with limit and offset, and counts without them', async () => {
      await saveExtraction(current.store, plan2021());
      const all = titles(await listEvents(current.store, {}));
      expect(titles(await listEvents(current.store, { limit: 2 }))).toEqual(all.slice(0, 2));
      expect(titles(await listEvents(current.store, { limit: 2, offset: 2 }))).toEqual(all.slice(2, 4));
      expect(titles(await listEvents(current.store, { offset: 3 }))).toEqual(all.slice(3));
      expect(await countEvents(current.store, { limit: 2 })).toBe(5);
      expect(await countEvents(current.store, { status: 'planned' })).toBe(3);
    });

    it('orders titles of one day alike on both backends, by code point', async () => {
      const text = 'бюллетень; Бюллетень; «Вестник»; Ёлка; Елка; 2-й выпуск';
      await saveExtraction(
        current.store,
        testExtraction(
          { source: 'order', text },
          text.split('; ').map((title) => ({ title, evidence: title, when: day('2021-06-01') })),
        ),
      );
      expect(titles(await listEvents(current.store, {}))).toEqual([
        '2-й выпуск',
        '«Вестник»',
        'Ёлка',
        'Бюллетень',
        'Елка',
        'бюллетень',
      ]);
    });

    it('lists a calendar larger than one query may bind', async () => {
      const lines = Array.from({ length: 1050 }, (_, i) => `${i + 1}. Семинар № ${i + 1}.`);
      const input = testExtraction(
        { source: 'big-plan.docx', text: lines.join('\n'), kind: 'plan' },
        lines.map((line, i) => ({
          title: `Семинар № ${String(i + 1).padStart(4, '0')}`,
          kind: 'семинар' as const,
          evidence: line,
          when: day('2021-06-01'),
          places: i % 500 === 0 ? [{ name: 'Тверь', type: 'city' as const }] : [],
        })),
      );
      await saveExtraction(current.store, input);
      const events = await listEvents(current.store, {});
      expect(events).toHaveLength(1050);
      expect(events.filter((event) => event.places.length > 0).map((event) => event.title)).toEqual([
        'Семинар № 0001',
        'Семинар № 0501',
        'Семинар № 1001',
      ]);
    });

    it('gives an event with sources whose evidence span slices the document text', async () => {
      const input = plan2021();
      const { documentId, eventIds } = await saveExtraction(current.store, input);
      const detail = await getEvent(current.store, eventIds[2]!);
      expect(detail?.title).toBe('Международный муниципальный форум');
      expect(detail?.sources).toHaveLength(1);
      const source = detail!.sources[0]!;
      expect(source).toMatchObject({ documentId, source: 'srg-plan-2021.docx', title: null, link: null });
      expect(source.documentText).toBe(PLAN_TEXT);
      expect(source.documentText.slice(source.start, source.end)).toBe(source.evidence);
      expect(source.evidence).toBe(
        '3. Международный муниципальный форум — 5-6 ноября, Санкт-Петербург, Совет Федерации.',
      );
      expect(source).toMatchObject({ version: 1, documentDate: null, confidence: 0.9, fieldSpans: {} });
      const meeting = await getEvent(current.store, eventIds[0]!);
      expect(meeting?.sources[0]?.fieldSpans).toEqual({ when: { start: 106, end: 113 } });
      for (const missing of [999_999, 0, -1, 1.5, 2 ** 40, Number.NaN]) {
        expect(await getEvent(current.store, missing)).toBeUndefined();
      }
    });
  });
}
