/**
 * Re-reading registered web sources on their schedule: each due source is fetched and ingested
 * like `munical ingest URL` — a document (feed item) whose hash is already the latest version is
 * skipped before extraction, so only what is new or changed is stored — and the outcome is
 * recorded on the source (checked at, status, error, counts). `munical watch` runs this in a loop;
 * the server can call `checkSources` from its own timer.
 *
 * Conditional requests (`If-None-Match`/`If-Modified-Since`) are not sent: `fetchDocument` takes no
 * request headers and returns no response headers, so a check downloads the whole document and
 * the hash decides.
 */
import type { Extractor } from '../extract/index.js';
import type { IngestLimits } from '../ingest/index.js';
import {
  dueSources,
  listSources,
  nextCheckAt,
  recordSourceCheck,
  type SourceRecord,
  type SourceStatus,
  type Store,
} from '../store/index.js';
import { type IngestOutcome, ingestSources } from './ingest-sources.js';
import type { StoreExtractor } from './store-extractor.js';

export interface CheckSourcesOptions {
  /** The time the schedule is read at and checks are recorded with; default the clock. */
  now?: Date;
  /** Check every registered source, due or not. */
  all?: boolean;
  /** Fetch limits (time, size, redirects). */
  limits?: Partial<IngestLimits>;
  /** Recorded with each event's provenance; default `EXTRACTOR_VERSION`. */
  extractorVersion?: string;
  /** Each document's outcome as it happens. */
  onOutcome?: (url: string, outcome: IngestOutcome) => void;
}

export interface SourceCheckResult {
  url: string;
  checkedAt: string;
  status: SourceStatus;
  /** Why the fetch failed, or the first refused item's reason; null when nothing was refused. */
  error: string | null;
  stored: number;
  unchanged: number;
  refused: number;
  events: number;
}

/**
 * Checks the sources due at `now` (or all of them), one after another, and records each outcome.
 *
 * ```ts
 * for (const r of await checkSources(store, extractor, { limits: { timeoutMs: 20_000 } })) console.log(r.url, r.status);
 * ```
 */
export async function checkSources(
  store: Store,
  extractor: Extractor,
  options: CheckSourcesOptions = {},
): Promise<SourceCheckResult[]> {
  const sources = options.all ? await listSources(store) : await dueSources(store, options.now ?? new Date());
  const results: SourceCheckResult[] = [];
  for (const source of sources) results.push(await checkSource(store, extractor, source.url, options));
  return results;
}

/** Fetches and ingests one registered source now, and records the outcome on it. */
export async function checkSource(
  store: Store,
  extractor: Extractor,
  url: string,
  options: Omit<CheckSourcesOptions, 'all'> = {},
): Promise<SourceCheckResult> {
  const result: SourceCheckResult = {
    url,
    checkedAt: (options.now ?? new Date()).toISOString(),
    status: 'unchanged',
    error: null,
    stored: 0,
    unchanged: 0,
    refused: 0,
    events: 0,
  };
  const ingestOptions = {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.extractorVersion ? { extractorVersion: options.extractorVersion } : {}),
  };
  for await (const outcome of ingestSources(store, extractor, [url], ingestOptions)) {
    options.onOutcome?.(url, outcome);
    if (outcome.kind === 'stored') {
      result.stored++;
      result.events += outcome.events;
    } else if (outcome.kind === 'unchanged') {
      result.unchanged++;
    } else {
      result.refused++;
      result.error ??= outcome.reason;
    }
  }
  result.status = result.stored > 0 ? 'changed' : result.refused > 0 && result.unchanged === 0 ? 'error' : 'unchanged';
  await recordSourceCheck(store, url, {
    checkedAt: result.checkedAt,
    status: result.status,
    error: result.error,
    stored: result.stored,
    unchanged: result.unchanged,
  });
  return result;
}

/** When the next source falls due (undefined when none is registered). */
export async function nextSourceDue(store: Store): Promise<Date | undefined> {
  const sources: SourceRecord[] = await listSources(store);
  let next: Date | undefined;
  for (const source of sources) {
    const at = nextCheckAt(source);
    if (next === undefined || at < next) next = at;
  }
  return next;
}

export interface WatchSourcesOptions extends Omit<CheckSourcesOptions, 'now' | 'all'> {
  /** Stops the loop; a check under way finishes its current document first. */
  signal?: AbortSignal;
  /** Longest sleep between looks at the schedule, so sources added meanwhile are noticed (default 60 s). */
  pollMs?: number;
  /** Each source's outcome. */
  onCheck?: (result: SourceCheckResult) => void;
  /** A check that failed outside the fetch (the store went away…); the loop goes on. Default: thrown. */
  onError?: (url: string, error: unknown) => void;
  /**
   * Called before each round of checks; the extractor and version it gives replace the ones passed,
   * so reference data edited while the loop runs is used from the next round
   * (`() => loadStoreExtractor(store)`).
   */
  reloadExtractor?: () => Promise<StoreExtractor>;
}

/**
 * Checks due sources, sleeps until the next falls due (at most `pollMs`), and again, until
 * `signal` aborts. What the server's scheduler or `munical watch` run.
 */
export async function watchSources(
  store: Store,
  extractor: Extractor,
  options: WatchSourcesOptions = {},
): Promise<void> {
  const { signal, onCheck, onError, reloadExtractor, pollMs = 60_000, ...checkOptions } = options;
  let current = extractor;
  while (!signal?.aborted) {
    let next: Date | undefined;
    // After a failure, the failing source is still due: wait a whole poll before trying again.
    let least = 100;
    try {
      if (reloadExtractor) {
        const reloaded = await reloadExtractor();
        current = reloaded.extractor;
        checkOptions.extractorVersion = reloaded.extractorVersion;
      }
      for (const source of await dueSources(store, new Date())) {
        if (signal?.aborted) return;
        try {
          onCheck?.(await checkSource(store, current, source.url, checkOptions));
        } catch (error) {
          if (!onError) throw error;
          onError(source.url, error);
          least = pollMs;
        }
      }
      next = await nextSourceDue(store);
    } catch (error) {
      if (!onError) throw error;
      onError('(schedule)', error);
      least = pollMs;
    }
    const wait = next === undefined ? pollMs : Math.min(pollMs, Math.max(0, next.getTime() - Date.now()));
    await sleep(Math.max(wait, least), signal);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
