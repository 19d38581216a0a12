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
import type { ExtractedEvent, When } from '../../domain/index.js';
import { collapseWhitespace } from '../../text/index.js';
import type { Paragraph } from '../document/structure.js';
import type { DateContext, TextServices } from './inputs.js';
import { firstEventNoun, kindOfTitle } from './kinds.js';
import { inheritFromParent } from './list-items.js';
import { responsibleOrganizers } from './organizers.js';
import { findFormat } from './status.js';

export interface ProgrammeReading {
  text: string;
  dateContext: DateContext;
  services: TextServices;
}

/** «10:00–12:30 », «10.00 - », «9:30 »: the time a programme line opens with. */
const TIME_LEAD = /^\s*\d{1,2}[:.]\d{2}(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?\s*[–—-]?\s*/u;
/** «Программа форума», «ПРОГРАММА», «Программа мероприятий:»: the heading of a programme. */
const PROGRAMME_HEADING = /^(?:[#*\s]*)(?:деловая\s+|предварительная\s+)?программа(?:\s+\p{L}+){0,3}\s*:?[*\s]*$/iu;
/** «(организатор — Ассоциация …)»: the organizer a line names for its part. */
const OWN_ORGANIZER = /\s*\((?:организатор\p{L}*|проводит|проводят)\s*[:–—-]\s*([^()]+)\)/iu;
/** A sentence, not a programme line: a verb of holding or reporting, or a full stop inside. */
const SENTENCE_VERB =
  /(?<!\p{L})(?:состо\p{L}*|пройд\p{L}*|прош\p{L}*|провед\p{L}*|организ\p{L}*|ранее|перенес\p{L}*|отмен\p{L}*|приглаша\p{L}*)(?!\p{L})/iu;

interface ProgrammeLine {
  paragraph: Paragraph;
  /** The line names a day, nothing else. */
  day: When | null;
  /** The name of the part, without the time and the organizer note. */
  name: string | null;
  timed: boolean;
}

function readLine(p: Paragraph, reading: ProgrammeReading): ProgrammeLine {
  const line = collapseWhitespace(p.text).replace(/^[*_]+|[*_]+$/g, '');
  const when = reading.services.parseWhen(line, reading.dateContext);
  if (when && when.start !== null && when.precision === 'day' && when.text.length >= line.length - 2)
    return { paragraph: p, day: when, name: null, timed: false };
  const timed = TIME_LEAD.test(line);
  const name = line.replace(TIME_LEAD, '').trim();
  const noun = firstEventNoun(name);
  // A part is named by an event noun near its start, in a line that is no sentence.
  const named =
    noun !== null &&
    name.length <= 250 &&
    !SENTENCE_VERB.test(name.replace(OWN_ORGANIZER, '')) &&
    !/[.!?]\s+\p{Lu}/u.test(name) &&
    name.search(/\p{L}/u) === 0 &&
    kindOfTitle(name) !== 'другое';
  return { paragraph: p, day: null, name: named ? name : null, timed };
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
): { events: ExtractedEvent[]; used: Set<number> } {
  const events: ExtractedEvent[] = [];
  const used = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const heading = PROGRAMME_HEADING.test(paragraphs[i]!.text.trim());
    const first = heading ? i + 1 : i;
    // The run of programme lines: day lines and named parts, one after another.
    const run: ProgrammeLine[] = [];
    for (let k = first; k < paragraphs.length; k++) {
      const line = readLine(paragraphs[k]!, reading);
      if (line.day === null && line.name === null) break;
      // A part without a time stands in a programme only under a day line or a heading.
      if (line.name !== null && !line.timed && !heading && !run.some((l) => l.day !== null)) break;
      run.push(line);
    }
    const parts = run.filter((l) => l.name !== null);
    // Without a heading, a programme is at least two timed lines; a single line is a sentence's business.
    if (parts.length === 0 || (!heading && parts.filter((l) => l.timed).length < 2)) continue;
    const start = paragraphs[first]!.start;
    const parent = parentOf(paragraphs[i]!.text, told, start);
    let day: { when: When; line: Paragraph } | null = null;
    for (const line of run) {
      if (line.day !== null) {
        day = { when: line.day, line: line.paragraph };
        continue;
      }
      const part = partEvent(line, day, parent, reading);
      events.push(part);
      used.add(line.paragraph.start);
    }
    for (const line of run) used.add(line.paragraph.start);
    if (heading) used.add(paragraphs[i]!.start);
    i = first + run.length - 1;
  }
  return { events, used };
}

/** The event a programme belongs to: «Программа форума» names its kind; else the last one told before it. */
function parentOf(heading: string, told: ExtractedEvent[], before: number): ExtractedEvent | null {
  const earlier = told.filter((e) => e.evidenceSpan.end <= before);
  const kind = /^(?:[#*\s]*)(?:\p{L}+\s+)?программа\s/iu.test(heading) ? firstEventNoun(heading)?.kind : undefined;
  const ofKind = kind ? [...earlier].reverse().find((e) => e.kind === kind) : undefined;
  return ofKind ?? earlier[earlier.length - 1] ?? null;
}

function partEvent(
  line: ProgrammeLine,
  day: { when: When; line: Paragraph } | null,
  parent: ExtractedEvent | null,
  reading: ProgrammeReading,
): ExtractedEvent {
  const name = line.name!;
  const note = OWN_ORGANIZER.exec(name);
  const title = name.replace(OWN_ORGANIZER, '').trim();
  const organizers = note
    ? responsibleOrganizers(`Организатор: ${note[1]}`, reading.services, { owner: null }).bodies
    : [];
  // A part without a time of its own under a day line spans from that line: «19–20 июня\nВыставка …».
  const from = day && !line.timed ? day.line.start : line.paragraph.start;
  const when: When =
    day?.when ??
    (parent
      ? { ...parent.when, precision: 'unknown', text: '' }
      : { start: null, end: null, precision: 'unknown', recurrence: null, text: '' });
  const part: ExtractedEvent = {
    title,
    kind: kindOfTitle(title),
    when,
    places: [],
    venue: null,
    organizers,
    format: findFormat(title)?.format ?? null,
    status: parent?.status ?? 'planned',
    attendance: null,
    age: null,
    expectedResult: null,
    evidence: reading.text.slice(from, line.paragraph.end),
    evidenceSpan: { start: from, end: line.paragraph.end },
    fieldSpans: {},
    confidence: 0.7,
  };
  if (parent) inheritFromParent(part, parent);
  return part;
}
