/**
 * `munical org add NAME [--abbr X]... [--alias A]...`, `munical org list [--edited]`,
 * `munical org remove NAME…`: editors' additions and corrections to the organization registry,
 * and names removed from it. Kept in the store; ingest, watch and reextract use them.
 */
import { loadReferenceData } from '../extract/index.js';
import type { OrganizationEntry } from '../reference/index.js';
import {
  listReferenceEdits,
  loadStoreReferenceEntries,
  type OrganizationEntryInput,
  removeReferenceName,
  type Store,
  saveOrganizationEntry,
} from '../store/index.js';
import { type Command, type CommandIo, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';
import { asUsageError, editorName, editStamp, onlyWithAdd, REEXTRACT_HINT, referenceAction } from './reference-edit.js';

const ADD_FLAGS = ['abbr', 'alias', 'kind', 'country'] as const;

export const orgCommand: Command = {
  name: 'org',
  summary: 'add, correct or remove organizations of the registry (add, list, remove)',
  usage:
    'org add NAME [--abbr X]... [--alias A]... [--kind K] [--country C] | org list [--edited] | org remove NAME...  [--note TEXT] [--editor WHO] [--db PATH]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      abbr: { type: 'string', multiple: true },
      alias: { type: 'string', multiple: true },
      kind: { type: 'string' },
      country: { type: 'string' },
      edited: { type: 'boolean' },
      note: { type: 'string' },
      editor: { type: 'string' },
    });
    const { action, names } = referenceAction(positionals);
    onlyWithAdd(action, values, ADD_FLAGS);
    if (values.edited && action !== 'list') throw new UsageError('--edited goes with list');
    const editor = editorName(values.editor);
    const store = await openConfiguredStore(values.db);
    try {
      if (action === 'list') {
        if (values.edited) await listEditedOrganizations(io, store);
        else await listAllOrganizations(io, store);
        return 0;
      }
      const meta = { editor, note: values.note ?? null };
      if (action === 'add') {
        const entry: OrganizationEntryInput = { name: names[0]!.trim() };
        if (values.abbr !== undefined) entry.abbreviations = values.abbr;
        if (values.alias !== undefined) entry.aliases = values.alias;
        if (values.kind !== undefined) entry.kind = values.kind;
        if (values.country !== undefined) entry.country = values.country;
        const edit = await saveOrganizationEntry(store, { entry, ...meta }).catch(asUsageError);
        io.stdout(`saved ${describeOrganization(entry)} ${editStamp(edit)}`);
      } else {
        for (const name of names) {
          const edit = await removeReferenceName(store, { kind: 'organization', name, ...meta }).catch(asUsageError);
          io.stdout(`removed ${edit.name}: no longer found as an organization ${editStamp(edit)}`);
        }
      }
      io.stderr(REEXTRACT_HINT);
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** «Ассоциация городов Урала (АГУ; association; also …)». */
function describeOrganization(entry: OrganizationEntryInput | OrganizationEntry): string {
  const details = [(entry.abbreviations ?? []).join(', '), entry.kind, entry.country].filter((d) => d);
  const also = entry.aliases ?? [];
  const inside = [details.join('; '), also.length > 0 ? `also ${also.join(', ')}` : ''].filter((d) => d).join('; ');
  return inside === '' ? entry.name : `${entry.name} (${inside})`;
}

async function listEditedOrganizations(io: CommandIo, store: Store): Promise<void> {
  const edits = await listReferenceEdits(store, { kind: 'organization' });
  for (const edit of edits) {
    io.stdout(
      edit.action === 'set' && edit.kind === 'organization'
        ? `set\t${describeOrganization(edit.entry)}\t${editStamp(edit)}`
        : `removed\t${edit.name}\t${editStamp(edit)}`,
    );
  }
  if (edits.length === 0) io.stderr('no organization edited; add one with `munical org add NAME --abbr X`');
}

/** Every organization of the registry in force (shipped and edited), by name; edited ones marked. */
async function listAllOrganizations(io: CommandIo, store: Store): Promise<void> {
  const edits = await loadStoreReferenceEntries(store);
  const editedNames = new Set((edits.orgs ?? []).map((o) => o.name.toLowerCase()));
  const { orgs } = await loadReferenceData(edits);
  const entries = [...orgs.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const mark = editedNames.has(entry.name.toLowerCase()) ? 'edited' : 'shipped';
    io.stdout(`${mark}\t${describeOrganization(entry)}`);
  }
}
