/**
 * `munical reextract [--source S]`: extracts the latest version of every stored document again
 * (text, date and title from the store; nothing fetched) and saves the events, keeping event ids
 * where the event is the same and re-applying editors' corrections. Uses the reference data with
 * the store's edits (`munical place add` …), so it is also how an edit reaches the stored documents.
 * Prints each document whose events changed, then how many documents and events changed.
 */
import { loadStoreExtractor, reextractDocuments } from '../jobs/index.js';
import { type Command, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';

export const reextractCommand: Command = {
  name: 'reextract',
  summary: 'extract the stored documents again (after extraction or reference data changed), keeping edits',
  usage: 'reextract [--db PATH] [--source FILE|FOLDER|URL] [--quiet]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      source: { type: 'string' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument «${positionals[0]}»; use --source S`);
    const store = await openConfiguredStore(values.db);
    let documents = 0;
    let changed = 0;
    let failed = 0;
    const events = { total: 0, added: 0, removed: 0, updated: 0 };
    try {
      const { extractor, extractorVersion } = await loadStoreExtractor(store);
      const options = { extractorVersion, ...(values.source ? { source: values.source } : {}) };
      for await (const outcome of reextractDocuments(store, extractor, options)) {
        const item = outcome.itemKey ? ` [${outcome.itemKey}]` : '';
        if (outcome.kind === 'failed') {
          failed++;
          io.stderr(`failed ${outcome.source}${item}: ${outcome.reason}`);
          continue;
        }
        if (outcome.kind === 'superseded') {
          if (!values.quiet) io.stdout(`skipped ${outcome.source}${item}: a newer version arrived meanwhile`);
          continue;
        }
        documents++;
        events.total += outcome.events;
        events.added += outcome.added;
        events.removed += outcome.removed;
        events.updated += outcome.updated;
        if (outcome.added + outcome.removed + outcome.updated > 0) {
          changed++;
          if (!values.quiet) {
            io.stdout(
              `changed ${outcome.source}${item}: ${outcome.events} events (+${outcome.added} −${outcome.removed} ~${outcome.updated})`,
            );
          }
        }
      }
    } finally {
      await store.close();
    }
    if (documents + failed === 0 && values.source) io.stderr(`no stored document from ${values.source}`);
    const eventsChanged = events.added + events.removed + events.updated;
    io.stdout(
      `reextract: ${documents} documents, ${changed} changed; ${events.total} events, ${eventsChanged} changed (${events.added} added, ${events.removed} removed, ${events.updated} updated); ${failed} failed`,
    );
    return failed > 0 ? 1 : 0;
  },
};
