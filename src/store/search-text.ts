import type { Kysely } from 'kysely';
import { readOrganizersAndPlaces } from './event-associations.js';
import type { Store } from './open-store.js';
import type { Database } from './schema.js';

/**
 * The lemmas of one (lower-case) word form, e.g. from the morphology module:
 * `(word) => morph.lemmas(word)`. «форумах» → ['форум'].
 */
export type Lemmatizer = (word: string) => string[];

/**
 * Text for `EventQuery.q`: lower-cased, ё folded to е, punctuation to spaces, so «Форум»,
 * «форум» and «ФОРУМ» match alike on both backends (SQLite's LIKE folds ASCII case only,
 * PostgreSQL's LIKE none). With a lemmatizer every word's lemmas are stored beside it, so
 * «форумы», «форума» and «форумах» all find «форум» on both backends, without either's own
 * full-text machinery (SQLite's FTS5 and PostgreSQL's tsvector stem differently).
 */
export function toSearchText(parts: ReadonlyArray<string | null | undefined>, lemmatize?: Lemmatizer): string {
  const words = searchWords(parts.filter((part): part is string => Boolean(part)).join(' '));
  const forms = new Set<string>();
  for (const word of words) for (const form of wordForms(word, lemmatize)) forms.add(form);
  return ` ${[...forms].join(' ')} `;
}

/** The words of a query or a field, normalized as `toSearchText` stores them. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The word and its lemmas, normalized; a query word matches when any of them is in the text. */
export function wordForms(word: string, lemmatize?: Lemmatizer): string[] {
  if (!lemmatize) return [word];
  const lemmas = lemmatize(word).flatMap((lemma) => searchWords(lemma));
  return [...new Set([word, ...lemmas])];
}

/** Recomputes one event's `search_text` from its current fields, places and organizers. */
export async function refreshSearchText(db: Kysely<Database>, eventId: number, lemmatize?: Lemmatizer): Promise<void> {
  const event = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  const { places, organizers } = await readOrganizersAndPlaces(db, eventId);
  const searchText = toSearchText(
    [
      event.title,
      event.kind,
      event.when_text,
      event.venue,
      event.expected_result,
      ...places.map((place) => place.name),
      ...organizers,
    ],
    lemmatize,
  );
  if (searchText !== event.search_text) {
    await db.updateTable('events').set({ search_text: searchText }).where('id', '=', eventId).execute();
  }
}

/**
 * Recomputes every event's `search_text`, e.g. after a lemmatizer was first configured or the
 * dictionary changed. Returns how many events were visited.
 *
 * ```ts
 * await rebuildSearchText(await openStore({ ...config, lemmatize: (w) => morph.lemmas(w) }));
 * ```
 */
export async function rebuildSearchText(store: Store): Promise<number> {
  const ids = await store.db.selectFrom('events').select('id').orderBy('id').execute();
  for (const { id } of ids) await refreshSearchText(store.db, id, store.lemmatize);
  return ids.length;
}
