/**
 * Events from the rows of plan tables. Columns are read by what their headings mean; a table without
 * a header takes the columns of the table before it (a row split across two tables); section headings
 * are carried to their rows; a row without a number continues the row above; a section of
 * anniversaries or city days reads its rows as city, age and day. Every plan row is `planned`.
 */
import type { EventKind, ExtractedEvent, OrganizationValue, Place, When } from '../../domain/index.js';
import { collapseWhitespace, normalizeWord } from '../../text/index.js';
import { type ColumnRole, headerRoles } from '../document/columns.js';
import { PLAN_TITLE } from '../document/header.js';
import { NUMBER_CELL, type Table, type TableRow, type TextSlice } from '../document/structure.js';
import type { DateContext, TextServices } from './inputs.js';
import { kindOfTitle } from './kinds.js';
import { organizersFromNote } from './organizers.js';
import { findFormat } from './status.js';
import { planTitle } from './title.js';

export interface PlanReading {
  dateContext: DateContext;
  services: TextServices;
  /** The organization whose plan this is: it organizes its own rows that name nobody. */
  owner: OrganizationValue | null;
}

type SectionKind = 'anniversary' | 'city-day' | null;

interface LogicalRow {
  /** The first physical row: evidence is taken from it. */
  row: TableRow;
  shape: Table['shape'];
  roles: (ColumnRole | null)[];
  cells: Map<ColumnRole, TextSlice[]>;
  /** Cells whose role is unknown, in order (anniversary rows are read by content). */
  loose: TextSlice[];
  section: string | null;
  sectionKind: SectionKind;
}

const UNKNOWN_WHEN: When = { start: null, end: null, precision: 'unknown', recurrence: null, text: '' };

function sectionKindOf(heading: string): SectionKind {
  const norm = normalizeWord(heading);
  if (/юбиле|юбилейн|памятн\S* дат/.test(norm)) return 'anniversary';
  if (/(?:^|\s)(?:дн[иея]|день)\s+(?:\S+\s+)?город/.test(norm)) return 'city-day';
  return null;
}

const AGE_CELL = /^(\d{1,4})\s*(?:-?\s*(?:лет|года?|летие))(?!\p{L})/iu;

/** Markdown emphasis left over from conversion: «**Форум**» → «Форум». */
function stripMarkup(text: string): string {
  return text.replace(/\*\*|__/g, '').trim();
}

function isHeadingRow(row: TableRow, numberCell: TextSlice, rows: TableRow[]): boolean {
  const content = row.cells.filter((c) => c !== numberCell && c.text.trim() !== '');
  const text = content[0]?.text ?? '';
  if (/^\*\*.*\*\*$/.test(text.trim())) return true;
  // «2.» followed by «2.1.»: a group, not an item.
  const number = numberCell.text.replace(/[*\s]/g, '').replace(/\.$/, '');
  const index = rows.indexOf(row);
  const next = rows[index + 1]?.cells[0]?.text.replace(/[*\s]/g, '') ?? '';
  return /^\d+$/.test(number) && next.startsWith(`${number}.`) && /^\d+\.\d/.test(next);
}

/** Guesses the roles of a headerless table's columns from the cells of its rows. */
function guessRoles(table: Table): (ColumnRole | null)[] {
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const roles: (ColumnRole | null)[] = new Array(width).fill(null);
  const numbered = table.rows.filter((r) => NUMBER_CELL.test(r.cells[0]?.text ?? '')).length;
  let next = 0;
  if (numbered > 0 && numbered >= table.rows.length / 2) roles[next++] = 'number';
  if (next < width) roles[next++] = 'event';
  if (next < width) roles[next++] = 'date';
  if (next < width) roles[next++] = 'note';
  return roles;
}

function nonEmpty(cells: TextSlice[]): TextSlice[] {
  return cells.filter((c) => c.text.replace(/<[^>]+>/g, '').trim() !== '');
}

