import type { Transaction, Updateable } from 'kysely';
import { z } from 'zod';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_STATUSES,
  type EventField,
  PLACE_TYPES,
  type Place,
  PRECISIONS,
  RECURRENCES,
  type When,
} from '../domain/index.js';
import { readOrganizersAndPlaces, writeOrganizersAndPlaces } from './event-associations.js';
import type { Store } from './open-store.js';
import type { Database, EventsTable } from './schema.js';
import { type Lemmatizer, refreshSearchText } from './search-text.js';

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const TIME = z.string().regex(/^\d{2}:\d{2}$/, 'expected a time HH:MM');
const TEXT = z.string().trim().min(1);

/**
 * One corrected field and its new value in the domain shape (`When` for 'when', `Place[]` for
 * 'places' …). The web validates an editor's form with it where the form comes in.
 */
export const EVENT_FIELD_EDIT = z.discriminatedUnion('field', [
  z.object({ field: z.literal('title'), value: TEXT }),
  z.object({ field: z.literal('kind'), value: z.enum(EVENT_KINDS) }),
  z.object({
    field: z.literal('when'),
    value: z.object({
      start: ISO_DATE.nullable(),
      end: ISO_DATE.nullable(),
      precision: z.enum(PRECISIONS),
      recurrence: z.enum(RECURRENCES).nullable(),
      text: z.string(),
      time: z.object({ start: TIME, end: TIME.nullable() }).optional(),
    }),
  }),
  z.object({
    field: z.literal('places'),
    value: z.array(z.object({ name: TEXT, type: z.enum(PLACE_TYPES) })),
  }),
  z.object({ field: z.literal('venue'), value: TEXT.nullable() }),
  z.object({ field: z.literal('organizers'), value: z.array(TEXT) }),
  z.object({ field: z.literal('format'), value: z.enum(EVENT_FORMATS).nullable() }),
  z.object({ field: z.literal('status'), value: z.enum(EVENT_STATUSES).nullable() }),
  z.object({ field: z.literal('attendance'), value: z.number().int().nonnegative().nullable() }),
  z.object({ field: z.literal('age'), value: z.number().int().nonnegative().nullable() }),
  z.object({ field: z.literal('expectedResult'), value: TEXT.nullable() }),
]);

export type EventFieldEdit = z.infer<typeof EVENT_FIELD_EDIT>;

/** An editor's correction of one field of one event. */
export type EventEditInput = EventFieldEdit & {
  eventId: number;
  editor: string;
  note?: string | null;
};

export interface EventEdit {
  id: number;
  field: EventField;
  value: unknown;
  editor: string;
  editedAt: string;
  note: string | null;
}

/**
 * Records an editor's correction and applies it at once. Kept as history; the latest per field
 * wins, and it is applied again after every re-extraction of the event's document.
 *
 * ```ts
 * await saveEventEdit(store, { eventId: 7, field: 'status', value: 'held', editor: 'ivanova' });
 * ```
 */
export async function saveEventEdit(store: Store, edit: EventEditInput): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('event_edits')
      .values({
        event_id: edit.eventId,
        field: edit.field,
        value: JSON.stringify(edit.value),
        editor: edit.editor,
        edited_at: new Date().toISOString(),
        note: edit.note ?? null,
      })
      .execute();
    await applyEventEdits(trx, edit.eventId, store.lemmatize);
  });
}

/** The edits of one event, oldest first. */
export async function listEventEdits(store: Store, eventId: number): Promise<EventEdit[]> {
  const rows = await store.db
    .selectFrom('event_edits')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    field: row.field as EventField,
    value: JSON.parse(row.value) as unknown,
    editor: row.editor,
    editedAt: row.edited_at,
    note: row.note,
  }));
}

/** Overwrites the event's fields with its editors' latest corrections. */
export async function applyEventEdits(
  trx: Transaction<Database>,
  eventId: number,
  lemmatize?: Lemmatizer,
): Promise<void> {
  const edits = await trx
    .selectFrom('event_edits')
    .select(['field', 'value'])
    .where('event_id', '=', eventId)
    .orderBy('id')
    .execute();
  if (edits.length === 0) return;
  const latest = new Map(edits.map((edit) => [edit.field as EventField, JSON.parse(edit.value) as unknown]));
  const columns: Updateable<EventsTable> = {};
  for (const [field, value] of latest) {
    switch (field) {
      case 'title':
      case 'kind':
        columns[field] = value as string;
        break;
      case 'venue':
      case 'format':
      case 'status':
        columns[field] = value as string | null;
        break;
      case 'expectedResult':
        columns.expected_result = value as string | null;
        break;
      case 'attendance':
      case 'age':
        columns[field] = value as number | null;
        break;
      case 'when': {
        const when = value as When;
        Object.assign(columns, {
          start_date: when.start,
          end_date: when.end,
          precision: when.precision,
          recurrence: when.recurrence,
          when_text: when.text,
          time_start: when.time?.start ?? null,
          time_end: when.time?.end ?? null,
        });
        break;
      }
      case 'places':
      case 'organizers':
        break;
    }
  }
  if (latest.has('places') || latest.has('organizers')) {
    const current = await readOrganizersAndPlaces(trx, eventId);
    await writeOrganizersAndPlaces(trx, eventId, {
      places: (latest.get('places') as Place[] | undefined) ?? current.places,
      organizers: (latest.get('organizers') as string[] | undefined) ?? current.organizers,
    });
  }
  await trx
    .updateTable('events')
    .set({ ...columns, updated_at: new Date().toISOString() })
    .where('id', '=', eventId)
    .execute();
  await refreshSearchText(trx, eventId, lemmatize);
}
