import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../extract/orgs/index.js';
import { findPlaces } from '../extract/places/index.js';
import type { GazetteerEntry } from './gazetteer.js';
import { loadReferenceData } from './index.js';
import type { OrganizationEntry } from './org-registry.js';
import { editOrganizations, editPlaces, referenceFingerprint } from './reference-edits.js';

const SHIPPED_PLACES: GazetteerEntry[] = [
  { id: 'city:ru:Пермь', name: 'Пермь', type: 'city', region: 'Пермский край', country: 'Россия', founded: 1723 },
  { id: 'city:ru:Орёл', name: 'Орёл', type: 'city', country: 'Россия' },
  { id: 'city:ru:Королёв', name: 'Королёв', type: 'city', country: 'Россия', formerNames: ['Калининград'] },
  { id: 'city:world:Калининград', name: 'Калининград', type: 'city', country: 'Россия' },
  { id: 'region:ru:Пермский край', name: 'Пермский край', type: 'region', country: 'Россия', aliases: ['Прикамье'] },
];

describe('editPlaces', () => {
  it.each<[string, Parameters<typeof editPlaces>[1], Partial<GazetteerEntry>[]]>([
    [
      'an edit of a shipped place goes first, with its id and country, for buildGazetteer to merge',
      { places: [{ id: 'store:place:city:Пермь', name: 'Пермь', type: 'city', founded: 1780 }] },
      [{ id: 'city:ru:Пермь', name: 'Пермь', type: 'city', founded: 1780, country: 'Россия' }],
    ],
    [
      'a new place keeps its own id',
      { places: [{ id: 'store:place:city:Нижние Ключи', name: 'Нижние Ключи', type: 'city' }] },
      [{ id: 'store:place:city:Нижние Ключи', name: 'Нижние Ключи', type: 'city' }],
    ],
    [
      'a place of the same name but another type is another place',
      { places: [{ id: 'store:place:region:Пермь', name: 'Пермь', type: 'region' }] },
      [{ id: 'store:place:region:Пермь', name: 'Пермь', type: 'region' }],
    ],
  ])('%s', (_case, edits, first) => {
    const result = editPlaces(SHIPPED_PLACES, edits);
    expect(result.slice(0, first.length)).toEqual(first);
    expect(result.slice(first.length)).toEqual(SHIPPED_PLACES);
  });

  it('drops a removed name, ё or not, and takes it out of the other entries’ names', () => {
    const result = editPlaces(SHIPPED_PLACES, { removedPlaces: ['орел', 'Калининград', 'Прикамье'] });
    expect(result.map((e) => e.name)).toEqual(['Пермь', 'Королёв', 'Пермский край']);
    expect(result.find((e) => e.name === 'Королёв')?.formerNames).toEqual([]);
    expect(result.find((e) => e.name === 'Пермский край')?.aliases).toEqual([]);
    expect(SHIPPED_PLACES[2]?.formerNames).toEqual(['Калининград']);
  });
});

const SHIPPED_ORGS: OrganizationEntry[] = [
  { id: 'srg', name: 'Союз российских городов', abbreviations: ['СРГ'], kind: 'association', country: 'Россия' },
  { id: 'mir', name: 'Международная ассоциация «Мир»', aliases: ['Мир'] },
];

describe('editOrganizations', () => {
  it('corrects a shipped organization in place: given fields win, abbreviations and aliases are added', () => {
    const result = editOrganizations(SHIPPED_ORGS, {
      orgs: [{ id: 'store:organization:x', name: 'союз российских городов', abbreviations: ['СоюзРГ'], kind: 'ngo' }],
    });
    expect(result[0]).toEqual({
      id: 'srg',
      name: 'союз российских городов',
      abbreviations: ['СРГ', 'СоюзРГ'],
      aliases: [],
      kind: 'ngo',
      country: 'Россия',
    });
    expect(result).toHaveLength(2);
  });

  it('adds a new organization at the end, and removes a name from entries and aliases', () => {
    const added = { id: 'store:organization:АГУ', name: 'Ассоциация городов Урала', abbreviations: ['АГУ'] };
    const result = editOrganizations(SHIPPED_ORGS, { orgs: [added], removedOrgs: ['Мир', 'СРГ'] });
    expect(result).toEqual([{ ...SHIPPED_ORGS[0], abbreviations: [] }, { ...SHIPPED_ORGS[1], aliases: [] }, added]);
  });
});

