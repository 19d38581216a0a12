import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { findPeople } from './index.js';

let ref: ReferenceData;
beforeAll(async () => {
  ref = await loadReferenceData();
});

describe('findPeople', () => {
  it.each([
    ['прошло под председательством Андрея Шевченко', 'Андрея Шевченко', 'Андрей Шевченко'],
    ['слово передали Мазуру Владимиру Владимировичу', 'Мазуру Владимиру Владимировичу', 'Мазур Владимир Владимирович'],
    ['встретился с Ириной Петровной Сидоровой', 'Ириной Петровной Сидоровой', 'Ирина Петровна Сидорова'],
    ['указ подписал В. В. Путин', 'В. В. Путин', 'В. В. Путин'],
    ['на встрече с мэром Игорем Лаптевым', 'Игорем Лаптевым', 'Игорь Лаптев'],
    ['Госсекретарь Рекс Тиллерсон прилетел', 'Рекс Тиллерсон', 'Рекс Тиллерсон'],
    ['выступила Иванка Трамп', 'Иванка Трамп', 'Иванка Трамп'],
  ])('%s', (text, span, name) => {
    const found = findPeople(text, ref);
    expect(found.map((m) => m.text)).toEqual([span]);
    expect(found[0]!.value.name).toBe(name);
  });

  it('reads the role and the organization after the name', () => {
    const text = 'Открыл Собрание Кухарук Руслан Николаевич, Президент Союза российских городов, Глава города Тюмени.';
    const person = findPeople(text, ref).find((m) => m.text === 'Кухарук Руслан Николаевич');
    expect(person?.value).toEqual({
      name: 'Кухарук Руслан Николаевич',
      role: 'Президент Союза российских городов',
      organization: 'Союз российских городов',
    });
  });

  it('reads the role before the name', () => {
    const text = 'подчеркнул советник Президента Российской Федерации Антон Кобяков.';
    const person = findPeople(text, ref)[0];
    expect(person?.value).toMatchObject({ name: 'Антон Кобяков', role: 'советник Президента Российской Федерации' });
  });

  it('finds the name in its own letters in brackets after it', () => {
    const text = 'Суд выслушал Брендта Кристенсена (Brendt Christensen) в пятницу.';
    expect(findPeople(text, ref).map((m) => m.text)).toEqual(['Брендта Кристенсена', 'Brendt Christensen']);
  });

  it('finds a surname alone once the full name was seen', () => {
    const text = 'Рекс Тиллерсон прибыл в Москву. Тиллерсона встретили в аэропорту.';
    expect(findPeople(text, ref).map((m) => m.text)).toEqual(['Рекс Тиллерсон', 'Тиллерсона']);
  });

  it.each([
    ['| 8. | Конференция | Грозный 3-4 октября | Организатор: МАГ |'],
    ['Мероприятия по проектам ООН-Хабитат'],
    ['Организатором выступит Фонд Росконгресс'],
    ['слово передали Владимиру Владимировичу'],
  ])('keeps off places and organizations when called alone: %s', (text) => {
    const names = findPeople(text, ref).map((m) => m.value.name);
    expect(names.filter((n) => /Грозн|Хабитат|Росконгресс/.test(n))).toEqual([]);
  });

  it('reads a long role with its «по …» complement', () => {
    const text = 'Модератором стал заместитель председателя комиссии ОПРФ по территориальному развитию Леонид Шафиров.';
    expect(findPeople(text, ref)[0]?.value).toMatchObject({
      name: 'Леонид Шафиров',
      role: 'заместитель председателя комиссии ОПРФ по территориальному развитию',
    });
  });

  it.each([
    ['Мир тесен, а Москва велика.'],
    ['Международный Муниципальный Форум стран БРИКС прошёл в Санкт-Петербурге'],
    ['Союз российских городов провел семинар'],
    ['Лебединский комбинат увеличил выпуск'],
  ])('does not take a look-alike for a person: %s', (text) => {
    const taken = text.includes('Санкт-Петербурге') ? [{ start: text.indexOf('Санкт'), end: text.length }] : [];
    expect(findPeople(text, ref, { taken }).map((m) => m.text)).toEqual([]);
  });
});
