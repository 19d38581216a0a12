/**
 * Events from a programme laid out as lines, as announcements of a forum print it:
 *
 *     Программа форума
 *     19 июня
 *     10:00–12:30 Пленарное заседание «…»
 *     14:00–16:00 Круглый стол «…» (организатор — Ассоциация …)
 *     19–20 июня
 *     Выставка проектов «…»
 *
 * Each line naming an event is a part of the event the programme belongs to: it takes the day of the
 * date line above it, its own organizer from «(организатор — …)», and else the place, venue, format
 * and organizers of that event (`inheritFromParent`); its status is the event's.
 */
import type { EventKind, ExtractedEvent, When } from '../../domain/index.js';
import { collapseWhitespace } from '../../text/index.js';
import type { Paragraph } from '../document/structure.js';
import { type DateContext, type TextServices, UNKNOWN_WHEN } from './inputs.js';
import { firstEventNoun, kindOfTitle } from './kinds.js';
import { inheritFromParent } from './list-items.js';
import type { Stretch } from './news-title.js';
import { responsibleOrganizers } from './organizers.js';
import { findFormat } from './status.js';
import { capitalizeFirst } from './title.js';

export interface ProgrammeReading {
  text: string;
  dateContext: DateContext;
  services: TextServices;
}

/** «10:00–12:30 », «- 10.00 - », «9:30 »: the time a programme line opens with (after a list marker). */
const TIME_LEAD = /^\s*(?:[-–—•*]\s+)?\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?\s*[–—-]?\s*/u;
/** «Программа форума», «ПРОГРАММА», «Программа конференции (проект)»: the heading of a programme. */
const PROGRAMME_HEADING =
  /^(?:[#*\s]*)(?:деловая\s+|предварительная\s+)?программа(?:\s+\p{L}+){0,3}(?:\s*\([^()]{1,30}\))?\s*:?[*\s]*$/iu;
/** «работа секций: секция 1 «…»; секция 2 «…»»: a line that lists its parts after a colon. */
const LISTED_PARTS = /^[^:«]{0,40}:\s*(.+)$/u;
/** «(организатор — Ассоциация …)»: the organizer a line names for its part. */
const OWN_ORGANIZER = /\s*\((?:организатор\p{L}*|проводит|проводят)\s*[:–—-]\s*([^()]+)\)/iu;
/** A sentence, not a programme line: a verb of holding or reporting, or a full stop inside. */
const SENTENCE_VERB =
  /(?<!\p{L})(?:состо\p{L}*|пройд\p{L}*|прош\p{L}*|провед\p{L}*|организ\p{L}*|ранее|перенес\p{L}*|отмен\p{L}*|приглаша\p{L}*)(?!\p{L})/iu;

interface ProgrammeLine {
  paragraph: Paragraph;
  /** The paragraph's first line, the one read: a list item may have run on into the prose after it. */
  line: Stretch;
  /** The line names a day, nothing else. */
  day: When | null;
  /** The names of the parts the line lists (usually one), without the time and the organizer note. */
  names: string[];
  timed: boolean;
}

/** «секция 1 «Туризм …»», «Секция «Финансы»»: a numbered or named section of a conference, a sitting. */
const SECTION_PART = /^секци\p{L}*\s+(?:№\s*)?(?:\d|«)/iu;

/** The kind of a part: a section of a conference sits. */
function partKind(title: string): EventKind {
  return SECTION_PART.test(title) ? 'заседание' : kindOfTitle(title);
}

/** Whether a line's text names a part: an event noun opening it, no sentence around it. */
function namesPart(name: string): boolean {
  if (SECTION_PART.test(name)) return true;
  const noun = firstEventNoun(name);
  return (
    noun !== null &&
    noun.index <= 3 &&
    // «В дни конференции … будет работать выставка»: a circumstance first is a sentence's.
    !/^(?:в|во|на|по|для|с|со|к|о|об|при|у|после|до)\s/iu.test(name) &&
    name.length <= 250 &&
    !SENTENCE_VERB.test(name.replace(OWN_ORGANIZER, '')) &&
    !/[.!?]\s+\p{Lu}/u.test(name) &&
    name.search(/\p{L}/u) === 0 &&
    kindOfTitle(name) !== 'другое'
  );
}

/** «21 мая 2026 г. (четверг)»: the weekday a day line adds. */
const WEEKDAY_NOTE = /\s*\((?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\)\s*$/iu;

/** A programme line's text: its first cell (a programme may be laid out in columns), without emphasis or a weekday. */
function lineText(cells: string[]): string {
  return collapseWhitespace(cells.find((cell) => cell !== '') ?? '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(WEEKDAY_NOTE, '');
}

/** The day a line names and nothing else («19 июня», «21 мая 2026 г. (четверг)»), or null. */
function dayOf(line: string, services: TextServices, dateContext: DateContext): When | null {
  const when = services.parseWhen(line, dateContext);
  return when && when.start !== null && when.precision === 'day' && when.text.length >= line.length - 2 ? when : null;
}

function readLine(p: Paragraph, reading: ProgrammeReading): ProgrammeLine {
  const firstLine = p.text.split('\n')[0]!;
  const span = { start: p.start, end: p.start + firstLine.length };
  const cells = firstLine.split('\t').map((cell) => cell.trim());
  const line = lineText(cells);
  const day = dayOf(line, reading.services, reading.dateContext);
  if (day) return { paragraph: p, line: span, day, names: [], timed: false };
  // A programme laid out in columns: the time, then what («Пленарное заседание «…». Модератор – …»), then where.
  const timeColumn = cells.length > 1 && TIME_LEAD.test(`${cells[0]} `);
  const timed = timeColumn || TIME_LEAD.test(line);
  const what = timeColumn ? (cells[1] ?? '') : line;
  const name = collapseWhitespace(what)
    .replace(TIME_LEAD, '')
    .split(/(?<=[»\p{Ll}])\.\s+(?=\p{Lu})/u)[0]!
    .trim();
  // «работа секций: секция 1 «…»; секция 2 «…»»: each part the line lists.
  const listed = LISTED_PARTS.exec(name)?.[1]?.split(/\s*;\s*/u) ?? [];
  if (listed.length >= 2 && listed.every(namesPart))
    return { paragraph: p, line: span, day: null, names: listed, timed };
  return { paragraph: p, line: span, day: null, names: namesPart(name) ? [name] : [], timed };
}

/**
 * The parts a programme lists, each linked to the event it belongs to (the last event told before
 * the programme whose kind its heading names, else the last event before it). Returns the parts and
 * the paragraphs they were read from, which are no sentences to read again.
 * @example eventsFromProgramme(paragraphs, reading, eventsBefore).events.map((e) => e.title)
 */
export function eventsFromProgramme(
  paragraphs: Paragraph[],
  reading: ProgrammeReading,
  told: ExtractedEvent[],
): { events: ExtractedEvent[]; used: Stretch[] } {
  const events: ExtractedEvent[] = [];
  const used: Stretch[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const heading = PROGRAMME_HEADING.test(paragraphs[i]!.text.trim());
    const first = heading ? i + 1 : i;
    if (first >= paragraphs.length) break;
    // The run of programme lines: day lines and named parts, one after another.
    const run: ProgrammeLine[] = [];
    for (let k = first; k < paragraphs.length; k++) {
      const line = readLine(paragraphs[k]!, reading);
      // A timed line without a part («13:30–14:30 — обед») is the programme's all the same, and so is the
      // header of its columns («Время⇥Мероприятие⇥Место»).
      const columnsHeader = /^\s*время\s*\t/iu.test(paragraphs[k]!.text);
      if (line.day === null && line.names.length === 0 && !line.timed && !columnsHeader) break;
      // A part without a time stands in a programme only under a day line or a heading.
      if (line.names.length > 0 && !line.timed && !heading && !run.some((l) => l.day !== null)) break;
      run.push(line);
      // Prose run on after the line ends the programme.
      if (line.line.end < paragraphs[k]!.end) break;
    }
    const parts = run.filter((l) => l.names.length > 0);
    // Without a heading, a programme is at least two timed lines; a single line is a sentence's business.
    if (parts.length === 0 || (!heading && parts.filter((l) => l.timed).length < 2)) continue;
    const parent = parentOf(paragraphs[i]!.text, told, paragraphs[first]!.start);
    // The programme's days are the event's: a year left out is the one nearest its start.
    if (parent?.when.start) {
      const dateContext = { documentDate: parent.when.start, period: null };
      for (const line of run) {
        if (line.day === null) continue;
        const text = lineText(
          line.paragraph.text
            .split('\n')[0]!
            .split('\t')
            .map((cell) => cell.trim()),
        );
        line.day = dayOf(text, reading.services, dateContext) ?? line.day;
      }
    }
    let day: { when: When; line: Paragraph } | null = null;
    for (const line of run) {
      if (line.day !== null) {
        day = { when: line.day, line: line.paragraph };
        continue;
      }
      for (const name of line.names) events.push(partEvent(line, name, day, parent, reading));
    }
    for (const line of run) used.push(line.line);
    if (heading) used.push({ start: paragraphs[i]!.start, end: paragraphs[i]!.end });
    i = first + run.length - 1;
  }
  return { events, used };
}

/** The event a programme belongs to: «Программа форума» names its kind; else the last one told before it. */
function parentOf(heading: string, told: ExtractedEvent[], before: number): ExtractedEvent | null {
  const earlier = told.filter((e) => e.evidenceSpan.end <= before);
  const kind = /^(?:[#*\s]*)(?:\p{L}+\s+)?программа\s/iu.test(heading) ? firstEventNoun(heading)?.kind : undefined;
  // The first event of that kind is the one the text is about; a later one («Первая конференция прошла в
  // 2024 году») is recalled.
  const ofKind = kind ? earlier.find((e) => e.kind === kind) : undefined;
  return ofKind ?? earlier[earlier.length - 1] ?? null;
}

function partEvent(
  line: ProgrammeLine,
  name: string,
  day: { when: When; line: Paragraph } | null,
  parent: ExtractedEvent | null,
  reading: ProgrammeReading,
): ExtractedEvent {
  const note = OWN_ORGANIZER.exec(name);
  // «заседание Правления (для членов Правления)»: a remark on who comes is no part of the name.
  const title = capitalizeFirst(
    name
      .replace(OWN_ORGANIZER, '')
      .replace(/\s*\((?:для|только)\s[^()]*\)/iu, '')
      .trim(),
  );
  const organizers = note
    ? responsibleOrganizers(`Организатор: ${note[1]}`, reading.services, { owner: null }).bodies
    : [];
  // A part without a time of its own under a day line spans from that line: «19–20 июня\nВыставка …».
  const from = day && !line.timed ? day.line.start : line.paragraph.start;
  const when: When = day?.when ?? (parent ? { ...parent.when, precision: 'unknown', text: '' } : UNKNOWN_WHEN);
  const part: ExtractedEvent = {
    title,
    kind: partKind(title),
    when,
    places: [],
    venue: null,
    organizers,
    format: findFormat(title)?.format ?? null,
    status: parent?.status ?? 'planned',
    attendance: null,
    age: null,
    expectedResult: null,
    evidence: reading.text.slice(from, line.line.end),
    evidenceSpan: { start: from, end: line.line.end },
    fieldSpans: {},
    confidence: 0.7,
  };
  if (parent) inheritFromParent(part, parent);
  return part;
}
