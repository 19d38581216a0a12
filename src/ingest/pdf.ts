/**
 * PDF: pdfjs-dist's text layer in reading order. Text items are grouped into lines by their
 * baseline, a line into cells by wide horizontal gaps, and consecutive lines whose cells share
 * column positions into a table rendered as Markdown pipe rows (a cell's wrapped lines joined).
 * Other lines are joined into paragraphs. No worker thread: pdfjs's in-process fallback is used.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadResult } from './document.js';

export class PdfProblem extends Error {}

interface Item {
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

interface Cell {
  x: number;
  right: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  cells: Cell[];
}

/** A horizontal gap wider than this share of the font size separates cells, not words. */
const CELL_GAP_EM = 0.7;
/** Baselines closer than this share of the font size are one line (superscripts, small shifts). */
const SAME_LINE_EM = 0.4;
/** Cell starts this close (points) are one column. */
const COLUMN_TOLERANCE = 4;
/** A gap this many times the tightest line gap of a table starts a new row. */
const ROW_GAP_FACTOR = 1.25;
/** A line reaching this share of the widest line is full: the paragraph goes on in the next line. */
const FULL_LINE_SHARE = 0.8;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function itemsToLines(items: Item[]): Line[] {
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= SAME_LINE_EM * Math.min(first.size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    let size = 0;
    for (const item of row) {
      size = Math.max(size, item.size);
      const cell = cells[cells.length - 1];
      const gap = cell ? item.x - cell.right : Number.POSITIVE_INFINITY;
      if (cell && gap <= CELL_GAP_EM * item.size) {
        const space = gap > 0.15 * item.size && !cell.text.endsWith(' ') && !item.text.startsWith(' ');
        cell.text += (space ? ' ' : '') + item.text;
        cell.right = Math.max(cell.right, item.x + item.width);
      } else {
        cells.push({ x: item.x, right: item.x + item.width, text: item.text });
      }
    }
    for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
    return { y: row[0]!.y, size, cells: cells.filter((c) => c.text !== '') };
  });
}

function clusterColumns(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const starts: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const x of sorted) {
    if (x - last > COLUMN_TOLERANCE) starts.push(x);
    last = x;
  }
  return starts;
}

function columnOf(columns: number[], x: number): number {
  let index = 0;
  for (let i = 0; i < columns.length; i++) if (columns[i]! <= x + COLUMN_TOLERANCE) index = i;
  return index;
}

function aligned(columns: number[], cell: Cell): boolean {
  return columns.some((c) => Math.abs(c - cell.x) <= COLUMN_TOLERANCE);
}

/** The index after the last line of a table starting at `start`, or `start` if no table starts there. */
function tableEnd(lines: Line[], start: number): number {
  const first = lines[start];
  if (!first || first.cells.length < 2) return start;
  const columns = first.cells.map((c) => c.x);
  let multiCell = 1;
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    const alignedCells = line.cells.filter((c) => aligned(columns, c)).length;
    if (line.cells.length >= 2 && alignedCells >= 2) {
      for (const cell of line.cells) if (!aligned(columns, cell)) columns.push(cell.x);
      multiCell++;
      end++;
      continue;
    }
    if (line.cells.length === 1 && alignedCells === 1) {
      // A lone cell belongs to the table when the table goes on after it (a section row) or
      // it is close under the previous line (a wrapped cell).
      const next = lines[end + 1];
      const previous = lines[end - 1]!;
      const close = previous.y - line.y <= 1.6 * line.size;
      const tableGoesOn =
        next !== undefined && next.cells.length >= 2 && next.cells.filter((c) => aligned(columns, c)).length >= 2;
      if (close || tableGoesOn) {
        end++;
        continue;
      }
    }
    break;
  }
  return multiCell >= 2 ? end : start;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

interface TableBlock {
  columns: number[];
  rows: string[][];
  /** The first row is a lone cell at the top of a page: a section row if the table goes on from the last page. */
  leadingLoneRow?: boolean;
}

/** A page as paragraphs (strings) and tables. */
type Block = string | TableBlock;

function renderTable(lines: Line[]): TableBlock {
  const columns = clusterColumns(lines.flatMap((l) => (l.cells.length >= 2 ? l.cells.map((c) => c.x) : [])));
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const tightest = Math.min(...gaps);
  const rowsHaveGaps = gaps.some((g) => g > tightest * ROW_GAP_FACTOR);
  const rows: string[][] = [];
  lines.forEach((line, i) => {
    const gap = i === 0 ? Number.POSITIVE_INFINITY : gaps[i - 1]!;
    const hasFirstColumn = line.cells.some((c) => columnOf(columns, c.x) === 0);
    // Rows set apart by padding: a tight gap continues the row. Rows set tight: only a line with
    // nothing in the first column (where «№» stands) continues it.
    const continues = i > 0 && (rowsHaveGaps ? gap <= tightest * ROW_GAP_FACTOR : !hasFirstColumn);
    if (!continues) rows.push(columns.map(() => ''));
    const row = rows[rows.length - 1]!;
    for (const cell of line.cells) {
      const column = columnOf(columns, cell.x);
      const before = row[column]!;
      // A wrapped cell's lines join with a space, except after a hyphen or before punctuation («100» / «.»).
      const tight = before.endsWith('-') || /^[.,;:)»]/.test(cell.text);
      row[column] = before === '' ? cell.text : tight ? before + cell.text : `${before} ${cell.text}`;
    }
  });
  return { columns, rows };
}