/** Turns the physical rows of all tables into logical rows: sections carried, continuations merged. */
function logicalRows(tables: Table[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let roles: (ColumnRole | null)[] | null = null;
  let section: string | null = null;
  let sectionKind: SectionKind = null;
  for (const table of tables) {
    if (table.caption && !PLAN_TITLE.test(table.caption.text)) {
      section = collapseWhitespace(table.caption.text);
      sectionKind = sectionKindOf(section);
    }
    const headerRoleList = table.header ? headerRoles(table.header.cells) : null;
    if (headerRoleList?.includes('age') && !headerRoleList.includes('event') && sectionKind === null) {
      sectionKind = 'anniversary';
    }
    const physical = [...table.rows];
    if (table.header && headerRoleList === null) physical.unshift(table.header);
    const width = Math.max(0, ...physical.map((r) => r.cells.length));
    if (headerRoleList) roles = headerRoleList;
    else if (roles === null || roles.length !== width) roles = guessRoles(table);
    const numberColumn = roles.indexOf('number');
    for (const row of physical) {
      const filled = nonEmpty(row.cells);
      if (filled.length === 0) continue;
      const numberCell = numberColumn >= 0 ? row.cells[numberColumn] : undefined;
      const numbered = numberCell !== undefined && NUMBER_CELL.test(numberCell.text) && numberCell.text.trim() !== '';
      const previous = rows[rows.length - 1];
      // A numbered heading over sub-numbered rows («**1.** **Заседания органов управления**» над «1.1.»).
      if (numbered && filled.length === 2 && isHeadingRow(row, numberCell!, physical)) {
        section = collapseWhitespace(stripMarkup(filled[1]!.text));
        sectionKind = sectionKindOf(section);
        continue;
      }
      if (!numbered && filled.length === 1) {
        const only = filled[0]!;
        const column = row.cells.indexOf(only);
        const continues =
          previous !== undefined &&
          numberColumn >= 0 &&
          column !== numberColumn &&
          table.shape === 'pipe' &&
          roles[column] !== null;
        if (!continues) {
          section = collapseWhitespace(only.text);
          sectionKind = sectionKindOf(section);
          continue;
        }
      }
      if (!numbered && numberColumn >= 0 && previous !== undefined && (numberCell?.text.trim() ?? '') === '') {
        // A row broken over two lines (or two tables): its cells continue the row above.
        row.cells.forEach((cell, i) => {
          const role = roles![i];
          if (!role || role === 'number' || cell.text.trim() === '') return;
          const list = previous.cells.get(role) ?? [];
          list.push(cell);
          previous.cells.set(role, list);
        });
        continue;
      }
      const cells = new Map<ColumnRole, TextSlice[]>();
      const loose: TextSlice[] = [];
      row.cells.forEach((cell, i) => {
        const role = roles![i] ?? null;
        if (role === null) {
          if (cell.text.trim() !== '') loose.push(cell);
          return;
        }
        const list = cells.get(role) ?? [];
        list.push(cell);
        cells.set(role, list);
      });
      rows.push({ row, shape: table.shape, roles: roles!, cells, loose, section, sectionKind });
    }
  }
  return rows;
}

const cellText = (cells: TextSlice[] | undefined) =>
  collapseWhitespace((cells ?? []).map((c) => stripMarkup(c.text.replace(/<[^>]+>/g, ' '))).join(' '));

function uniquePlaces(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    if (seen.has(p.name)) return false;
    seen.add(p.name);
    return true;
  });
}

/** A row's evidence: the whole line of a pipe table; for cell-per-line tables, the event cell through the date cell. */
function evidenceOf(row: LogicalRow, text: string): { start: number; end: number } {
  if (row.shape === 'pipe' || row.shape === 'tsv') return { start: row.row.start, end: row.row.end };
  const content = row.row.cells.filter((c, i) => row.roles[i] !== 'number' && c.text !== '');
  const event = row.cells.get('event')?.[0] ?? content[0] ?? row.row;
  const dateLike = [...(row.cells.get('date') ?? []), ...(row.cells.get('place-date') ?? [])];
  const endCell = dateLike.length > 0 ? dateLike[dateLike.length - 1]! : event;
  const start = event.start;
  const end = Math.max(event.end, endCell.end);
  return { start, end: Math.min(end, text.length) };
}

/** Reads an anniversary or city-day row by content: a city, an age («90 лет»), a day. */
function readCelebrationRow(row: LogicalRow, reading: PlanReading) {
  const content = row.row.cells.filter((c, i) => c.text !== '' && !(i === 0 && NUMBER_CELL.test(c.text)));
  let age: number | null = null;
  let when: When | null = null;
  let placeCell: TextSlice | null = null;
  for (const cell of content) {
    const ageMatch = AGE_CELL.exec(cell.text.trim());
    if (age === null && ageMatch) {
      age = Number(ageMatch[1]);
      continue;
    }
    const parsed: When | null = when === null ? reading.services.parseWhen(cell.text, reading.dateContext) : null;
    if (parsed && parsed.precision !== 'unknown') {
      when = parsed;
      continue;
    }
    if (placeCell === null) placeCell = cell;
  }
  const found = placeCell ? reading.services.findPlaces(placeCell.text) : [];
  const places: Place[] = found.map((f) => ({ name: f.value.name, type: f.value.type }));
  const cityName = places[0]?.name ?? (placeCell ? collapseWhitespace(placeCell.text) : '');
  return { age, when, places: places.slice(0, 1), cityName };
}

