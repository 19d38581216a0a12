/**
 * `munical watch [--once] [--all]`: re-reads the registered web sources (`munical source add`) on
 * their schedule and ingests what is new or changed (by hash). One line per check; `--once` checks
 * what is due and exits; without it the command runs until SIGINT/SIGTERM, finishing the document
 * under way first.
 */
import { readConfig } from '../config.js';
import { checkSources, loadStoreExtractor, type SourceCheckResult, watchSources } from '../jobs/index.js';
import { type Command, type CommandIo, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';

function report(io: CommandIo, result: SourceCheckResult): void {
  const line = `${result.status} ${result.url}: ${result.stored} stored (${result.events} events), ${result.unchanged} unchanged, ${result.refused} refused`;
  if (result.status === 'error') io.stderr(`${line} — ${result.error}`);
  else io.stdout(result.error ? `${line} — ${result.error}` : line);
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 're-read the registered web sources on their schedule and ingest what changed',
  usage: 'watch [--once] [--all] [--db PATH] [--max-bytes N] [--timeout-ms N]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      once: { type: 'boolean' },
      all: { type: 'boolean' },
      'max-bytes': { type: 'string' },
      'timeout-ms': { type: 'string' },
    });
    if (positionals.length > 0)
      throw new UsageError('watch takes no addresses; register them with `munical source add URL`');
    if (values.all && !values.once) throw new UsageError('--all goes with --once');
    const maxBytes = values['max-bytes'] === undefined ? readConfig().maxDocumentBytes : Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive integer');
    const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
    if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs <= 0)) {
      throw new UsageError('--timeout-ms must be a positive integer');
    }
    const limits = { maxBytes, ...(timeoutMs ? { timeoutMs } : {}) };
    const store = await openConfiguredStore(values.db);
    try {
      const { extractor, extractorVersion } = await loadStoreExtractor(store);
      if (values.once) {
        const results = await checkSources(store, extractor, { limits, all: values.all === true, extractorVersion });
        for (const result of results) report(io, result);
        const errors = results.filter((r) => r.status === 'error').length;
        io.stdout(
          `watch: ${results.length} checked, ${results.filter((r) => r.status === 'changed').length} changed, ${errors} failed`,
        );
        return results.length > 0 && errors === results.length ? 1 : 0;
      }
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        io.stderr('watch: checking registered sources on their schedule; Ctrl-C stops');
        await watchSources(store, extractor, {
          limits,
          signal: stop.signal,
          reloadExtractor: () => loadStoreExtractor(store),
          onCheck: (r) => report(io, r),
          onError: (url, error) =>
            io.stderr(`failed ${url}: ${error instanceof Error ? error.message : String(error)}`),
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
