/**
 * Crash safety of `munical ingest`: the real command (bin/munical.js, the build in dist/) ingests
 * 300 generated documents and is killed with SIGKILL after some «stored» lines. The database must
 * then hold every reported document, each with all its events (as many as a clean run gives it),
 * none twice and no event without its source; running the command again must finish the rest so
 * that the result equals a clean run's, storing nothing twice.
 *
 * Needs the build: `npm test` builds first. Without dist/ the test is skipped with a message,
 * unless CI=true, where it fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCrashDocuments } from './documents.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/munical.js');
const built = existsSync(join(ROOT, 'dist/cli/main.js'));
const required = process.env.CI === 'true';
const COUNT = 300;
/** How many «stored» lines to see before the kill. */
const KILL_AFTER = 25;

if (!built && !required)
  console.warn('crash test: skipped, dist/ is missing; run `npm run build` (CI=true makes it mandatory)');

interface Run {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function ingest(folder: string, db: string, onLine?: (line: string, run: Run) => void): Run {
  // No DATABASE_URL: --db decides, whatever the environment running the tests says.
  const { DATABASE_URL: _url, MUNICAL_DB: _db, ...env } = process.env;
  const child = spawn(process.execPath, [BIN, 'ingest', folder, '--db', db], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { child, lines: [], exited: Promise.resolve({ code: null, signal: null, stderr: '' }) };
  let stderr = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      run.lines.push(line);
      onLine?.(line, run);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  run.exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return run;
}

interface DocumentRow {
  source: string;
  item_key: string | null;
  version: number;
  events: number;
}

function readStore(path: string) {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const documents = db
      .prepare(
        `select d.source, d.item_key, d.version, (select count(*) from event_sources s where s.document_id = d.id) as events
         from documents d order by d.source`,
      )
      .all() as DocumentRow[];
    const duplicates = db
      .prepare('select source, count(*) as n from documents group by source, item_key having count(*) > 1')
      .all();
    const orphanEvents = (
      db
        .prepare(
          'select count(*) as n from events e where not exists (select 1 from event_sources s where s.event_id = e.id)',
        )
        .get() as {
        n: number;
      }
    ).n;
    const events = (db.prepare('select count(*) as n from events').get() as { n: number }).n;
    return { documents, duplicates, orphanEvents, events };
  } finally {
    db.close();
  }
}

const summaryOf = (lines: string[]) => lines.find((line) => line.startsWith('ingest: ')) ?? '(no summary)';

describe.skipIf(!built && !required)('munical ingest killed mid-way', () => {
  let dir: string;
  let folder: string;
  beforeAll(async () => {
    if (!built) throw new Error('crash test: CI=true but dist/ is missing; run `npm run build` first');
    dir = await mkdtemp(join(tmpdir(), 'munical-crash-'));
    folder = join(dir, 'documents');
    await writeCrashDocuments(folder, COUNT);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every document whole, none twice, and a second run finishes the rest', async () => {
    const killedDb = join(dir, 'killed.db');
    const cleanDb = join(dir, 'clean.db');
    // The clean run goes alongside: the reference every other count is compared with.
    const clean = ingest(folder, cleanDb);
    let stored = 0;
    let storedAtKill = -1;
    const killed = ingest(folder, killedDb, (line, run) => {
      if (!line.startsWith('stored ')) return;
      stored++;
      if (stored === KILL_AFTER) {
        storedAtKill = stored;
        run.child.kill('SIGKILL');
      }
    });
    const killedExit = await killed.exited;
    expect(killedExit.signal, `the run was not killed mid-way: ${summaryOf(killed.lines)} ${killedExit.stderr}`).toBe(
      'SIGKILL',
    );
    expect(storedAtKill).toBe(KILL_AFTER);
    const reportedStored = killed.lines
      .filter((line) => line.startsWith('stored '))
      .map((line) => line.slice(7, line.indexOf(':')));

    const cleanExit = await clean.exited;
    expect(cleanExit.code, cleanExit.stderr).toBe(0);
    expect(summaryOf(clean.lines)).toMatch(
      new RegExp(`^ingest: ${COUNT} stored \\(\\d+ events\\), 0 unchanged, 0 refused$`),
    );
    const reference = readStore(cleanDb);
    expect(reference.documents).toHaveLength(COUNT);
    const referenceEvents = new Map(reference.documents.map((d) => [d.source, d.events]));
    expect(
      [...referenceEvents.values()].every((n) => n >= 2),
      'every generated document states events',
    ).toBe(true);

    // After the kill: what was reported stored is there; each document whole; none twice.
    const afterKill = readStore(killedDb);
    const storedSources = afterKill.documents.map((d) => d.source);
    expect(storedSources.length).toBeGreaterThanOrEqual(reportedStored.length);
    expect(storedSources.length, 'killed before the end').toBeLessThan(COUNT);
    expect(storedSources).toEqual(expect.arrayContaining(reportedStored));
    expect(afterKill.duplicates).toEqual([]);
    expect(afterKill.documents.every((d) => d.version === 1)).toBe(true);
    for (const document of afterKill.documents) {
      expect(document.events, `events of ${document.source}`).toBe(referenceEvents.get(document.source));
    }
    expect(afterKill.orphanEvents).toBe(0);

    // Again: the rest is stored, what was stored is unchanged, and the result is the clean run's.
    const resumed = ingest(folder, killedDb);
    const resumedExit = await resumed.exited;
    expect(resumedExit.code, resumedExit.stderr).toBe(0);
    const rest = COUNT - storedSources.length;
    expect(summaryOf(resumed.lines)).toMatch(
      new RegExp(`^ingest: ${rest} stored \\(\\d+ events\\), ${storedSources.length} unchanged, 0 refused$`),
    );
    const final = readStore(killedDb);
    expect(final.duplicates).toEqual([]);
    expect(final.orphanEvents).toBe(0);
    expect(final.documents.map((d) => [d.source, d.version, d.events])).toEqual(
      reference.documents.map((d) => [d.source, d.version, d.events]),
    );
    expect(final.events).toBe(reference.events);
  }, 240_000);
});
