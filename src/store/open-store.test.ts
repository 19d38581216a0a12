import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index.js';
import { migrateToLatest, openStore } from './open-store.js';
import { createTestStore, testDialects, useTestStore } from './test-dialects.js';

const TABLES = [
  'documents',
  'event_edits',
  'event_links',
  'event_organizers',
  'event_places',
  'event_sources',
  'events',
  'organizations',
  'places',
  'reference_edits',
  'sources',
];

for (const dialect of testDialects()) {
  describe.skipIf(dialect.skip)(`migrations on ${dialect.name}`, () => {
    const current = useTestStore(dialect);

    it('creates every table and records every migration', async () => {
      // PostgreSQL's introspection lists every schema's tables; other test files have their own.
      const schema =
        current.store.dialect === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(current.store.db)).rows[0]?.schema
          : undefined;
      const tables = (await current.store.db.introspection.getTables())
        .filter((table) => table.schema === schema)
        .map((table) => table.name);
      expect(tables.filter((name) => !name.startsWith('kysely_')).sort()).toEqual(TABLES);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        current.store.db,
      );
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(MIGRATIONS));
      expect(current.store.dialect).toBe(dialect.name);
    });

    it('migrates a second store beside the first (another PostgreSQL schema) on its own', async () => {
      const second = await createTestStore(dialect);
      try {
        expect(await second.store.db.selectFrom('events').selectAll().execute()).toEqual([]);
        await second.store.db
          .insertInto('organizations')
          .values({ name: 'Союз малых городов', aliases: '[]' })
          .execute();
        expect(await current.store.db.selectFrom('organizations').selectAll().execute()).toEqual([]);
      } finally {
        await second.dispose();
      }
    });

    it('applies nothing the second time', async () => {
      expect(await migrateToLatest(current.store.db)).toEqual([]);
    });

    it('enforces foreign keys and the link kinds', async () => {
      const now = new Date().toISOString();
      await expect(
        current.store.db.insertInto('event_places').values({ event_id: 12345, place_id: 67890, position: 0 }).execute(),
      ).rejects.toThrow();
      const event = {
        title: 'x',
        kind: 'другое',
        precision: 'unknown',
        when_text: '',
        search_text: '',
        created_at: now,
        updated_at: now,
      };
      const [a, b] = await current.store.db.insertInto('events').values([event, event]).returning('id').execute();
      await expect(
        current.store.db
          .insertInto('event_links')
          .values({ from_event_id: a!.id, to_event_id: b!.id, kind: 'duplicate' as 'same_as', created_at: now })
          .execute(),
      ).rejects.toThrow();
      await current.store.db
        .insertInto('event_links')
        .values({ from_event_id: a!.id, to_event_id: b!.id, kind: 'same_as', created_at: now })
        .execute();
      // Deleting an event takes its links with it.
      await current.store.db.deleteFrom('events').where('id', '=', b!.id).execute();
      expect(await current.store.db.selectFrom('event_links').selectAll().execute()).toEqual([]);
    });
  });
}

describe('a SQLite file store', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('creates its folder, runs in WAL mode with foreign keys, and keeps data across reopening', async () => {
    folder = mkdtempSync(join(tmpdir(), 'munical-store-'));
    const path = join(folder, 'nested', 'munical.db');
    const store = await openStore({ sqlitePath: path });
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(keys.rows[0]?.foreign_keys).toBe(1);
    await store.db.insertInto('organizations').values({ name: 'Союз малых городов', aliases: '[]' }).execute();
    await store.close();

    const reopened = await openStore({ sqlitePath: path });
    const names = await reopened.db.selectFrom('organizations').select('name').execute();
    expect(names).toEqual([{ name: 'Союз малых городов' }]);
    await reopened.close();
  });
});
