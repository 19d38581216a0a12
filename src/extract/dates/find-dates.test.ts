import { describe, expect, it } from 'vitest';
import { findDates, findPlanPeriod, parseWhen } from './index.js';
import { CASE_GROUPS } from './testdata/cases.js';
import { describeValue } from './testdata/describe-value.js';

for (const group of CASE_GROUPS) {
  describe(group.name, () => {
    it.each(group.cases.map((c) => [c[0], c[1]] as const))('%s', (text, expected) => {
      const matches = findDates(text, group.ctx);
      // Offsets: each expected span is searched after the previous one.
      let from = 0;
      const want = expected.map(([span, value]) => {
        const start = text.indexOf(span, from);
        from = start + span.length;
        return { start, end: start + span.length, text: span, value };
      });
      const got = matches.map((m) => ({ start: m.start, end: m.end, text: m.text, value: describeValue(m) }));
      expect(got).toEqual(want);
      for (const m of matches) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if ('precision' in m.value) expect(m.value.text).toBe(m.text);
      }
    });
  });
}

describe('implied fields', () => {
  it('marks a year taken from the plan period as implied, a stated one not', () => {
    const ctx = { documentDate: null, period: { start: '2021-01-01', end: '2021-12-31' } };
    expect(findDates('12 марта', ctx)[0]?.implied).toEqual(['year']);
    expect(findDates('12 марта 2021 года', ctx)[0]?.implied).toBeUndefined();
  });
});

describe('year inference across a text', () => {
  const bare = { documentDate: null, period: null };
  it('reads a newest-first feed: a December item below a May item of 2021 is December 2020', () => {
    const feed = [
      '20 мая 2021 года прошёл семинар.',
      '14 мая 2021 года состоялось заседание.',
      '3 апреля 2021 г. прошла встреча.',
      '17 декабря прошёл круглый стол.',
      '2 декабря состоялся форум.',
      '15 ноября 2020 г. прошла конференция.',
    ].join('\n');
    const values = findDates(feed, bare).map((m) => ('start' in m.value ? m.value.start : null));
    expect(values).toEqual(['2021-05-20', '2021-05-14', '2021-04-03', '2020-12-17', '2020-12-02', '2020-11-15']);
  });
  it('reads an oldest-first chronicle by the nearest year before', () => {
    const chronicle = [
      '3 марта 2020 года открыт центр.',
      '17 декабря прошёл круглый стол.',
      '5 января 2021 года итоги.',
    ].join('\n');
    const values = findDates(chronicle, bare).map((m) => ('start' in m.value ? m.value.start : null));
    expect(values).toEqual(['2020-03-03', '2020-12-17', '2021-01-05']);
  });
  it('keeps a year named in passing to its paragraph: the next item is dated by the publication date', () => {
    const text = [
      'Обсуждались проекты Ассоциации в 2031 году.',
      '',
      'Форум, который планировали провести 23–24 октября, перенесён.',
    ].join('\n');
    const values = findDates(text, { documentDate: '2030-10-31', period: null }).map((m) =>
      'start' in m.value ? m.value.start : null,
    );
    expect(values).toEqual(['2031-01-01', '2030-10-23']);
  });
  it('dates a list under an announcement by the year it names, not by the publication date', () => {
    const text = [
      'Казань, 3 декабря 2025 г.',
      '',
      'В 2026 году конференция пройдёт с 20 по 22 мая в Казани.',
      '– 20 мая – открытие и пленарное заседание;',
      '– 21 мая – секции.',
    ].join('\n');
    const starts = findDates(text, { documentDate: '2025-12-03', period: null }).map((m) =>
      'start' in m.value ? m.value.start : null,
    );
    expect(starts).toEqual(['2025-12-03', '2026-01-01', '2026-05-20', '2026-05-20', '2026-05-21']);
  });
  it('keeps a year named in one feed item out of the next item', () => {
    const text = [
      '18 января 2022 года утверждён план на 2022 год.',
      '29 декабря прошёл конкурс.',
      '6 декабря прошла выставка.',
    ].join('\n');
    const starts = findDates(text, { documentDate: '2022-01-20', period: null }).map((m) =>
      'start' in m.value ? m.value.start : null,
    );
    expect(starts).toEqual(['2022-01-18', '2022-01-01', '2021-12-29', '2021-12-06']);
  });
  it('takes no topic year from inside a quoted name', () => {
    const text = 'Приглашаем на вебинар «Бюджетирование в 2027 году», который пройдёт 22 октября.';
    const starts = findDates(text, { documentDate: '2026-10-16', period: null }).map((m) =>
      'start' in m.value ? m.value.start : null,
    );
    expect(starts).toEqual(['2027-01-01', '2026-10-22']);
  });
  it('keeps a day near the text’s date in its nearest year after a plan’s year named before', () => {
    const text = [
      'В повестке собрания – утверждение плана на 2027 год.',
      '',
      'Накануне, 9 декабря, прошло заседание Правления.',
    ].join('\n');
    const starts = findDates(text, { documentDate: '2026-12-11', period: null }).map((m) =>
      'start' in m.value ? m.value.start : null,
    );
    expect(starts).toEqual(['2027-01-01', '2026-12-09']);
  });
  it('prefers the plan period over a year named in the text', () => {
    const ctx = { documentDate: null, period: { start: '2021-01-01', end: '2021-12-31' } };
    const matches = findDates('Основы политики до 2030 года.\nфевраль', ctx);
    expect(matches.map((m) => ('start' in m.value ? m.value.start : null))).toEqual([null, '2021-02-01']);
  });
  it('takes a two-year plan period by the year last named within it', () => {
    const ctx = { documentDate: null, period: { start: '2026-01-01', end: '2027-12-31' } };
    const matches = findDates('2027 год\nмарт', ctx);
    expect(matches[1]?.value).toMatchObject({ start: '2027-03-01', end: '2027-03-31' });
  });
  it('traces the stages', () => {
    const messages: string[] = [];
    findDates('5-6 ноября', { documentDate: null, period: null, trace: (stage, m) => messages.push(`${stage}: ${m}`) });
    expect(messages.some((m) => m.startsWith('parse: DAY_RANGE'))).toBe(true);
  });
});

