/**
 * @module ingest
 * Documents as associations of municipalities have them — DOCX and PDF plans, web pages, RSS and
 * Atom news feeds, Markdown, plain text in UTF-8, CP1251 or KOI8-R — turned into the text
 * extraction reads: tables as Markdown pipe rows, lists as «- » lines. The format and encoding
 * are detected from the content. A bad document (empty, garbage, truncated, encrypted, a ZIP
 * bomb, a scan without text, too large, broken XML) is one `IngestError` naming it and the reason.
 *
 * @example
 * for (const path of await listFiles(['plans'])) {
 *   for (const doc of await readDocumentFile(path)) console.log(doc.format, doc.title, doc.text.length);
 * }
 */
export type { IngestedDocument, SourceFormat } from './document.js';
export { IngestError } from './errors.js';
export { fetchDocument, USER_AGENT } from './fetch.js';
export { listFiles, readDocumentFile } from './files.js';
export { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
export { readDocumentBytes } from './read.js';
