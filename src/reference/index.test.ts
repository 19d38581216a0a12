import { describe, expect, it } from 'vitest';
import { foldName, loadReferenceData } from './index.js';

describe('loadReferenceData', () => {
  it('loads once and shares the data', async () => {
    expect(await loadReferenceData()).toBe(await loadReferenceData());
  });

  it('holds every subject of the Federation under its official name', async () => {
    const { places } = await loadReferenceData();
    const regions = places.entries.filter((e) => e.type === 'region' && e.country === 'Россия');
    const federalCities = ['Москва', 'Санкт-Петербург', 'Севастополь'].filter((n) =>
      places.entries.some((e) => e.type === 'city' && e.name === n),
    );
    expect(regions.length + federalCities.length).toBe(89);
    expect(regions.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Республика Дагестан',
        'Ханты-Мансийский автономный округ — Югра',
        'Кемеровская область — Кузбасс',
      ]),
    );
  });

  it('gives every administrative centre of a subject as a city', async () => {
    const { places } = await loadReferenceData();
    const cities = new Set(places.entries.filter((e) => e.type === 'city').map((e) => e.name));
    const centres = places.entries.filter((e) => e.centre !== undefined).map((e) => e.centre!);
    expect(centres.filter((c) => !cities.has(c))).toEqual([]);
  });

  it('knows every country with a capital, and the short forms', async () => {
    const { places } = await loadReferenceData();
    const countries = places.entries.filter((e) => e.type === 'country');
    expect(countries.length).toBeGreaterThan(190);
    const usa = countries.find((c) => c.name === 'США');
    expect(usa?.aliases).toEqual(expect.arrayContaining(['Соединённые Штаты Америки']));
    expect(places.entries.some((e) => e.type === 'city' && e.capital && e.country === 'Казахстан')).toBe(true);
  });

  it('gives coordinates and founding years to big Russian cities and CIS capitals', async () => {
    const { places } = await loadReferenceData();
    for (const name of [
      'Москва',
      'Нижний Новгород',
      'Казань',
      'Минск',
      'Ереван',
      'Бишкек',
      'Душанбе',
      'Кишинёв',
      'Баку',
    ]) {
      const city = places.entries.find((e) => e.type === 'city' && e.name === name);
      expect(city?.lat, name).toBeTypeOf('number');
      expect(city?.lon, name).toBeTypeOf('number');
    }
    expect(places.entries.find((e) => e.name === 'Нижний Новгород')?.founded).toBe(1221);
  });

  it('has the registry with abbreviations', async () => {
    const { orgs } = await loadReferenceData();
    const mag = orgs.entries.find((e) => e.id === 'mag');
    expect(mag).toMatchObject({ name: 'Международная Ассамблея столиц и крупных городов', abbreviations: ['МАГ'] });
    expect(new Set(orgs.entries.map((e) => e.id)).size).toBe(orgs.entries.length);
  });
});

describe('foldName', () => {
  it.each([
    ['москва', 'москва'],
    ['Москва', 'москва'],
    ['Орёл', 'орел'],
    ['ЁЛКИ', 'елки'],
    ['Ханты\u2011Мансийск', 'ханты-мансийск'],
    ['северо\u2014запад', 'северо-запад'],
    ['СПб', 'спб'],
    ['г.', 'г.'],
    ['İ', 'i̇'],
  ])('%j → %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('the forms of names kept analyzed', () => {
  it('reads a text met for the first time as before: the kept forms answer as the dictionary does', async () => {
    const { morph } = await loadReferenceData();
    const { clearWordCaches } = await import('../morph/index.js');
    const words = ['Калуге', 'Великом', 'Новгороде', 'муниципальных', 'Муниципальных', 'образований'];
    const kept = words.map((w) => morph.parse(w));
    clearWordCaches();
    // Forms of the gazetteer's and the registry's names are kept: the same readings, not made again.
    expect(words.map((w) => morph.parse(w))).toEqual(kept);
    expect(morph.parse('Калуге')).toBe(kept[0]);
  });
});
