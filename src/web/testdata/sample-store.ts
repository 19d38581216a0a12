import type { Event, Extraction } from '../../domain/index.js';
import { openStore, type Store, saveExtraction } from '../../store/index.js';
import { testExtraction } from '../../store/test-extractions.js';

/**
 * A store filled with a few hand-made events for the web tests and the browser test: a news item
 * of November 2021 and a plan of 2021, saved through `saveExtraction` like real extractions.
 * `NOW` (20 November 2021) sits between what was held and what is ahead.
 */

export const NOW = new Date('2021-11-20T09:00:00Z');

export const NEWS_TEXT =
  'Новости. 5–6 ноября 2021 года в Казани состоялся Международный муниципальный форум «Города будущего». ' +
  'В Казанском Кремле собрались 300 участников. ' +
  '17 ноября 2021 года в 11:00 Союз российских городов провёл онлайн-семинар по благоустройству дворов.';

export const PLAN_TEXT = [
  'План мероприятий Международной Ассамблеи столиц и крупных городов на 2021 год',
  'Заседание Совета МАГ | ноябрь | Москва | Решения Совета',
  'Выпуск информационного бюллетеня МАГ | ежеквартально | | Бюллетень',
  'Конференция «Цифровой муниципалитет» | 30 ноября – 2 декабря | Нижний Новгород | Резолюция',
].join('\n');

const SRG = 'Союз российских городов';
const MAG = 'Международная Ассамблея столиц и крупных городов';

type EventSpec = Partial<Event> & Pick<Event, 'title' | 'kind' | 'when' | 'evidence'>;

export const SAMPLE_EVENTS = {
  forum: {
    title: 'Международный муниципальный форум «Города будущего»',
    kind: 'форум',
    when: { start: '2021-11-05', end: '2021-11-06', precision: 'day', recurrence: null, text: '5–6 ноября 2021 года' },
    places: [{ name: 'Казань', type: 'city' }],
    venue: 'Казанский Кремль',
    organizers: [SRG],
    format: 'offline',
    status: 'held',
    attendance: 300,
    evidence: '5–6 ноября 2021 года в Казани состоялся Международный муниципальный форум «Города будущего».',
  },
  seminar: {
    title: 'Семинар по благоустройству дворов',
    kind: 'семинар',
    when: {
      start: '2021-11-17',
      end: '2021-11-17',
      precision: 'day',
      recurrence: null,
      text: '17 ноября 2021 года в 11:00',
      time: { start: '11:00', end: null },
    },
    organizers: [SRG],
    format: 'online',
    status: 'held',
    evidence: '17 ноября 2021 года в 11:00 Союз российских городов провёл онлайн-семинар по благоустройству дворов.',
  },
  council: {
    title: 'Заседание Совета МАГ',
    kind: 'заседание',
    when: { start: '2021-11-01', end: '2021-11-30', precision: 'month', recurrence: null, text: 'ноябрь' },
    places: [{ name: 'Москва', type: 'city' }],
    organizers: [MAG],
    status: 'planned',
    expectedResult: 'Решения Совета',
    evidence: 'Заседание Совета МАГ | ноябрь | Москва | Решения Совета',
  },
  bulletin: {
    title: 'Выпуск информационного бюллетеня МАГ',
    kind: 'публикация',
    when: { start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'quarterly', text: 'ежеквартально' },
    organizers: [MAG],
    status: 'planned',
    expectedResult: 'Бюллетень',
    evidence: 'Выпуск информационного бюллетеня МАГ | ежеквартально | | Бюллетень',
  },
  conference: {
    title: 'Конференция «Цифровой муниципалитет»',
    kind: 'конференция',
    when: { start: '2021-11-30', end: '2021-12-02', precision: 'day', recurrence: null, text: '30 ноября – 2 декабря' },
    places: [{ name: 'Нижний Новгород', type: 'city' }],
    organizers: [MAG],
    status: 'planned',
    expectedResult: 'Резолюция',
    evidence: 'Конференция «Цифровой муниципалитет» | 30 ноября – 2 декабря | Нижний Новгород | Резолюция',
  },
} satisfies Record<string, EventSpec>;

export type SampleEventName = keyof typeof SAMPLE_EVENTS;

export interface SamplePortalStore {
  store: Store;
  /** The stored id of each sample event. */
  ids: Record<SampleEventName, number>;
}

/** An in-memory SQLite store holding the sample events. Close it with `store.close()`. */
export async function openSamplePortalStore(): Promise<SamplePortalStore> {
  const store = await openStore({ sqlitePath: ':memory:' });
  return { store, ids: await saveSampleEvents(store) };
}

/**
 * Saves the sample documents and their events into `store` (any dialect); returns each event's id.
 * A `copy` name saves them again as other documents, doubling the events.
 */
export async function saveSampleEvents(store: Store, copy = ''): Promise<Record<SampleEventName, number>> {
  // A copy must stay distinct events: the store reconciles the same event told twice into one record.
  const events = (...names: SampleEventName[]): EventSpec[] =>
    names.map((name) => (copy === '' ? SAMPLE_EVENTS[name] : { ...SAMPLE_EVENTS[name], title: `${copy} copy of ${name}` }));
  const [forum, seminar] = await saveDocument(store, {
    source: `urbanunion.ru${copy}`,
    title: 'Новости Союза российских городов',
    link: 'https://urbanunion.ru/news/2021-11',
    date: '2021-11-18',
    text: NEWS_TEXT,
    events: events('forum', 'seminar'),
    extraction: { kind: 'news', date: '2021-11-18', period: null },
  });
  const [council, bulletin, conference] = await saveDocument(store, {
    source: `mag-plan-2021${copy}.docx`,
    title: 'План мероприятий МАГ на 2021 год',
    link: null,
    date: null,
    text: PLAN_TEXT,
    events: events('council', 'bulletin', 'conference'),
    extraction: { kind: 'plan', date: null, period: { start: '2021-01-01', end: '2021-12-31' } },
  });
  return { forum: forum!, seminar: seminar!, council: council!, bulletin: bulletin!, conference: conference! };
}

async function saveDocument(
  store: Store,
  document: {
    source: string;
    title: string;
    link: string | null;
    date: string | null;
    text: string;
    events: EventSpec[];
    extraction: Extraction['document'];
  },
): Promise<number[]> {
  const { extraction, events, ...source } = document;
  const input = testExtraction({ ...source, kind: extraction.kind, period: extraction.period }, events);
  const { eventIds } = await saveExtraction(store, input);
  return eventIds;
}
