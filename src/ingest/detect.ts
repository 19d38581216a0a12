/**
 * What a document is, from its content: magic bytes for the binary formats, a look at the first
 * markup for the text ones. The extension only breaks the tie between Markdown and plain text.
 */

export type BinaryKind = 'pdf' | 'zip' | 'cfb';
export type TextKind = 'html' | 'rss' | 'atom' | 'markdown' | 'text';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** Formats munical does not read, named so the error says what the file is. */
const UNSUPPORTED_SIGNATURES: { name: string; signature: number[] }[] = [
  { name: 'a PNG image', signature: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', signature: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', signature: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', signature: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', signature: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'a RAR archive', signature: [0x52, 0x61, 0x72, 0x21] },
  { name: 'an RTF document (save it as DOCX)', signature: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { name: 'an executable', signature: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'an executable', signature: [0x4d, 0x5a, 0x90, 0x00] },
];

/** Where `%PDF-` may start: some generators put junk before it, and readers accept 1 KB of it. */
const PDF_HEADER_WINDOW = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, PDF_HEADER_WINDOW);
  for (let i = 0; i <= limit; i++) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

/** The binary container a document is in, or the name of a format we do not read, or null for text. */
export function detectBinary(bytes: Uint8Array): BinaryKind | { unsupported: string } | null {
  if (findPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  for (const { name, signature } of UNSUPPORTED_SIGNATURES) {
    if (startsWith(bytes, signature)) return { unsupported: name };
  }
  return null;
}

const BINARY_SAMPLE = 64 * 1024;
/** Share of control bytes above which data is not text: real text has tabs and newlines only. */
const MAX_CONTROL_SHARE = 0.01;

/** True when bytes do not look like text in any 8-bit encoding or UTF-8 (NUL bytes, many control codes). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false; // UTF-16 with a BOM
  const length = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1a) control++;
  }
  return control > length * MAX_CONTROL_SHARE;
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml|php|aspx?)$/i;
/** Markdown's own marks at a line start: headings, pipe tables with their rule, bold lines. */
const MARKDOWN_SIGNS = /^(#{1,6} \S|\|[ :-]*-{3,}[ :-]*\||\*\*\S|[-*] \[[ x]\] )/m;
const MARKUP_PROLOGUE = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*</i;

/**
 * The kind of a decoded text document. Feeds are told by their root element, HTML by its first
 * tags (or by many of them), Markdown by its marks or the extension.
 */
export function detectTextKind(text: string, source: string): TextKind | { unsupported: string } {
  const head = text.slice(0, 4096);
  const prologue = MARKUP_PROLOGUE.exec(head);
  if (prologue) {
    const rest = head.slice(prologue[0].length - 1);
    const root = /^<([a-zA-Z][\w:.-]*)/.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (root === 'rss' || root === 'rdf:rdf') return 'rss';
    if (root === 'feed') return 'atom';
    if (
      root === 'html' ||
      /<!DOCTYPE\s+html/i.test(prologue[0]) ||
      /^<(head|body|meta|title|div|p|table|article|h\d)\b/i.test(rest)
    ) {
      return 'html';
    }
    if (/^<\?xml/i.test(head.trimStart()) && root !== '')
      return { unsupported: `an XML document <${root}> that is neither RSS nor Atom` };
  }
  if (HTML_EXTENSIONS.test(source) && /<(html|body|p|div|table)\b/i.test(head)) return 'html';
  if (MARKDOWN_EXTENSIONS.test(source) || MARKDOWN_SIGNS.test(head)) return 'markdown';
  return 'text';
}
