import { describe, expect, it } from 'vitest';
import { listOrganizations, listPlaces } from './reference-data.js';
import {
  listReferenceEdits,
  loadStoreReferenceEntries,
  removeReferenceName,
  saveOrganizationEntry,
  savePlaceEntry,
} from './reference-edits.js';
import { testDialects, useTestStore } from './test-dialects.js';

const TOWN = { name: 'Нижние Ключи', type: 'city', region: 'Оренбургская область', country: 'Россия' } as const;

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`reference edits on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it('adds a place with every field of a gazetteer entry, and gives it to the gazetteer', async () => {
      const edit = await savePlaceEntry(current.store, {
        entry: { ...TOWN, lat: 51.2, lon: 58.3, founded: 1935, aliases: ['Ключи'], formerNames: ['Ключевской'] },
        editor: 'ivanova',
        note: 'new town of the association',
      });
      expect(edit).toMatchObject({ kind: 'place', action: 'set', name: 'Нижние Ключи', editor: 'ivanova' });
      expect(edit.editedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(await loadStoreReferenceEntries(current.store)).toEqual({
        places: [
          {
            id: 'store:place:city:Нижние Ключи',
            ...TOWN,
            lat: 51.2,
            lon: 58.3,
            founded: 1935,
            aliases: ['Ключи'],
            formerNames: ['Ключевской'],
          },
        ],
        orgs: [],
        removedPlaces: [],
        removedOrgs: [],
      });
    });

    it('gives the place row events link to the details, keeping what an edit leaves out', async () => {
      await savePlaceEntry(current.store, { entry: { ...TOWN, founded: 1935 }, editor: 'ivanova' });
      await savePlaceEntry(current.store, {
        entry: { name: TOWN.name, type: 'city', lat: 51.2, lon: 58.3 },
        editor: 'petrov',
      });
      expect(await listPlaces(current.store)).toEqual([
        {
          id: expect.any(Number),
          name: 'Нижние Ключи',
          type: 'city',
          region: 'Оренбургская область',
          country: 'Россия',
          lat: 51.2,
          lon: 58.3,
          founded: '1935',
          eventCount: 0,
        },
      ]);
    });

    it('keeps the history; the latest edit of a name is in force, whatever its case or ё', async () => {
      await savePlaceEntry(current.store, { entry: { name: 'Орёл', type: 'city', founded: 1566 }, editor: 'a' });
      await savePlaceEntry(current.store, { entry: TOWN, editor: 'a' });
      await removeReferenceName(current.store, { kind: 'place', name: 'орел', editor: 'b', note: 'the bird' });
      const inForce = await listReferenceEdits(current.store, { kind: 'place' });
      expect(inForce.map((e) => [e.action, e.name, e.editor, e.note])).toEqual([
        ['set', 'Нижние Ключи', 'a', null],
        ['remove', 'орел', 'b', 'the bird'],
      ]);
      expect((await listReferenceEdits(current.store, { history: true })).map((e) => e.name)).toEqual([
        'Орёл',
        'Нижние Ключи',
        'орел',
      ]);
      const entries = await loadStoreReferenceEntries(current.store);
      expect(entries.places?.map((p) => p.name)).toEqual(['Нижние Ключи']);
      expect(entries.removedPlaces).toEqual(['орел']);
      // Adding it again withdraws the removal.
      await savePlaceEntry(current.store, { entry: { name: 'Орёл', type: 'city' }, editor: 'c' });
      expect((await loadStoreReferenceEntries(current.store)).removedPlaces).toEqual([]);
    });

    it('keeps places and organizations of the same name apart', async () => {
      await removeReferenceName(current.store, { kind: 'organization', name: 'Мир', editor: 'a' });
      await savePlaceEntry(current.store, { entry: { name: 'Мир', type: 'city' }, editor: 'a' });
      const entries = await loadStoreReferenceEntries(current.store);
      expect(entries.places?.map((p) => p.name)).toEqual(['Мир']);
      expect(entries.removedOrgs).toEqual(['Мир']);
    });

    it('adds an organization and its registry row; a correction adds aliases', async () => {
      await saveOrganizationEntry(current.store, {
        entry: { name: 'Ассоциация городов Южного Урала', abbreviations: ['АГЮУ'], kind: 'association' },
        editor: 'ivanova',
      });
      await saveOrganizationEntry(current.store, {
        entry: { name: 'Ассоциация городов Южного Урала', aliases: ['Ассоциация южноуральских городов'] },
        editor: 'ivanova',
      });
      expect((await loadStoreReferenceEntries(current.store)).orgs).toEqual([
        {
          id: 'store:organization:Ассоциация городов Южного Урала',
          name: 'Ассоциация городов Южного Урала',
          aliases: ['Ассоциация южноуральских городов'],
        },
      ]);
      expect(await listOrganizations(current.store)).toEqual([
        {
          id: expect.any(Number),
          name: 'Ассоциация городов Южного Урала',
          abbreviation: 'АГЮУ',
          aliases: ['Ассоциация южноуральских городов'],
          eventCount: 0,
        },
      ]);
    });

    it.each([
      [{ name: ' ', type: 'city' }, /name cannot be empty/],
      [{ name: 'Ключи', type: 'town' }, /type must be one of city, region, country/],
      [{ name: 'Ключи', type: 'city', lat: 51 }, /lat and lon go together/],
      [{ name: 'Ключи', type: 'city', lat: 91, lon: 0 }, /lat must be within -90\.\.90/],
      [{ name: 'Ключи', type: 'city', lat: 0, lon: 181 }, /lon must be within -180\.\.180/],
      [{ name: 'Ключи', type: 'city', founded: 1935.5 }, /whole number/],
      [{ name: 'Ключи', type: 'city', founded: 3000 }, /in the future/],
      [{ name: 'Ключи', type: 'city', population: 5 }, /population/],
    ])('refuses the place %j, naming the problem, and stores nothing', async (entry, message) => {
      await expect(savePlaceEntry(current.store, { entry: entry as never, editor: 'a' })).rejects.toThrow(message);
      expect(await listReferenceEdits(current.store, { history: true })).toEqual([]);
      expect(await listPlaces(current.store)).toEqual([]);
    });

    it('refuses an organization without a name and an empty removal', async () => {
      await expect(saveOrganizationEntry(current.store, { entry: { name: '' }, editor: 'a' })).rejects.toThrow(
        /name cannot be empty/,
      );
      await expect(removeReferenceName(current.store, { kind: 'place', name: '  ', editor: 'a' })).rejects.toThrow(
        /name cannot be empty/,
      );
    });
  });
}
