import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { findPlaces } from './index.js';

let ref: ReferenceData;
beforeAll(async () => {
  ref = await loadReferenceData();
});

const one = (text: string, adjectives = false) => {
  const found = findPlaces(text, ref, { adjectives });
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('findPlaces', () => {
  it.each([
    // every case of a one-word name
    ['Москва — столица', 'Москва', 'Москва', 'city'],
    ['из Москвы', 'Москвы', 'Москва', 'city'],
    ['к Москве', 'Москве', 'Москва', 'city'],
    ['через Москву', 'Москву', 'Москва', 'city'],
    ['над Москвой', 'Москвой', 'Москва', 'city'],
    ['о Москве', 'Москве', 'Москва', 'city'],
    // several words, hyphens, indeclinable names
    ['в Великом Новгороде', 'Великом Новгороде', 'Великий Новгород', 'city'],
    ['из Нижнего Новгорода', 'Нижнего Новгорода', 'Нижний Новгород', 'city'],
    ['из Ростова-на-Дону', 'Ростова-на-Дону', 'Ростов-на-Дону', 'city'],
    ['в Санкт-Петербурге', 'Санкт-Петербурге', 'Санкт-Петербург', 'city'],
    ['в Улан-Удэ', 'Улан-Удэ', 'Улан-Удэ', 'city'],
    ['из Ханты-Мансийска', 'Ханты-Мансийска', 'Ханты-Мансийск', 'city'],
    ['в Набережных Челнах', 'Набережных Челнах', 'Набережные Челны', 'city'],
    // a former name is kept as the text writes it
    ['в Нур-Султане', 'Нур-Султане', 'Нур-Султан', 'city'],
    // regions by their official and short names
    ['в Республике Дагестан', 'Республике Дагестан', 'Республика Дагестан', 'region'],
    ['в Дагестане', 'Дагестане', 'Республика Дагестан', 'region'],
    ['в Татарстане', 'Татарстане', 'Республика Татарстан', 'region'],
    ['Краснодарского края', 'Краснодарского края', 'Краснодарский край', 'region'],
    [
      'в Ханты-Мансийском автономном округе — Югре',
      'Ханты-Мансийском автономном округе — Югре',
      'Ханты-Мансийский автономный округ — Югра',
      'region',
    ],
    // countries, abbreviations included
    ['в США', 'США', 'США', 'country'],
    ['в Соединённых Штатах Америки', 'Соединённых Штатах Америки', 'США', 'country'],
    ['из Великобритании', 'Великобритании', 'Великобритания', 'country'],
    ['Правительство РФ', 'РФ', 'Россия', 'country'],
    ['с Белоруссией', 'Белоруссией', 'Беларусь', 'country'],
    // a city the gazetteer lacks is found from its context
    ['в городе Верхнеуральске', 'Верхнеуральске', 'Верхнеуральск', 'city'],
    ['мэрия г. Верхнеуральска', 'Верхнеуральска', 'Верхнеуральск', 'city'],
    ['в штате Колорадо', 'Колорадо', 'Колорадо', 'region'],
  ])('%s', (text, span, name, type) => {
    const m = one(text);
    expect(m.text).toBe(span);
    expect(m.value.name).toBe(name);
    expect(m.value.type).toBe(type);
    expect(text.slice(m.start, m.end)).toBe(span);
  });

  it('gives a city its region and country', () => {
    const m = one('в Тюмени');
    expect(m.value).toMatchObject({ name: 'Тюмень', region: 'Тюменская область', country: 'Россия' });
  });

  it('finds a foreign region by shape', () => {
    expect(one('в Гегаркуникской области').value).toMatchObject({ name: 'Гегаркуникская область', type: 'region' });
  });

  it('finds adjectives of places only when asked', () => {
    expect(findPlaces('российских городов', ref)).toHaveLength(0);
    expect(one('российских городов', true).value.name).toBe('Россия');
  });

  it.each([
    ['Мир тесен.'],
    ['орёл парит над полем'],
    ['Сергей Киров выступил'],
    ['памяти Сергея Мироновича Кирова'],
    ['Владимир Квачков задержан'],
    ['на маге был плащ'],
  ])('does not take a look-alike for a place: %s', (text) => {
    expect(findPlaces(text, ref).map((m) => m.text)).toEqual([]);
  });

  it.each([
    // a settlement noun before a name the gazetteer lacks, an ordinary word or an adjective included
    ['Он вырос в посёлке Ракитное', 'Ракитное', 'Ракитное'],
    ['родился в станице Старощербиновской', 'Старощербиновской', 'Старощербиновская'],
    ['праздник в деревне Кукуево', 'Кукуево', 'Кукуево'],
    // an adjective between the preposition and an unknown name; a name joined by «и» to a city
    ['работает в казахском Аркалыке', 'Аркалыке', 'Аркалык'],
    ['приехали из Верхнеуральска и Нязепетровска', 'Нязепетровска', 'Нязепетровск'],
  ])('finds a city the gazetteer lacks from its context: %s', (text, span, name) => {
    const m = findPlaces(text, ref).find((p) => p.text === span);
    expect(m?.value).toMatchObject({ name, type: 'city' });
  });

  it.each([
    // adjectives made from a place by «-ский» that no list holds
    ['калифорнийские виноделы', 'калифорнийские', 'Калифорния'],
    ['мордовские власти', 'мордовские', 'Республика Мордовия'],
    ['директор Муромского краеведческого музея', 'Муромского', 'Муром'],
    ['депутат Курской областной думы', 'Курской', 'Курская область'],
    ['сессия Всекитайского собрания', 'Всекитайского', 'Китай'],
  ])('reads an adjective of a place: %s', (text, span, name) => {
    const m = one(text, true);
    expect(m.text).toBe(span);
    expect(m.value.name).toBe(name);
  });

  it('reads both parts of a compound adjective of places', () => {
    const text = 'вдоль австрийско-венгерской границы';
    const found = findPlaces(text, ref, { adjectives: true });
    expect(found.map((m) => [m.text, m.value.name])).toEqual([
      ['австрийско', 'Австрия'],
      ['венгерской', 'Венгрия'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each([
    // «-ский» of something named like a town, or of a word that only looks like a town's
    ['пилоты королевских ВВС'],
    ['Михайловский комбинат увеличил выпуск'],
    // a district, a street, a natural feature, a part of the world
    ['жители Советского района'],
    ['на Московской улице'],
    ['туристы на острове Сахалин'],
    ['страны Латинской Америки'],
  ])('reads no place in an adjective or a name of something else: %s', (text) => {
    expect(findPlaces(text, ref, { adjectives: true }).map((m) => m.text)).toEqual([]);
  });

  it.each([
    ['Встречу провёл Дмитрий Ливанов.'],
    ['Вручена премия имени Чайковского.'],
    ['Сотрудники Института Пушкина собрались.'],
    ['Дом на ул. Пушкина.'],
  ])('takes a surname for no place: %s', (text) => {
    expect(findPlaces(text, ref).map((m) => m.text)).toEqual([]);
  });

  it('reads «штат Вашингтон» as the state and a first name after «штата» as no region', () => {
    expect(one('в штате Вашингтон').value).toMatchObject({ name: 'Вашингтон', type: 'region' });
    expect(findPlaces('вице-губернатор штата Мэри Смит', ref)).toEqual([]);
  });

  it('reads no city after cities in the plural', () => {
    expect(findPlaces('совещание глав городов Союза', ref)).toEqual([]);
    expect(one('в городе Союзе').value).toMatchObject({ name: 'Союз', type: 'city' });
  });

  it('keeps two towns of one name in different regions apart', () => {
    const namesakes = ref.places.byName.get('железногорск') ?? [];
    expect(namesakes.map((e) => e.region).sort()).toEqual(['Красноярский край', 'Курская область']);
  });

  it('finds every place of a list', () => {
    const text = 'Хабаровска, Перми, Москвы, Казани, Самары, Тюмени, Сочи и Ростова-на-Дону';
    expect(findPlaces(text, ref).map((m) => m.value.name)).toEqual([
      'Хабаровск',
      'Пермь',
      'Москва',
      'Казань',
      'Самара',
      'Тюмень',
      'Сочи',
      'Ростов-на-Дону',
    ]);
  });
});
