import { describe, expect, it } from 'vitest';
import { EVENT_FIELD_EDIT, listEventEdits, saveEventEdit } from './event-edits.js';
import { getEvent, listEvents } from './event-queries.js';
import { saveExtraction } from './save-extraction.js';
import { testDialects, useTestStore } from './test-dialects.js';
import { month, testExtraction } from './test-extractions.js';

describe('EVENT_FIELD_EDIT', () => {
  it.each([
    [{ field: 'status', value: 'held' }],
    [{ field: 'venue', value: null }],
    [{ field: 'attendance', value: 250 }],
    [{ field: 'places', value: [{ name: 'Тула', type: 'city' }] }],
    [
      {
        field: 'when',
        value: { start: '2021-05-20', end: '2021-05-20', precision: 'day', recurrence: null, text: '' },
      },
    ],
  ])('accepts %j', (edit) => {
    expect(EVENT_FIELD_EDIT.safeParse(edit).success).toBe(true);
  });

  it.each([
    [{ field: 'status', value: 'done' }],
    [{ field: 'title', value: '  ' }],
    [{ field: 'title', value: null }],
    [{ field: 'kind', value: 'пикник' }],
    [{ field: 'attendance', value: -3 }],
    [{ field: 'when', value: { start: '20.05.2021', end: null, precision: 'day', recurrence: null, text: '' } }],
    [{ field: 'evidence', value: 'x' }],
  ])('refuses %j', (edit) => {
    expect(EVENT_FIELD_EDIT.safeParse(edit).success).toBe(false);
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`event edits on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it('moves an event in the calendar when its date is corrected, keeping the history', async () => {
      const text = 'Семинар в Туле — май.';
      const { eventIds } = await saveExtraction(
        current.store,
        testExtraction({ source: 'plan', text, kind: 'plan' }, [
          { title: 'Семинар в Туле', kind: 'семинар', evidence: text, when: month('2021-05', 'май') },
        ]),
      );
      const eventId = eventIds[0]!;
      const may20 = {
        start: '2021-05-20',
        end: '2021-05-21',
        precision: 'day' as const,
        recurrence: null,
        text: '20-21 мая',
      };
      await saveEventEdit(current.store, { eventId, field: 'when', value: month('2021-06'), editor: 'a' });
      await saveEventEdit(current.store, {
        eventId,
        field: 'when',
        value: may20,
        editor: 'b',
        note: 'по пресс-релизу',
      });
      await saveEventEdit(current.store, { eventId, field: 'status', value: 'held', editor: 'b' });

      expect(await listEvents(current.store, { from: '2021-05-01', to: '2021-05-10' })).toEqual([]);
      const [event] = await listEvents(current.store, { from: '2021-05-21', to: '2021-05-31' });
      expect(event).toMatchObject({ id: eventId, when: may20, status: 'held' });
      expect((await getEvent(current.store, eventId))?.sources[0]?.evidence).toBe(text);

      const history = await listEventEdits(current.store, eventId);
      expect(history.map((edit) => [edit.field, edit.editor, edit.note])).toEqual([
        ['when', 'a', null],
        ['when', 'b', 'по пресс-релизу'],
        ['status', 'b', null],
      ]);
      expect(history[1]?.value).toEqual(may20);
    });

    it('refuses an edit of an event that does not exist', async () => {
      await expect(
        saveEventEdit(current.store, { eventId: 424242, field: 'status', value: 'held', editor: 'a' }),
      ).rejects.toThrow();
      expect(await current.store.db.selectFrom('event_edits').selectAll().execute()).toEqual([]);
    });
  });
}
