/**
 * data/places/cities-world-large.json: the large cities of the world, of the CIS and of Europe and
 * North America, and the small ones news names often. Checks its entries and that the place finder
 * finds them in the cases Russian text writes them.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPlaces } from '../extract/places/index.js';
import type { GazetteerEntry } from './gazetteer.js';
import { loadReferenceData, type ReferenceData } from './index.js';

const PLACES = new URL('../../data/places/', import.meta.url);
const readPlaces = async (file: string) =>
  JSON.parse(await readFile(new URL(file, PLACES), 'utf8')) as GazetteerEntry[];

let entries: GazetteerEntry[];
let ref: ReferenceData;
beforeAll(async () => {
  entries = await readPlaces('cities-world-large.json');
  ref = await loadReferenceData();
});

const FIELDS = new Set([
  'id',
  'name',
  'type',
  'country',
  'region',
  'lat',
  'lon',
  'founded',
  'aliases',
  'formerNames',
  'contextOnly',
]);
const threeDecimals = (x: number) => Math.abs(x * 1000 - Math.round(x * 1000)) < 1e-6;

describe('cities-world-large.json', () => {
  it('holds the large cities of the world', () => {
    expect(entries.length).toBeGreaterThan(750);
  });

  it('gives every entry valid fields', async () => {
    const countries = new Set((await readPlaces('countries.json')).map((c) => c.name));
    const regions = new Set((await readPlaces('regions-ru.json')).map((r) => r.name));
    const bad = entries.filter(
      (e) =>
        Object.keys(e).some((k) => !FIELDS.has(k)) ||
        e.type !== 'city' ||
        !/^\p{Lu}/u.test(e.name) ||
        e.name !== e.name.trim() ||
        // a city has its country; only a city of a region the Russian gazetteer lists has its region instead
        (e.country !== undefined ? !countries.has(e.country) : e.region === undefined || !regions.has(e.region)) ||
        e.id !== `city:${e.country ?? 'ru'}:${e.name}` ||
        typeof e.lat !== 'number' ||
        typeof e.lon !== 'number' ||
        e.lat < -90 ||
        e.lat > 90 ||
        e.lon < -180 ||
        e.lon > 180 ||
        !threeDecimals(e.lat) ||
        !threeDecimals(e.lon) ||
        (e.founded !== undefined && (!Number.isInteger(e.founded) || e.founded > 2025)) ||
        [...(e.aliases ?? []), ...(e.formerNames ?? [])].some((n) => n === e.name || !/^\p{Lu}/u.test(n)),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('repeats no id, and no city the other files already hold', async () => {
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    const others = [
      ...(await readPlaces('cities-world.json')),
      ...(await readPlaces('capitals.json')),
      ...(await readPlaces('cities-ru.json')),
    ];
    const key = (e: GazetteerEntry) => `${e.name.replace(/ё/g, 'е')}|${e.country ?? ''}`;
    const known = new Set(others.map(key));
    expect(entries.filter((e) => known.has(key(e))).map((e) => e.id)).toEqual([]);
  });

  it.each([
    ['Конференция прошла в Болонье.', 'Болонье', 'Болонья', 'Италия'],
    ['Паром вышел из Дувра.', 'Дувра', 'Дувр', 'Великобритания'],
    ['Мигранты в лагере под Кале.', 'Кале', 'Кале', 'Франция'],
    ['Они живут под Чернобылем.', 'Чернобылем', 'Чернобыль', 'Украина'],
    ['Экскурсия в Припять.', 'Припять', 'Припять', 'Украина'],
    ['Он вырос в Сребренице.', 'Сребренице', 'Сребреница', 'Босния и Герцеговина'],
    ['Концерт в Вероне.', 'Вероне', 'Верона', 'Италия'],
    ['Турнир в Куршевеле.', 'Куршевеле', 'Куршевель', 'Франция'],
    ['Гонка в Монте-Карло.', 'Монте-Карло', 'Монте-Карло', 'Монако'],
    ['Форум в Сан-Ремо.', 'Сан-Ремо', 'Сан-Ремо', 'Италия'],
    // «в Ньюарке», «из Ньюарка»: the dictionary guesses the lemma «ньюарка»; only the nominative is found yet
    ['Рейс в Ньюарк отменён.', 'Ньюарк', 'Ньюарк', 'США'],
    ['Стрельба в Орландо.', 'Орландо', 'Орландо', 'США'],
    ['Делегация из Эдмонтона.', 'Эдмонтона', 'Эдмонтон', 'Канада'],
    ['Завод в Эссене.', 'Эссене', 'Эссен', 'Германия'],
    ['Саммит в Потсдаме.', 'Потсдаме', 'Потсдам', 'Германия'],
    ['Матч в Дортмунде.', 'Дортмунде', 'Дортмунд', 'Германия'],
    ['Выставка в Ноттингеме.', 'Ноттингеме', 'Ноттингем', 'Великобритания'],
    ['Встреча в Гданьске и Щецине.', 'Щецине', 'Щецин', 'Польша'],
    ['Порт в Пирее.', 'Пирее', 'Пирей', 'Греция'],
    ['Он родился в Тернополе.', 'Тернополе', 'Тернополь', 'Украина'],
    ['Мэр живёт в Черновцах.', 'Черновцах', 'Черновцы', 'Украина'],
    ['Делегация из Пинска.', 'Пинска', 'Пинск', 'Беларусь'],
    ['Рынок в Коканде.', 'Коканде', 'Коканд', 'Узбекистан'],
    ['Газ из Темиртау.', 'Темиртау', 'Темиртау', 'Казахстан'],
    ['Шествие в Рустави.', 'Рустави', 'Рустави', 'Грузия'],
    ['Отдых в Пицунде.', 'Пицунде', 'Пицунда', 'Абхазия'],
    ['Порт в Шанхае и завод в Циндао.', 'Циндао', 'Циндао', 'Китай'],
    ['Фабрика в Бандунге.', 'Бандунге', 'Бандунг', 'Индонезия'],
    ['Наводнение в Порту-Алегри и Куритибе.', 'Куритибе', 'Куритиба', 'Бразилия'],
    ['Землетрясение в Кахраманмараше.', 'Кахраманмараше', 'Кахраманмараш', 'Турция'],
    ['Атака на Неджеф.', 'Неджеф', 'Неджеф', 'Ирак'],
    ['Бои под Хамой.', 'Хамой', 'Хама', 'Сирия'],
  ])('%s', (text, span, name, country) => {
    const found = findPlaces(text, ref).filter((m) => m.text === span);
    expect(found, text).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ name, type: 'city', country });
  });

  it('finds a city of a region the Russian gazetteer lists with that region', () => {
    const found = findPlaces('в Славянске', ref);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ name: 'Славянск', region: 'Донецкая Народная Республика' });
    expect(findPlaces('под Бахмутом', ref)[0]?.value.name).toBe('Бахмут');
  });

  it('keeps a former name the text uses', () => {
    expect(findPlaces('в Рангуне', ref)[0]?.value).toMatchObject({ name: 'Рангун', country: 'Мьянма' });
    expect(findPlaces('в Аллахабаде', ref)[0]?.value).toMatchObject({ name: 'Аллахабад', country: 'Индия' });
    expect(findPlaces('в Артёмовске', ref)[0]?.value).toMatchObject({
      name: 'Артёмовск',
      region: 'Донецкая Народная Республика',
    });
  });

  it('finds a city named like an adjective only after «город»', () => {
    expect(findPlaces('в городе Кропивницком', ref)[0]?.value).toMatchObject({ type: 'city', country: 'Украина' });
    expect(findPlaces('Кировоградской (Кропивницкой) области', ref).map((m) => m.value.type)).not.toContain('city');
  });
});
