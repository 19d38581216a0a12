/**
 * The document itself: what kind it is (a plan, news, or news built around a list of planned items),
 * the date it speaks from («Проект от 19 января 2021 года», a dateline), and a plan's period and owner.
 */
import type { DocumentKind, IsoDate, Period } from '../../domain/index.js';
import { normalizeText } from '../../text/index.js';
import { headerRoles } from './columns.js';
import type { DocumentStructure, Paragraph } from './structure.js';

/** A plan's title: «План мероприятий …», «План работы …», «Календарный план …», «Календарь мероприятий …». */
export const PLAN_TITLE =
  /^[\s*#«"_]*(?:(?:проект\s+)?(?:календарный|перспективный|годовой|основной|сводный|примерный|комплексный)\s+)?(?:план(?:\s+(?:основных|совместных|ключевых))?\s+(?:мероприятий|работы|деятельности|событий|проведения)|календарь\s+(?:мероприятий|событий)|перечень\s+(?:основных\s+)?мероприятий|(?:план|перечень)[\s*_]*$)/iu;

/** How far into a document its title may stand. */
const TITLE_WINDOW = 600;

/** The paragraphs before the first table (or the first few), where a plan's title and dateline stand. */
export function leadParagraphs(structure: DocumentStructure): Paragraph[] {
  const firstTable = structure.tables[0]?.start ?? Number.POSITIVE_INFINITY;
  // (An approval block of seven lines may stand above the title: «Приложение № 1 / к решению … / УТВЕРЖДЁН / …».)
  return structure.paragraphs.filter((p) => p.start < firstTable && p.start < TITLE_WINDOW).slice(0, 12);
}

/** The span of the plan's title in the text (its lead paragraphs), or null when the document is no plan. */
const SECTION_HEADING = /^(?:[IVXLC]+|Раздел\s+\S+)\.?\s+\p{Lu}/u;

export function findPlanTitle(text: string, structure: DocumentStructure): { start: number; end: number } | null {
  const lead = leadParagraphs(structure);
  for (let i = 0; i < lead.length; i++) {
    const p = lead[i]!;
    // A title may break after its first word: «ПЛАН / мероприятий Союза … на 2022 год».
    const joined = lead[i + 1] ? `${p.text} ${lead[i + 1]!.text}` : p.text;
    const m = PLAN_TITLE.exec(normalizeText(joined));
    if (!m || m.index > p.text.length) continue;
    // «План мероприятий на I квартал 2027 года:» after a news lead introduces a list; a title ends no colon.
    if (/:[\s*_]*$/u.test(p.text) && i > 0) continue;
    // The title runs on over the next short lines («План работы / Палаты … / на 2021 год»).
    let end = p.end;
    for (let j = i + 1; j < lead.length && j <= i + 3; j++) {
      const next = lead[j]!;
      // …never over a section heading or the first item («I. Основные мероприятия», «1. Заседание …»).
      if (next.text.length > 200 || /[.!?]$/.test(next.text) || next.listItem || SECTION_HEADING.test(next.text)) break;
      end = next.end;
    }
    return { start: p.start + m.index, end: Math.min(end, text.length) };
  }
  return null;
}

export function documentKind(text: string, structure: DocumentStructure, listItemsWithDates: number): DocumentKind {
  if (findPlanTitle(text, structure) !== null) return 'plan';
  const eventTables = structure.tables.filter((t) => t.header && headerRoles(t.header.cells) !== null);
  if (eventTables.length > 0) {
    // A table of events under a news lead is a mixed text; a table alone is a plan.
    const prose = structure.paragraphs.filter((p) => p.text.length > 120 && !p.listItem).length;
    return prose >= 2 ? 'mixed' : 'plan';
  }
  if (listItemsWithDates >= 3) return 'mixed';
  return 'news';
}

const BARE_DATE_LINE = /^[-–—•\s]*\d{1,2}\.\d{1,2}\.\d{4}\s*$/u;

/** A label before the date a document speaks from: «Проект от», «от», «Дата:», «подготовлен», «date». */
const DATELINE_LABEL =
  /(?:^|\s)(?:проект\s+от|редакция\s+от|от|дата(?:\s+публикации)?\s*:?|опубликован[оа]?\s*:?|подготовлен[оа]?|date\s*:?)\s*$/iu;

/** «Подготовлено исполнительной дирекцией Ассоциации 15 января 2027 г.»: who prepared it, then when. */
const PREPARED_BY = /^[*_\s]*(?:подготовлен[оаы]?|составлен[оаы]?|опубликован[оаы]?)\s+(?:[\p{L}-]+\s+){1,6}$/iu;

/** Separators between the parts of a byline: «Октябрь 2025 · выпуск № 10 · подготовлен 31 октября». */
const BYLINE_SEPARATOR = /[·|•]/u;
/** A date closed by a dash or by a byline's next part: «03.05.2030 · Просмотров: 41», «12 мая – …». */
const CLOSED_BY_DASH_OR_BYLINE = new RegExp(`^\\s*(?:[—–-]\\s|${BYLINE_SEPARATOR.source})`, 'u');
/** A date signed by a byline's next part: «28.09.2026 | Пресс-служба». */
const SIGNED = new RegExp(`^\\s*${BYLINE_SEPARATOR.source}\\s*\\S`, 'u');

/** The part of a line after its last byline separator. */
function lastBylinePart(before: string): string {
  const parts = before.split(BYLINE_SEPARATOR);
  return parts[parts.length - 1]!;
}

export interface DatedSpan {
  start: number;
  end: number;
  date: IsoDate;
}

/**
 * The dates of a document's lead that stand where a dateline stands: after a label («Проект от 19
 * января 2021 года», «date 2026-01-12», «подготовлен 31 октября 2025 г.»), alone on a line or before a
 * dash or a byline's other parts, or after a place («Москва, 18 марта 2026 г. Вчера …»). A date that
 * opens a sentence about an event is not a dateline. A feed of separately dated items has none.
 */
export function datelines(text: string, structure: DocumentStructure, dates: DatedSpan[]): DatedSpan[] {
  // A feed of separately dated items («03.04.2031 … 28.03.2031 …») speaks from no one date.
  // …unless its lead signs a date of its own: «28.09.2026 | Пресс-служба Ассоциации» over an article
  // with a sidebar of dated news.
  const feed = structure.paragraphs.filter((p) => BARE_DATE_LINE.test(p.text)).length >= 2;
  const found: DatedSpan[] = [];
  for (const paragraph of leadParagraphs(structure).slice(0, 5)) {
    for (const d of dates) {
      if (d.start < paragraph.start || d.end > paragraph.end) continue;
      const before = text.slice(paragraph.start, d.start);
      const after = text.slice(d.end, paragraph.end);
      const labelled =
        (DATELINE_LABEL.test(before) && lastBylinePart(before).length < 40) ||
        (PREPARED_BY.test(before) && before.length < 100);
      // («*28 декабря 2026 г. · Новости Ассоциации · Просмотров: 412*»: in emphasis too.)
      const bare = (t: string) => t.replace(/[*_]/g, '').trim();
      const alone =
        bare(before) === '' && (bare(after) === '' || CLOSED_BY_DASH_OR_BYLINE.test(after.replace(/^[*_]+/, '')));
      // «Москва, 20 ноября 2026 г.»: a place and a date alone on a line, or closed by a stop or a dash
      // before the lead («Казань, 3 марта 2026 года. Раис … подписал …», «МИНСК, 18 ноября 2024 г. –
      // Вчера …», «Москва, 18 марта 2026 г. Вчера …»), in emphasis or not («**Казань, 12 марта 2026 г.** – …»).
      const afterPlace =
        /^[*_\s]*\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?,\s*$/u.test(before) &&
        /^[*_]*(?:\s*|\.?\s+\p{Lu}.*|\s*[.–—-]\s.*|\.[*_]+\s+[\p{Lu}\d].*)$/su.test(after);
      const signed = alone && SIGNED.test(after);
      if (feed ? signed : labelled || alone || afterPlace) found.push(d);
    }
  }
  return found;
}

/** The date a document speaks from: its first dateline's (see `datelines`). */
export function documentDate(text: string, structure: DocumentStructure, dates: DatedSpan[]): IsoDate | null {
  return datelines(text, structure, dates)[0]?.date ?? null;
}

/** The period of a plan from its title, through the dates module's `findPlanPeriod`. */
export function planPeriod(
  text: string,
  title: { start: number; end: number } | null,
  findPlanPeriod: (text: string) => Period | null,
): Period | null {
  if (title) {
    const fromTitle = findPlanPeriod(text.slice(title.start, title.end));
    if (fromTitle) return fromTitle;
  }
  return findPlanPeriod(text.slice(0, TITLE_WINDOW * 2));
}
