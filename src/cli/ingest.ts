/**
 * `munical ingest PATH...`: stores files, folders and web addresses with their events. Prints what
 * it stored, what was unchanged and what it refused and why; exits non-zero when nothing could be
 * ingested. On a terminal a progress line shows files, megabytes, events and errors.
 */
import { readConfig } from '../config.js';
import { type IngestProgress, ingestSources, loadStoreExtractor } from '../jobs/index.js';
import { type Command, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';

function progressLine(p: IngestProgress): string {
  const mb = (p.bytesDone / 1024 / 1024).toFixed(1);
  return `[${p.filesDone}/${p.filesTotal}] ${mb} MB, ${p.eventsFound} events, ${p.errors} errors`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read files, folders or web addresses, extract their events and store them',
  usage: 'ingest PATH|URL... [--db PATH] [--max-bytes N] [--quiet]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('no PATH given');
    const maxBytes = values['max-bytes'] === undefined ? readConfig().maxDocumentBytes : Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive integer');
    const store = await openConfiguredStore(values.db);
    const tty = process.stderr.isTTY === true && !values.quiet;
    let stored = 0;
    let unchanged = 0;
    let refused = 0;
    let events = 0;
    try {
      const { extractor, extractorVersion } = await loadStoreExtractor(store);
      const onProgress = tty ? (p: IngestProgress) => process.stderr.write(`\r${progressLine(p)}\x1b[K`) : undefined;
      for await (const outcome of ingestSources(store, extractor, positionals, {
        limits: { maxBytes },
        onProgress,
        extractorVersion,
      })) {
        const item = 'itemKey' in outcome && outcome.itemKey ? ` [${outcome.itemKey}]` : '';
        if (tty) process.stderr.write('\r\x1b[K');
        if (outcome.kind === 'stored') {
          stored++;
          events += outcome.events;
          if (!values.quiet) io.stdout(`stored ${outcome.source}${item}: ${outcome.events} events`);
        } else if (outcome.kind === 'unchanged') {
          unchanged++;
          if (!values.quiet) io.stdout(`unchanged ${outcome.source}${item}`);
        } else {
          refused++;
          io.stderr(`refused ${outcome.source}: ${outcome.reason}`);
        }
      }
    } finally {
      if (tty) process.stderr.write('\r\x1b[K');
      await store.close();
    }
    io.stdout(`ingest: ${stored} stored (${events} events), ${unchanged} unchanged, ${refused} refused`);
    return refused > 0 && stored + unchanged === 0 ? 1 : 0;
  },
};
