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
    // Each field keeps the span of the cell it was read from.
    const spans = doc.events[0]!.fieldSpans;
    expect(text.slice(spans.title!.start, spans.title!.end)).toBe('Участие в Международном форуме малых городов');
    expect(text.slice(spans.when!.start, spans.when!.end)).toBe('Казань, 14-15 мая');
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

describe('plan rows in other shapes', () => {
  it('joins a row broken over two lines, splits stages, drops people from organizers', () => {
    const text = [
      'План основных мероприятий Ассоциации городов Юга на 2032 год',
      '',
      '| № | Наименование мероприятия | Срок проведения | Место проведения | Ответственные |',
      '|---|---|---|---|---|',
      '| 1 | Семинар-совещание руководителей | 12-13 марта | г. Ростов-на-Дону | Иванов И.И., Ассоциация |',
      '| | финансовых органов городов-членов | | | |',
      '',
      'Календарь',
      '1.\tФорум городов Юга\t22–25 января Краснодар; 20–23 февраля Ставрополь',
      '2.\tКонкурс «Лучший двор»\tдо 1 июля',
    ].join('\n');
    const events = extractor.extract({ text }).events;
    expect(
      events.map((e) => [e.title, e.kind, e.when.start, e.when.end, e.places.map((p) => p.name), e.organizers]),
    ).toEqual([
      [
        'Семинар-совещание руководителей финансовых органов городов-членов',
        'семинар',
        '2032-03-12',
        '2032-03-13',
        ['Ростов-на-Дону'],
        ['Ассоциация городов Юга'],
      ],
      ['Форум городов Юга', 'форум', '2032-01-22', '2032-01-25', ['Краснодар'], ['Ассоциация городов Юга']],
      ['Форум городов Юга', 'форум', '2032-02-20', '2032-02-23', ['Ставрополь'], ['Ассоциация городов Юга']],
      ['Конкурс «Лучший двор»', 'конкурс', null, '2032-07-01', [], ['Ассоциация городов Юга']],
    ]);
  });
});

describe('plan rows dated by their sections', () => {
  it('takes a month or quarter heading as the date of its rows, and dates in brackets', () => {
    const text = [
      'План работы Совета муниципальных образований Энской области на 2033 год',
      '',
      '| Мероприятие | Ответственный |',
      '|---|---|',
      '| **Январь** | |',
      '| Семинар для депутатов (г. Энск) | Исполнительная дирекция |',
      '| **II квартал** | |',
      '| Конкурс «Лучшее поселение» | Совет |',
      '| Общее собрание членов Совета (27 июня) | Совет |',
    ].join('\n');
    const owner = 'Совет муниципальных образований Энской области';
    expect(
      extractor
        .extract({ text })
        .events.map((e) => [e.title, e.when.start, e.when.precision, e.places.map((p) => p.name), e.organizers]),
    ).toEqual([
      ['Семинар для депутатов', '2033-01-01', 'month', ['Энск'], [owner]],
      ['Конкурс «Лучшее поселение»', '2033-04-01', 'quarter', [], [owner]],
      ['Общее собрание членов Совета', '2033-06-27', 'day', [], [owner]],
    ]);
  });
});

describe('a pipe table without the rule under its header', () => {
  it('still reads the first row as headings', () => {
    const text =
      'План мероприятий Союза городов на 2035 год\n\n| № | Мероприятие | Срок |\n| 1. | Форум городов | май |';
    expect(extractor.extract({ text }).events.map((e) => [e.title, e.when.start])).toEqual([
      ['Форум городов', '2035-05-01'],
    ]);
  });
});

