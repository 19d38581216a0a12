import { createHash } from 'node:crypto';

export type SourceFormat = 'docx' | 'pdf' | 'html' | 'rss' | 'atom' | 'markdown' | 'text';

/** One document as received, with the text extraction reads. */
export interface IngestedDocument {
  /** File path or URL (for a feed item: the feed's address). */
  source: string;
  /** A feed item's guid or link; null for a whole file. */
  itemKey: string | null;
  format: SourceFormat;
  /** Detected text encoding (`utf-8`, `windows-1251`, `koi8-r`…); null for binary formats. */
  encoding: string | null;
  /** Exactly as received (for a feed item: the item's XML). */
  bytes: Uint8Array;
  /** sha256 hex of `bytes`. */
  hash: string;
  /** Tables as Markdown pipe rows, list items as «- » lines, headings and paragraphs as lines. */
  text: string;
  title: string | null;
  /** YYYY-MM-DD from the source (feed item date, page metadata), never from the text. */
  date: string | null;
  link: string | null;
  /** Who published it as the source names itself: a feed's channel title, a page's site name; null when unnamed. */
  publisher: string | null;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a format reader returns; the entry point adds source, bytes and hash. */
export interface ReadResult {
  text: string;
  title: string | null;
  date: string | null;
  link: string | null;
  /** A feed's channel title, a page's site name; absent when the format has none. */
  publisher?: string | null;
}
