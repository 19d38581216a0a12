/**
 * Events from the rows of plan tables. Columns are read by what their headings mean; a table without
 * a header takes the columns of the table before it (a row split across two tables); section headings
 * are carried to their rows; a row without a number continues the row above; a section of
 * anniversaries or city days reads its rows as city, age and day. Every plan row is `planned`.
 */
import type {
  EventField,
  EventKind,
  ExtractedEvent,
  OrganizationValue,
  Place,
  TextRange,
  When,
} from '../../domain/index.js';
import { collapseWhitespace, normalizeWord } from '../../text/index.js';
import { type ColumnRole, headerRoles } from '../document/columns.js';
import { PLAN_TITLE } from '../document/header.js';
import { NUMBER_CELL, SECTION_CELL, type Table, type TableRow, type TextSlice } from '../document/structure.js';
import { type DateContext, type TextServices, UNKNOWN_WHEN } from './inputs.js';
import { celebratedAge, kindOfTitle } from './kinds.js';
import { bodyOf } from './news.js';
import { responsibleOrganizers } from './organizers.js';
import { findFormat } from './status.js';
import { capitalizeFirst, headToNominative, PARTICIPATION, planTitle } from './title.js';

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
  /** A section heading that is a time («Январь», «II квартал») dates its rows. */
  sectionWhen: When | null;
}