describe('parseWhen', () => {
  const plan = { documentDate: null, period: { start: '2021-01-01', end: '2021-12-31' } };
  it.each([
    ['Москва 3-5 июля', { start: '2021-07-03', end: '2021-07-05', precision: 'day', text: '3-5 июля' }],
    ['ежеквартал.', { start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'quarterly' }],
    ['по отдельному графику', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown' }],
    ['по плану ОКМО', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown', text: 'по плану ОКМО' }],
    ['по плану Совета', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown', text: 'по плану Совета' }],
    ['II квартал', { start: '2021-04-01', end: '2021-06-30', precision: 'quarter' }],
    ['по запросу', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown', text: 'по запросу' }],
    ['по мере необходимости', { start: '2021-01-01', end: '2021-12-31', precision: 'unknown' }],
    [
      'в течение года (по отдельному плану)',
      { start: '2021-01-01', end: '2021-12-31', precision: 'year', recurrence: 'continuous', text: 'в течение года' },
    ],
    ['Волгоград октябрь-ноябрь', { start: '2021-10-01', end: '2021-11-30', precision: 'month' }],
  ] as const)('%s', (text, expected) => {
    expect(parseWhen(text, plan)).toMatchObject(expected);
  });
  it('returns null for a text with no time, or only a duration', () => {
    expect(parseWhen('Организатор: МАГ', plan)).toBeNull();
    expect(parseWhen('90 лет', plan)).toBeNull();
    // «по плану» in prose, not filling a cell, is no time.
    expect(parseWhen('Семинар по плану Совета и доклад', plan)).toBeNull();
    // «по запросу» in prose («материалы по запросу министерства») is no time either.
    expect(parseWhen('Подготовка материалов по запросу министерства', plan)).toBeNull();
  });
});

describe('findPlanPeriod', () => {
  it.each([
    ['ПЕРЕЧЕНЬ\nосновных мероприятий оргкомитета в 2026 году', { start: '2026-01-01', end: '2026-12-31' }],
    ['План мероприятий Ассоциации на 2021 год', { start: '2021-01-01', end: '2021-12-31' }],
    ['**План работы\nСовета\nна 2026-2027 годы**', { start: '2026-01-01', end: '2027-12-31' }],
    ['ПЛАН РАБОТЫ на I квартал 2022 года', { start: '2022-01-01', end: '2022-03-31' }],
    ['График заседаний на 2023 г.', { start: '2023-01-01', end: '2023-12-31' }],
    ['Календарный план мероприятий на 2024 год', { start: '2024-01-01', end: '2024-12-31' }],
    ['Сводный план работы Союза на 2025 год', { start: '2025-01-01', end: '2025-12-31' }],
    // A heading wrapped by a PDF layout leaves the preposition at the end of a line.
    [
      'План мероприятий Союза малых городов на\n2026 год\nУтверждён 20 декабря 2025 года.',
      { start: '2026-01-01', end: '2026-12-31' },
    ],
    // A season spelled out under the title, and the years of a season.
    [
      'ПЛАН РАБОТЫ\nна сезон 2030–2031 годов\n(с 1 сентября 2030 года по 31 августа 2031 года)',
      { start: '2030-09-01', end: '2031-08-31' },
    ],
    ['ПЛАН РАБОТЫ на сезон 2030–2031 годов', { start: '2030-01-01', end: '2031-12-31' }],
    ['Союз обсудил план на 2017 год', null],
    ['Новости\nСоюз обсудил план совместной деятельности на 2017 год', null],
    ['План мероприятий', null],
  ] as const)('%s', (text, expected) => {
    expect(findPlanPeriod(text)).toEqual(expected);
  });
});

describe('a plan item’s vague time before its place or its end', () => {
  const ctx = { documentDate: null, period: { start: '2031-01-01', end: '2031-12-31' } };
  it.each([
    ['Семинар – по согласованию, г. Тверь.', '2031-01-01'],
    ['Семинар – по согласованию.', '2031-01-01'],
    // in prose, «по согласованию с …» says with whom, not when
    ['Семинар пройдёт по согласованию с мэрией.', null],
  ])('%s', (text, start) => {
    const found = findDates(text, ctx).map((m) => ('start' in m.value ? m.value.start : null));
    expect(found[0] ?? null).toBe(start);
  });
});

describe('year inference inside a season across a new year', () => {
  it('puts each month in the year it falls in the season', () => {
    const ctx = { documentDate: null, period: { start: '2030-09-01', end: '2031-08-31' } };
    const starts = findDates('в декабре\nв марте', ctx).map((m) => ('start' in m.value ? m.value.start : null));
    expect(starts).toEqual(['2030-12-01', '2031-03-01']);
  });
});

describe('year inference inside a dated item', () => {
  it.each([
    ['27 декабря 2030 года решено, что 15 февраля пройдет форум.', '15 февраля', '2031-02-15'],
    ['20 января 2031 года напомнили, что 10 декабря прошел семинар.', '10 декабря', '2030-12-10'],
    // Look-alikes: a date in the item's own season, and a year stated inside the item, stay as they are.
    ['12 мая 2031 года решено, что 15 июня пройдет форум.', '15 июня', '2031-06-15'],
    ['27 декабря 2030 года решено, что в 2030 году 15 февраля прошел форум.', '15 февраля', '2030-02-15'],
  ])('%s', (text, span, start) => {
    const found = findDates(text, { documentDate: null, period: null }).find((d) => d.text === span);
    expect(found?.value).toMatchObject({ start });
  });
});

describe('year inference under a dated heading', () => {
  it.each([
    // A year named alone («итоги за 2030 год») after the heading's month does not date what follows…
    [
      '# Хроника: март 2031 года\n\n**03.03 —** Подвели итоги за 2030 год.\n\n**05.03 —** Прошёл вебинар.',
      '05.03',
      '2031-03-05',
    ],
    [
      '## II квартал 2031 года\n\n- **28.04** — Старт конкурса по итогам 2030 года.\n- **14.05** — Прошёл семинар.',
      '14.05',
      '2031-05-14',
    ],
    // …but dates a year-less date in its own paragraph.
    ['# Хроника: март 2031 года\n\nВ 2030 году 5 марта прошёл вебинар.', '5 марта', '2030-03-05'],
  ])('%j', (text, span, start) => {
    const found = findDates(text, { documentDate: null, period: null }).find((d) => d.text === span);
    expect(found?.value).toMatchObject({ start });
  });
});
