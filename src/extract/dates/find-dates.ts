/**
 * The grammar's entry points: every time expression in a text, the one `When` of a short text,
 * and a plan's period from its heading.
 */
import type { Period, When } from '../../domain/index.js';
import { type Token, tokensOf } from '../../text/index.js';
import { daysBetween } from './calendar.js';
import { PARSER_INDEX, REFINERS } from './configuration.js';
import type { Draft } from './draft.js';
import type { DateContext, DateMatch } from './types.js';
import { resolveDrafts } from './year-inference.js';

/**
 * Every time expression in a whole text, with years inferred across the text.
 * @example findDates('5-6 ноября 2020 г. прошёл форум', { documentDate: null, period: null })[0]?.value
 * // { start: '2020-11-05', end: '2020-11-06', precision: 'day', recurrence: null, text: '5-6 ноября 2020 г.' }
 */
export function findDates(text: string, ctx: DateContext): DateMatch[] {
  const drafts: Draft[] = [];
  // A text is read in blocks of whole lines: no expression spans a line break, small token arrays
  // that die young keep the garbage collector cheap on multi-megabyte inputs, and a line with
  // nothing a time expression is made of is not read at all. The text is tokenized once, shared
  // with the entity finders that read it next; a block's tokens are those of its lines.
  const all = tokensOf(text);
  let next = 0;
  let blockStart = -1;
  const flush = (end: number) => {
    if (blockStart < 0) return;
    while (next < all.length && all[next]!.start < blockStart) next++;
    const first = next;
    while (next < all.length && all[next]!.start < end) next++;
    const block = text.slice(blockStart, end);
    for (const d of findDraftsInBlock(block, blockTokens(all, first, next, blockStart), ctx)) {
      d.start += blockStart;
      d.end += blockStart;
      drafts.push(d);
    }
    blockStart = -1;
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // A digit, which most lines that hold a time have, is found faster alone.
    if (DIGIT.test(line) || TIME_MATERIAL.test(line) || ROMAN_NUMERAL.test(line)) {
      if (blockStart < 0) blockStart = lineStart;
      else if (lineEnd - blockStart > BLOCK_CHARS) {
        flush(lineStart);
        blockStart = lineStart;
      }
    } else flush(lineStart);
    lineStart = lineEnd + 1;
  }
  flush(text.length);
  return resolveDrafts(drafts, text, ctx);
}

const BLOCK_CHARS = 64_000;

/**
 * What every time expression contains at least one of: a digit, a month, weekday, unit or season
 * stem, a relative or vague word, a recurrence or plan-timing word, or a Roman numeral. A line
 * without any cannot hold a match (each parser's words are covered here: keep them in step).
 */
const TIME_MATERIAL =
  /\d|(?<!\p{L})(?:январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресен|д[нё]|ден|недел|месяц|год|лет|сут|час|кв|полугод|пол(?:год|век|час|дн|месяц|угод)|век|столет|десятилет|сезон|сегодн|вчера|завтра|послезавтра|позавчера|недавн|настоящ|момент|ближайш|врем|скором|выходн|еже|постоянн|регулярн|кругл|график|плану|мере|согласован|запрос|заявк|срок|период|течени|протяжени|зим|весн|осен|канун|накануне|преддвери)/iu;
const DIGIT = /\d/;
/** Upper case only, standing alone: «XX век», «II квартал», «III-IV кварталы». */
const ROMAN_NUMERAL = /(?<!\p{L})[IVXХІ]{1,6}(?!\p{L})/u;

/**
 * Tokens `first … last-1` of the text as `tokenize(block)` gives them, the block starting at
 * `offset` at the start of a line: offsets and indices into the block. A block opens with a line
 * that holds a token, so its first token has no line break before it, and whitespace only when
 * the line is indented. Tokens never cross a line break, so the rest are the text's.
 */
function blockTokens(all: readonly Token[], first: number, last: number, offset: number): Token[] {
  const tokens: Token[] = new Array(last - first);
  for (let k = first; k < last; k++) {
    const t = all[k]!;
    const opens = k === first;
    tokens[k - first] = {
      kind: t.kind,
      start: t.start - offset,
      end: t.end - offset,
      text: t.text,
      norm: t.norm,
      spaceBefore: opens ? t.start > offset : t.spaceBefore,
      lineBefore: opens ? false : t.lineBefore,
      index: k - first,
    };
  }
  return tokens;
}

