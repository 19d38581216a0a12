/**
 * `munical place add NAME --type city|region|country …`, `munical place list [--edited]`,
 * `munical place remove NAME…`: editors' additions and corrections to the gazetteer, and names
 * removed from it (a town whose name keeps matching a common word). Kept in the store; ingest,
 * watch and reextract use them.
 */
import { PLACE_TYPES, type PlaceType } from '../domain/index.js';
import { loadReferenceData } from '../extract/index.js';
import type { GazetteerEntry } from '../reference/index.js';
import {
  listReferenceEdits,
  loadStoreReferenceEntries,
  type PlaceEntryInput,
  removeReferenceName,
  type Store,
  savePlaceEntry,
} from '../store/index.js';
import { type Command, type CommandIo, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';
import { asUsageError, editorName, editStamp, onlyWithAdd, REEXTRACT_HINT, referenceAction } from './reference-edit.js';

const ADD_FLAGS = ['type', 'region', 'country', 'lat', 'lon', 'founded', 'alias', 'former'] as const;

export const placeCommand: Command = {
  name: 'place',
  summary: 'add, correct or remove places of the gazetteer (add, list, remove)',
  usage:
    'place add NAME --type city|region|country [--region R] [--country C] [--lat N --lon N] [--founded YEAR] [--alias A]... [--former F]... | place list [--edited] | place remove NAME...  [--note TEXT] [--editor WHO] [--db PATH]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      type: { type: 'string' },
      region: { type: 'string' },
      country: { type: 'string' },
      lat: { type: 'string' },
      lon: { type: 'string' },
      founded: { type: 'string' },
      alias: { type: 'string', multiple: true },
      former: { type: 'string', multiple: true },
      edited: { type: 'boolean' },
      note: { type: 'string' },
      editor: { type: 'string' },
    });
    const { action, names } = referenceAction(positionals);
    onlyWithAdd(action, values, ADD_FLAGS);
    if (values.edited && action !== 'list') throw new UsageError('--edited goes with list');
    const entry = action === 'add' ? placeFromFlags(names[0]!, values) : undefined;
    const editor = editorName(values.editor);
    const store = await openConfiguredStore(values.db);
    try {
      if (action === 'list') {
        if (values.edited) await listEditedPlaces(io, store);
        else await listAllPlaces(io, store);
        return 0;
      }
      const meta = { editor, note: values.note ?? null };
      if (entry !== undefined) {
        const edit = await savePlaceEntry(store, { entry, ...meta }).catch(asUsageError);
        io.stdout(`saved ${describePlace(entry)} ${editStamp(edit)}`);
      } else {
        for (const name of names) {
          const edit = await removeReferenceName(store, { kind: 'place', name, ...meta }).catch(asUsageError);
          io.stdout(`removed ${edit.name}: no longer found as a place ${editStamp(edit)}`);
        }
      }
      io.stderr(REEXTRACT_HINT);
      return 0;
    } finally {
      await store.close();
    }
  },
};

type PlaceFlags = Partial<Record<(typeof ADD_FLAGS)[number], string | string[]>>;

/** The entry the flags describe; syntax is checked here, meaning (ranges, lat with lon) by the store. */
function placeFromFlags(name: string, flags: PlaceFlags): PlaceEntryInput {
  const type = flags.type as string | undefined;
  if (type === undefined) throw new UsageError(`add needs --type ${PLACE_TYPES.join('|')}`);
  if (!PLACE_TYPES.includes(type as PlaceType)) {
    throw new UsageError(`--type must be ${PLACE_TYPES.join(', ')}; got «${type}»`);
  }
  if ((flags.lat === undefined) !== (flags.lon === undefined)) {
    throw new UsageError(flags.lat === undefined ? '--lon needs --lat' : '--lat needs --lon');
  }
  const entry: PlaceEntryInput = { name: name.trim(), type: type as PlaceType };
  if (flags.region !== undefined) entry.region = flags.region as string;
  if (flags.country !== undefined) entry.country = flags.country as string;
  if (flags.lat !== undefined) entry.lat = numberFlag('lat', flags.lat as string);
  if (flags.lon !== undefined) entry.lon = numberFlag('lon', flags.lon as string);
  if (flags.founded !== undefined) {
    const founded = flags.founded as string;
    if (!/^-?\d{1,4}$/.test(founded)) throw new UsageError(`--founded must be a year such as 1723, got «${founded}»`);
    entry.founded = Number(founded);
  }
  if (flags.alias !== undefined) entry.aliases = flags.alias as string[];
  if (flags.former !== undefined) entry.formerNames = flags.former as string[];
  return entry;
}

function numberFlag(flag: string, value: string): number {
  const number = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(number))
    throw new UsageError(`--${flag} must be a number, got «${value}»`);
  return number;
}

/** «Новотроицк-Северный (city, Оренбургская область, Россия, 51.2, 58.3, founded 1935; also …)». */
function describePlace(entry: PlaceEntryInput | GazetteerEntry): string {
  const details = [
    entry.type,
    entry.region,
    entry.country,
    entry.lat !== undefined ? `${entry.lat}, ${entry.lon}` : undefined,
    entry.founded !== undefined ? `founded ${entry.founded}` : undefined,
  ].filter((d) => d !== undefined);
  const also = [...(entry.aliases ?? []), ...(entry.formerNames ?? [])];
  return `${entry.name} (${details.join(', ')}${also.length > 0 ? `; also ${also.join(', ')}` : ''})`;
}

async function listEditedPlaces(io: CommandIo, store: Store): Promise<void> {
  const edits = await listReferenceEdits(store, { kind: 'place' });
  for (const edit of edits) {
    io.stdout(
      edit.action === 'set' && edit.kind === 'place'
        ? `set\t${describePlace(edit.entry)}\t${editStamp(edit)}`
        : `removed\t${edit.name}\t${editStamp(edit)}`,
    );
  }
  if (edits.length === 0) io.stderr('no place edited; add one with `munical place add NAME --type city`');
}

/** Every place of the gazetteer in force (shipped and edited), by name; edited ones marked. */
async function listAllPlaces(io: CommandIo, store: Store): Promise<void> {
  const edits = await loadStoreReferenceEntries(store);
  const editedNames = new Set((edits.places ?? []).map((p) => `${p.type}\u0000${p.name}`));
  const { places } = await loadReferenceData(edits);
  const entries = [...places.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const mark = editedNames.has(`${entry.type}\u0000${entry.name}`) ? 'edited' : 'shipped';
    io.stdout(`${mark}\t${describePlace(entry)}`);
  }
}
