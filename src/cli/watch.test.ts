/**
 * `munical source`, `munical watch --once` and `munical reextract` on a SQLite file, against a
 * real HTTP server on 127.0.0.1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './testdata/run-cli.js';

const PAGE = `<!DOCTYPE html><html><head><title>Новости</title></head><body><article><h1>Форум «Северные города»</h1>
<p>18 ноября 2024 года в Мурманске состоялся форум «Северные города». В форуме приняли участие более 200 человек.</p></article></body></html>`;

let dir: string;
let db: string;
let server: Server;
let base: string;
let page = PAGE;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'munical-watch-'));
  db = join(dir, 'munical.db');
  server = createServer((request, response) => {
    if (request.url === '/missing') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('munical source, watch, reextract', () => {
  it('registers, lists and removes sources; refuses bad input', async () => {
    expect(await run(['source', 'add', `${base}/news`, '--every', '6h', '--db', db])).toMatchObject({
      code: 0,
      out: [`added ${base}/news: every 6h`],
    });
    expect((await run(['source', 'add', `${base}/news`, '--every', '1h30m', '--db', db])).out).toEqual([
      `updated ${base}/news: every 1h30m`,
    ]);
    await run(['source', 'add', `${base}/missing`, '--db', db]);
    const listed = await run(['source', 'list', '--db', db]);
    expect(listed.out).toHaveLength(2);
    expect(listed.out[0]).toMatch(new RegExp(`^${base}/missing\tevery 6h\tnever checked\tnext `));
    expect(listed.out[1]).toMatch(/every 1h30m\tnever checked/);

    expect((await run(['source', 'add', 'ftp://x.example/', '--db', db])).code).toBe(1);
    expect((await run(['source', 'add', `${base}/x`, '--every', 'often', '--db', db])).code).toBe(2);
    expect((await run(['source', 'frob', '--db', db])).code).toBe(2);
    expect((await run(['source', 'remove', `${base}/nothing`, '--db', db])).code).toBe(1);
    expect((await run(['source', 'list', '--db', db])).out).toHaveLength(2);
  });

  it('watch --once ingests what is due and records the outcome; then only what changed', async () => {
    const first = await run(['watch', '--once', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.err).toEqual([
      `error ${base}/missing: 0 stored (0 events), 0 unchanged, 1 refused — HTTP 404 Not Found`,
    ]);
    expect(first.out[0]).toMatch(
      new RegExp(`^changed ${base}/news: 1 stored \\(\\d+ events\\), 0 unchanged, 0 refused$`),
    );
    expect(first.out.at(-1)).toBe('watch: 2 checked, 1 changed, 1 failed');
    // Nothing is due any more.
    expect((await run(['watch', '--once', '--db', db])).out).toEqual(['watch: 0 checked, 0 changed, 0 failed']);
    const listed = await run(['source', 'list', '--db', db]);
    expect(listed.out[0]).toMatch(/checked \S+: error — HTTP 404 Not Found/);
    expect(listed.out[1]).toMatch(/checked \S+: changed \(1 stored, 0 unchanged\)/);

    expect((await run(['watch', '--once', '--all', '--db', db])).out[0]).toMatch(/^unchanged .*\/news: 0 stored/);
    page = PAGE.replace('200 человек', '250 человек');
    expect((await run(['watch', '--once', '--all', '--db', db])).out[0]).toMatch(/^changed .*\/news: 1 stored/);
    expect((await run(['source', 'remove', `${base}/missing`, '--db', db])).out).toEqual([`removed ${base}/missing`]);
    expect((await run(['watch', '--all', '--db', db])).code).toBe(2);
  });

  it('reextract reads the stored documents again and changes nothing the extractor did not change', async () => {
    const all = await run(['reextract', '--db', db]);
    expect(all.code).toBe(0);
    expect(all.out.at(-1)).toMatch(
      /^reextract: 1 documents, 0 changed; \d+ events, 0 changed \(0 added, 0 removed, 0 updated\); 0 failed$/,
    );
    const none = await run(['reextract', '--source', `${base}/missing`, '--db', db]);
    expect(none.err).toEqual([`no stored document from ${base}/missing`]);
    expect(none.out).toEqual([
      'reextract: 0 documents, 0 changed; 0 events, 0 changed (0 added, 0 removed, 0 updated); 0 failed',
    ]);
  });
});
