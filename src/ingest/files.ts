/** Local files: reading one with its size checked first, and listing the files of folders. */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestedDocument } from './document.js';
import { IngestError } from './errors.js';
import { formatBytes, type IngestLimits, resolveLimits } from './limits.js';
import { readDocumentBytes } from './read.js';

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return (error as Error).message;
}

/**
 * Reads a document from a file. The size is checked before a byte is read, so a 200 MB file is
 * refused without touching memory.
 *
 * @example const docs = await readDocumentFile('plans/2026.docx', { maxBytes: 10 * 1024 * 1024 });
 */
export async function readDocumentFile(path: string, limits?: Partial<IngestLimits>): Promise<IngestedDocument[]> {
  const { maxBytes } = resolveLimits(limits);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw new IngestError(path, 'is a folder, not a file');
      if (info.size > maxBytes) {
        throw new IngestError(path, `too large: ${formatBytes(info.size)} (limit ${formatBytes(maxBytes)}, maxBytes)`);
      }
      // Read at most one byte past the limit: a file growing while read is still refused.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) throw new IngestError(path, `too large: more than ${formatBytes(maxBytes)} (maxBytes)`);
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(path, reasonOf(error), { cause: error });
  }
  return readDocumentBytes(path, bytes, limits);
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/**
 * The files under the given paths: folders recursively, hidden files and folders skipped, each
 * folder's files sorted; a path given explicitly is kept even if hidden. A missing path is an error.
 *
 * @example await listFiles(['plans', 'news/2026.rss']) // ['news/2026.rss', 'plans/a.docx', 'plans/b.pdf']
 */
export async function listFiles(paths: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new IngestError(path, reasonOf(error), { cause: error });
    }
    if (!info.isDirectory()) {
      files.add(path);
      continue;
    }
    const folders = [path];
    while (folders.length > 0) {
      const folder = folders.pop()!;
      const entries = await readdir(folder, { withFileTypes: true });
      for (const entry of entries) {
        if (isHidden(entry.name)) continue;
        const child = join(folder, entry.name);
        if (entry.isDirectory()) folders.push(child);
        else if (entry.isFile()) files.add(child);
      }
    }
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
