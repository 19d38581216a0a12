import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './testdata/run-cli.js';

const PLAN = `**План мероприятий Союза городов Заполярья на 2024 год**

| № | Мероприятие | Место, дата | Примечание |
|---|---|---|---|
| 1. | Конференция «Арктические города» | Мурманск 15-16 мая | Организатор: Союз городов Заполярья |
| 2. | Семинар по вопросам благоустройства | Норильск сентябрь | |
`;

const NEWS = `18 ноября 2024 года в Мурманске состоялся форум «Северные города». В форуме приняли участие более 200 человек.
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'munical-cli-'));
  await writeFile(join(dir, 'plan.md'), PLAN);
  await writeFile(join(dir, 'news.txt'), NEWS);
  await writeFile(join(dir, 'empty.txt'), '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('munical', () => {
  it('prints help listing every command', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const name of ['ingest', 'extract', 'serve', 'eval', 'demo']) expect(out.join('\n')).toContain(name);
  });

  it('rejects an unknown command and an unknown flag with exit code 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const { code, err } = await run(['extract', '--bogus', 'x.txt']);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/bogus/);
  });

  it('extract --json prints one interchange object per line with its file', async () => {
    const { code, out, err } = await run(['extract', join(dir, 'plan.md'), join(dir, 'news.txt'), '--json']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const plan = JSON.parse(out[0]!);
    expect(plan.file).toBe(join(dir, 'plan.md'));
    expect(plan.document.kind).toBe('plan');
    expect(plan.events[0]).toMatchObject({
      kind: 'конференция',
      when: { start: '2024-05-15', end: '2024-05-16', precision: 'day' },
      status: 'planned',
    });
    expect(plan.events[0]).not.toHaveProperty('evidenceSpan');
    const news = JSON.parse(out[1]!);
    expect(news.events[0]).toMatchObject({ kind: 'форум', status: 'held', when: { start: '2024-11-18' } });
  });

  it('extract --spans prints spans whose offsets slice the text', async () => {
    const { code, out } = await run(['extract', join(dir, 'news.txt'), '--spans']);
    expect(code).toBe(0);
    const { spans } = JSON.parse(out[0]!);
    const date = spans.find((s: { type: string }) => s.type === 'DATE');
    expect(NEWS.slice(date.start, date.end)).toBe(date.text);
    expect(date.value).toMatchObject({ start: '2024-11-18', precision: 'day' });
    expect(
      spans.some((s: { type: string; value: { name: string } }) => s.type === 'CITY' && s.value.name === 'Мурманск'),
    ).toBe(true);
  });

  it('extract --date resolves a text without a year', async () => {
    await writeFile(join(dir, 'undated.txt'), '5 марта прошло заседание Правления Союза российских городов.');
    const { out } = await run(['extract', join(dir, 'undated.txt'), '--json', '--date', '2023-06-01']);
    expect(JSON.parse(out[0]!).events[0].when.start).toBe('2023-03-05');
    expect((await run(['extract', join(dir, 'undated.txt'), '--date', '2023-13-01'])).code).toBe(2);
  });

  it('extract reports a bad file on stderr, goes on, and exits non-zero', async () => {
    const { code, out, err } = await run(['extract', join(dir, 'empty.txt'), join(dir, 'news.txt'), '--json']);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(err.join('\n')).toContain('empty.txt');
  });

  it('ingest stores once, then finds the same files unchanged; refuses bad files by name', async () => {
    const db = join(dir, 'store.db');
    const first = await run(['ingest', join(dir, 'plan.md'), join(dir, 'news.txt'), '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toMatch(/2 stored \(\d+ events\), 0 unchanged, 0 refused/);
    const second = await run(['ingest', join(dir, 'plan.md'), join(dir, 'news.txt'), '--db', db]);
    expect(second.out.at(-1)).toMatch(/0 stored \(0 events\), 2 unchanged, 0 refused/);
    const bad = await run(['ingest', join(dir, 'empty.txt'), '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.err.join('\n')).toMatch(/refused .*empty\.txt: /);
    const missing = await run(['ingest', join(dir, 'no-such-file.txt'), '--db', db]);
    expect(missing.code).toBe(1);
  });

  it('eval --gold --docs prints scores ending in one summary line', async () => {
    const gold = join(dir, 'gold');
    const docs = join(dir, 'docs');
    await mkdir(gold, { recursive: true });
    await mkdir(docs, { recursive: true });
    await writeFile(join(docs, 'n1.txt'), NEWS);
    const extracted = JSON.parse((await run(['extract', join(docs, 'n1.txt'), '--json'])).out[0]!);
    const { file: _file, ...interchange } = extracted;
    await writeFile(join(gold, 'n1.json'), JSON.stringify(interchange));
    const { code, out } = await run(['eval', '--gold', gold, '--docs', docs]);
    expect(code).toBe(0);
    expect(out.join('\n').trim().split('\n').at(-1)).toMatch(/F1=1(\.0+)?\b/);
  });
});

const BIN = new URL('../../bin/munical.js', import.meta.url);
const DIST = new URL('../../dist/cli/main.js', import.meta.url);

describe.skipIf(!existsSync(DIST) && process.env.CI !== 'true')('bin/munical.js (built)', () => {
  it('runs with node after the build', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN.pathname, '--help']);
    expect(stdout).toContain('Usage: munical');
    expect(await readFile(BIN, 'utf8')).toMatch(/^#!\/usr\/bin\/env node/);
  });
});
