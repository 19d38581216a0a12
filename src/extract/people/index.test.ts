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
    // a first name the dictionary mostly reads as an ordinary word, before a surname
    ['Тренером стал Максим Кантор.', ['Максим Кантор'], ['Максим Кантор']],
    // a surname the dictionary knows as an adjective or an ordinary noun, after a first name
    ['Писатель Андрей Белый родился в Москве.', ['Андрей Белый'], ['Андрей Белый']],
    [
      'Встреча с Алексеем Навальным и Юлией Навальной.',
      ['Алексеем Навальным', 'Юлией Навальной'],
      ['Алексей Навальный', 'Юлия Навальная'],
    ],
    [
      'Советнику Дональда Трампа Джону Болтону позвонили.',
      ['Дональда Трампа', 'Джону Болтону'],
      ['Дональд Трамп', 'Джон Болтон'],
    ],
    // a first name alone once the full name was seen
    [
      'Певица Кэрри Андерсон выступила. Кэрри спела три песни.',
      ['Кэрри Андерсон', 'Кэрри'],
      ['Кэрри Андерсон', 'Кэрри'],
    ],
    // an adjective of a person named in the text; the younger and the elder
    [
      'Композитор Сергей Рахманинов жил там. Рахманиновский фестиваль открылся.',
      ['Сергей Рахманинов', 'Рахманиновский'],
      ['Сергей Рахманинов', 'Рахманинов'],
    ],
    ['Встречу провёл Кеннеди-младший.', ['Кеннеди-младший'], ['Кеннеди-младший']],
    // a capitalized noun of a living being next to a verb, inside a sentence
    ['Концерт открыла Мадонна.', ['Мадонна'], ['Мадонна']],
    // a surname after what is named after people
    ['Вручена премия имени Лихачёва.', ['Лихачёва'], ['Лихачёва']],
  ])('reads the people of «%s»', (text, spans, names) => {
    const found = findPeople(text, ref);
    expect(found.map((m) => m.text)).toEqual(spans);
    expect(found.map((m) => m.value.name)).toEqual(names);
  });

  it('finds a sure name inside an organization given around it', () => {
    const text = 'Институт русского языка имени А. С. Пушкина провёл олимпиаду.';
    const around = [{ start: 0, end: text.indexOf(' провёл') }];
    expect(findPeople(text, ref, { taken: [], around }).map((m) => m.text)).toEqual(['А. С. Пушкина']);
    // a single unknown word inside is not sure enough, though alone it would be read as a surname
    const firm = 'Договор подписали в компании Кортекс вчера.';
    const span = { start: firm.indexOf('компании'), end: firm.indexOf(' вчера') };
    expect(findPeople(firm, ref, { taken: [] }).map((m) => m.text)).toEqual(['Кортекс']);
    expect(findPeople(firm, ref, { taken: [], around: [span] }).map((m) => m.text)).toEqual([]);
  });

  it.each([
    ['Митинг на площади Синтагма прошёл.'],
    ['Её нашли в районе Бельвиль.'],
    ['Туристы посетили праздник Навруз.'],
  ])('takes a name after a noun of places and things for no person: %s', (text) => {
    expect(findPeople(text, ref).map((m) => m.text)).toEqual([]);
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
