/**
 * The layout of a document's text: tables (Markdown pipe and grid tables, Word tables exported one cell per
 * tab-indented line or one cell per plain line under a header of column headings, tab-separated rows)
 * and the paragraphs between them, each with offsets into the
 * text as given. Layout only: what a column or a row means is decided by the readers of the plan.
 */
import { openGuillemets } from '../../text/index.js';
import { headingRole } from './columns.js';

export interface TextSlice {
  start: number;
  end: number;
  text: string;
}

export type TableShape = 'pipe' | 'grid' | 'tab-lines' | 'cell-lines' | 'tsv';

/** One row as the layout gives it; `cells` keep their column positions (empty cells included). */
export interface TableRow {
  start: number;
  end: number;
  cells: TextSlice[];
}

export interface Table {
  shape: TableShape;
  start: number;
  end: number;
  /** The first row when it stands above a separator (pipe) or before the first numbered row (tab-lines). */
  header: TableRow | null;
  /** A short line right above the table that names it («Юбилеи городов – членов МАГ»). */
  caption: TextSlice | null;
  rows: TableRow[];
}

export interface Paragraph extends TextSlice {
  /** Starts with a list marker: «1.», «1)», «—», «-», «•». */
  listItem: boolean;
}

export interface DocumentStructure {
  tables: Table[];
  paragraphs: Paragraph[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Trims whitespace off a slice of `text`, keeping offsets. */
export function trimSlice(text: string, start: number, end: number): TextSlice {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

const isBlank = (line: Line) => line.text.trim() === '';
const isPipeLine = (line: Line) => /^\s*\|.*\|\s*$/.test(line.text);
const PIPE_SEPARATOR = /^\s*\|(\s*:?-{2,}:?\s*\|)+\s*$/;
/** A numbering cell alone on its line: «1.», «12. », «3.1», «IV.». */
export const NUMBER_CELL = /^\s*(?:\*\*)?\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,6}\.)\s*(?:\*\*)?\s*$/;
/** A cell or line that heads a section: all bold, or «Раздел 2.», «Глава III», «Часть 1». */
export const SECTION_CELL = /^(?:\*\*[^*]+\*\*|__[^_]+__|(?:раздел|глава|часть)\s+(?:\d+|[IVXLC]+)\b.*)$/iu;
/** A section heading numbered in Roman figures: «III. Информационная работа». */
export const ROMAN_SECTION = /^[IVXLC]+\.\s+\p{Lu}/u;
/** «1. », «2) », «1.3. » (a sub-item of a section), «– », «• ». */
const LIST_MARKER = /^\s*(?:\d{1,3}(?:\.\d{1,2})*[.)]\s|[—–\-•·▪]\s*\S)/;
/** A numbered item at the line's start, and a line indented with spaces that goes on with it. */
const NUMBERED_ITEM = /^\d{1,3}(?:\.\d{1,2})*[.)]\s+\S/;
const CONTINUATION_LINE = /^ {2,}\S/;
/** «   - Срок: март», «   - Ответственный: …»: a labelled field of the item above, laid out as a sub-item. */
const LABELLED_FIELD = /^ {2,}[-–•*]\s+[\p{L} ]{2,40}:\s/u;
/**
 * «Срок: март.», «Место проведения: г. Рыбинск.», «Ответственный: …» on the lines under a numbered item,
 * unindented: the item's fields.
 */
export const FIELD_LINE =
  /^\s*(?:срок\p{L}*(?:\s+\p{L}+)?|дата(?:\s+\p{L}+)?|место(?:\s+проведения)?|ответственн\p{L}*(?:\s+\p{L}+)?|организатор\p{L}*|исполнител\p{L}*|соисполнител\p{L}*|участник\p{L}*|(?:ожидаемый\s+)?результат\p{L}*|форма(?:\s+проведения)?|формат|примечани\p{L}*)\s*:\s*\S/iu;
/** «а) торжественное собрание …;», «б) фотовыставка …»: lettered sub-items of the item above. */
export const LETTERED_LINE = /^\s*[а-е]\)\s+\S/u;