function tableToMarkdown(table: TableBlock): string[] {
  const out = table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
  out.splice(1, 0, `|${' --- |'.repeat(table.columns.length)}`);
  return out;
}

function renderPage(lines: Line[]): Block[] {
  const out: Block[] = [];
  const widest = Math.max(0, ...lines.map((l) => (l.cells.at(-1)?.right ?? 0) - (l.cells[0]?.x ?? 0)));
  let paragraph: Line | null = null;
  let i = 0;
  while (i < lines.length) {
    let end = tableEnd(lines, i);
    let leadingLoneRow = false;
    // A page may open with a table's section row (a lone cell) before its next full row.
    if (end === i && i === 0 && lines[0]!.cells.length === 1) {
      const next = lines[1];
      const nextEnd = tableEnd(lines, 1);
      if (next && nextEnd > 1 && Math.abs((next.cells[0]?.x ?? 0) - lines[0]!.cells[0]!.x) <= COLUMN_TOLERANCE) {
        end = nextEnd;
        leadingLoneRow = true;
      }
    }
    if (end > i) {
      out.push({ ...renderTable(lines.slice(i, end)), leadingLoneRow });
      paragraph = null;
      i = end;
      continue;
    }
    const line = lines[i]!;
    const text = line.cells.map((c) => c.text).join(' ');
    const previous = paragraph;
    const width = (previous?.cells.at(-1)?.right ?? 0) - (previous?.cells[0]?.x ?? 0);
    const joins =
      previous !== null &&
      out.length > 0 &&
      previous.y - line.y <= 1.6 * line.size &&
      width >= FULL_LINE_SHARE * widest &&
      Math.abs((previous.cells[0]?.x ?? 0) - (line.cells[0]?.x ?? 0)) <= 2 * line.size;
    const last = out[out.length - 1];
    if (joins && typeof last === 'string') {
      out[out.length - 1] = /\p{L}-$/u.test(last) ? last + text : `${last} ${text}`;
    } else {
      out.push(text);
    }
    paragraph = line;
    i++;
  }
  return out;
}

/** A page number alone on a line, as Word prints in the footer. */
const PAGE_NUMBER = /^(-\s*)?\d{1,4}(\s*-)?$/;

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  return (
    a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns[i]!) <= COLUMN_TOLERANCE)
  );
}

/**
 * Joins the pages' blocks. A table that ends a page and one that starts the next with the same
 * columns are one table broken by the page (a page number between them is dropped); a header
 * row Word repeats on the new page is dropped too.
 */
function joinPages(pages: Block[][]): string {
  const blocks: Block[] = [];
  for (const page of pages) {
    const first = page[0];
    let lastTableAt = blocks.length - 1;
    while (
      lastTableAt >= 0 &&
      typeof blocks[lastTableAt] === 'string' &&
      PAGE_NUMBER.test(blocks[lastTableAt] as string)
    ) {
      lastTableAt--;
    }
    const previous = blocks[lastTableAt];
    if (
      first &&
      typeof first !== 'string' &&
      previous &&
      typeof previous !== 'string' &&
      sameColumns(previous, first)
    ) {
      blocks.length = lastTableAt + 1;
      const header = previous.rows[0]?.join('\u0000');
      const rows = first.rows[0]?.join('\u0000') === header ? first.rows.slice(1) : first.rows;
      previous.rows.push(...rows);
      blocks.push(...page.slice(1));
    } else if (first && typeof first !== 'string' && first.leadingLoneRow) {
      // Not a continuation after all: the lone cell was a line above the table.
      const [lone, ...rows] = first.rows;
      blocks.push(lone?.find((cell) => cell !== '') ?? '', { ...first, rows }, ...page.slice(1));
    } else {
      blocks.push(...page);
    }
  }
  const lines: string[] = [];
  for (const block of blocks) {
    if (typeof block === 'string') {
      lines.push(block);
      continue;
    }
    if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push(...tableToMarkdown(block), '');
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/**
 * Reads the text layer of a PDF. Throws PdfProblem for a damaged or password-protected file and
 * for one without a text layer (a scan: OCR is out of scope).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const { getDocument } = await loadPdfJs();
  // pdfjs detaches the buffer it is given; it gets a copy so `bytes` stays the document as received.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new PdfProblem('password-protected PDF', { cause: error });
    throw new PdfProblem(`damaged PDF (${(error as Error).message})`, { cause: error });
  }
  try {
    const pages: Block[][] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({ x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10, text: item.str });
        characters += item.str.length;
      }
      pages.push(renderPage(itemsToLines(items)));
      page.cleanup();
    }
    if (characters === 0) {
      throw new PdfProblem(
        `PDF has no text layer (${document.numPages} page(s) of images, a scan?); OCR is not supported`,
      );
    }
    const info = (await document.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    return { text: joinPages(pages), title, date: null, link: null };
  } finally {
    await document.destroy();
  }
}
