/**
 * Fetching a document over HTTP(S): an honest User-Agent, a time limit over headers and body,
 * a size limit enforced while the body streams in, and a bounded number of redirects.
 */
import type { IngestedDocument } from './document.js';
import { IngestError } from './errors.js';
import { formatBytes, type IngestLimits, resolveLimits } from './limits.js';
import { readDocumentBytesFrom } from './read.js';

export const USER_AGENT = 'munical/0.1';

const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/*;q=0.8, */*;q=0.5';

async function readBody(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new IngestError(
      url,
      `too large: ${formatBytes(declared)} declared (limit ${formatBytes(maxBytes)}, maxBytes)`,
    );
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) {
        await reader.cancel();
        throw new IngestError(url, `too large: more than ${formatBytes(maxBytes)} (maxBytes)`);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks, length);
}

/**
 * Fetches a URL and reads the document(s) in it. Only http and https are fetched.
 *
 * @example const items = await fetchDocument('https://example.org/news/rss', { timeoutMs: 10_000 });
 */
export async function fetchDocument(url: string, limits?: Partial<IngestLimits>): Promise<IngestedDocument[]> {
  const resolved = resolveLimits(limits);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new IngestError(url, 'not a valid URL');
  }
  const signal = AbortSignal.timeout(resolved.timeoutMs);
  let bytes: Uint8Array;
  try {
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new IngestError(url, `cannot fetch ${current.protocol} URLs (only http and https)`);
      }
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= resolved.maxRedirects) {
          throw new IngestError(url, `too many redirects (more than ${resolved.maxRedirects}, maxRedirects)`);
        }
        current = new URL(location, current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(url, `HTTP ${response.status} ${response.statusText}`.trim());
      }
      bytes = await readBody(url, response, resolved.maxBytes);
      break;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (signal.aborted)
      throw new IngestError(url, `timed out after ${resolved.timeoutMs} ms (timeoutMs)`, { cause: error });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new IngestError(url, `cannot fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`, {
      cause: error,
    });
  }
  return readDocumentBytesFrom(url, current.href, bytes, limits);
}
