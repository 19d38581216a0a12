import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { findFigures } from './index.js';

let ref: ReferenceData;
beforeAll(async () => {
  ref = await loadReferenceData();
});

describe('findFigures', () => {
  it.each([
    ['количество слушателей составляет 5800 пользователей.', '5800 пользователей', 5800, 'people'],
    ['привлекла более чем 300 человек и экспертов', 'более чем 300 человек', 300, 'people'],
    ['приняли участие свыше 5300 человек', 'свыше 5300 человек', 5300, 'people'],
    ['в том числе 653 мэра городов', '653 мэра', 653, 'people'],
    ['собрались около 2,5 тыс. человек', 'около 2,5 тыс. человек', 2500, 'people'],
    ['пришли пять тысяч зрителей', 'пять тысяч зрителей', 5000, 'people'],
    ['подключились 42 муниципальных образования', '42 муниципальных образования', 42, 'municipalities'],
    ['делегаты из 16 регионов', '16 регионов', 16, 'regions'],
    ['гости из 75 стран мира', '75 стран', 75, 'countries'],
    ['было подано более 700 заявок', 'более 700 заявок', 700, 'applications'],
  ] as const)('%s', (text, span, count, unit) => {
    const found = findFigures(text, ref);
    expect(found.map((m) => m.text)).toEqual([span]);
    expect(found[0]!.value).toMatchObject({ count, unit });
  });

  it.each([
    ['Караганда | 90 лет | 10 февраля', 90],
    ['Нур-Султан | 23 года | 6 июля', 23],
    ['городу исполняется 800 лет', 800],
  ])('reads an age: %s', (text, age) => {
    expect(findFigures(text, ref)[0]?.value).toMatchObject({ count: age, age: true });
  });

  it.each([
    ['5 июля 2021 г. прошла встреча'],
    ['Указ от 7 мая 2018 г. №204'],
    ['в 2021 году'],
    ['13 мая 2021 года состоялось заседание'],
    ['в 15:00 по московскому времени'],
    ['второй год подряд прошёл форум'],
  ])('does not take a date for a figure: %s', (text) => {
    expect(findFigures(text, ref)).toEqual([]);
  });
});