describe('referenceFingerprint', () => {
  it('is empty without edits and stable across key order', () => {
    expect(referenceFingerprint({})).toBe('');
    expect(referenceFingerprint({ places: [], removedOrgs: [] })).toBe('');
    const a = referenceFingerprint({ removedPlaces: ['Орёл'], places: [{ id: 'x', name: 'Пермь', type: 'city' }] });
    const b = referenceFingerprint({ places: [{ type: 'city', name: 'Пермь', id: 'x' }], removedPlaces: ['Орёл'] });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
    expect(referenceFingerprint({ removedPlaces: ['Орёл'] })).not.toBe(a);
  });
});

describe('loadReferenceData with edits', () => {
  const TOWN: GazetteerEntry = {
    id: 'store:place:city:Нижние Ключи',
    name: 'Нижние Ключи',
    type: 'city',
    region: 'Оренбургская область',
  };

  it('finds an added place in every case form, with its region; the shared data does not', async () => {
    const plain = await loadReferenceData();
    const edited = await loadReferenceData({ places: [TOWN] });
    expect(edited).not.toBe(plain);
    expect(edited.morph).toBe(plain.morph);
    expect(await loadReferenceData({ places: [{ ...TOWN }] })).toBe(edited);
    const text = 'Семинар прошёл в Нижних Ключах; делегация из Нижних Ключей.';
    expect(findPlaces(text, edited).map((m) => [m.text, m.value.name, m.value.region])).toEqual([
      ['Нижних Ключах', 'Нижние Ключи', 'Оренбургская область'],
      ['Нижних Ключей', 'Нижние Ключи', 'Оренбургская область'],
    ]);
    expect(findPlaces(text, plain)).toEqual([]);
    expect(await loadReferenceData({})).toBe(plain);
  });

  it('corrects a shipped place: the given field wins, the others and the id are kept, no duplicate', async () => {
    const shipped = (await loadReferenceData()).places.byName.get('пермь')?.filter((e) => e.type === 'city');
    const edited = await loadReferenceData({
      places: [{ id: 'store:place:city:Пермь', name: 'Пермь', type: 'city', founded: 1780, aliases: ['Молотов'] }],
    });
    const perm = edited.places.byName.get('пермь')?.filter((e) => e.type === 'city');
    expect(perm).toHaveLength(1);
    expect(perm?.[0]).toMatchObject({ ...shipped?.[0], founded: 1780, aliases: expect.arrayContaining(['Молотов']) });
    expect(findPlaces('делегация из Молотова', edited).map((m) => m.value.id)).toEqual([shipped?.[0]?.id]);
  });

  it('suppresses a removed name, shipped or guessed, and leaves look-alikes', async () => {
    const edited = await loadReferenceData({ removedPlaces: ['Орёл'] });
    const plain = await loadReferenceData();
    const text = 'Форум прошёл в Орле, а затем в Туле.';
    expect(findPlaces(text, plain).map((m) => m.value.name)).toEqual(['Орёл', 'Тула']);
    expect(findPlaces(text, edited).map((m) => m.value.name)).toEqual(['Тула']);
  });

  it('finds an added organization by its abbreviation; a removed one is no longer the registry’s', async () => {
    const edited = await loadReferenceData({
      orgs: [{ id: 'store:organization:x', name: 'Ассоциация городов Южного Урала', abbreviations: ['АГЮУ'] }],
      removedOrgs: ['Союз российских городов'],
    });
    const text = 'Совещание провела АГЮУ совместно с Союзом российских городов.';
    const found = findOrganizations(text, edited).map((m) => [m.text, m.value.name, m.value.id]);
    // The finder still reads «Союз …» as an organization by its form, but unregistered (no id).
    expect(found).toEqual([
      ['АГЮУ', 'Ассоциация городов Южного Урала', 'store:organization:x'],
      ['Союзом российских городов', 'Союз российских городов', undefined],
    ]);
  });
});