/** «Юбилеи городов», «Дни городов-столиц»: a section of anniversaries or city days. */
export function sectionKindOf(heading: string): SectionKind {
  const norm = normalizeWord(heading);
  if (/юбиле|юбилейн|памятн\S* дат/.test(norm)) return 'anniversary';
  if (
    /(?:^|\s)(?:дн(?:и|я|е|ям|ях)|день)\s+(?:\S+\s+)?(?:город|поселк|поселени|сел[аеo]?(?:\s|$)|населенн|муниципальн)/.test(
      norm,
    )
  )
    return 'city-day';
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
function logicalRows(tables: Table[], reading: PlanReading): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let roles: (ColumnRole | null)[] | null = null;
  let section: string | null = null;
  let sectionKind: SectionKind = null;
  let sectionWhen: When | null = null;
  const setSection = (heading: string) => {
    section = heading;
    sectionKind = sectionKindOf(heading);
    const when = reading.services.parseWhen(heading, reading.dateContext);
    // Only a heading that is nothing but a time dates its rows.
    sectionWhen =
      when && when.precision !== 'unknown' && when.text.length >= heading.replace(/[*\s]+$/u, '').length - 2
        ? when
        : null;
  };
  for (const table of tables) {
    if (table.caption && !PLAN_TITLE.test(table.caption.text)) {
      setSection(collapseWhitespace(table.caption.text));
    }
    const physical = [...table.rows];
    // A converter may leave out the rule under the header: a first row of headings is still the header.
    let header = table.header;
    if (header === null && physical[0] && headerRoles(physical[0].cells) !== null) header = physical.shift() ?? null;
    const headerRoleList = header ? headerRoles(header.cells) : null;
    if (headerRoleList?.includes('age') && !headerRoleList.includes('event') && sectionKind === null) {
      sectionKind = 'anniversary';
    }
    if (header && headerRoleList === null) physical.unshift(header);
    const width = Math.max(0, ...physical.map((r) => r.cells.length));
    if (headerRoleList) roles = headerRoleList;
    else if (roles === null || roles.length !== width) roles = guessRoles(table);
    const numberColumn = roles.indexOf('number');
    for (const row of physical) {
      let filled = nonEmpty(row.cells);
      // A heading merged across the row comes out repeated in every cell.
      if (filled.length > 1 && filled.every((c) => c.text.trim() === filled[0]!.text.trim())) filled = [filled[0]!];
      if (filled.length === 0) continue;
      const numberCell = numberColumn >= 0 ? row.cells[numberColumn] : undefined;
      const numbered = numberCell !== undefined && NUMBER_CELL.test(numberCell.text) && numberCell.text.trim() !== '';
      const previous = rows[rows.length - 1];
      // A numbered heading over sub-numbered rows («**1.** **Заседания органов управления**» над «1.1.»).
      if (numbered && filled.length === 2 && isHeadingRow(row, numberCell!, physical)) {
        setSection(collapseWhitespace(stripMarkup(filled[1]!.text)));
        continue;
      }
      if (!numbered && filled.length === 1) {
        const only = filled[0]!;
        const column = row.cells.indexOf(only);
        // «**Раздел 2. Конференции, форумы**» in the event column: a bold or «Раздел N» cell heads a section.
        const heading = SECTION_CELL.test(only.text.trim());
        const continues =
          !heading &&
          previous !== undefined &&
          numberColumn >= 0 &&
          column !== numberColumn &&
          table.shape === 'pipe' &&
          roles[column] !== null;
        if (!continues) {
          setSection(collapseWhitespace(stripMarkup(only.text)));
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
      // A «Срок» cell merged down over the rows below it comes out empty in them: within a section that
      // does not date its rows, an empty date cell right under a dated row is that row's.
      if (
        roles.includes('date') &&
        !hasDate(cells) &&
        sectionWhen === null &&
        previous !== undefined &&
        previous.section === section &&
        hasDate(previous.cells)
      )
        cells.set('date', previous.cells.get('date')!);
      rows.push({ row, shape: table.shape, roles: roles!, cells, loose, section, sectionKind, sectionWhen });
    }
  }
  return rows;
}

/** Whether a row's date cell says anything. */
function hasDate(cells: Map<ColumnRole, TextSlice[]>): boolean {
  return (cells.get('date') ?? []).some((c) => c.text.trim() !== '');
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
  if (row.shape === 'pipe' || row.shape === 'grid' || row.shape === 'tsv')
    return { start: row.row.start, end: row.row.end };
  const content = row.row.cells.filter((c, i) => row.roles[i] !== 'number' && c.text !== '');
  const event = row.cells.get('event')?.[0] ?? content[0] ?? row.row;
  const dateLike = [...(row.cells.get('date') ?? []), ...(row.cells.get('place-date') ?? [])];
  const endCell = dateLike.length > 0 ? dateLike[dateLike.length - 1]! : event;
  const start = event.start;
  const end = Math.max(event.end, endCell.end);
  return { start, end: Math.min(end, text.length) };
}

/** Where a row's event is held, in words that may stand between «в» and the place's name. */
const HOST_WORDS =
  /^(?:(?:г\.|город\p{L}*|муниципальн\p{L}*|образовани\p{L}*|субъект\p{L}*|регион\p{L}*|район\p{L}*|поселени\p{L}*|округ\p{L}*|столиц\p{L}*)\s*)*$/iu;

/**
 * A place that ends an event's name: «… в Великом Новгороде», «… в Республике Саха (Якутия)», «… в
 * муниципальных образованиях Республики Татарстан». Returns where the name ends and the places.
 */
function trailingPlace(name: string, services: TextServices): { cut: number; places: Place[] } | null {
  const preposition = [...name.matchAll(/\s(?:в|во|на)\s/gu)].pop();
  if (!preposition) return null;
  const tail = name.slice(preposition.index + preposition[0].length);
  if (/[«"»]/.test(tail)) return null;
  const found = services.findPlaces(tail);
  const last = found[found.length - 1];
  if (!last || !HOST_WORDS.test(tail.slice(0, found[0]!.start))) return null;
  // The place must end the name (a bracketed alias «(Якутия)» may follow it).
  if (!/^\s*(?:\([^()]*\))?\s*$/u.test(tail.slice(last.end))) return null;
  if (found.some((f, i) => i > 0 && !/^[\s,и]*$/u.test(tail.slice(found[i - 1]!.end, f.start)))) return null;
  if (preposition.index < 8) return null;
  // «… закона о городских агломерациях в Российской Федерации»: the place belongs to a complement.
  if (/(?:^|\s)(?:о|об|по|для|к)\s/iu.test(name.slice(0, preposition.index))) return null;
  if (found.some((f) => f.value.type === 'country')) return null;
  return { cut: preposition.index, places: found.map((f) => ({ name: f.value.name, type: f.value.type })) };
}

/**
 * «Проведение совместно с Правительством Новгородской области совещания …», «Семинар … совместно с
 * министерством финансов края», «Семинар «…» (совместно с Минстроем России)»: the partner body
 * (nominative) and the name without it.
 */
function jointPartner(name: string, services: TextServices): { name: string; rest: string } | null {
  // «Семинар «…» (совместно с Минстроем России)»: the bracket goes with the partner.
  const joint = /(?:,\s*|\s*\(|\s+)(?:совместно|вместе)\s+со?\s+/iu.exec(name);
  if (!joint) return null;
  const after = joint.index + joint[0].length;
  const org = services.findOrganizations(name.slice(after))[0];
  if (org?.start !== 0) return null;
  // A found name may run on into the event's name («Правительством области совещания глав …»): a
  // body named after its territory ends with the territory's name.
  let end = org.end;
  const place = services.findPlaces(org.text)[0];
  if (place && /^\s+\p{Ll}/u.test(org.text.slice(place.end))) end = place.end;
  const written = org.text.slice(0, end);
  const known = services.resolveOrganization(written);
  const partnerName = known?.name ?? (end === org.end ? org.value.name : headToNominative(written, 'ablt', services));
  const tail = name.slice(after + end);
  const rest = `${name.slice(0, joint.index)} ${joint[0].includes('(') ? tail.replace(/^\s*\)/, '') : tail}`
    .replace(/\s+/g, ' ')
    .trim();
  return rest === '' ? null : { name: capitalizeFirst(partnerName), rest };
}

/** Reads an anniversary or city-day row by content: a city, an age («90 лет»), a day. */
function readCelebrationRow(row: LogicalRow, reading: PlanReading) {
  const content = row.row.cells.filter((c, i) => c.text !== '' && !(i === 0 && NUMBER_CELL.test(c.text)));
  let age: number | null = null;
  let when: When | null = null;
  let placeCell: TextSlice | null = null;
  let openDate: string | null = null;
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
    // «дата уточняется»: the day is not set yet; the celebration is still in the plan's year.
    if (DATE_TO_BE_SET.test(cell.text)) {
      openDate = collapseWhitespace(cell.text);
      continue;
    }
    if (placeCell === null) placeCell = cell;
  }
  const period = reading.dateContext.period;
  if (when === null && openDate !== null && period)
    when = { start: period.start, end: period.end, precision: 'unknown', recurrence: null, text: openDate };
  // «пос. Теплоозерск», «с. Николаевка»: the kind of settlement is the title's, not the name's.
  const written = placeCell ? collapseWhitespace(stripMarkup(placeCell.text)) : '';
  const { name: bareName, of: settlement } = settlementNamed(written);
  const found = placeCell ? reading.services.findPlaces(bareName) : [];
  const places: Place[] = found.map((f) => ({ name: f.value.name, type: f.value.type }));
  const cityName = places[0]?.name ?? bareName;
  // The city column names a city even when the gazetteer does not know it (yet).
  if (places.length === 0 && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}?[\p{L}-]+)?$/u.test(cityName))
    places.push({ name: cityName, type: 'city' });
  // «Углич (Ярославская область)»: the city, and the region the cell names with it.
  return { age, when, places: places.filter((p, i) => i === 0 || p.type === 'region'), cityName, settlement };
}

/** «дата уточняется», «по согласованию»: a date cell that sets no day yet. */
const DATE_TO_BE_SET = /уточня|по\s+согласовани|определя|будет\s+объявлен/iu;

/** «г. », «пос. », «пгт », «с. », «ст-ца »: the kind of a settlement written before its name. */
const SETTLEMENT_PREFIX =
  /^(г\.|город|пос\.|посёлок|поселок|пгт\.?|п\.|рп\.?|с\.|село|ст-ца|станица|д\.|деревня)\s*(?=\p{Lu})/u;

/**
 * A settlement as a celebration names it: its name without the prefix, and the kind of settlement in
 * the genitive for the title («города» when none is written).
 * @example settlementNamed('пос. Теплоозерск') // { name: 'Теплоозерск', of: 'поселка' }
 */
export function settlementNamed(written: string): { name: string; of: string } {
  const prefix = SETTLEMENT_PREFIX.exec(written);
  return prefix
    ? { name: written.slice(prefix[0].length), of: settlementOf(prefix[1]!) }
    : { name: written, of: 'города' };
}

/** The genitive of the kind of settlement a prefix names: «пос.» → «поселка», «с.» → «села». */
function settlementOf(prefix: string): string {
  if (/^(?:пос|посел|посёл|пгт|п\.|рп)/u.test(prefix)) return 'поселка';
  if (/^(?:с\.|село)/u.test(prefix)) return 'села';
  if (/^(?:ст-ца|станица)/u.test(prefix)) return 'станицы';
  if (/^(?:д\.|деревня)/u.test(prefix)) return 'деревни';
  return 'города';
}

/**
 * Splits a date cell that lists separate stages («22–25 января Киров; 20–23 февраля Йошкар-Ола»).
 * Returns one piece per stage, or the whole cell.
 */
function stagesOf(cell: string, reading: PlanReading): string[] {
  const datedAs = (part: string, precisions: When['precision'][]) => {
    const w = reading.services.parseWhen(part, reading.dateContext);
    return w !== null && precisions.includes(w.precision) && w.text.length >= part.trim().length - 2;
  };
  const parts = cell.split(/\s*;\s*|\n+/).filter((p) => p.trim() !== '');
  if (parts.length >= 2) {
    const dated = parts.filter((p) => {
      const w = reading.services.parseWhen(p, reading.dateContext);
      return w !== null && w.precision !== 'unknown';
    });
    return dated.length === parts.length ? parts : [cell];
  }
  // «12 марта, 14 мая», «12 марта и 14 мая»: separate days, one meeting on each (not «февраль, Москва»).
  const days = cell.split(/\s*,\s*|\s+и\s+/u).filter((p) => p.trim() !== '');
  if (days.length >= 2 && days.every((d) => datedAs(d, ['day']))) return days;
  return [cell];
}

/**
 * The body whose event a participation row names: «Заседание Совета Общероссийского Конгресса …» →
 * the Конгресс; «Заседания Совета по развитию … при Губернаторе … области» → that Совет. None when
 * the title names several bodies or the body stands after a preposition or inside a quoted name.
 */
export function bodyOfEventIn(title: string, services: TextServices): string | null {
  const found = services.findOrganizations(title).filter((o) => /^\p{Lu}/u.test(o.text));
  // The outermost names, without an abbreviation in brackets after a name («… местные власти» (ОГМВ)»).
  const orgs = found.filter(
    (o) =>
      !found.some((x) => x !== o && x.start <= o.start && o.end <= x.end && x.end - x.start > o.end - o.start) &&
      !found.some((x) => x !== o && /^\s*\($/u.test(title.slice(x.end, o.start))),
  );
  if (orgs.length === 0) return null;
  // «Заседания Президиума ОКМО и Совета ОКМО»: several organs of one body name that body.
  if (orgs.length > 1) {
    const bodies = orgs.map((o) => bodyOf(o, services));
    const [first] = bodies;
    const before = title.slice(0, orgs[0]!.start);
    if (first && bodies.every((b) => b === first) && !/[«"(]/.test(before)) return capitalizeFirst(first);
    return null;
  }
  const org = orgs[0]!;
  // «Всемирный конгресс ОГМВ» read as a name: the congress is the event, its body the organizer.
  const congress = /^(?:\p{L}+(?:ый|ий|ой|ая|ое)\s+)*(?:конгресс|форум|съезд|саммит)\p{L}*\s+/iu.exec(org.text);
  if (congress && org.value.id === undefined) {
    const inner = services.findOrganizations(org.text.slice(congress[0].length))[0];
    if (inner && inner.start === 0) return capitalizeFirst(inner.value.name);
  }
  const before = title.slice(0, org.start);
  if (/[«"(]/.test(before) || /(?:^|\s)(?:с|со|для|по|о|об|при|между|и|на|в|во)\s/iu.test(` ${before}`)) return null;
  const body = bodyOf(org, services);
  if (body === null) return null;
  // «Совет … при Губернаторе Новгородской области»: a council attached to an office is named with it.
  const attached = /^\s+при\s+[^,;()«"]+$/u.exec(title.slice(org.end));
  return body === org.value.name && attached ? `${body}${attached[0].replace(/\s+/g, ' ')}` : capitalizeFirst(body);
}

/**
 * «г. Москва, Парламентский центр», «г. Красноярск, МВДЦ «Сибирь»»: a place cell naming the town and
 * then, capitalized and no place itself, the building or body that hosts the event.
 */
export function placeAndVenue(cell: string, services: TextServices): { place: string; venue: string } | null {
  const text = collapseWhitespace(stripMarkup(cell));
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const place = text.slice(0, comma);
  const venue = text.slice(comma + 1).trim();
  const town = place.replace(/^\s*(?:г\.|город)\s*/u, '').trim();
  const found = services.findPlaces(place);
  if (found.length === 0 || found[0]!.end - found[0]!.start < town.length - 1) return null;
  if (!/^[\p{Lu}«"]/u.test(venue) || venue.length > 120 || /[;\n]/.test(venue)) return null;
  // «Москва, Санкт-Петербург»: a second place is no venue; nor is a date («Москва, февраль»).
  const inVenue = services.findPlaces(venue)[0];
  if (inVenue && inVenue.start === 0 && inVenue.end >= venue.replace(/^(?:г\.|город)\s*/u, '').length - 1) return null;
  if (/^(?:г\.|город)\s/u.test(venue)) return null;
  return { place, venue };
}

/** What the event cell of a row says besides the name: a place or a date in brackets, a city, a partner. */
export interface RowName {
  title: string;
  kind: EventKind;
  places: Place[];
  whenInName: When | null;
  partner: { name: string; rest: string } | null;
  /** «(г. Москва, Общественная палата Российской Федерации)»: the body that hosts it, named in brackets. */
  venue: string | null;
}

/** Reads one event's name from an event cell (or from one of its sub-items). */
export function readRowName(eventText: string, reading: PlanReading): RowName {
  // «Семинар для глав поселений (г. Ростов-на-Дону)»: a place in brackets is where, not part of the name.
  const bracketPlace = /\s*\(((?:г\.\s*|город\s+)?)([^()]+)\)\s*$/u.exec(eventText);
  const bracketFound = bracketPlace ? reading.services.findPlaces(bracketPlace[1]! + bracketPlace[2]!) : [];
  const placeInName =
    bracketPlace &&
    bracketFound.length > 0 &&
    bracketFound[0]!.end - bracketFound[0]!.start >= bracketPlace[2]!.trim().length - 1;
  // «Круглый стол «…» (г. Москва, Общественная палата Российской Федерации)»: the town and the host.
  const bracketHost =
    !placeInName && bracketPlace ? placeAndVenue(bracketPlace[1]! + bracketPlace[2]!, reading.services) : null;
  const hostPlaces = bracketHost
    ? reading.services.findPlaces(bracketHost.place).map((f) => ({ name: f.value.name, type: f.value.type }))
    : [];
  let nameText = placeInName || bracketHost ? eventText.slice(0, bracketPlace!.index) : eventText;
  // «Общее собрание членов Совета (27 июня)»: a date in brackets is when, not part of the name.
  const bracketDate = /\s*\(([^()]+)\)\s*$/u.exec(nameText);
  const whenInName = bracketDate ? reading.services.parseWhen(bracketDate[1]!, reading.dateContext) : null;
  const dateInName =
    whenInName !== null &&
    whenInName.precision !== 'unknown' &&
    whenInName.text.length >= bracketDate![1]!.trim().length - 2;
  if (dateInName) nameText = nameText.slice(0, bracketDate!.index);
  // «Выездное заседание Палаты в городе Калуге по вопросам …», «Семинар для глав, г. Тула»: where it is
  // held is not part of the name.
  const inCity = CITY_IN_NAME.exec(nameText);
  const cityInName: Place[] = inCity
    ? reading.services.findPlaces(inCity[1]!).map((f) => ({ name: f.value.name, type: f.value.type }))
    : [];
  // «…, г. Суздаль»: after a comma the town stands in the nominative, a town the gazetteer may not know.
  if (inCity && cityInName.length === 0 && /^,\s*г\./u.test(inCity[0]))
    cityInName.push({ name: inCity[1]!, type: 'city' });
  if (inCity && cityInName.length > 0)
    nameText = nameText.slice(0, inCity.index) + nameText.slice(inCity.index + inCity[0].length);
  // «… в Великом Новгороде», «… в муниципальных образованиях Республики Татарстан»: a place that ends the name.
  const endPlace = trailingPlace(nameText, reading.services);
  if (endPlace) nameText = nameText.slice(0, endPlace.cut);
  // «Проведение совместно с Правительством области совещания …»: the partner organizes, the name goes on.
  const partner = jointPartner(nameText, reading.services);
  if (partner) nameText = partner.rest;
  const title = planTitle(nameText, reading.services);
  const places = [
    ...(placeInName ? bracketFound.map((f) => ({ name: f.value.name, type: f.value.type })) : []),
    ...hostPlaces,
    ...cityInName,
    ...(endPlace?.places ?? []),
  ];
  return {
    title,
    kind: kindOfTitle(title),
    places,
    whenInName: dateInName ? whenInName : null,
    partner,
    venue: bracketHost?.venue ?? null,
  };
}

const CITY_IN_NAME =
  /(?:\s+в\s+(?:г\.|городе)|,\s*(?:г\.|город))\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?=\s*(?:[,;.]|$|\s+\p{Ll}))/u;

/** «а) …; б) …»: the lettered sub-items of a cell, each an event of its own. */
const SUB_ITEM = /(?:^|[\s:;,])([а-е])\)\s+/gu;

/**
 * «Участие в мероприятиях партнёров: а) Международный муниципальный форум; б) …»: the sub-items of an
 * event cell, lettered in order from «а»; the cell itself when it has fewer than two.
 */
export function subItemsOf(cell: string): string[] {
  const markers = [...cell.matchAll(SUB_ITEM)];
  const letters = 'абвгде';
  if (markers.length < 2 || markers.some((m, i) => m[1] !== letters[i])) return [cell];
  return markers.map((m, i) => {
    const from = m.index + m[0].length;
    const to = markers[i + 1]?.index ?? cell.length;
    return cell.slice(from, to).replace(/[\s;,.]+$/u, '');
  });
}

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
    const { age, when, places, cityName, settlement } = readCelebrationRow(row, reading);
    if (cityName === '' || when === null) return [];
    const kind: EventKind = row.sectionKind === 'anniversary' ? 'юбилей' : 'день города';
    const title = `${kind === 'юбилей' ? 'Юбилей' : 'День'} ${settlement} ${cityName}`;
    // A celebration is its city's: it has organizers only where a column names them («Администрация г. …»).
    const organizerColumn = cellText(row.cells.get('organizer'));
    const organizers =
      organizerColumn === ''
        ? []
        : responsibleOrganizers(organizerColumn, reading.services, { organizerColumn: true, owner: reading.owner })
            .bodies;
    return [
      {
        ...base,
        title,
        kind,
        when,
        places,
        organizers,
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
  const names = subItemsOf(eventText).map((piece) => readRowName(piece, reading));
  const whenCells = [...(row.cells.get('place-date') ?? []), ...(row.cells.get('date') ?? [])];
  const whenText = cellText(whenCells);
  const placeCells = cellText([...(row.cells.get('place-date') ?? []), ...(row.cells.get('place') ?? [])]);
  // «г. Москва, Парламентский центр»: the town, then the building or body that hosts it.
  const hosted = row.cells.has('place') ? placeAndVenue(placeCells, reading.services) : null;
  // «г. Новокузнецк, организатор – …» in a note column of a table without a place column: the towns it opens with.
  const notePlaces =
    placeCells === '' && !row.cells.has('place') && !row.cells.has('place-date')
      ? (/^(?:(?:г\.|город)\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*,?\s*)+/u.exec(
          cellText(row.cells.get('note')),
        )?.[0] ?? '')
      : '';
  const placeText = hosted?.place ?? (placeCells || notePlaces);
  const noteText = cellText([...(row.cells.get('organizer') ?? []), ...(row.cells.get('note') ?? [])]);
  const resultText = cellText(row.cells.get('result'));
  const organizerColumn = cellText(row.cells.get('organizer'));
  const responsible =
    organizerColumn !== ''
      ? responsibleOrganizers(organizerColumn, reading.services, { organizerColumn: true, owner: reading.owner })
      : responsibleOrganizers(noteText, reading.services, { owner: reading.owner });
  const participation = PARTICIPATION.test(eventText);
  // «Исполнительная дирекция», «Президент Союза»: the plan owner's own units and posts stand for the
  // owner — who, in a row of taking part in another body's event, organizes nothing.
  let organizers =
    participation && responsible.ownUnits && reading.owner
      ? responsible.bodies.filter((n) => n !== reading.owner!.name)
      : responsible.bodies;
  if (organizers.length === 0 && reading.owner && !participation) {
    organizers = [reading.owner.name];
  }
  // A format may stand in any cell: the event's name, a format column, the place column («онлайн»).
  const format =
    findFormat(
      row.row.cells
        .filter((_c, i) => row.roles[i] !== 'result')
        .map((c) => c.text)
        .join(' '),
    )?.format ?? null;
  const stages = whenText === '' ? [''] : stagesOf(whenText, reading);
  return names.flatMap((name) => {
    let own = organizers;
    if (participation && own.length === 0) {
      const body = bodyOfEventIn(name.title, reading.services);
      if (body) own = [body];
    }
    if (name.partner && !own.includes(name.partner.name)) own = [...own, name.partner.name];
    // Without a date of its own a row is dated by its name's brackets or by its section («Январь», «II квартал»).
    const fallbackWhen = name.whenInName ?? row.sectionWhen ?? UNKNOWN_WHEN;
    // «I этап – г. Бишкек; II этап – г. Ереван»: a place cell listing as many stages as the date cell.
    const placeParts = placeText.split(/\s*;\s*|\n+|<br\s*\/?>/iu).filter((p) => p.trim() !== '');
    return stages.map((stage, i) => {
      const when =
        stage === '' ? fallbackWhen : (reading.services.parseWhen(stage, reading.dateContext) ?? fallbackWhen);
      // A stage that names its place («22–25 января Томск») is held there; the place column says it otherwise.
      const stagePlaces = stages.length > 1 ? reading.services.findPlaces(stage) : [];
      const stageCell = stages.length > 1 && placeParts.length === stages.length ? placeParts[i]! : placeText;
      const placeSource = stagePlaces.length > 0 ? stagePlaces : reading.services.findPlaces(stageCell);
      const places = uniquePlaces([
        ...placeSource.map((f) => ({ name: f.value.name, type: f.value.type })),
        ...name.places,
      ]);
      return {
        ...base,
        title: name.title,
        kind: name.kind,
        when,
        places,
        venue: name.venue ?? hosted?.venue ?? null,
        organizers: own,
        format,
        age: celebratedAge(name.title, name.kind),
        expectedResult: resultText === '' ? null : resultText,
        fieldSpans: rowFieldSpans(row),
      };
    });
  });
}

/** Where each field of a row came from: the cells of its columns. */
function rowFieldSpans(row: LogicalRow): ExtractedEvent['fieldSpans'] {
  const span = (roles: ColumnRole[]): TextRange | undefined => {
    const cells = roles.flatMap((r) => row.cells.get(r) ?? []).filter((c) => c.text.trim() !== '');
    if (cells.length === 0) return undefined;
    return { start: Math.min(...cells.map((c) => c.start)), end: Math.max(...cells.map((c) => c.end)) };
  };
  const spans: ExtractedEvent['fieldSpans'] = {};
  const entries: [EventField, ColumnRole[]][] = [
    ['title', ['event']],
    ['when', ['date', 'place-date']],
    ['places', ['place', 'place-date']],
    ['organizers', ['organizer', 'note']],
    ['expectedResult', ['result']],
  ];
  for (const [field, roles] of entries) {
    const found = span(roles);
    if (found) spans[field] = found;
  }
  return spans;
}

/**
 * Every event the plan tables of a document state, in text order.
 * @example eventsFromTables(readStructure(text).tables, text, reading).map((e) => e.title)
 */
export function eventsFromTables(tables: Table[], text: string, reading: PlanReading): ExtractedEvent[] {
  const rows = logicalRows(tables, reading);
  return rows.flatMap((row) => eventFromRow(row, text, reading));
}
