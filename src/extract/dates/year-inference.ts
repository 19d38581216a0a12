/**
 * Turns drafts into `DateMatch`es: fills the years the text left out and resolves expressions
 * relative to the document. A year left out comes, in this order, from the plan's period, the
 * document's date (the nearest such date), the order of a newest-first feed, or the nearest year
 * stated before; what was filled is listed in `implied`. Nothing is guessed without context.
 */
import type { IsoDate, Period, Precision, When } from '../../domain/index.js';
import { addDays, addMonths, daysBetween, daysInMonth, isoDate, isoWeekday, parseIsoDate } from './calendar.js';
import type { Draft, Point } from './draft.js';
import type { DateContext, DateMatch } from './types.js';

/** How far into its line a date may start and still head a feed item («- 11.01.2026», «Сегодня 13 мая …»). */
const LEAD_WINDOW = 40;

interface Lead {
  year: number;
  month: number;
  day: number;
}

function dayOf(p: Point, year: number): number {
  return p.day === 'last' ? daysInMonth(year, p.month) : p.day;
}

function key(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Whether the draft is the first calendar date of its line, near the line's start: a feed item's date. */
function leadDrafts(drafts: readonly Draft[], text: string, datelines: Set<Draft>): Set<Draft> {
  const leads = new Set<Draft>();
  let lastLineStart = -1;
  // Drafts come in text order: find line starts by scanning forward once.
  let lineStart = 0;
  for (const d of drafts) {
    if (d.value.kind !== 'interval' || d.value.precision !== 'day' || !d.value.from) continue;
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < d.start; nl = text.indexOf('\n', lineStart)) {
      lineStart = nl + 1;
    }
    if (lineStart === lastLineStart) continue;
    lastLineStart = lineStart;
    if (d.start - lineStart <= LEAD_WINDOW) leads.add(d);
    // A line that opens with its date is a dateline, a chronicle's «- **14.05** —» too; «– 14 октября – …»
    // in plain text is an entry of a list.
    if (/^\s*(?:(?:[-•*]\s+)?(?:\*\*|__))?$/.test(text.slice(lineStart, d.start))) datelines.add(d);
  }
  return leads;
}

/**
 * A feed is newest-first when its items' leading dates mostly go back in time. The dates that state
 * their years decide when there are enough of them; otherwise month and day decide (a year-less
 * «29 декабря» under «18 января 2022 года» is the one step up a new year costs), provided no stated
 * year goes forward (an announcement of 2027 dated November 2026 is not a feed).
 */
function isNewestFirst(drafts: readonly Draft[], leads: Set<Draft>): boolean {
  let previous: Point | null = null;
  let previousStated: Point | null = null;
  const stated = { down: 0, up: 0 };
  const monthDay = { down: 0, up: 0 };
  const dayKey = (p: Point, withYear: boolean) => key(withYear ? p.year! : 0, p.month, p.day === 'last' ? 28 : p.day);
  for (const d of drafts) {
    if (!leads.has(d) || d.value.kind !== 'interval' || !d.value.from) continue;
    const p = d.value.from;
    if (previous) {
      const bothYears = p.year !== null && previous.year !== null;
      const step = dayKey(p, bothYears) - dayKey(previous, bothYears);
      if (step < 0) monthDay.down++;
      else if (step > 0) monthDay.up++;
    }
    if (p.year !== null) {
      if (previousStated) {
        const step = dayKey(p, true) - dayKey(previousStated, true);
        if (step < 0) stated.down++;
        else if (step > 0) stated.up++;
      }
      previousStated = p;
    }
    previous = p;
  }
  if (stated.down >= 2 && stated.down > 2 * stated.up) return true;
  return stated.up === 0 && monthDay.down >= 2 && monthDay.down > 2 * monthDay.up;
}

function periodYear(period: Period | null, contextYear: number | null, month?: number): number | null {
  if (!period) return null;
  const first = parseIsoDate(period.start).year;
  const last = parseIsoDate(period.end).year;
  if (first === last) return first;
  // A season across a new year («с 1 сентября 2026 года по 31 августа 2027 года»): each month falls once.
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (month !== undefined && last === first + 1 && end.month < start.month) {
    if (month >= start.month) return first;
    if (month <= end.month) return last;
  }
  return contextYear !== null && contextYear >= first && contextYear <= last ? contextYear : first;
}

