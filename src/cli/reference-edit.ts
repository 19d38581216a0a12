/**
 * What `munical place` and `munical org` share: the action word, who is editing, how an edit is
 * shown, and the reminder that stored documents see an edit only after `munical reextract`.
 */
import { userInfo } from 'node:os';
import type { ReferenceEdit } from '../store/index.js';
import { UsageError } from './command.js';

export const REFERENCE_ACTIONS = ['add', 'list', 'remove'] as const;
export type ReferenceAction = (typeof REFERENCE_ACTIONS)[number];

/** The action and the names after it; `list` takes none, `add` one, `remove` one or more. */
export function referenceAction(positionals: string[]): { action: ReferenceAction; names: string[] } {
  const [action, ...names] = positionals;
  if (!REFERENCE_ACTIONS.includes(action as ReferenceAction)) {
    throw new UsageError(
      action === undefined
        ? 'no action given (add, list or remove)'
        : `unknown action «${action}»; use add, list or remove`,
    );
  }
  if (action === 'list' && names.length > 0) throw new UsageError(`list takes no name, got «${names[0]}»`);
  if (action !== 'list' && names.length === 0) throw new UsageError(`${action} needs a NAME`);
  if (action === 'add' && names.length > 1) {
    throw new UsageError(`add takes one NAME, got ${names.length}; quote a name of several words: "Новый Уренгой"`);
  }
  return { action: action as ReferenceAction, names };
}

/** Flags that only `add` reads: naming one with another action is a mistake, not a no-op. */
export function onlyWithAdd(action: ReferenceAction, values: Record<string, unknown>, flags: readonly string[]): void {
  if (action === 'add') return;
  const given = flags.find((flag) => values[flag] !== undefined);
  if (given !== undefined) throw new UsageError(`--${given} goes with add`);
}

/** `--editor`, else the user running the command. */
export function editorName(flag: string | undefined): string {
  if (flag !== undefined) {
    if (flag.trim() === '') throw new UsageError('--editor cannot be empty');
    return flag.trim();
  }
  try {
    return userInfo().username || 'cli';
  } catch {
    return process.env.USER || 'cli';
  }
}

/** A store's validation message («place «X»: lat and lon go together…») as a usage error. */
export function asUsageError(error: unknown): never {
  throw new UsageError(error instanceof Error ? error.message : String(error));
}

/** «by ivanova at 2026-11-23T10:00:00.000Z — note». */
export function editStamp(edit: ReferenceEdit): string {
  return `by ${edit.editor} at ${edit.editedAt}${edit.note ? ` — ${edit.note}` : ''}`;
}

export const REEXTRACT_HINT = 'new documents use it now; run `munical reextract` to apply it to the stored ones';
