import type { ReadResult } from './document.js';

/**
 * Plain text as decoded. Word's «save as text» exports a table as tab-separated lines, one cell a
 * line; extraction reads those rows, so they are kept rather than guessed into a table here.
 * Plain text has no metadata, so no title or date: those come from the text, in extraction.
 */
export function readPlainText(text: string): ReadResult {
  return { text, title: null, date: null, link: null };
}
