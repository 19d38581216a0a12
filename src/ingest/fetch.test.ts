import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, IngestError, USER_AGENT } from './index.js';
import { RSS_FEED } from './testdata/feeds.js';
import { planHtmlPage } from './testdata/generate.js';

let server: Server;
let base = '';
const userAgents: string[] = [];

function route(request: IncomingMessage): [number, Record<string, string>, string | null] {
  const url = new URL(request.url ?? '/', base);
  if (url.pathname === '/plan') return [200, { 'content-type': 'text/html; charset=utf-8' }, planHtmlPage()];
  if (url.pathname === '/article')
    return [200, { 'content-type': 'text/html' }, '<article><h1>Форум</h1><p>Прошёл.</p></article>'];
  if (url.pathname === '/short') return [301, { location: '/article' }, ''];
  if (url.pathname === '/rss') return [200, { 'content-type': 'application/rss+xml' }, RSS_FEED];
  const hops = /^\/hop\/(\d+)$/.exec(url.pathname);
  if (hops) {
    const left = Number(hops[1]);
    return [302, { location: left === 0 ? '/plan' : `/hop/${left - 1}` }, ''];
  }
  if (url.pathname === '/declared-big') return [200, { 'content-length': String(100 * 1024 * 1024) }, null];
  if (url.pathname === '/missing') return [404, {}, 'нет'];
  return [500, {}, ''];
}

beforeAll(async () => {
  server = createServer((request, response) => {
    userAgents.push(request.headers['user-agent'] ?? '');
    const url = request.url ?? '';
    if (url === '/slow') return; // never answers: the client's timeout must end it
    if (url === '/endless') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      const write = () => {
        while (response.write(chunk)) {}
        response.once('drain', write);
      };
      response.on('close', () => response.removeAllListeners('drain'));
      write();
      return;
    }
    const [status, headers, body] = route(request);
    response.writeHead(status, headers);
    if (body === null) response.flushHeaders();
    else response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchDocument', () => {
  it('fetches a page with an honest User-Agent', async () => {
    const [document] = await fetchDocument(`${base}/plan`);
    expect(document).toMatchObject({
      source: `${base}/plan`,
      format: 'html',
      link: 'https://smgrf.example/plans/2026',
    });
    expect(userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toBe('munical/0.1');
  });

  it('a feed gives one document per item, the source being the feed', async () => {
    const documents = await fetchDocument(`${base}/rss`);
    expect(documents.map((d) => [d.source, d.itemKey])).toEqual([
      [`${base}/rss`, 'srg-news-101'],
      [`${base}/rss`, 'https://srg.example/news/100'],
    ]);
  });

  it('a page without a canonical link links to where the redirects ended', async () => {
    const [document] = await fetchDocument(`${base}/short`);
    expect(document).toMatchObject({ source: `${base}/short`, link: `${base}/article`, title: 'Форум' });
  });

  it('follows redirects up to maxRedirects', async () => {
    expect(await fetchDocument(`${base}/hop/2`, { maxRedirects: 3 })).toHaveLength(1);
  });

  const failures: [string, string, Parameters<typeof fetchDocument>[1], RegExp][] = [
    ['too many redirects', '/hop/5', { maxRedirects: 2 }, /too many redirects \(more than 2, maxRedirects\)$/],
    ['an HTTP error', '/missing', {}, /HTTP 404 Not Found$/],
    [
      'a declared size over the limit',
      '/declared-big',
      {},
      /too large: 100\.0 MB declared \(limit 50\.0 MB, maxBytes\)$/,
    ],
    ['an endless body', '/endless', { maxBytes: 1024 * 1024 }, /too large: more than 1\.0 MB \(maxBytes\)$/],
    ['a server that never answers', '/slow', { timeoutMs: 300 }, /timed out after 300 ms \(timeoutMs\)$/],
  ];
  for (const [name, path, limits, message] of failures) {
    it(`${name} is an IngestError`, async () => {
      const error = await fetchDocument(`${base}${path}`, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).source).toBe(`${base}${path}`);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('a refused connection is an IngestError naming the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchDocument(`http://127.0.0.1:${port}/`)).rejects.toThrow(
      `http://127.0.0.1:${port}/: cannot fetch: ECONNREFUSED`,
    );
  });

  it('refuses other schemes and bad URLs', async () => {
    await expect(fetchDocument('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    await expect(fetchDocument('not a url')).rejects.toThrow('not a url: not a valid URL');
  });
});
