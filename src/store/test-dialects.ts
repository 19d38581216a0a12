import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { StoreDialect } from './dialect-specific.js';
import { openStore, type Store } from './open-store.js';

/**
 * The backends the store tests run on, as Kysely's own tests loop over `DIALECTS`: SQLite in
 * memory always; PostgreSQL when `MUNICAL_TEST_PG_URL` is set, and required (failing, not
 * skipping) when `MUNICAL_REQUIRE_PG=1`.
 *
 * ```ts
 * for (const dialect of testDialects()) {
 *   describe.skipIf(dialect.skip)(`events on ${dialect.name}`, () => {
 *     const current = useTestStore(dialect);
 *     it('lists', async () => expect(await listEvents(current.store, {})).toEqual([]));
 *   });
 * }
 * ```
 */
export interface TestDialect {
  name: StoreDialect;
  /** True when this backend is not configured here; the reason was already printed. */
  skip: boolean;
  /** PostgreSQL URL, for `postgres`. */
  url?: string;
}

export const CI_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

let warned = false;

export function testDialects(env: NodeJS.ProcessEnv = process.env): TestDialect[] {
  const url = env.MUNICAL_TEST_PG_URL || undefined;
  const required = env.MUNICAL_REQUIRE_PG === '1';
  if (!url && !required && !warned) {
    warned = true;
    console.warn(
      `store tests: PostgreSQL skipped, MUNICAL_TEST_PG_URL is not set (e.g. MUNICAL_TEST_PG_URL=${CI_PG_URL}; MUNICAL_REQUIRE_PG=1 makes it mandatory)`,
    );
  }
  return [
    { name: 'sqlite', skip: false },
    { name: 'postgres', skip: !url && !required, ...(url ? { url } : {}) },
  ];
}

/** A store made for tests, and how to throw it away. */
export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated, empty store: SQLite in memory, or a PostgreSQL schema of its own
 * (`munical_test_<random>`) so parallel test files never see each other's rows.
 */
export async function createTestStore(dialect: TestDialect): Promise<TestStore> {
  if (dialect.name === 'sqlite') {
    const store = await openStore({ sqlitePath: ':memory:' });
    return { store, dispose: () => store.close() };
  }
  if (!dialect.url) {
    throw new Error('store tests: MUNICAL_REQUIRE_PG=1 but MUNICAL_TEST_PG_URL is not set');
  }
  const url = dialect.url;
  const schema = `munical_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(url, `create schema ${schema}`);
  try {
    // Few connections: test files run in parallel, beside other engineers' and CI's, and
    // PostgreSQL allows 100 by default.
    const store = await openStore({ databaseUrl: url, postgresSchema: schema, postgresPoolSize: 4 });
    return {
      store,
      async dispose() {
        await store.close();
        await runAdmin(url, `drop schema ${schema} cascade`);
      },
    };
  } catch (error) {
    await runAdmin(url, `drop schema ${schema} cascade`);
    throw error;
  }
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(statement);
  } catch (error) {
    throw new Error(`store tests: cannot run "${statement}" on PostgreSQL at ${url}`, { cause: error });
  } finally {
    await client.end();
  }
}

/**
 * Registers vitest hooks giving each test of the enclosing `describe` a fresh, empty store;
 * read `.store` inside the test. SQLite gets a new in-memory database per test; PostgreSQL one
 * schema per file (per `describe`), emptied before each test.
 */
export function useTestStore(dialect: TestDialect): { readonly store: Store } {
  let current: TestStore | undefined;
  if (dialect.name === 'postgres') {
    beforeAll(async () => {
      current = await createTestStore(dialect);
    });
    beforeEach(async () => {
      if (current) await emptyTables(current.store);
    });
    afterAll(async () => {
      await current?.dispose();
    });
  } else {
    beforeEach(async () => {
      current = await createTestStore(dialect);
      return async () => {
        await current?.dispose();
      };
    });
  }
  return {
    get store() {
      if (!current) throw new Error('store tests: no store; call useTestStore inside describe and read it in a test');
      return current.store;
    },
  };
}

async function emptyTables(store: Store): Promise<void> {
  // Children first, for the foreign keys. Ids keep counting: tests must not assume them.
  for (const table of [
    'reference_edits',
    'event_links',
    'event_edits',
    'event_sources',
    'event_places',
    'event_organizers',
    'places',
    'organizations',
    'events',
    'documents',
  ] as const) {
    await store.db.deleteFrom(table).execute();
  }
}
