import { describe, expect, it } from 'vitest';
import { saveEventEdit } from './event-edits.js';
import { countEvents, listEvents } from './event-queries.js';
import { saveExtraction } from './save-extraction.js';
import { type Lemmatizer, rebuildSearchText, searchWords, toSearchText } from './search-text.js';
import { testDialects, useTestStore } from './test-dialects.js';
import { day, testExtraction } from './test-extractions.js';

/** A few OpenCorpora lemmas, as the morphology module gives them. */
const LEMMAS: Record<string, string[]> = {
  форумах: ['форум'],
  форумы: ['форум'],
  форума: ['форум'],
  казани: ['казань'],
  городов: ['город'],
  города: ['город'],
  малых: ['малый'],
  малые: ['малый'],
};
const lemmatize: Lemmatizer = (word) => LEMMAS[word] ?? [word];

describe('search text', () => {
  it.each([
    ['Форум «Малые города» — Ёлки', ['форум', 'малые', 'города', 'елки']],
    ['XXVIII сессия МАГ, 2021', ['xxviii', 'сессия', 'маг', '2021']],
    ['', []],
  ])('splits %s into normalized words', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('stores every word with its lemmas, once', () => {
    expect(toSearchText(['Форум малых городов', null, 'форумы'], lemmatize)).toBe(
      ' форум малых малый городов город форумы ',
    );
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`search by word forms on ${dialect.name}`, () => {
    const current = useTestStore(dialect);
    const text = 'Форум малых городов прошёл в Казани.';
    const extraction = () =>
      testExtraction({ source: 'smg.ru', itemKey: '1', text }, [
        {
          title: 'Форум малых городов',
          kind: 'форум',
          evidence: text,
          when: day('2021-05-20'),
          places: [{ name: 'Казань', type: 'city' }],
        },
      ]);

    it('finds any form of a word when the store has a lemmatizer', async () => {
      const store = { ...current.store, lemmatize };
      await saveExtraction(store, extraction());
      for (const q of ['форумах', 'форума', 'Форум', 'малые города', 'в казани']) {
        expect(await countEvents(store, { q }), q).toBe(1);
      }
      expect(await countEvents(store, { q: 'форумах в Москве' })).toBe(0);
    });

    it('rebuilds search text when a lemmatizer arrives, and after edits', async () => {
      await saveExtraction(current.store, extraction());
      const store = { ...current.store, lemmatize };
      // Stored without lemmas: «малых» is there, its lemma «малый» is not.
      expect(await countEvents(store, { q: 'малые' })).toBe(0);
      expect(await rebuildSearchText(store)).toBe(1);
      expect(await countEvents(store, { q: 'малые' })).toBe(1);

      const [event] = await listEvents(store, {});
      await saveEventEdit(store, { eventId: event!.id, field: 'title', value: 'Съезд', editor: 'editor' });
      expect(await countEvents(store, { q: 'форумах' })).toBe(1); // still the kind
      expect(await countEvents(store, { q: 'малые' })).toBe(0);
      expect(await countEvents(store, { q: 'съезд' })).toBe(1);
    });
  });
}