function pipeCells(text: string, line: Line): TextSlice[] {
  const cells: TextSlice[] = [];
  const first = text.indexOf('|', line.start);
  const last = text.lastIndexOf('|', line.end - 1);
  let cellStart = first + 1;
  for (let i = first + 1; i <= last; i++) {
    if (text[i] === '|' && text[i - 1] !== '\\') {
      cells.push(trimSlice(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  return cells;
}

/** «+-----+------+», «+=====+======+»: a border of a grid table (pandoc's «grid_tables»). */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

/**
 * A grid table as pandoc writes a Word table to Markdown: rows between «+---+» borders, each cell
 * a column of its lines, the header above the «+===+» border. A cell's text is its lines joined by
 * line breaks; its offsets run from its first line to its last (the columns beside it lie between).
 */
function readGridTable(text: string, lines: Line[]): Table {
  const border = lines[0]!.text;
  const bars: number[] = [];
  for (let k = 0; k < border.length; k++) if (border[k] === '+') bars.push(k);
  const rows: TableRow[] = [];
  let header: TableRow | null = null;
  let block: Line[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const cells: TextSlice[] = [];
    for (let c = 0; c + 1 < bars.length; c++) {
      const parts = block
        .map((line) =>
          trimSlice(
            text,
            line.start + Math.min(bars[c]! + 1, line.text.length),
            line.start + Math.min(bars[c + 1]!, line.text.length),
          ),
        )
        .filter((part) => part.text !== '');
      const first = parts[0];
      const last = parts[parts.length - 1];
      cells.push(
        first && last
          ? { start: first.start, end: last.end, text: parts.map((part) => part.text).join('\n') }
          : { start: block[0]!.start, end: block[0]!.start, text: '' },
      );
    }
    const row = trimSlice(text, block[0]!.start, block[block.length - 1]!.end);
    rows.push({ start: row.start, end: row.end, cells });
    block = [];
  };
  for (const line of lines) {
    if (!GRID_BORDER.test(line.text)) {
      block.push(line);
      continue;
    }
    flush();
    if (line.text.includes('=') && rows.length === 1 && header === null) header = rows.pop() ?? null;
  }
  flush();
  const last = lines[lines.length - 1]!;
  return { shape: 'grid', start: lines[0]!.start, end: last.end, header, rows, caption: null };
}

function readPipeTable(text: string, lines: Line[]): Table {
  const rows: TableRow[] = [];
  let header: TableRow | null = null;
  lines.forEach((line, index) => {
    if (PIPE_SEPARATOR.test(line.text)) {
      // The row above a separator is the header; a separator elsewhere is only a rule.
      if (index === 1 && rows.length === 1) header = rows.pop() ?? null;
      return;
    }
    const row = trimSlice(text, line.start, line.end);
    rows.push({ start: row.start, end: row.end, cells: pipeCells(text, line) });
  });
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { shape: 'pipe', start: first.start, end: last.end, header, rows, caption: null };
}

/** Cells of a Word table exported as one cell per tab-indented line, with unindented continuation lines. */
function tabLineCells(text: string, lines: Line[]): TextSlice[] {
  const cells: TextSlice[] = [];
  let current: { start: number; end: number } | null = null;
  let blankSince = false;
  for (const line of lines) {
    if (isBlank(line)) {
      blankSince = true;
      continue;
    }
    if (line.text.startsWith('\t')) {
      if (current) cells.push(trimSlice(text, current.start, current.end));
      current = { start: line.start, end: line.end };
    } else if (current && !blankSince) {
      current.end = line.end; // a cell's text wrapped onto an unindented line
    } else {
      if (current) cells.push(trimSlice(text, current.start, current.end));
      current = { start: line.start, end: line.end };
    }
    blankSince = false;
  }
  if (current) cells.push(trimSlice(text, current.start, current.end));
  return cells;
}

/**
 * Groups tab-line cells into rows. A numbering cell opens a row; the row takes cells until it has as
 * many as the header has columns; a cell met when the row is full (or before any row), and a cell
 * «Раздел 2. …» anywhere, is a section heading, kept as a one-cell row.
 */
function readTabLineTable(text: string, lines: Line[]): Table {
  const cells = tabLineCells(text, lines);
  const firstNumber = cells.findIndex((cell) => NUMBER_CELL.test(cell.text));
  let header: TableRow | null = null;
  let columns = 0;
  let i = 0;
  // Header cells come first, each a column heading; a section heading may follow them before row 1.
  let headerLength = 0;
  while (headerLength < (firstNumber < 0 ? cells.length : firstNumber)) {
    const cell = cells[headerLength]!;
    if (headingRole(cell.text) === null || SECTION_CELL.test(cell.text)) break;
    headerLength++;
  }
  if (headerLength >= 2) {
    const used = cells.slice(0, headerLength);
    columns = used.length;
    header = { start: used[0]!.start, end: used[used.length - 1]!.end, cells: used };
    i = headerLength;
  }
  const rows: TableRow[] = [];
  let open: TextSlice[] | null = null;
  const close = () => {
    if (open && open.length > 0) {
      rows.push({ start: open[0]!.start, end: open[open.length - 1]!.end, cells: open });
    }
    open = null;
  };
  for (; i < cells.length; i++) {
    const cell = cells[i]!;
    if (NUMBER_CELL.test(cell.text)) {
      close();
      open = [cell];
      continue;
    }
    // «Раздел 2. …», «III. Информационная работа»: a section heading never goes on with the row before it.
    const heading = SECTION_CELL.test(cell.text) || ROMAN_SECTION.test(cell.text);
    if (open && !heading && (columns === 0 || (open as TextSlice[]).length < columns)) {
      (open as TextSlice[]).push(cell);
      continue;
    }
    close();
    rows.push({ start: cell.start, end: cell.end, cells: [cell] });
  }
  close();
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return { shape: 'tab-lines', start: first.start, end: last.end, header, rows, caption: null };
}

/**
 * The header of a table saved one cell per plain line: three or more short lines in a row, each a
 * column heading («№ п/п», «Наименование мероприятия», «Срок», «Ответственные»), one of them naming
 * the event or the place. Returns the number of header lines, 0 when the lines at `i` are no header.
 */
function cellLineHeader(lines: Line[], i: number): number {
  let k = i;
  const roles: (string | null)[] = [];
  while (k < lines.length && !isBlank(lines[k]!) && lines[k]!.text.trim().length <= 40 && !/^\t/.test(lines[k]!.text)) {
    // «№» over «п/п», «Дата» over «празднования»: one heading broken over two lines.
    if (roles.length > 0 && HEADING_GOES_ON.test(lines[k]!.text)) {
      k++;
      continue;
    }
    const role = headingRole(lines[k]!.text.trim());
    if (role === null) break;
    roles.push(role);
    k++;
  }
  if (roles.length < 3 || !(roles.includes('event') || roles.includes('place'))) return 0;
  // Rows follow: a numbering line alone, after blank lines and at most two section lines.
  let sections = 0;
  for (let j = k; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) continue;
    if (NUMBER_CELL.test(line.text)) return k - i;
    if (++sections > 2 || line.text.trim().length > 150) return 0;
  }
  return 0;
}

/** A cell that says it is empty: «—», «-». */
const EMPTY_CELL = /^\s*[-–—]\s*$/u;

/** The second line of a heading broken in two: «№» over «п/п», «Дата» over «празднования». */
const HEADING_GOES_ON = /^\s*(?:п\s*\/\s*п\.?|\p{Ll}[\p{Ll}\s,-]*)\s*$/u;

/** A time of day opening a line: «09.00–10.00», «13:30». */
const TIME_CELL = /^\s*\d{1,2}[.:]\d{2}(?!\d)/;

/** A cell's text that goes on on the next line: it ends with a comma, a dash or a conjunction. */
const CELL_GOES_ON = /(?:[,–—-]|\sи|\sили)\s*$/u;

/**
 * A Word table saved as text one cell per plain line: a header of column headings, then rows, each
 * opened by its number alone on a line, with section headings («Раздел 1. …», «III. …») between them.
 * A cell wrapped onto the next line goes on where its line ends with a comma or the row is already full
 * and the line starts in lower case; blank lines inside a row stand for its empty cells. The table ends
 * at a line that fits no row (a footnote, a signature) or at the header of the next table.
 */
function readCellLineTable(
  text: string,
  lines: Line[],
  from: number,
  headerLength: number,
): { table: Table; end: number } {
  const headerCells: TextSlice[] = [];
  for (const l of lines.slice(from, from + headerLength)) {
    const previous = headerCells[headerCells.length - 1];
    // «№» over «п/п» is one cell.
    if (previous && HEADING_GOES_ON.test(l.text))
      headerCells[headerCells.length - 1] = trimSlice(text, previous.start, l.end);
    else headerCells.push(trimSlice(text, l.start, l.end));
  }
  const columns = headerCells.length;
  const header: TableRow = { start: headerCells[0]!.start, end: headerCells[columns - 1]!.end, cells: headerCells };
  const rows: TableRow[] = [];
  let open: TextSlice[] | null = null;
  // Where blank lines stood inside the open row: the index of the cell they came before.
  let gaps: number[] = [];
  let blanks = 0;
  let lastLine = from + headerLength - 1;
  const close = () => {
    if (open === null) return;
    const cells: TextSlice[] = open;
    for (const at of gaps.reverse()) {
      if (cells.length >= columns) break;
      cells.splice(at, 0, { start: cells[at - 1]!.end, end: cells[at - 1]!.end, text: '' });
    }
    rows.push({ start: cells[0]!.start, end: cells[cells.length - 1]!.end, cells });
    open = null;
    gaps = [];
  };
  let j = from + headerLength;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) {
      blanks++;
      continue;
    }
    // The next table's header, a footnote («* Даты …», «Примечание: …») end the table.
    if (cellLineHeader(lines, j) > 0 || /^\s*(?:\*|¹|примечани)/iu.test(line.text)) break;
    const cell = trimSlice(text, line.start, line.end);
    // Rows stand a blank line apart; two or more blank lines inside a row are its empty cells.
    const emptyCells = Math.max(0, blanks - 1);
    blanks = 0;
    if (NUMBER_CELL.test(line.text)) {
      close();
      open = [cell];
      lastLine = j;
      continue;
    }
    const row = open as TextSlice[] | null;
    const previous = row?.[row.length - 1];
    if (
      row &&
      previous &&
      row.length > 1 &&
      emptyCells === 0 &&
      ((CELL_GOES_ON.test(previous.text) && !EMPTY_CELL.test(previous.text)) ||
        (row.length >= columns && /^\p{Ll}/u.test(cell.text)) ||
        // «Круглый стол «Совершенствование законодательства» over two lines: a quote left open goes on.
        openGuillemets(previous.text) > 0)
    ) {
      row[row.length - 1] = trimSlice(text, previous.start, line.end);
      lastLine = j;
      continue;
    }
    const heading = SECTION_CELL.test(cell.text) || ROMAN_SECTION.test(cell.text);
    if (row && !heading && row.length < columns) {
      if (row.length > 1) for (let k = 0; k < emptyCells; k++) gaps.push(row.length);
      row.push(cell);
      lastLine = j;
      continue;
    }
    // A section heading between rows; anything else after a full row ends the table.
    if (!heading && row !== null) break;
    if (!heading && cell.text.length > 150) break;
    close();
    rows.push({ start: cell.start, end: cell.end, cells: [cell] });
    lastLine = j;
  }
  close();
  const table: Table = {
    shape: 'cell-lines',
    start: lines[from]!.start,
    end: lines[lastLine]!.end,
    header,
    rows,
    caption: null,
  };
  return { table, end: lastLine + 1 };
}

/** Cells of one tab-separated line, with the number of tabs it is indented by. */
function tsvCells(text: string, line: Line): { indent: number; cells: TextSlice[] } {
  const cells: TextSlice[] = [];
  let cellStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || text[i] === '\t') {
      cells.push(trimSlice(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  let indent = 0;
  while (indent < cells.length - 1 && cells[indent]!.text === '' && text[line.start + indent] === '\t') indent++;
  return { indent, cells: cells.slice(indent) };
}

/** A line between rows that heads a section: «1. Деятельность органов управления», «Раздел 2», «III. …». */
const SECTION_LINE = /^\s*(?:\d{1,2}\.?\s+\p{Lu}|[IVXLC]+\.\s|(?:раздел|глава|часть)\s)/iu;

/**
 * A Word table saved as tab-separated lines. In a numbered table a line that does not open with a
 * number goes on with the row above, as Word writes a cell with a line break: an unindented line
 * carries on the cell the line above broke off in, then moves on cell by cell at each tab; a line
 * indented by k tabs carries on column k. A line without tabs between rows heads a section.
 */
function readTsvTable(text: string, lines: Line[]): Table {
  const read = lines.filter((line) => !isBlank(line)).map((line) => ({ line, ...tsvCells(text, line) }));
  const opens = (r: (typeof read)[number]) => r.indent === 0 && NUMBER_CELL.test(r.cells[0]!.text);
  const numbered = read.filter(opens).length >= Math.max(2, read.length / 3);
  const rows: TableRow[] = [];
  // The column the last line of the open row ended in.
  let lastColumn = 0;
  for (const r of read) {
    const open = rows[rows.length - 1];
    const section = !r.line.text.includes('\t') && SECTION_LINE.test(r.line.text);
    if (!numbered || rows.length === 0 || opens(r) || section || open === undefined || open.cells.length === 1) {
      const row = trimSlice(text, r.line.start, r.line.end);
      rows.push({ start: row.start, end: row.end, cells: r.cells });
      lastColumn = r.cells.length - 1;
      continue;
    }
    // A row broken over lines: its cells go on where this line says.
    let column = r.indent > 0 ? r.indent : lastColumn;
    for (const cell of r.cells) {
      const at = open.cells[column];
      if (at === undefined) open.cells[column] = cell;
      else if (cell.text !== '') open.cells[column] = at.text === '' ? cell : trimSlice(text, at.start, cell.end);
      column++;
    }
    for (let k = 0; k < open.cells.length; k++) {
      open.cells[k] ??= { start: open.end, end: open.end, text: '' };
    }
    lastColumn = column - 1;
    open.end = r.line.end;
  }
  const firstRow = rows[0];
  const header = firstRow && !firstRow.cells.some((c) => NUMBER_CELL.test(c.text)) && rows.length > 1 ? firstRow : null;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    shape: 'tsv',
    start: first.start,
    end: last.end,
    header,
    rows: header ? rows.slice(1) : rows,
    caption: null,
  };
}

const isTsvLine = (line: Line) =>
  line.text
    .replace(/^\t+/, '')
    .split('\t')
    .filter((c) => c.trim() !== '').length >= 2;

/**
 * Whether `next` carries on a list item wrapped at the end of `item` (its text so far): the item stops
 * mid-sentence on a line of near the wrap width (no closing stop, colon or semicolon), or inside an open
 * «quote» or bracket, and `next` is plain unindented text — not a new item, a table line or a heading.
 */
function continuesListItem(item: string, next: Line): boolean {
  if (isBlank(next)) return false;
  const open = (o: string, c: string) => item.split(o).length > item.split(c).length;
  const inside = open('«', '»') || open('(', ')');
  if (/[.!?:;]\s*$/.test(item) && !inside) return false;
  // A wrapped line runs near the wrap width; a short line stands on its own («— первый пункт»).
  const lastLine = item.slice(item.lastIndexOf('\n') + 1);
  if (lastLine.trim().length < 45 && !inside) return false;
  const t = next.text;
  // An indented line is a part of the item laid out on its own line («   Москва, февраль»), not a wrap.
  if (LIST_MARKER.test(t) || isPipeLine(next) || isTsvLine(next) || /^\s/.test(t) || t.startsWith('#')) return false;
  if (/^\d{1,3}(?:\.\d{1,3})*\.?(?:\s|$)/.test(t)) return false; // «1.1 …»: a numbered row of its own
  return !SECTION_CELL.test(t.trim()) && !/^\s*[IVXLC]{1,6}\.\s/.test(t);
}

/**
 * @example readStructure('Итоги\n| № | Мероприятие |\n|---|---|\n| 1. | Форум |').tables[0]!.rows[0]!.cells[1]!.text
 * // 'Форум'
 */
export function readStructure(text: string): DocumentStructure {
  const lines = splitLines(text);
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (GRID_BORDER.test(line.text)) {
      let j = i + 1;
      while (j < lines.length && (GRID_BORDER.test(lines[j]!.text) || /^\s*\|/.test(lines[j]!.text))) j++;
      if (j - i >= 3) {
        tables.push(readGridTable(text, lines.slice(i, j)));
        i = j;
        continue;
      }
    }
    if (isPipeLine(line)) {
      let j = i;
      while (j < lines.length && isPipeLine(lines[j]!)) j++;
      tables.push(readPipeTable(text, lines.slice(i, j)));
      i = j;
      continue;
    }
    if (line.text.startsWith('\t') && line.text.trim() !== '') {
      // A run of tab-indented lines, blank lines between them, and unindented lines that continue a cell.
      let end = i + 1;
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j]!;
        if (isBlank(next)) continue;
        // «II. Экспертно-аналитическая работа» after a row is the next section, not the row's cell going on.
        const continuesCell = !next.text.startsWith('\t') && !isBlank(lines[j - 1]!) && !ROMAN_SECTION.test(next.text);
        if (!next.text.startsWith('\t') && !continuesCell) break;
        end = j + 1;
      }
      const group = lines.slice(i, end);
      const tabLines = group.filter((l) => l.text.startsWith('\t') && l.text.trim() !== '');
      if (tabLines.length >= 3) {
        const tsv = tabLines.filter(isTsvLine).length >= tabLines.length * 0.6;
        tables.push(tsv ? readTsvTable(text, group) : readTabLineTable(text, group));
        i = end;
        continue;
      }
    }
    const headerLength = cellLineHeader(lines, i);
    if (headerLength > 0) {
      const { table, end } = readCellLineTable(text, lines, i, headerLength);
      if (table.rows.some((r) => r.cells.length >= 3)) {
        tables.push(table);
        i = end;
        continue;
      }
    }
    // A run of tab-separated rows, with section headings on lines of their own between them
    // («1. Деятельность органов управления» above «1.1⇥Общее собрание⇥…»).
    const sectionBetweenRows = (j: number) =>
      j + 1 < lines.length &&
      !isBlank(lines[j]!) &&
      !lines[j]!.text.includes('\t') &&
      lines[j]!.text.trim().length <= 150 &&
      isTsvLine(lines[j + 1]!);
    if (isTsvLine(line) && i + 1 < lines.length && (isTsvLine(lines[i + 1]!) || sectionBetweenRows(i + 1))) {
      let j = i;
      // …and the lines a row broken over lines goes on in: indented by tabs, or after a line that breaks off.
      const goesOn = (k: number) =>
        !isBlank(lines[k]!) &&
        !isBlank(lines[k - 1]!) &&
        (lines[k]!.text.startsWith('\t') || /[,«(–—-]\s*$/u.test(lines[k - 1]!.text));
      while (j < lines.length && (isTsvLine(lines[j]!) || (j > i && (sectionBetweenRows(j) || goesOn(j))))) j++;
      // «09.00–10.00⇥Регистрация⇥Фойе»: a programme by the hour is lines of a programme, no table of events.
      const group = lines.slice(i, j).filter((l) => !isBlank(l));
      if (group.filter((l) => TIME_CELL.test(l.text)).length < group.length * 0.6) {
        tables.push(readTsvTable(text, lines.slice(i, j)));
        i = j;
        continue;
      }
    }
    if (!isBlank(line)) {
      const listItem = LIST_MARKER.test(line.text);
      let last = i;
      // «1. Заседание Совета\n   Москва, февраль\n   Организатор: МАГ»: a numbered item whose lines
      // below it are indented with spaces is one item broken over lines.
      if (NUMBERED_ITEM.test(line.text)) {
        while (
          last + 1 < lines.length &&
          CONTINUATION_LINE.test(lines[last + 1]!.text) &&
          (!LIST_MARKER.test(lines[last + 1]!.text) || LABELLED_FIELD.test(lines[last + 1]!.text))
        )
          last++;
      }
      // «2. Общее собрание …\nСрок: март.\nОтветственный: …»: field lines and lettered sub-items under a
      // numbered item are the item's.
      if (NUMBERED_ITEM.test(line.text)) {
        while (
          last + 1 < lines.length &&
          (FIELD_LINE.test(lines[last + 1]!.text) || LETTERED_LINE.test(lines[last + 1]!.text))
        )
          last++;
      }
      // A list item hard-wrapped onto the unindented lines below it runs on until its sentence ends.
      if (listItem && last === i) {
        while (last + 1 < lines.length && continuesListItem(text.slice(line.start, lines[last]!.end), lines[last + 1]!))
          last++;
      }
      const slice = trimSlice(text, line.start, lines[last]!.end);
      paragraphs.push({ ...slice, listItem });
      i = last;
    }
    i++;
  }
  // A short line standing right above a table (blank lines aside) is its caption.
  for (const table of tables) {
    const before = paragraphs.filter((p) => p.end <= table.start);
    const last = before[before.length - 1];
    if (!last || last.text.length > 150 || /[.!?:]$/.test(last.text)) continue;
    if (text.slice(last.end, table.start).trim() !== '') continue;
    if (tables.some((t) => t !== table && t.end <= table.start && t.start >= last.end)) continue;
    table.caption = { start: last.start, end: last.end, text: last.text };
  }
  return { tables, paragraphs };
}
