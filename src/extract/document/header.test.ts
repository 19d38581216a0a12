import { describe, expect, it } from 'vitest';
import { datelines, documentDate, documentKind, findPlanTitle } from './header.js';
import { readStructure } from './structure.js';

describe('findPlanTitle', () => {
  it.each([
    ['План мероприятий Союза городов на 2030 год\n| № | Мероприятие |\n|---|---|\n| 1. | Форум |', true],
    ['**ПЛАН\nмероприятий Ассоциации на 2030 год**\n\ntext', true],
    ['Проект от 1 марта 2030 года\nПлан работы\nПалаты городов\nна 2030 год', true],
    ['Календарь мероприятий на весну', true],
    ['ПЕРЕЧЕНЬ\nосновных мероприятий оргкомитета в 2030 году', true],
    ['Союз подготовил и обсудил план совместной деятельности на 2030 год.', false],
    ['5 июня в Казани прошёл форум.', false],
  ])('%j → %s', (text, isPlan) => {
    expect(findPlanTitle(text, readStructure(text)) !== null).toBe(isPlan);
  });
});

describe('findPlanTitle: under a long approval block', () => {
  it('runs the title over its lines below seven lines of approval', () => {
    const text = [
      'Приложение № 1',
      'к решению Совета Союза',
      'от 18.12.2030 № 27',
      'УТВЕРЖДЁН',
      'на заседании Совета Союза',
      'городов Верхневолжья',
      '18 декабря 2030 года',
      'План работы',
      'Союза городов Верхневолжья',
      'на 2031 год',
    ].join('\n');
    const title = findPlanTitle(text, readStructure(text));
    expect(title && text.slice(title.start, title.end)).toBe('План работы\nСоюза городов Верхневолжья\nна 2031 год');
  });
});

describe('findPlanTitle: where the title ends', () => {
  it('stops before a section heading and the first item', () => {
    const text = 'ПЛАН МЕРОПРИЯТИЙ НА 2030 ГОД\n\nI. Основные мероприятия\n\n1. Заседание Совета\n   Москва, май';
    const title = findPlanTitle(text, readStructure(text));
    expect(title && text.slice(title.start, title.end)).toBe('ПЛАН МЕРОПРИЯТИЙ НА 2030 ГОД');
  });
});

describe('documentDate', () => {
  const cases: [string, { start: number; end: number; date: string }[], string | null][] = [
    ['Проект от 19 марта 2030 года\nПлан работы', [{ start: 10, end: 28, date: '2030-03-19' }], '2030-03-19'],
    [' date 2030-01-12 Президент подписал указ.', [{ start: 6, end: 16, date: '2030-01-12' }], '2030-01-12'],
    ['12.01.2030\nСостоялся форум.', [{ start: 0, end: 10, date: '2030-01-12' }], '2030-01-12'],
    // A date that opens a sentence about an event is that event's date, not a dateline.
    ['5 июля 2030 г. Союз провёл встречу.', [{ start: 0, end: 14, date: '2030-07-05' }], null],
    // A place and a date closed by a stop head the lead; without the stop the date is the event's.
    ['Тула, 3 мая 2030 года. Глава подписал указ.', [{ start: 6, end: 21, date: '2030-05-03' }], '2030-05-03'],
    ['Тула, 3 мая 2030 года прошёл форум.', [{ start: 6, end: 21, date: '2030-05-03' }], null],
    // «г.» closes the dateline too; a date before a byline's other parts; a label after a separator.
    ['Тула, 3 мая 2030 г. Вчера прошёл форум.', [{ start: 6, end: 19, date: '2030-05-03' }], '2030-05-03'],
    ['Тула, 3 мая 2030 г. – Вчера прошёл форум.', [{ start: 6, end: 19, date: '2030-05-03' }], '2030-05-03'],
    ['03.05.2030 · Просмотров: 41\nПрошёл форум.', [{ start: 0, end: 10, date: '2030-05-03' }], '2030-05-03'],
    [
      '**Май 2030 года** · выпуск № 5 · подготовлен 31 мая 2030 г.\nТекст.',
      [{ start: 45, end: 59, date: '2030-05-31' }],
      '2030-05-31',
    ],
    // A place and a date in emphasis, the stop inside it: «**Грозный, 23 ноября 2031 года.** 20–21 ноября …».
    [
      '**Грозный, 23 ноября 2031 года.** 20–21 ноября прошла конференция.',
      [{ start: 11, end: 30, date: '2031-11-23' }],
      '2031-11-23',
    ],
    // Who prepared it, then when: «Подготовлено исполнительной дирекцией Ассоциации 15 января 2031 г.».
    [
      '# Хроника\n*Подготовлено исполнительной дирекцией Ассоциации 15 января 2031 г.*\nТекст.',
      [{ start: 60, end: 76, date: '2031-01-15' }],
      '2031-01-15',
    ],
    // …or by a dash, in emphasis or capitals or not.
    ['ТУЛА, 3 мая 2030 г. – Вчера прошёл форум.', [{ start: 6, end: 19, date: '2030-05-03' }], '2030-05-03'],
    ['**Тула, 3 мая 2030 г.** – Вчера прошёл форум.', [{ start: 8, end: 21, date: '2030-05-03' }], '2030-05-03'],
    ['*Тула, 3 мая 2030 года*\n\nСегодня прошёл форум.', [{ start: 7, end: 22, date: '2030-05-03' }], '2030-05-03'],
    // A signed date over an article keeps its dateline beside a sidebar of dated news; a bare one does not.
    [
      'Итоги\n28.09.2030 | Пресс-служба\nПрошёл форум.\n21.09.2030\nАнонс\n16.09.2030\nРекомендации',
      [{ start: 6, end: 16, date: '2030-09-28' }],
      '2030-09-28',
    ],
    ['Итоги\n28.09.2030\nПрошёл форум.\n21.09.2030\nАнонс', [{ start: 6, end: 16, date: '2030-09-28' }], null],
  ];
  it.each(cases)('%j', (text, dates, expected) => {
    expect(documentDate(text, readStructure(text), dates)).toBe(expected);
  });
});

describe('datelines', () => {
  it('gives every dateline of the lead, so that none is taken for an event date', () => {
    const text = '03.05.2030 · Просмотров: 41\nТула, 3 мая 2030 г. Вчера прошёл форум.';
    const dates = [
      { start: 0, end: 10, date: '2030-05-03' },
      { start: 34, end: 47, date: '2030-05-03' },
    ];
    expect(datelines(text, readStructure(text), dates).map((d) => d.start)).toEqual([0, 34]);
  });
});

describe('documentKind', () => {
  it('tells plans, news and news around a table of events apart', () => {
    const plan = 'План мероприятий на 2030 год\n| № | Мероприятие | Срок |\n|---|---|---|\n| 1. | Форум | май |';
    expect(documentKind(plan, readStructure(plan), 0)).toBe('plan');
    const news = '5 июня в Казани прошёл форум. Его открыл мэр.';
    expect(documentKind(news, readStructure(news), 0)).toBe('news');
    expect(documentKind(news, readStructure(news), 3)).toBe('mixed');
  });
});
