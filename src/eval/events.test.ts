import { describe, expect, it } from 'vitest';
import type { Event, InterchangeDocument } from '../domain/index.js';
import { formatEventScores, matchEvents, normalizeForComparison, scoreEvents } from './events.js';

function event(overrides: Partial<Event>): Event {
  return {
    title: 'Форум малых городов',
    kind: 'форум',
    when: { start: '2031-05-14', end: '2031-05-15', precision: 'day', recurrence: null, text: '14-15 мая' },
    places: [{ name: 'Казань', type: 'city' }],
    venue: null,
    organizers: ['Союз малых городов Российской Федерации'],
    format: null,
    status: 'held',
    attendance: null,
    age: null,
    expectedResult: null,
    evidence: '14-15 мая в Казани прошёл Форум малых городов.',
    ...overrides,
  };
}

const doc = (kind: InterchangeDocument['document']['kind'], events: Event[]): InterchangeDocument => ({
  document: { kind, date: null, period: null },
  events,
});

describe('normalizeForComparison', () => {
  it.each([
    ['  Форум   «Ёлка» ', 'форум "елка"'],
    ['Круглый  стол\n«Дворы»', 'круглый стол "дворы"'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForComparison(text)).toBe(expected);
  });
});

describe('matchEvents', () => {
  it('pairs events one to one by evidence and title, ignoring order', () => {
    const seminar = event({ title: 'Семинар для глав', kind: 'семинар', evidence: '3 марта прошёл семинар для глав.' });
    const forum = event({});
    expect(matchEvents([forum, seminar], [seminar, forum])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('leaves an unrelated event unpaired', () => {
    const other = event({ title: 'Выпуск журнала', evidence: 'Выпуск журнала «Вестник»', kind: 'публикация' });
    expect(matchEvents([event({})], [other])).toEqual([]);
  });
});

describe('scoreEvents', () => {
  it('scores detection and fields, for news and plans apart', () => {
    const gold = [
      doc('news', [event({}), event({ title: 'Семинар', kind: 'семинар', evidence: 'Вчера прошёл семинар.' })]),
      doc('plan', [event({ status: 'planned', evidence: '| 1. | Форум малых городов | Казань 14-15 мая |' })]),
    ];
    const predicted = [
      doc('news', [event({ places: [], organizers: [] })]),
      doc('plan', [
        event({ status: 'planned', evidence: '| 1. | Форум малых городов | Казань 14-15 мая |' }),
        event({ title: 'Выпуск журнала', kind: 'публикация', evidence: '| 2. | Выпуск журнала | ежеквартально |' }),
      ]),
    ];
    const scores = scoreEvents(gold.map((g, i) => ({ gold: g, predicted: predicted[i]! })));
    expect([scores.news.gold, scores.news.predicted, scores.news.matched]).toEqual([2, 1, 1]);
    expect([scores.plans.gold, scores.plans.predicted, scores.plans.matched]).toEqual([1, 2, 1]);
    expect(scores.all.precision).toBeCloseTo(2 / 3);
    expect(scores.all.recall).toBeCloseTo(2 / 3);
    expect(scores.all.fields.places).toEqual({ correct: 1, total: 2 });
    expect(scores.all.fields.organizers).toEqual({ correct: 1, total: 2 });
    expect(scores.all.fields.kind).toEqual({ correct: 2, total: 2 });
    expect(scores.missed.map((m) => m.title)).toEqual(['Семинар']);
    expect(scores.spurious.map((m) => m.title)).toEqual(['Выпуск журнала']);
  });

  it('prints a table that ends in one summary line', () => {
    const scores = scoreEvents([{ gold: doc('news', [event({})]), predicted: doc('news', [event({})]) }]);
    const lines = formatEventScores(scores).split('\n');
    expect(lines[lines.length - 1]).toMatch(
      /^events: P=1\.00 R=1\.00 F1=1\.00 \| when=1\.00 places=1\.00 organizers=1\.00 kind=1\.00/,
    );
  });
});
