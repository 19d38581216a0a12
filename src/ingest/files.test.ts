import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, listFiles, readDocumentFile } from './index.js';
import { planMarkdown } from './testdata/generate.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'munical-ingest-'));
  await mkdir(join(root, 'plans', '2026'), { recursive: true });
  await mkdir(join(root, '.git'), { recursive: true });
  await writeFile(join(root, 'plans', '2026', 'plan.md'), planMarkdown());
  await writeFile(join(root, 'plans', 'b.txt'), 'Семинар 5 марта.');
  await writeFile(join(root, 'plans', 'a.txt'), 'Форум 3 июня.');
  await writeFile(join(root, 'plans', '.hidden.txt'), 'скрыто');
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main');
  await writeFile(join(root, 'news.txt'), 'Новости');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listFiles', () => {
  it('walks folders recursively, sorted, hidden files and folders skipped', async () => {
    expect(await listFiles([root])).toEqual([
      join(root, 'news.txt'),
      join(root, 'plans', '2026', 'plan.md'),
      join(root, 'plans', 'a.txt'),
      join(root, 'plans', 'b.txt'),
    ]);
  });

  it('keeps files given by name and does not repeat them', async () => {
    const news = join(root, 'news.txt');
    expect(await listFiles([news, join(root, 'plans', '2026'), news])).toEqual([
      news,
      join(root, 'plans', '2026', 'plan.md'),
    ]);
  });

  it('a missing path is an IngestError', async () => {
    const missing = join(root, 'nowhere');
    await expect(listFiles([missing])).rejects.toThrow(new IngestError(missing, 'no such file or folder'));
  });
});

describe('readDocumentFile', () => {
  it('reads a file', async () => {
    const [document] = await readDocumentFile(join(root, 'plans', 'a.txt'));
    expect(document).toMatchObject({ source: join(root, 'plans', 'a.txt'), format: 'text', text: 'Форум 3 июня.' });
  });

  it('refuses a 200 MB file by its size, before reading it', async () => {
    const big = join(root, 'big.pdf');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024); // sparse: takes no disk and no time
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await expect(readDocumentFile(big)).rejects.toThrow(`${big}: too large: 200.0 MB (limit 50.0 MB, maxBytes)`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    await expect(readDocumentFile(join(root, 'plans', 'a.txt'), { maxBytes: 10 })).rejects.toThrow(
      /too large: 22 B \(limit 10 B/,
    );
  });

  const failures: [string, string, RegExp][] = [
    ['a missing file', 'missing.docx', /missing\.docx: no such file or folder$/],
    ['a folder', 'plans', /plans: is a folder, not a file$/],
  ];
  for (const [name, path, message] of failures) {
    it(`${name} is an IngestError`, async () => {
      const error = await readDocumentFile(join(root, path)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      expect((error as Error).message).toMatch(message);
    });
  }
});
