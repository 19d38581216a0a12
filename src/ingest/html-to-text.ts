/**
 * HTML to the text extraction reads, shared by the HTML, DOCX (via mammoth) and feed readers:
 * headings and paragraphs become lines, lists «- » lines, tables Markdown pipe rows. Every walk is
 * iterative over an explicit stack, so a page of deeply nested tags cannot overflow the call stack.
 */
import { load } from 'cheerio';
import { limitTagDepth } from './html-depth.js';

/** The parts of a domhandler node this module reads (cheerio's tree, built by htmlparser2). */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  parent?: HtmlNode | null;
}

/**
 * Parses with htmlparser2 (cheerio's `xml` option in HTML mode): it is lenient and linear, where
 * parse5's scope checks are quadratic on deep nesting. Depth is capped first (see html-depth.ts).
 */
export function parseHtml(html: string): HtmlNode {
  const $ = load(limitTagDepth(html), { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true } });
  return $.root()[0] as unknown as HtmlNode;
}

/** Elements whose content is never article text. */
export const SKIPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'map',
]);

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export function isElement(node: HtmlNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isBlock(node: HtmlNode): boolean {
  return isElement(node) && BLOCK_ELEMENTS.has(node.name ?? '');
}

const WHITESPACE = /[ \t\n\r\f]+/g;

/** Collapses HTML whitespace; NBSP is content and stays (it is normalized later, in `text/`). */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ');
}

/**
 * The text of a subtree on one line: block boundaries and `<br>` become spaces. With `cell`, list
 * items read «• …» and pipes are escaped — one table cell as one Markdown cell.
 */
export function inlineText(node: HtmlNode, cell = false): string {
  const parts: string[] = [];
  // A 'space' marker closes a block: the boundary inside one line is a space.
  const stack: (HtmlNode | 'space')[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === 'space') {
      parts.push(' ');
      continue;
    }
    if (current.type === 'text') {
      parts.push(current.data ?? '');
      continue;
    }
    if (!isElement(current) && current.type !== 'root') continue;
    const name = current.name ?? '';
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (name === 'br') {
      parts.push(' ');
      continue;
    }
    const block = current !== node && isBlock(current);
    if (block) parts.push(' ');
    if (cell && name === 'li') parts.push('• ');
    if (block) stack.push('space');
    const children = current.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const text = collapseWhitespace(parts.join('')).trim();
  return cell ? text.replaceAll('|', '\\|') : text;
}

/** The most columns or rows one cell may span: a hostile `colspan="100000"` must not allocate a huge grid. */
const MAX_SPAN = 64;

function spanOf(cell: HtmlNode, attribute: string): number {
  const value = Number.parseInt(cell.attribs?.[attribute] ?? '1', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, MAX_SPAN) : 1;
}

/** The rows of a table, not of the tables nested in it. */
function tableRows(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  const stack = [...(table.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'tr') rows.push(node);
    else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') {
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return rows;
}

function rowCells(row: HtmlNode): HtmlNode[] {
  return (row.children ?? []).filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

function containsTable(node: HtmlNode): boolean {
  const stack = [...(node.children ?? [])];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.name === 'table') return true;
    if (current.children) stack.push(...current.children);
  }
  return false;
}

/**
 * The grid of a table as Markdown rows. A cell spanning columns fills the first and leaves the
 * rest empty; a cell spanning rows repeats in each row it covers, so every row of a plan keeps
 * its date or organizer. Returns null for a layout table (one column, or tables inside tables),
 * which is read as ordinary blocks instead.
 */
export function tableToMarkdown(table: HtmlNode): string[] | null {
  const rows = tableRows(table);
  if (rows.length === 0 || containsTable(table)) return null;
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const line = grid[r]!;
    let column = 0;
    for (const cell of rowCells(row)) {
      while (line[column] !== undefined) column++;
      const text = inlineText(cell, true);
      const colspan = spanOf(cell, 'colspan');
      const rowspan = Math.min(spanOf(cell, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colspan; dc++) target[column + dc] = dc === 0 ? text : '';
      }
      column += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  if (width < 2) return null;
  const lines = grid.map((line) => {
    const cells = Array.from({ length: width }, (_, i) => line[i] ?? '');
    return `| ${cells.join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines;
}

/** Collects lines, joining inline pieces and keeping a pending list prefix until text arrives. */
class LineWriter {
  readonly lines: string[] = [];
  private parts: string[] = [];
  private prefix = '';

  text(text: string): void {
    this.parts.push(text);
  }

  /** Ends the current line; `prefix` goes before the next one (a list item's «- »). */
  breakLine(prefix = ''): void {
    const line = collapseWhitespace(this.parts.join('')).trim();
    if (line !== '') this.lines.push(this.prefix + line);
    this.parts = [];
    if (line !== '' || prefix !== '') this.prefix = prefix;
  }

  /** A table or other pre-rendered block, set off by blank lines as Markdown wants. */
  block(lines: string[]): void {
    this.breakLine();
    this.prefix = '';
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    this.lines.push(...lines, '');
  }

  finish(): string {
    this.breakLine();
    while (this.lines[this.lines.length - 1] === '') this.lines.pop();
    return this.lines.join('\n');
  }
}

type Step = { node: HtmlNode } | { exit: HtmlNode };

/**
 * Renders a subtree as lines.
 *
 * @example renderText(parseHtml('<h1>План</h1><ul><li>Форум</li></ul>')) // 'План\n- Форум'
 */
export function renderText(root: HtmlNode, skip?: (node: HtmlNode) => boolean): string {
  const out = new LineWriter();
  const stack: Step[] = [{ node: root }];
  let listDepth = 0;
  // Inside a list item, paragraphs continue the item's line rather than start new lines.
  const itemDepths: number[] = [];
  let preDepth = 0;
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const name = step.exit.name ?? '';
      if (name === 'ul' || name === 'ol') listDepth--;
      if (name === 'li') itemDepths.pop();
      if (name === 'pre') preDepth--;
      if (name !== 'li' && itemDepths.length > 0 && itemDepths[itemDepths.length - 1] === listDepth) out.text(' ');
      else out.breakLine();
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      out.text(preDepth > 0 ? (node.data ?? '').replaceAll('\n', ' ') : (node.data ?? ''));
      continue;
    }
    if (node.type !== 'root' && !isElement(node)) continue;
    const name = node.name ?? '';
    if (SKIPPED_ELEMENTS.has(name) || skip?.(node)) continue;
    if (name === 'br') {
      out.breakLine();
      continue;
    }
    if (name === 'table') {
      const lines = tableToMarkdown(node);
      if (lines) {
        out.block(lines);
        continue;
      }
    }
    if (isBlock(node)) {
      const inItem = itemDepths.length > 0 && itemDepths[itemDepths.length - 1] === listDepth;
      if (name === 'li') {
        out.breakLine(`${'  '.repeat(Math.max(0, listDepth - 1))}- `);
        itemDepths.push(listDepth);
      } else if (inItem && name !== 'ul' && name !== 'ol' && name !== 'table') {
        out.text(' ');
      } else {
        out.breakLine();
      }
      if (name === 'ul' || name === 'ol') listDepth++;
      if (name === 'pre') preDepth++;
      stack.push({ exit: node });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  return out.finish();
}

/** HTML (a fragment or a page) to text. */
export function htmlToText(html: string): string {
  return renderText(parseHtml(html));
}
