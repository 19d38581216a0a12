/**
 * `munical place` and `munical org` end to end on a SQLite file: a town the gazetteer lacks is
 * added, a city whose name is a common word removed, and `munical reextract` applies both to the
 * documents already stored.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEvents, listPlaces, openStore, type Store } from '../store/index.js';
import { runCli as run } from './testdata/run-cli.js';

const NEWS_TOWN = '12 марта 2025 года в Нижних Ключах состоялся семинар по вопросам благоустройства.\n';
const NEWS_EAGLE = '15 апреля 2025 года в Орле прошло заседание совета по развитию малых городов.\n';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'munical-reference-'));
  db = join(dir, 'munical.db');
  await writeFile(join(dir, 'town.txt'), NEWS_TOWN);
  await writeFile(join(dir, 'eagle.txt'), NEWS_EAGLE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withStore<T>(read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ sqlitePath: db });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

async function placesOfEvents(): Promise<Record<string, string[]>> {
  const events = await withStore((store) => listEvents(store, {}));
  return Object.fromEntries(events.map((e) => [e.kind, e.places.map((p) => p.name)]));
}

describe('munical place / org', () => {
  it('adds a place, removes a name, and reextract applies both to the stored documents', async () => {
    expect((await run(['ingest', dir, '--db', db, '--quiet'])).code).toBe(0);
    expect(await placesOfEvents()).toEqual({ семинар: [], заседание: ['Орёл'] });

    const added = await run([
      'place',
      'add',
      'Нижние Ключи',
      '--type',
      'city',
      '--region',
      'Оренбургская область',
      '--country',
      'Россия',
      '--lat',
      '51.2',
      '--lon',
      '58.3',
      '--founded',
      '1935',
      '--editor',
      'ivanova',
      '--db',
      db,
    ]);
    expect(added.code).toBe(0);
    expect(added.out[0]).toMatch(
      /^saved Нижние Ключи \(city, Оренбургская область, Россия, 51\.2, 58\.3, founded 1935\) by ivanova/,
    );
    expect(added.err.join('\n')).toMatch(/munical reextract/);
    const removed = await run(['place', 'remove', 'Орёл', '--note', 'орёл — птица', '--db', db]);
    expect(removed.code).toBe(0);
    expect(removed.out[0]).toMatch(/^removed Орёл: no longer found as a place by \S+ at .* — орёл — птица$/);

    const reextracted = await run(['reextract', '--db', db]);
    expect(reextracted.code).toBe(0);
    expect(reextracted.out.at(-1)).toMatch(/^reextract: 2 documents, 2 changed;/);
    expect(await placesOfEvents()).toEqual({ семинар: ['Нижние Ключи'], заседание: [] });
    // The event's place carries the region: the region finds it, and the place row has it.
    const inRegion = await withStore((store) => listEvents(store, { place: 'Оренбургская область' }));
    expect(inRegion.map((e) => e.kind)).toEqual(['семинар']);
    const town = (await withStore(listPlaces)).find((p) => p.name === 'Нижние Ключи');
    expect(town).toMatchObject({ region: 'Оренбургская область', country: 'Россия', lat: 51.2, founded: '1935' });
    // What read the events is on record: the extractor and the reference data.
    const versions = await withStore((store) =>
      store.db.selectFrom('event_sources').select('extractor_version').distinct().execute(),
    );
    expect(versions.map((v) => v.extractor_version)).toEqual([expect.stringMatching(/^[\w-]+\+ref\.[0-9a-f]{16}$/)]);

    const again = await run(['reextract', '--db', db]);
    expect(again.out.at(-1)).toMatch(/^reextract: 2 documents, 0 changed;/);

    const listed = await run(['place', 'list', '--edited', '--db', db]);
    expect(listed.out.map((line) => line.split('\t').slice(0, 2).join(' '))).toEqual([
      'set Нижние Ключи (city, Оренбургская область, Россия, 51.2, 58.3, founded 1935)',
      'removed Орёл',
    ]);
  });

  it('ingests a new document with the edits already in force', async () => {
    await writeFile(join(dir, 'town-2.txt'), '20 мая 2025 года в Нижних Ключах прошёл форум малых городов.\n');
    expect((await run(['ingest', join(dir, 'town-2.txt'), '--db', db, '--quiet'])).code).toBe(0);
    expect((await placesOfEvents()).форум).toEqual(['Нижние Ключи']);
  });

  it('adds and lists an organization', async () => {
    const added = await run(['org', 'add', 'Ассоциация городов Южного Урала', '--abbr', 'АГЮУ', '--db', db]);
    expect(added.code).toBe(0);
    expect(added.out[0]).toMatch(/^saved Ассоциация городов Южного Урала \(АГЮУ\) by /);
    const listed = await run(['org', 'list', '--edited', '--db', db]);
    expect(listed.out).toEqual([expect.stringMatching(/^set\tАссоциация городов Южного Урала \(АГЮУ\)\tby /)]);
    const all = await run(['org', 'list', '--db', db]);
    expect(all.out).toContainEqual('edited\tАссоциация городов Южного Урала (АГЮУ)');
    expect(all.out.some((line) => line.startsWith('shipped\tСоюз российских городов'))).toBe(true);
  });

  it.each([
    [['place', 'add', 'Ключи', '--type', 'town'], /--type must be city, region, country; got «town»/],
    [['place', 'add', 'Ключи'], /add needs --type city\|region\|country/],
    [['place', 'add', 'Ключи', '--type', 'city', '--lat', '51'], /--lat needs --lon/],
    [['place', 'add', 'Ключи', '--type', 'city', '--lon', '51'], /--lon needs --lat/],
    [
      ['place', 'add', 'Ключи', '--type', 'city', '--lat', 'север', '--lon', '5'],
      /--lat must be a number, got «север»/,
    ],
    [['place', 'add', 'Ключи', '--type', 'city', '--lat', '95', '--lon', '5'], /lat must be within -90\.\.90/],
    [['place', 'add', 'Ключи', '--type', 'city', '--founded', '19 век'], /--founded must be a year such as 1723/],
    [['place', 'add', 'Ключи', '--type', 'city', '--founded', '2999'], /founding year is in the future/],
    [['place', 'add', 'Нижние', 'Ключи', '--type', 'city'], /add takes one NAME, got 2/],
    [['place', 'remove'], /remove needs a NAME/],
    [['place', 'list', 'Ключи'], /list takes no name/],
    [['place', 'rename', 'Ключи'], /unknown action «rename»/],
    [['place', 'remove', 'Ключи', '--type', 'city'], /--type goes with add/],
    [['place', 'add', 'Ключи', '--type', 'city', '--edited'], /--edited goes with list/],
    [['org', 'add', 'АГЮУ', '--type', 'city'], /Unknown option '--type'/],
    [['org', 'remove', 'АГЮУ', '--abbr', 'X'], /--abbr goes with add/],
  ])('refuses %j with exit code 2, naming the problem', async (args, message) => {
    const { code, err } = await run([...args, '--db', db]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(message);
  });
});