describe('plans written as numbered lists', () => {
  it('reads every item of a plan without a table', () => {
    const text = [
      'ПЛАН РАБОТЫ',
      'Ассоциации городов Поволжья на 2031 год',
      '',
      '1. Заседание Совета Ассоциации – февраль, г. Самара.',
      '2. Межрегиональный семинар «Бюджет и граждане» (15-16 апреля, Казань).',
      '3. Участие в Общероссийском форуме «Города России» – по отдельному графику.',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(doc.document.kind).toBe('plan');
    expect(
      doc.events.map((e) => [e.title, e.when.start, e.when.precision, e.places.map((p) => p.name), e.status]),
    ).toEqual([
      ['Заседание Совета Ассоциации', '2031-02-01', 'month', ['Самара'], 'planned'],
      ['Межрегиональный семинар «Бюджет и граждане»', '2031-04-15', 'day', ['Казань'], 'planned'],
      ['Общероссийский форум «Города России»', '2031-01-01', 'unknown', [], 'planned'],
    ]);
    // The owner organizes its own rows, not the events it only takes part in.
    expect(doc.events.map((e) => e.organizers.length)).toEqual([1, 1, 0]);
  });
});

describe('plans written as hard-wrapped numbered lists', () => {
  it('reads an item over its wrapped lines, partners in brackets, a bracketed date before notes', () => {
    const text = [
      'ПЛАН МЕРОПРИЯТИЙ',
      'Ассоциации городов Поволжья на 2031 год',
      '',
      '1. Общее собрание членов Ассоциации городов Поволжья (март, г. Самара). В',
      'повестке: отчет Правления о работе Ассоциации в 2030 году.',
      '',
      '2. Межрегиональный семинар «Инициативное бюджетирование: практика и',
      'перспективы городов Поволжья» (совместно с Минфином России) – 22–23 апреля,',
      'г. Казань.',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(
      doc.events.map((e) => [e.title, e.when.start, e.when.end, e.places.map((p) => p.name), e.organizers]),
    ).toEqual([
      [
        'Общее собрание членов Ассоциации городов Поволжья',
        '2031-03-01',
        '2031-03-31',
        ['Самара'],
        ['Ассоциация городов Поволжья'],
      ],
      [
        'Межрегиональный семинар «Инициативное бюджетирование: практика и перспективы городов Поволжья»',
        '2031-04-22',
        '2031-04-23',
        ['Казань'],
        ['Ассоциация городов Поволжья', 'Министерство финансов Российской Федерации'],
      ],
    ]);
  });
});

describe('a plan table with partners in brackets and a captioned table of anniversaries', () => {
  it('makes the partner an organizer and the caption no event', () => {
    const text = [
      'План работы Союза малых городов Российской Федерации на 2031 год',
      '',
      '№\tМероприятие\tСрок\tМесто',
      '1\tСеминар для глав малых городов «Комфортная среда» (совместно с Минстроем России)\tмарт\tг. Тверь',
      '2\tЗаседание Совета Союза\tмай\tг. Углич',
      '',
      'Юбилейные даты городов – членов Союза в 2031 году',
      '',
      '№\tГород\tЮбилей\tДата празднования',
      '1\tБрянск\t1046 лет\t17 сентября',
    ].join('\n');
    expect(brief(text).map((e) => [e.title, e.kind, e.organizers])).toEqual([
      [
        'Семинар для глав малых городов «Комфортная среда»',
        'семинар',
        [
          'Союз малых городов Российской Федерации',
          'Министерство строительства и жилищно-коммунального хозяйства Российской Федерации',
        ],
      ],
      ['Заседание Совета Союза', 'заседание', ['Союз малых городов Российской Федерации']],
      ['Юбилей города Брянск', 'юбилей', []],
    ]);
  });
});

describe('places inside names', () => {
  it('a region or country named only inside an organization is not where the event is', () => {
    const text = [
      'План работы Союза городов Поволжья на 2031 год',
      '',
      '| № | Мероприятие | Срок | Место |',
      '|---|---|---|---|',
      '| 1. | Круглый стол | март | г. Москва, Общественная палата Российской Федерации |',
      '| 2. | Семинар | май | Законодательное Собрание Самарской области |',
      '| 3. | Форум | июнь | Самарская область, г. Тольятти |',
    ].join('\n');
    expect(brief(text).map((e) => e.places)).toEqual([['Москва'], [], ['Самарская область', 'Тольятти']]);
  });
});

describe('an association calling itself by its head word', () => {
  it('reads «Конгресс», «Совет» as the body the text named in full', () => {
    const text = [
      'Вчера состоялось заседание Президиума Общероссийского Конгресса муниципальных образований. В апреле Конгресс проведет семинар для глав поселений.',
      '',
      'Ассоциация «Совет муниципальных образований Тверской области» приняла участие в форуме. 20 июня Совет провел встречу глав районов.',
    ].join('\n');
    expect(brief(text, '2031-03-12').map((e) => [e.title, e.organizers])).toEqual([
      [
        'Заседание Президиума Общероссийского Конгресса муниципальных образований',
        ['Общероссийский Конгресс муниципальных образований'],
      ],
      ['Семинар для глав поселений', ['Общероссийский Конгресс муниципальных образований']],
      // Taking part in someone's forum names no organizer.
      ['Форум', []],
      ['Встреча глав районов', ['Ассоциация «Совет муниципальных образований Тверской области»']],
    ]);
  });
});

describe('parts of an event of several days', () => {
  it('are held where it is and organized by its organizers unless they name their own', () => {
    const text = [
      'С 17 по 19 сентября 2031 года в Суздале прошел форум малых городов, организованный Союзом малых городов Российской Федерации.',
      'Центральным событием форума стало пленарное заседание «Малый город», которое прошло 18 сентября.',
      'Панельная сессия «Туризм», организованная Министерством экономического развития Российской Федерации, прошла 18 сентября.',
    ].join(' ');
    expect(brief(text).map((e) => [e.title, e.places, e.organizers])).toEqual([
      ['Форум малых городов', ['Суздаль'], ['Союз малых городов Российской Федерации']],
      ['Пленарное заседание «Малый город»', ['Суздаль'], ['Союз малых городов Российской Федерации']],
      ['Панельная сессия «Туризм»', ['Суздаль'], ['Министерство экономического развития Российской Федерации']],
    ]);
  });
});

describe('a work plan whose items list their fields as sub-items', () => {
  it('reads the deadline, who is responsible and the expected result of each item', () => {
    const text = [
      '# ПЛАН РАБОТЫ',
      '# Ассоциации городов Поволжья на 2031 год',
      '',
      '1. **Заседание Совета Ассоциации** (г. Саратов)',
      '   - Срок: март',
      '   - Ответственный: исполнительная дирекция, администрация города Саратова',
      '   - Ожидаемый результат: утвержден отчет о работе',
    ].join('\n');
    const [event] = extractor.extract({ text }).events;
    expect([
      event?.title,
      event?.when.start,
      event?.places.map((p) => p.name),
      event?.organizers,
      event?.expectedResult,
    ]).toEqual([
      'Заседание Совета Ассоциации',
      '2031-03-01',
      ['Саратов'],
      ['Ассоциация городов Поволжья', 'Администрация города Саратова'],
      'утвержден отчет о работе',
    ]);
  });
});

describe('a dateline glued to the lead', () => {
  it('is not the date of the event the lead reports «вчера»', () => {
    const text = 'Самара, 18 марта 2031 г. Вчера в Самаре состоялось заседание Совета Ассоциации городов Поволжья.';
    const doc = extractor.extract({ text });
    expect(doc.document.date).toBe('2031-03-18');
    expect(doc.events.map((e) => [e.when.start, e.when.text])).toEqual([['2031-03-17', 'Вчера']]);
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

describe('mixed texts and feeds', () => {
  it('reads the planned events a news text lists, with the plan owner as organizer', () => {
    const text = [
      '20.01.2031',
      'Правление утвердило план мероприятий Союза российских городов на 2031 год.',
      '',
      'В числе ключевых мероприятий плана:',
      '– Общее Собрание Союза российских городов – 18 марта, Москва;',
      '– Всероссийский форум «Города для людей» – июнь, Казань (совместно с Союзом малых городов Российской Федерации);',
      '– выпуск бюллетеня «Городские новости» – ежемесячно.',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(doc.document.kind).toBe('mixed');
    expect(doc.document.date).toBe('2031-01-20');
    expect(
      doc.events.map((e) => [e.title, e.kind, e.when.start, e.places.map((p) => p.name), e.organizers, e.status]),
    ).toEqual([
      [
        'Общее Собрание Союза российских городов',
        'собрание',
        '2031-03-18',
        ['Москва'],
        ['Союз российских городов'],
        'planned',
      ],
      [
        'Всероссийский форум «Города для людей»',
        'форум',
        '2031-06-01',
        ['Казань'],
        ['Союз российских городов', 'Союз малых городов Российской Федерации'],
        'planned',
      ],
      ['Выпуск бюллетеня «Городские новости»', 'публикация', '2031-01-01', [], ['Союз российских городов'], 'planned'],
    ]);
  });

  it('does not count a headline apart from the report below it', () => {
    const title = 'В Перми прошёл форум «Города»';
    const text = `${title}\n12 мая 2031 года в Перми прошёл форум «Города». Его организовал Союз российских городов.`;
    const events = extractor.extract({ text, title }).events;
    expect(events.map((e) => e.evidence)).toEqual(['12 мая 2031 года в Перми прошёл форум «Города».']);
    expect(events[0]!.organizers).toEqual(['Союз российских городов']);
  });
});

describe('odd input', () => {
  it.each([
    [''],
    ['   \n\n  '],
    ['| | |\n|---|---|\n| | |'],
    ['\t1.\n\t\n\t2.'],
    ['«««'],
    ['Форум.'],
    ['План мероприятий на 2031 год'],
  ])('%j gives an extraction without throwing', (text) => {
    const doc = extractor.extract({ text });
    expect(Array.isArray(doc.events)).toBe(true);
    for (const e of doc.events) expect(text).toContain(e.evidence);
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
    // Evidence is the exact stretch of text its offsets point at.
    for (const pair of pairs) {
      const text = readFileSync(new URL(pair.name.replace(/\.json$/, '.txt'), seeds), 'utf8');
      for (const e of pair.predicted.events)
        expect(text.slice(e.evidenceSpan.start, e.evidenceSpan.end)).toBe(e.evidence);
    }
    const scores = scoreEvents(pairs);
    expect(scores.all.f1).toBeGreaterThanOrEqual(0.97);
    for (const field of ['when', 'places', 'kind', 'status', 'title'] as const) {
      const f = scores.all.fields[field];
      expect(f.correct / f.total, field).toBeGreaterThanOrEqual(0.95);
    }
  });
});
