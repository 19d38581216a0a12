/**
 * DOCX: the ZIP is checked first (zip.ts), then mammoth turns the document into HTML and our
 * renderer into lines and Markdown tables — so a Word plan table reads like its Markdown twin.
 */
import mammoth from 'mammoth';
import type { ReadResult } from './document.js';
import { type HtmlNode, inlineText, isElement, parseHtml, renderText } from './html-to-text.js';
import { checkDeclaredSizes, readCentralDirectory, verifyEntries, type ZipEntry, ZipProblem } from './zip.js';

/** ZIP-based office formats we do not read, by the part that gives each away. */
const OTHER_OFFICE_PARTS: [string, string][] = [
  ['xl/workbook.xml', 'an Excel workbook (XLSX)'],
  ['ppt/presentation.xml', 'a PowerPoint presentation (PPTX)'],
  ['content.xml', 'an OpenDocument file (save it as DOCX)'],
];

/** What a ZIP holds: a DOCX (its entries), or the name of another kind. */
export function classifyZip(entries: ZipEntry[]): 'docx' | { unsupported: string } {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml') || [...names].some((n) => /^word\/document\d*\.xml$/.test(n))) return 'docx';
  for (const [part, kind] of OTHER_OFFICE_PARTS) if (names.has(part)) return { unsupported: kind };
  return { unsupported: 'a ZIP archive that is not a DOCX' };
}

/** The parts mammoth reads; images are not converted, so they are never inflated. */
function isReadPart(entry: ZipEntry): boolean {
  return /\.(xml|rels)$/i.test(entry.name);
}

/**
 * Checks a ZIP's declared sizes and entries before mammoth inflates anything. Throws ZipProblem.
 */
export function checkDocxContainer(bytes: Uint8Array, maxUnzippedBytes: number): ZipEntry[] {
  const entries = readCentralDirectory(bytes);
  checkDeclaredSizes(entries, maxUnzippedBytes);
  const kind = classifyZip(entries);
  if (kind !== 'docx') throw new ZipProblem(`${kind.unsupported}, not a DOCX`);
  verifyEntries(bytes, entries, isReadPart);
  return entries;
}

function firstHeading(root: HtmlNode): string | null {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && /^h[1-6]$/.test(node.name ?? '')) return inlineText(node) || null;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** Reads a DOCX whose container has been checked by `checkDocxContainer`. Throws ZipProblem for damaged XML. */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let result: { value: string };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are dropped: extraction reads text, and base64 data URIs would only cost memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    const detail = (error as Error).message.replace(/^error:\s*/i, '').slice(0, 200);
    throw new ZipProblem(`damaged DOCX, Word cannot have written it (${detail})`, { cause: error });
  }
  const root = parseHtml(result.value);
  return { text: renderText(root), title: firstHeading(root), date: null, link: null };
}