/**
 * Splits a date cell that lists separate stages («22–25 января Киров; 20–23 февраля Йошкар-Ола»).
 * Returns one piece per stage, or the whole cell.
 */
function stagesOf(cell: string, reading: PlanReading): string[] {
  const parts = cell.split(/\s*;\s*|\n+/).filter((p) => p.trim() !== '');
  if (parts.length < 2) return [cell];
  const dated = parts.filter((p) => {
    const w = reading.services.parseWhen(p, reading.dateContext);
    return w !== null && w.precision !== 'unknown';
  });
  return dated.length === parts.length ? parts : [cell];
}

const PARTICIPATION = /^\s*(?:\d{1,3}[.)]?\s*)?(?:принять\s+)?участие\s+в/iu;

function eventFromRow(row: LogicalRow, text: string, reading: PlanReading): ExtractedEvent[] {
  const evidenceSpan = evidenceOf(row, text);
  const evidence = text.slice(evidenceSpan.start, evidenceSpan.end);
  const base = {
    venue: null,
    status: 'planned' as const,
    attendance: null,
    evidence,
    evidenceSpan,
    confidence: 0.9,
  };
  if (row.sectionKind !== null) {
    const { age, when, places, cityName } = readCelebrationRow(row, reading);
    if (cityName === '' || when === null) return [];
    const kind: EventKind = row.sectionKind === 'anniversary' ? 'юбилей' : 'день города';
    const title = `${kind === 'юбилей' ? 'Юбилей' : 'День'} города ${cityName}`;
    return [
      {
        ...base,
        title,
        kind,
        when,
        places,
        organizers: [],
        format: null,
        age,
        expectedResult: null,
        fieldSpans: {},
      },
    ];
  }
  const eventCells = row.cells.get('event') ?? row.loose.slice(0, 1);
  const eventText = cellText(eventCells);
  if (eventText === '' || /^[\d.\s]+$/.test(eventText)) return [];
  const title = planTitle(eventText, reading.services);
  const kind = kindOfTitle(title);
  const whenCells = [...(row.cells.get('place-date') ?? []), ...(row.cells.get('date') ?? [])];
  const whenText = cellText(whenCells);
  const placeText = cellText([...(row.cells.get('place-date') ?? []), ...(row.cells.get('place') ?? [])]);
  const noteText = cellText([...(row.cells.get('organizer') ?? []), ...(row.cells.get('note') ?? [])]);
  const resultText = cellText(row.cells.get('result'));
  const organizerColumn = cellText(row.cells.get('organizer'));
  let organizers =
    organizerColumn !== ''
      ? organizersFromNote(organizerColumn, reading.services, true)
      : organizersFromNote(noteText, reading.services);
  if (organizers.length === 0 && reading.owner && !PARTICIPATION.test(eventText)) {
    organizers = [reading.owner.name];
  }
  const format = findFormat(`${eventText} ${noteText}`)?.format ?? null;
  const stages = whenText === '' ? [''] : stagesOf(whenText, reading);
  return stages.map((stage) => {
    const when = stage === '' ? UNKNOWN_WHEN : (reading.services.parseWhen(stage, reading.dateContext) ?? UNKNOWN_WHEN);
    const placeSource = stages.length > 1 ? stage : placeText;
    const places = uniquePlaces(
      reading.services.findPlaces(placeSource).map((f) => ({ name: f.value.name, type: f.value.type })),
    );
    return {
      ...base,
      title,
      kind,
      when,
      places,
      organizers,
      format,
      age: null,
      expectedResult: resultText === '' ? null : resultText,
      fieldSpans: {},
    };
  });
}

/**
 * Every event the plan tables of a document state, in text order.
 * @example eventsFromTables(readStructure(text).tables, text, reading).map((e) => e.title)
 */
export function eventsFromTables(tables: Table[], text: string, reading: PlanReading): ExtractedEvent[] {
  const rows = logicalRows(tables);
  return rows.flatMap((row) => eventFromRow(row, text, reading));
}
