import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeDocument } from '../domain/index.js';
import { scoreEvents } from '../eval/events.js';
import { createExtractor, type Extractor, loadReferenceData } from './index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

const brief = (text: string, date?: string) =>
  extractor.extract({ text, date }).events.map((e) => ({
    title: e.title,
    kind: e.kind,
    when: [e.when.start, e.when.end, e.when.precision, e.when.recurrence],
    places: e.places.map((p) => p.name),
    organizers: e.organizers,
    format: e.format,
    status: e.status,
    attendance: e.attendance,
    age: e.age,
  }));

describe('plans', () => {
  it('reads a pipe table: columns by headings, sections, owner, celebrations', () => {
    const text = [
      'План мероприятий Союза российских городов на 2031 год',
      '',
      '| № п/п | Мероприятие | Дата и место проведения | Организаторы |',
      '|---|---|---|---|',
      '| 1. | Участие в Международном форуме малых городов | Казань, 14-15 мая | Организатор: Союз малых городов Российской Федерации |',
      '| 2. | Семинар для глав городских округов (в формате ВКС) | март | |',
      '| Информационная работа | | | |',
      '| 3. | Выпуск информационного бюллетеня | ежемесячно | |',
      '| Юбилеи городов | | | |',
      '| 1. | Томск | 420 лет | 7 июня |',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(doc.document).toEqual({ kind: 'plan', date: null, period: { start: '2031-01-01', end: '2031-12-31' } });
    expect(brief(text)).toEqual([
      {
        title: 'Международный форум малых городов',
        kind: 'форум',
        when: ['2031-05-14', '2031-05-15', 'day', null],
        places: ['Казань'],
        organizers: ['Союз малых городов Российской Федерации'],
        format: null,
        status: 'planned',
        attendance: null,
        age: null,
      },
      {
        title: 'Семинар для глав городских округов',
        kind: 'семинар',
        when: ['2031-03-01', '2031-03-31', 'month', null],
        places: [],
        organizers: ['Союз российских городов'],
        format: 'online',
        status: 'planned',
        attendance: null,
        age: null,
      },
      {
        title: 'Выпуск информационного бюллетеня',
        kind: 'публикация',
        when: ['2031-01-01', '2031-12-31', 'year', 'monthly'],
        places: [],
        organizers: ['Союз российских городов'],
        format: null,
        status: 'planned',
        attendance: null,
        age: null,
      },
      {
        title: 'Юбилей города Томск',
        kind: 'юбилей',
        when: ['2031-06-07', '2031-06-07', 'day', null],
        places: ['Томск'],
        organizers: [],
        format: null,
        status: 'planned',
        attendance: null,
        age: 420,
      },
    ]);
    // Evidence is the row as it stands in the text.
    expect(text).toContain(doc.events[0]!.evidence);
    expect(doc.events[0]!.evidence.startsWith('| 1. |')).toBe(true);
  });

  it('reads a Word table exported one cell per line, with its expected results', () => {
    const text = [
      'Проект от 10 января 2031 года',
      'План работы',
      'Палаты городов-центров субъектов Российской Федерации',
      'на 2031 год',
      '',
      '\t№',
      '\tМероприятие',
      '\tСрок',
      '\tОжидаемый результат',
      '',
      '\t1. ',
      '\tПроведение заседания рабочей группы по вопросам агломераций',
      '\tапрель',
      '\tПроведено заседание,',
      'определены предложения.',
      '',
      '\t2. ',
      '\tПодготовка статей на сайт',
      '\tраз в квартал',
      '\tПодготовлены четыре статьи.',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(doc.document.date).toBe('2031-01-10');
    expect(doc.events.map((e) => [e.title, e.kind, e.when.recurrence, e.expectedResult])).toEqual([
      [
        'Заседание рабочей группы по вопросам агломераций',
        'заседание',
        null,
        'Проведено заседание, определены предложения.',
      ],
      ['Подготовка статей на сайт', 'публикация', 'quarterly', 'Подготовлены четыре статьи.'],
    ]);
    expect(doc.events[0]!.evidence).toBe('Проведение заседания рабочей группы по вопросам агломераций\n\tапрель');
  });
});

describe('news', () => {
  it('finds reported and announced events, with organizers apart from participants', () => {
    const text = [
      '12 марта 2031 года в Казани Союз российских городов провёл семинар «Бюджет для граждан». В семинаре приняли участие более 150 человек.',
      '3 апреля 2031 года в онлайн формате состоялось заседание Правления Союза российских городов.',
      'Конференция «Города будущего» пройдёт 20 мая 2031 года в Перми при поддержке Правительства Пермского края.',
    ].join('\n');
    expect(brief(text)).toEqual([
      {
        title: 'Семинар «Бюджет для граждан»',
        kind: 'семинар',
        when: ['2031-03-12', '2031-03-12', 'day', null],
        places: ['Казань'],
        organizers: ['Союз российских городов'],
        format: null,
        status: 'held',
        attendance: 150,
        age: null,
      },
      {
        title: 'Заседание Правления Союза российских городов',
        kind: 'заседание',
        when: ['2031-04-03', '2031-04-03', 'day', null],
        places: [],
        organizers: ['Союз российских городов'],
        format: 'online',
        status: 'held',
        attendance: null,
        age: null,
      },
      {
        title: 'Конференция «Города будущего»',
        kind: 'конференция',
        when: ['2031-05-20', '2031-05-20', 'day', null],
        places: ['Пермь'],
        organizers: [],
        format: null,
        status: 'planned',
        attendance: null,
        age: null,
      },
    ]);
  });

  it('attaches a follow-up sentence to the event before it', () => {
    const text =
      '5 июня 2031 года состоялся круглый стол «Дворы и улицы». Мероприятие было организовано Союзом малых городов Российской Федерации.';
    const events = extractor.extract({ text }).events;
    expect(events).toHaveLength(1);
    expect(events[0]!.organizers).toEqual(['Союз малых городов Российской Федерации']);
  });

  it('finds no event in a text that reports none', () => {
    expect(brief('Союз подписал соглашение о сотрудничестве с городом Тула.')).toEqual([]);
  });
});

const SHARED = new URL('../../../shared/data/', import.meta.url);

describe.skipIf(!existsSync(SHARED))('seed documents (../shared/data)', () => {
  it('reaches the targets on the seed gold', () => {
    const gold = new URL('gold/', SHARED);
    const seeds = new URL('seeds/', SHARED);
    const pairs = readdirSync(gold)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        name: f,
        gold: JSON.parse(readFileSync(new URL(f, gold), 'utf8')) as InterchangeDocument,
        predicted: extractor.extract({ text: readFileSync(new URL(f.replace(/\.json$/, '.txt'), seeds), 'utf8') }),
      }));
    const scores = scoreEvents(pairs);
    expect(scores.all.f1).toBeGreaterThanOrEqual(0.97);
    for (const field of ['when', 'places', 'kind', 'status', 'title'] as const) {
      const f = scores.all.fields[field];
      expect(f.correct / f.total, field).toBeGreaterThanOrEqual(0.95);
    }
  });
});