function findDraftsInBlock(block: string, tokens: readonly Token[], ctx: DateContext): Draft[] {
  let drafts: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const parser of PARSER_INDEX.forToken(tokens[i]!)) {
      const found = parser.match(tokens, i, block);
      if (found) {
        drafts.push(found);
        ctx.trace?.('parse', `${parser.name} «${block.slice(found.start, found.end)}»`);
      }
    }
  }
  for (const refiner of REFINERS) {
    const before = drafts.length;
    drafts = refiner.refine(drafts, tokens);
    if (ctx.trace && drafts.length !== before) ctx.trace('refine', `${refiner.name}: ${before} → ${drafts.length}`);
  }
  return drafts;
}

function isWhen(value: DateMatch['value']): value is When {
  return 'precision' in value;
}

/**
 * The single When of a short text such as a plan's table cell, or null: the first one when the cell
 * holds several («22–25 января Киров; 20–23 февраля Йошкар-Ола»: use `findDates` for the stages).
 * A duration alone («90 лет») is not a When.
 * @example parseWhen('Москва 3-5 июля', { documentDate: null, period: { start: '2021-01-01', end: '2021-12-31' } })
 * // { start: '2021-07-03', end: '2021-07-05', precision: 'day', recurrence: null, text: '3-5 июля' }
 */
export function parseWhen(text: string, ctx: DateContext): When | null {
  for (const match of findDates(text, ctx)) if (match.type === 'DATE' && isWhen(match.value)) return match.value;
  return null;
}

/**
 * A plan's heading: a line among the first ones that starts («**», «#» and quotes aside) with «План»,
 * «График», «Календарь», «Перечень» or «Программа». A plan named inside a sentence of news
 * («обсудил план совместной деятельности на 2017 год») does not make the text a plan.
 */
// Up to two adjectives may come first: «Календарный план», «Сводный план мероприятий», «Единый календарь».
const PLAN_HEADING =
  /^[\s*#_"«„]*(?:[\p{L}-]+(?:ый|ий|ой|ая|ое|ые|ых)\s+){0,2}(план|графика?|календарь|перечень|программа)(?![\p{L}])/imu;
const HEADING_LINES = 12;
const HEADING_WINDOW = 400;

/**
 * A plan's period from its heading, or null.
 * @example findPlanPeriod('План мероприятий МАГ на 2021 год') // { start: '2021-01-01', end: '2021-12-31' }
 */
/** «на сезон », «на период », «на учебный год »: a word for the period between «на» and its years. */
const SEASON_BEFORE = /(?:^|\s)на\s+(?:\p{L}+\s+)?(?:сезон|период|год)\s*$/iu;

export function findPlanPeriod(text: string): Period | null {
  const head = text.split('\n').slice(0, HEADING_LINES).join('\n').slice(0, 3000);
  const heading = PLAN_HEADING.exec(head);
  if (!heading) return null;
  const from = heading.index;
  const window = head.slice(from, from + HEADING_WINDOW);
  const matches = findDates(window, { documentDate: null, period: null });
  // «(с 1 сентября 2026 года по 31 августа 2027 года)» under the title: the plan's days, to the day.
  for (const match of matches) {
    const value = match.value;
    if (match.type !== 'DATE' || !isWhen(value) || !value.start || !value.end || match.implied) continue;
    const spelled = /\(\s*$/.test(window.slice(Math.max(0, match.start - 3), match.start));
    if (value.precision === 'day' && /^с\s/i.test(match.text) && spelled && daysBetween(value.start, value.end) >= 60)
      return { start: value.start, end: value.end };
  }
  for (const match of matches) {
    const value = match.value;
    if (match.type !== 'DATE' || !isWhen(value) || !value.start || !value.end || match.implied) continue;
    // «на сезон 2026–2027 годов», «на период 2026–2028 годов»: the period's word between.
    if (SEASON_BEFORE.test(window.slice(Math.max(0, match.start - 30), match.start))) {
      if (value.precision === 'year') return { start: value.start, end: value.end };
      continue;
    }
    // «на 2021 год» — the preposition may stand at the end of the line before, where a heading wraps.
    // «Перечень мероприятий … в 2026 году»: a whole year after «в» names the period too.
    const inYear = /^в\s/i.test(match.text) && value.precision === 'year';
    if (!inYear && !/^на\s/i.test(match.text) && !/(^|\s)на\s*\n\s*$/i.test(window.slice(0, match.start))) continue;
    if (value.precision === 'year' || value.precision === 'quarter' || value.precision === 'month') {
      return { start: value.start, end: value.end };
    }
  }
  return null;
}
