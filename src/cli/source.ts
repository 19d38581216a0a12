/**
 * `munical source add URL [--every 6h]`, `munical source list`, `munical source remove URL`: the web
 * addresses `munical watch` re-reads on a schedule (feeds, news pages, plan pages).
 */
import { formatInterval, parseInterval } from '../jobs/index.js';
import { addSource, listSources, nextCheckAt, removeSource, type SourceRecord } from '../store/index.js';
import { type Command, parseCommandArgs, UsageError } from './command.js';
import { openConfiguredStore } from './open-store.js';

export const DEFAULT_EVERY = '6h';

function describeSource(source: SourceRecord): string {
  const last =
    source.lastCheckedAt === null
      ? 'never checked'
      : `checked ${source.lastCheckedAt}: ${source.lastStatus}` +
        (source.lastStatus === 'error'
          ? ''
          : ` (${source.lastStored ?? 0} stored, ${source.lastUnchanged ?? 0} unchanged)`) +
        (source.lastError ? ` — ${source.lastError}` : '');
  return `${source.url}\tevery ${formatInterval(source.everySeconds)}\t${last}\tnext ${nextCheckAt(source).toISOString()}`;
}

export const sourceCommand: Command = {
  name: 'source',
  summary: 'register web addresses to re-read on a schedule (add, list, remove)',
  usage: 'source add URL [--every 6h] | source list | source remove URL  [--db PATH]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string' },
      every: { type: 'string' },
    });
    const [action, ...urls] = positionals;
    if (action !== 'add' && action !== 'list' && action !== 'remove') {
      throw new UsageError(
        action === undefined ? 'no action given (add, list or remove)' : `unknown action «${action}»`,
      );
    }
    if (action === 'list' ? urls.length > 0 : urls.length === 0) {
      throw new UsageError(action === 'list' ? 'list takes no URL' : `${action} needs a URL`);
    }
    if (values.every !== undefined && action !== 'add') throw new UsageError('--every goes with add');
    let everySeconds = 0;
    try {
      everySeconds = parseInterval(values.every ?? DEFAULT_EVERY);
    } catch (error) {
      throw new UsageError(`--every: ${(error as Error).message}`);
    }
    const store = await openConfiguredStore(values.db);
    try {
      if (action === 'list') {
        const sources = await listSources(store);
        for (const source of sources) io.stdout(describeSource(source));
        if (sources.length === 0) io.stderr('no sources registered; add one with `munical source add URL`');
        return 0;
      }
      let failed = 0;
      for (const url of urls) {
        if (action === 'add') {
          try {
            const { source, created } = await addSource(store, { url, everySeconds });
            io.stdout(`${created ? 'added' : 'updated'} ${source.url}: every ${formatInterval(source.everySeconds)}`);
          } catch (error) {
            failed++;
            io.stderr(`refused ${url}: ${(error as Error).message}`);
          }
        } else if (await removeSource(store, url)) {
          io.stdout(`removed ${url}`);
        } else {
          failed++;
          io.stderr(`not registered: ${url}`);
        }
      }
      return failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