/** The year in {Y−1, Y, Y+1} that puts month/day nearest the document's date. */
function nearestYear(documentDate: IsoDate, month: number, day: number | 'last'): number {
  const anchor = parseIsoDate(documentDate);
  let best = anchor.year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const d = day === 'last' ? daysInMonth(year, month) : Math.min(day, daysInMonth(year, month));
    const distance = Math.abs(Date.UTC(year, month - 1, d) - Date.UTC(anchor.year, anchor.month - 1, anchor.day));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

function yearPeriod(year: number | null): Period | null {
  return year === null ? null : { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** The stated day a «сегодня» stands right before («Сегодня 13 мая 2021 года»), or null. */
function namedDay(today: Draft, next: Draft | undefined, text: string): IsoDate | null {
  if (next?.value.kind !== 'interval' || next.value.precision !== 'day') return null;
  const { from, to } = next.value;
  if (!from || !to || from.year === null || from.day === 'last' || from.day !== to.day || from.month !== to.month)
    return null;
  if (!/^[\s,—–-]*$/.test(text.slice(today.end, next.start))) return null;
  return isoDate(from.year, from.month, from.day);
}

function isYearless(p: Point | null): boolean {
  return p !== null && p.year === null && p.yearOffset === undefined;
}

/** A bound's year: stated, relative to the reference year, or the year stated or inferred for the match. */
function yearOf(p: Point, reference: number | null, fallback: number | null): number {
  return p.year ?? (p.yearOffset !== undefined ? reference! + p.yearOffset : fallback!);
}

function unknownWhen(text: string): When {
  return { start: null, end: null, precision: 'unknown', recurrence: null, text };
}

function whenOf(start: IsoDate | null, end: IsoDate | null, precision: Precision, text: string): When {
  return { start, end, precision, recurrence: null, text };
}

/** Resolves relative expressions against the document's date. */
function resolveRelative(d: Draft & { value: { kind: 'relative' } }, anchor: IsoDate, text: string): When {
  const { unit, offset, weekday, whole } = d.value;
  if (offset === null) return unknownWhen(text);
  if (weekday !== undefined) {
    const today = isoWeekday(anchor);
    let shift: number;
    if (offset === 0) {
      // The weekday nearest the document's date; news report the past, so a tie goes back.
      shift = weekday - today;
      if (shift > 3) shift -= 7;
      if (shift < -3) shift += 7;
    } else if (offset < 0) shift = weekday - today - (weekday < today ? 0 : 7);
    else shift = weekday - today + 7;
    const day = addDays(anchor, shift);
    return whenOf(day, day, 'day', text);
  }
  if (unit === 'day') {
    const day = addDays(anchor, offset);
    return whenOf(day, day, 'day', text);
  }
  if (unit === 'week') {
    if (!whole) {
      const day = addDays(anchor, offset * 7);
      return whenOf(day, day, 'day', text);
    }
    // «на следующей неделе»: Monday to Sunday of that week. The format has no precision for a week, and
    // `day` would claim a day nobody stated: the bounds hold it, the precision is `unknown` (as a plan
    // item «по отдельному графику» keeps the plan's period).
    const monday = addDays(anchor, 1 - isoWeekday(anchor) + offset * 7);
    return whenOf(monday, addDays(monday, 6), 'unknown', text);
  }
  if (unit === 'month' && d.value.month !== undefined) {
    const named = d.value.month;
    const at = parseIsoDate(anchor);
    const year =
      offset < 0
        ? named < at.month
          ? at.year
          : at.year - 1
        : offset > 0
          ? named > at.month
            ? at.year
            : at.year + 1
          : at.year;
    return whenOf(isoDate(year, named, 1), isoDate(year, named, daysInMonth(year, named)), 'month', text);
  }
  if (unit === 'month') {
    const { year, month } = addMonths(anchor, offset);
    if (!whole) {
      const day = Math.min(parseIsoDate(anchor).day, daysInMonth(year, month));
      const date = isoDate(year, month, day);
      return whenOf(date, date, 'day', text);
    }
    return whenOf(isoDate(year, month, 1), isoDate(year, month, daysInMonth(year, month)), 'month', text);
  }
  const year = parseIsoDate(anchor).year + offset;
  return whenOf(isoDate(year, 1, 1), isoDate(year, 12, 31), 'year', text);
}

/**
 * Whether a paragraph break between `from` and `to` ends the topic a year named at `from` set: «в 2026
 * году» in one news item does not date «23–24 октября» in the next, unless its paragraph introduces
 * what follows («В 2026 году запланированы:»).
 */
function endsTopic(text: string, from: number, to: number): boolean {
  // A blank line, or a line that ends its sentence before a line that starts a new one (the paragraphs
  // of a web page come one per line).
  const paragraphBreak = /\n[ \t]*\n|(?<=[.!?…])[ \t]*\n(?=[ \t]*[\p{Lu}«"])/gu;
  paragraphBreak.lastIndex = from;
  const found = paragraphBreak.exec(text);
  if (found === null || found.index >= to) return false;
  return !/:\s*$/.test(text.slice(from, found.index));
}

/**
 * @example resolveDrafts(drafts, text, { documentDate: null, period: { start: '2021-01-01', end: '2021-12-31' } })
 */
/** Whether `at` stands inside «…» opened earlier on its line. */
function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 300; i--) {
    const c = text[i];
    if (c === '\n') break;
    if (c === '»') depth--;
    else if (c === '«') depth++;
  }
  return depth > 0;
}

export function resolveDrafts(drafts: readonly Draft[], text: string, ctx: DateContext): DateMatch[] {
  const datelines = new Set<Draft>();
  const leads = leadDrafts(drafts, text, datelines);
  const newestFirst = isNewestFirst(drafts, leads);
  const documentYear = ctx.documentDate ? parseIsoDate(ctx.documentDate).year : null;
  let contextYear: number | null = null;
  // Whether `contextYear` came from a quarter, a month or a day («март 2025 года», «II квартал 2025 года»): a year named
  // alone after it («итоги за 2024 год») is spoken of, not the year the text speaks from.
  let contextFromDay = false;
  // The year a statement about a whole year names («в 2025 году», «план на 2026 год»): the topic of what
  // follows, stronger than the publication date's nearest year when the two are close.
  let topicYear: number | null = null;
  // Where the topic year was named: it holds for its paragraph and for a list its paragraph introduces.
  let topicAt = 0;
  // «план … на 2026 год»: a plan's year named inside a text that is not itself a plan.
  let plannedYear: number | null = null;
  let lastDay: IsoDate | null = null;
  // The year of the last dated item (a line's leading date): «т.г.» in a feed is that item's year.
  let speakingYear: number | null = null;
  let previousLead: Lead | null = null;
  // The day a dated item speaks from (its leading date): a year-less date inside the item is the one
  // nearest it, so a December item's «в январе» is the next January and a January item's «в декабре»
  // the last December. A year stated inside the item takes over.
  let itemDay: IsoDate | null = null;
  const out: DateMatch[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const span = text.slice(d.start, d.end);
    const base = { start: d.start, end: d.end, text: span };
    const v = d.value;
    switch (v.kind) {
      case 'time':
        out.push(matchOf(base, 'TIME', v.time));
        break;
      case 'duration':
        // Hours are a time of day's measure: «за 12 часов», «в три часа ночи» are TIME, as NEREL types them.
        out.push({ ...base, type: v.duration.startsWith('PT') ? 'TIME' : 'DATE', value: { duration: v.duration } });
        break;
      case 'vague':
        out.push(matchOf(base, 'DATE', unknownWhen(span)));
        break;
      case 'plan-vague': {
        const period = ctx.period ?? yearPeriod(plannedYear);
        out.push({
          ...base,
          type: 'DATE',
          value: period ? whenOf(period.start, period.end, 'unknown', span) : unknownWhen(span),
        });
        break;
      }
      case 'recurrence': {
        const period = ctx.period ?? yearPeriod(plannedYear);
        if (!period && v.withoutPeriod) {
          out.push({ ...base, type: 'DATE', value: { duration: v.withoutPeriod } });
          break;
        }
        const when: When = period
          ? { start: period.start, end: period.end, precision: 'year', recurrence: v.recurrence, text: span }
          : { start: null, end: null, precision: 'unknown', recurrence: v.recurrence, text: span };
        out.push(matchOf(base, 'DATE', when));
        break;
      }
      case 'relative': {
        if (v.context && v.unit === 'day') {
          out.push({
            ...base,
            type: 'DATE',
            value: lastDay ? whenOf(lastDay, lastDay, 'day', span) : unknownWhen(span),
          });
          break;
        }
        if (v.context || (v.unit === 'year' && v.whole)) {
          // «в этом году», «в том же году»: the document's year, else the year the text speaks of.
          const reference = v.context
            ? contextYear
            : (documentYear ?? speakingYear ?? contextYear ?? periodYear(ctx.period, null));
          const year = reference === null || v.offset === null ? null : reference + v.offset;
          const value =
            year === null ? unknownWhen(span) : whenOf(isoDate(year, 1, 1), isoDate(year, 12, 31), 'year', span);
          out.push({
            ...base,
            type: 'DATE',
            value,
            ...(year !== null && !ctx.documentDate ? { implied: ['year'] } : {}),
          });
          break;
        }
        // «Сегодня 13 мая 2021 года»: the text names the day «сегодня» is.
        const named = v.unit === 'day' && v.offset === 0 && !v.weekday ? namedDay(d, drafts[k + 1], text) : null;
        const anchor = ctx.documentDate ?? named;
        const value = anchor ? resolveRelative({ ...d, value: v }, anchor, span) : unknownWhen(span);
        if (d.time && value.precision === 'day') value.time = d.time;
        out.push(matchOf(base, 'DATE', value));
        break;
      }
      case 'interval': {
        // Plain checks, no closures: this runs once per match on multi-megabyte texts.
        const stated: Point | undefined = v.from?.year != null ? v.from : v.to?.year != null ? v.to : undefined;
        const needsYear = isYearless(v.from) || isYearless(v.to);
        const needsReference = v.from?.yearOffset !== undefined || v.to?.yearOffset !== undefined;
        const isLead = leads.has(d);
        // A new dated item (in a feed, or a line that opens with its date) starts a new topic: a year
        // named in the item above does not carry over; a list's entries stay under their heading.
        if (isLead && (newestFirst || datelines.has(d))) {
          topicYear = null;
          plannedYear = null;
        }
        // Past its paragraph a year named in passing is no longer the topic; a plan's year («план на 2026
        // год») stays.
        let carriedPlan = false;
        if (topicYear !== null && needsYear && endsTopic(text, topicAt, d.start)) {
          topicYear = plannedYear;
          carriedPlan = plannedYear !== null;
        }
        let inferred: number | null = null;
        let implied = false;
        if (needsYear) {
          const first = (v.from ?? v.to)!;
          if (ctx.period) inferred = periodYear(ctx.period, contextYear, first.month);
          else if (ctx.documentDate) {
            const nearest = nearestYear(ctx.documentDate, first.month, first.day);
            // A plan's year carried from a paragraph before («утверждение плана на 2027 год») does not move
            // a day within weeks of the text's own date («Накануне, 9 декабря» in news of 11 December).
            const closeToText: boolean =
              carriedPlan &&
              Math.abs(daysBetween(ctx.documentDate, isoDate(nearest, first.month, dayOf(first, nearest)))) <= 45;
            inferred =
              topicYear !== null && Math.abs(topicYear - documentYear!) <= 1 && !closeToText ? topicYear : nearest;
          } else if (newestFirst && isLead && previousLead) {
            const later: boolean =
              key(0, first.month, dayOf(first, previousLead.year)) > key(0, previousLead.month, previousLead.day);
            inferred = later ? previousLead.year - 1 : previousLead.year;
          } else if (itemDay !== null && !isLead) inferred = nearestYear(itemDay, first.month, first.day);
          else inferred = topicYear ?? contextYear;
          implied = inferred !== null;
        }
        const reference: number | null = needsReference
          ? (documentYear ?? speakingYear ?? contextYear ?? periodYear(ctx.period, null))
          : null;
        if ((needsYear && inferred === null) || (needsReference && reference === null)) {
          out.push(matchOf(base, 'DATE', unknownWhen(span)));
          break;
        }
        const fallback: number | null = stated?.year ?? inferred;
        let fromYear: number | null = v.from ? yearOf(v.from, reference, fallback) : null;
        let toYear: number | null = v.to ? yearOf(v.to, reference, fallback) : null;
        // A year-less range that crosses New Year («с 28 декабря по 3 января»): the end is in the next year.
        if (v.from && v.to && fromYear !== null && toYear !== null && fromYear === toYear) {
          const a = key(0, v.from.month, dayOf(v.from, fromYear));
          const b = key(0, v.to.month, dayOf(v.to, toYear));
          if (a > b) {
            if (v.to.year === null && v.to.yearOffset === undefined) toYear += 1;
            else if (v.from.year === null && v.from.yearOffset === undefined) fromYear -= 1;
          }
        }
        // «29 февраля» in a year that has none: the expression stays, without a value.
        if (
          (v.from && fromYear !== null && dayOf(v.from, fromYear) > daysInMonth(fromYear, v.from.month)) ||
          (v.to && toYear !== null && dayOf(v.to, toYear) > daysInMonth(toYear, v.to.month))
        ) {
          out.push(matchOf(base, 'DATE', unknownWhen(span)));
          break;
        }
        const start = v.from && fromYear !== null ? isoDate(fromYear, v.from.month, dayOf(v.from, fromYear)) : null;
        const end = v.to && toYear !== null ? isoDate(toYear, v.to.month, dayOf(v.to, toYear)) : null;
        const value: When = { start, end, precision: v.precision, recurrence: v.recurrence, text: span };
        if (d.time) value.time = d.time;
        const match = matchOf(base, 'DATE', value);
        if (implied || (needsReference && !ctx.documentDate)) match.implied = ['year'];
        out.push(match);
        // The year this text speaks of: a stated year, not a deadline («до 2030 года»), or a feed item's year;
        // not a year inside a quoted name («вебинар «Бюджетирование в 2027 году»»).
        const quoted = v.precision === 'year' && insideQuotes(text, d.start);
        if (stated && !quoted && v.from && (v.precision !== 'year' || !contextFromDay || contextYear === null)) {
          contextYear = toYear ?? fromYear;
          contextFromDay = v.precision === 'day' || v.precision === 'month' || v.precision === 'quarter';
        }
        if (stated && !quoted && v.from && v.to && v.precision === 'year' && fromYear === toYear) {
          topicYear = fromYear;
          topicAt = d.end;
          // «план мероприятий на 2026 год», not «проекты бюджетов на 2026 год».
          if (
            /^на\s/i.test(span) &&
            /план\p{L}*\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, d.start - 60), d.start))
          )
            plannedYear = fromYear;
        }
        if (v.precision === 'day' && start !== null && start === end) lastDay = start;
        else if (implied && isLead && newestFirst) contextYear = fromYear;
        if (isLead && fromYear !== null) speakingYear = fromYear;
        if (isLead && datelines.has(d) && v.precision === 'day' && start !== null) itemDay = start;
        else if (stated && !isLead) itemDay = null;
        if (isLead && v.from && fromYear !== null) {
          previousLead = { year: fromYear, month: v.from.month, day: dayOf(v.from, fromYear) };
        }
        ctx.trace?.('year', `${span} → ${start ?? '…'}..${end ?? '…'}${implied ? ' (year implied)' : ''}`);
        break;
      }
    }
  }
  return out;
}

/** `{ ...base, type, value }` written out: a match of a draft's span, made for every draft. */
function matchOf(
  base: { start: number; end: number; text: string },
  type: DateMatch['type'],
  value: DateMatch['value'],
): DateMatch {
  return { start: base.start, end: base.end, text: base.text, type, value };
}
