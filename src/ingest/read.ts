/**
 * The dispatcher: bytes in, documents out. The format is decided from the content (see
 * detect.ts); every failure becomes one IngestError naming the source and the reason.
 */
import { detectBinary, detectTextKind, looksBinary } from './detect.js';
import { type IngestedDocument, type ReadResult, type SourceFormat, sha256Hex } from './document.js';
import { checkDocxContainer, readDocx } from './docx.js';
import { decodeText } from './encoding.js';
import { IngestError } from './errors.js';
import { FeedProblem, readFeed } from './feed.js';
import { readHtml } from './html.js';
import { formatBytes, type IngestLimits, resolveLimits } from './limits.js';
import { readMarkdown } from './markdown.js';
import { PdfProblem, readPdf } from './pdf.js';
import { readPlainText } from './text.js';
import { ZipProblem } from './zip.js';

/** UTF-16 little-endian marker for a stream name in a compound file's directory. */
function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');
const WORD_DOCUMENT = utf16('WordDocument');

/**
 * An OLE compound file: Word 97–2003 keeps its text in a «WordDocument» stream; a DOCX saved
 * with a password is wrapped in one too, as «EncryptionInfo» + «EncryptedPackage» (MS-OFFCRYPTO).
 */
function describeCompoundFile(bytes: Uint8Array): string {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.includes(ENCRYPTED_PACKAGE))
    return 'encrypted (password-protected) DOCX; remove the password in Word and save again';
  if (data.includes(WORD_DOCUMENT)) return 'a Word 97–2003 .doc, not DOCX; save it as DOCX';
  return 'an OLE compound file (old Office format), not a document munical reads';
}

function documentOf(
  source: string,
  format: SourceFormat,
  encoding: string | null,
  bytes: Uint8Array,
  read: ReadResult,
  itemKey: string | null = null,
): IngestedDocument {
  return {
    source,
    itemKey,
    format,
    encoding,
    bytes,
    hash: sha256Hex(bytes),
    ...read,
    publisher: read.publisher ?? null,
  };
}

function requireText(source: string, read: ReadResult, what: string): ReadResult {
  if (read.text.trim() === '') throw new IngestError(source, `${what} has no text`);
  return read;
}

/**
 * Reads one document from its bytes; a feed gives one document per item.
 *
 * @example const [doc] = await readDocumentBytes('plan.docx', await readFile('plan.docx'));
 */
export function readDocumentBytes(
  source: string,
  bytes: Uint8Array,
  limits?: Partial<IngestLimits>,
): Promise<IngestedDocument[]> {
  return readDocumentBytesFrom(source, source, bytes, limits);
}

/**
 * As `readDocumentBytes`, with the address the bytes came from after redirects (`location`),
 * which a page's relative canonical link resolves against and its link falls back to.
 */
export async function readDocumentBytesFrom(
  source: string,
  location: string,
  bytes: Uint8Array,
  limits?: Partial<IngestLimits>,
): Promise<IngestedDocument[]> {
  const { maxBytes, maxUnzippedBytes } = resolveLimits(limits);
  if (bytes.length > maxBytes) {
    throw new IngestError(source, `too large: ${formatBytes(bytes.length)} (limit ${formatBytes(maxBytes)}, maxBytes)`);
  }
  if (bytes.length === 0) throw new IngestError(source, 'empty file');
  try {
    const binary = detectBinary(bytes);
    if (binary === 'pdf')
      return [documentOf(source, 'pdf', null, bytes, requireText(source, await readPdf(bytes), 'PDF'))];
    if (binary === 'zip') {
      checkDocxContainer(bytes, maxUnzippedBytes);
      return [documentOf(source, 'docx', null, bytes, requireText(source, await readDocx(bytes), 'DOCX'))];
    }
    if (binary === 'cfb') throw new IngestError(source, describeCompoundFile(bytes));
    if (binary !== null) throw new IngestError(source, `${binary.unsupported}, not a document munical reads`);
    if (looksBinary(bytes)) throw new IngestError(source, 'binary data, not a text document (unknown format)');

    const { text, encoding } = decodeText(bytes);
    if (text.trim() === '') throw new IngestError(source, 'empty file (only whitespace)');
    const kind = detectTextKind(text, source);
    if (typeof kind === 'object') throw new IngestError(source, `${kind.unsupported}, not a document munical reads`);
    if (kind === 'rss' || kind === 'atom') {
      return readFeed(bytes, text, kind).map(({ bytes: itemBytes, itemKey, ...read }) =>
        documentOf(source, kind, encoding, itemBytes, read, itemKey ?? `sha256:${sha256Hex(itemBytes)}`),
      );
    }
    if (kind === 'html')
      return [documentOf(source, 'html', encoding, bytes, requireText(source, readHtml(text, location), 'HTML page'))];
    if (kind === 'markdown') return [documentOf(source, 'markdown', encoding, bytes, readMarkdown(text))];
    return [documentOf(source, 'text', encoding, bytes, readPlainText(text))];
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (error instanceof ZipProblem || error instanceof PdfProblem || error instanceof FeedProblem) {
      throw new IngestError(source, error.message, { cause: error });
    }
    throw new IngestError(source, `cannot read: ${(error as Error).message}`, { cause: error });
  }
}
