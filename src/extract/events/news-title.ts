/**
 * The name of an event a news sentence reports: the noun group around the event noun («бесплатный
 * он-лайн семинар по вопросам …», «Круглый стол «Побратимское движение…»»), cut where the sentence
 * goes on to the date, the place, the venue, the format or the next clause, put into the nominative.
 */
import { collapseWhitespace, type Token } from '../../text/index.js';
import type { TextServices } from './inputs.js';
import { FORMAT_PREFIX, kindOfNoun } from './kinds.js';
import { balanceGuillemets, capitalizeFirst, headToNominative, isEvaluative } from './title.js';

export interface Stretch {
  start: number;
  end: number;
}

/** A gathering named by no kind of its own: «торжества», «мероприятие», «празднование». */
const isGeneric = (word: string) =>
  kindOfNoun(word) === 'другое' && /^(?:торжеств(?:о|а|у|ом|е|ам|ами|ах)?$|мероприят|праздн)/iu.test(word);

/** Where the title must not run into: dates, places, organizations after «в», formats. */
export interface TitleFences {
  /** Spans of dates, places and venues in the sentence (offsets into the document). */
  stops: Stretch[];
  /** Organization spans (a title may hold one, but «в <организации>» is a venue). */
  organizations: Stretch[];
}

const FORMAT_WORD =
  /^(?:он-?лайн|онлайн|офлайн|оффлайн|online|offline|вкс|очный|очном|дистанционн\p{L}*|гибридн\p{L}*)$/u;
/** Prepositions that open an adjunct rather than a part of the name. */
const ADJUNCT_PREPOSITIONS = new Set([
  'с',
  'со',
  'при',
  'под',
  'у',
  'из',
  'от',
  'до',
  'после',
  'через',
  'за',
  'перед',
  'во',
  'среди',
  'вместе',
  'совместно',
  'благодаря',
  'согласно',
]);
const CLAUSE_WORDS = new Set([
  'который',
  'которая',
  'которое',
  'которые',
  'котором',
  'которой',
  'где',
  'когда',
  'что',
  'чтобы',
  'чем',
  'как',
  'также',
  'а',
  'но',
  'однако',
  'причем',
  'если',
]);
/** «в» opens an adjunct before these words (and before places, venues, dates and formats). */
const IN_ADJUNCT =
  /^(?:рамках|рамки|ходе|течение|формате|режиме|качестве|том|связи|честь|целях|преддверии|канун|период|дни|день|год|году|месяце|офисе|здании|зале|помещении|представительстве|резиденции|стенах|администрации|мэрии|доме|дворце|центре|музее|библиотеке|университете|академии|гостинице|отеле|конгресс-центре|конгресс-холле|экспоцентре|технопарке|холле|павильоне|кремле|онлайн|он-лайн|офлайн|очном|дистанционном|режим)$/u;
const ON_KEEP = /^(?:тему|темы)$/u;
/** «на» opens an adjunct before these words (and before places, dates and organizations). */
const ON_ADJUNCT =
  /^(?:площадк\p{L}*|баз\p{L}*|территори\p{L}*|сайте|портале|заседании|встрече|форуме|конференции|совещании|мероприяти\p{L}*|полях|пленарн\p{L}*|открыти\p{L}*|церемони\p{L}*|котором|которой|этом|нем|ней|средства|условиях|уровне|месте)$/u;
/** Nouns of quantity that stand before an event noun and belong to the name («Ряд переговоров»). */
const QUANTITY = /^(?:ряд|серия|серию|цикл|череда|череду|несколько)$/u;
const NAME_WORDS = /^(?:под)$/u;
const VERB_POS = new Set(['VERB', 'INFN', 'GRND', 'PRTS', 'ADVB', 'PRED']);

function inside(offset: number, spans: Stretch[]): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

function isVerbLike(token: Token, services: TextServices): boolean {
  const readings = services.wordInfo(token.text);
  if (readings.length === 0) return false;
  const best = readings[0]!;
  // A word the dictionary does not know («органв», a typo) is a verb only if it ends like one.
  if (best.known === false && !/(?:л|ла|ло|ли|ет|ит|ют|ят|ся|сь|ть)$/u.test(token.norm)) return false;
  return best.pos !== null && VERB_POS.has(best.pos);
}

function isModifier(token: Token, services: TextServices): boolean {
  if (/^[IVXLC]+$/.test(token.text)) return true;
  const readings = services.wordInfo(token.text);
  return readings.slice(0, 4).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF' || r.pos === 'NUMR');
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

function agreesInCase(modifier: Token, noun: Token, services: TextServices): boolean {
  const nounCases = new Set(
    services
      .wordInfo(noun.text)
      .filter((r) => r.pos === 'NOUN')
      .flatMap((r) => CASES.filter((c) => r.tags.has(c))),
  );
  if (nounCases.size === 0) return true;
  return services.wordInfo(modifier.text).some((r) => CASES.some((c) => r.tags.has(c) && nounCases.has(c)));
}

/** The first token index of the noun group that ends at the event noun (its modifiers). */
export function titleStart(tokens: Token[], trigger: number, services: TextServices, fences: TitleFences): number {
  let start = trigger;
  for (let i = trigger - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (inside(t.start, fences.stops)) break;
    if (FORMAT_WORD.test(t.norm) || isEvaluative(t.text)) continue;
    if (!isModifier(t, services) || isVerbLike(t, services)) break;
    // «посвящённые Дню города»: a word that does not agree with the noun is not its modifier.
    if (!/^[IVXLC]+$/.test(t.text) && !agreesInCase(t, tokens[trigger]!, services)) break;
    start = i;
  }
  // Skip format and evaluative words that open the group: they are not part of the name.
  while (start < trigger && (FORMAT_WORD.test(tokens[start]!.norm) || isEvaluative(tokens[start]!.text))) start++;
  return start;
}

/** The token index after the last token of the event's name, scanning right from the event noun. */
export function titleEnd(
  tokens: Token[],
  trigger: number,
  services: TextServices,
  fences: TitleFences,
  options: { keepWith?: boolean; triggerEnd?: number } = {},
): number {
  let quoteDepth = 0;
  let end = (options.triggerEnd ?? trigger) + 1;
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // Inside an organization's name nothing ends the title («Совета … при Совете Федерации»).
    // …except a format adjunct the organization finder took in («Комиссии … в режиме видеоконференцсвязи»).
    const formatAdjunct =
      (t.norm === 'в' || t.norm === 'во') && next !== undefined && /^(?:режиме|формате)$/.test(next.norm);
    // …and a relative clause a name found too long runs into («Комиссии … хозяйства, которое …»).
    const clause = t.text === ',' && next !== undefined && (CLAUSE_WORDS.has(next.norm) || /^котор/u.test(next.norm));
    if (
      quoteDepth === 0 &&
      !t.lineBefore &&
      !formatAdjunct &&
      !clause &&
      inside(t.start, fences.organizations) &&
      !inside(t.start, fences.stops)
    ) {
      end = i + 1;
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '«' || (t.text === '"' && (t.spaceBefore || tokens[i - 1]?.kind === 'punct'))) {
        quoteDepth++;
        end = i + 1;
        continue;
      }
      if (t.text === '»' || t.text === '"' || t.text === '“' || t.text === '”') {
        quoteDepth = Math.max(0, quoteDepth - 1);
        end = i + 1;
        continue;
      }
      if (quoteDepth > 0) {
        // An unclosed quote ends with the sentence: its final stop is not part of the name.
        if (/^[.!?…;]$/.test(t.text) && (next === undefined || next.lineBefore)) break;
        end = i + 1;
        continue;
      }
      if (t.text === '(') {
        const close = tokens.findIndex((x, k) => k > i && x.text === ')');
        // «(№ 3, сентябрь 2019)»: brackets that hold a date or a place are no part of the name.
        const fenced = tokens.slice(i + 1, close).some((x) => inside(x.start, fences.stops));
        if (close > i && close - i <= 8 && !fenced) {
          i = close;
          end = close + 1;
          continue;
        }
        break;
      }
      if (t.text === ',') {
        // A list of genitive nouns goes on («председателей …, глав малых городов»).
        const prev = tokens[i - 1];
        // …but «…, в работе которого …» opens a clause: a preposition after the comma is no list.
        const preposition = next?.kind === 'word' && services.wordInfo(next.text).some((r) => r.pos === 'PREP');
        // …and so does «…, заявки на участие в котором …»: a relative word a few words on.
        const relative = tokens.slice(i + 1, i + 6).some((x) => /^котор/u.test(x.norm));
        if (relative) break;
        // «…, г. Киров»: the place after a comma ends the name.
        if (next?.norm === 'г' || next?.norm === 'город') break;
        // «торжества, посвящённые 880-летию города»: a generic gathering is named by what it is devoted to.
        if (
          next !== undefined &&
          /^посвящ/u.test(next.norm) &&
          end === trigger + 1 &&
          isGeneric(tokens[trigger]!.text)
        ) {
          let k = i + 1;
          while (k < tokens.length && !/^[,.;:!?(]$/u.test(tokens[k]!.text)) k++;
          end = k;
          break;
        }
        if (prev && next && next.kind === 'word' && !preposition && sameCaseNouns(prev, next, services)) continue;
        break;
      }
      if (t.text === '-' && t.spaceBefore && next && next.kind === 'word' && !next.lineBefore) continue;
      // «Ассамблеи государств – участников СНГ», «городов — членов АСДГ»: an apposition in the same case.
      const prev = tokens[i - 1];
      if (t.norm === '-' && prev && next && next.kind === 'word' && sameCaseNouns(prev, next, services)) continue;
      break;
    }
    if (quoteDepth > 0) {
      end = i + 1;
      continue;
    }
    if (t.lineBefore) break;
    if (inside(t.start, fences.stops) || FORMAT_WORD.test(t.norm)) break;
    if (CLAUSE_WORDS.has(t.norm) || /^котор/u.test(t.norm)) break;
    if (t.norm === 'в' || t.norm === 'на') {
      const after = next;
      if (!after) break;
      if (t.norm === 'на' && ON_KEEP.test(after.norm)) {
        end = i + 1;
        continue;
      }
      if (t.norm === 'на' && ON_ADJUNCT.test(after.norm)) break;
      if (IN_ADJUNCT.test(after.norm) || inside(after.start, fences.stops) || inside(after.start, fences.organizations))
        break;
      if (FORMAT_WORD.test(after.norm) || after.kind === 'number') break;
      continue;
    }
    if (NAME_WORDS.test(t.norm) && next?.norm === 'названием') {
      i++;
      continue;
    }
    if (t.norm === 'с' && options.keepWith) continue;
    // «Совет при Президенте …»: a body «при» another body is one name; «при поддержке» is not.
    if (t.norm === 'при' && next !== undefined && /^\p{Lu}/u.test(next.text)) continue;
    if (ADJUNCT_PREPOSITIONS.has(t.norm)) break;
    if (t.norm === 'и' || t.norm === 'или') {
      if (next?.kind !== 'word' || isVerbLike(next, services) || CLAUSE_WORDS.has(next.norm)) break;
      continue;
    }
    if (t.kind === 'word' && isVerbLike(t, services) && !/^(?:по|о|об|для)$/.test(t.norm)) break;
    end = i + 1;
  }
  return end;
}

function sameCaseNouns(a: Token, b: Token, services: TextServices): boolean {
  const cases = ['gent', 'datv', 'ablt'];
  const ra = services.wordInfo(a.text);
  const rb = services.wordInfo(b.text);
  return cases.some(
    (c) =>
      ra.some((r) => r.pos === 'NOUN' && r.tags.has(c)) &&
      rb.some((r) => (r.pos === 'NOUN' || r.pos === 'ADJF') && r.tags.has(c)),
  );
}

/** The case the event noun stands in, for putting its group into the nominative. */
export function caseOfTrigger(tokens: Token[], trigger: number, services: TextServices): string {
  const readings = services.wordInfo(tokens[trigger]!.text).filter((r) => r.pos === 'NOUN');
  const has = (c: string) => readings.some((r) => r.tags.has(c));
  let k = trigger - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && isModifier(tokens[k]!, services)) k--;
  const before = tokens[k]?.norm ?? '';
  const byPreposition: Record<string, string[]> = {
    в: ['loct', 'accs'],
    во: ['loct', 'accs'],
    на: ['loct', 'accs'],
    о: ['loct'],
    об: ['loct'],
    при: ['loct'],
    к: ['datv'],
    по: ['datv'],
    с: ['ablt', 'gent'],
    перед: ['ablt'],
    над: ['ablt'],
    для: ['gent'],
    до: ['gent'],
    после: ['gent'],
    от: ['gent'],
    из: ['gent'],
    около: ['gent'],
  };
  for (const c of byPreposition[before] ?? []) if (has(c)) return c;
  // «о проведении Общего Собрания»: a noun right after another noun stands in the genitive.
  const prev = tokens[k];
  if (prev?.kind === 'word' && !byPreposition[before] && has('gent')) {
    const prevReadings = services.wordInfo(prev.text);
    if (prevReadings[0]?.pos === 'NOUN') return 'gent';
  }
  // «провёл семинар»: where accusative and nominative coincide there is nothing to change.
  if (has('nomn')) return 'nomn';
  for (const c of ['accs', 'gent', 'loct', 'datv', 'ablt']) if (has(c)) return c;
  return 'nomn';
}

/**
 * The title of a news event from the tokens of its sentence.
 * @example newsTitle(tokens, trigger, services, fences) // 'Бесплатный семинар по вопросам регионального и муниципального контроля'
 */
export function newsTitle(
  text: string,
  tokens: Token[],
  trigger: number,
  services: TextServices,
  fences: TitleFences,
  options: { keepWith?: boolean; triggerEnd?: number } = {},
): { title: string; start: number; end: number } {
  let first = titleStart(tokens, trigger, services, fences);
  const last = titleEnd(tokens, trigger, services, fences, options);
  let caseHint = caseOfTrigger(tokens, trigger, services);
  const quantity = tokens[first - 1];
  if (quantity && quantity.kind === 'word' && QUANTITY.test(quantity.norm)) {
    first--;
    caseHint = 'accs';
  }
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  // Format and evaluative words inside the group are dropped («бесплатный он-лайн семинар»).
  let title = '';
  let cursor = start;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && (FORMAT_WORD.test(t.norm) || (i < trigger && isEvaluative(t.text)))) {
      title += text.slice(cursor, t.start);
      cursor = t.end;
    } else if (t.kind === 'word' && i === trigger && FORMAT_PREFIX.test(t.norm)) {
      // «онлайн-совещание»: the format is a field, the name is «совещание».
      title += text.slice(cursor, t.start);
      cursor = t.start + (FORMAT_PREFIX.exec(t.norm)?.[0].length ?? 0);
    }
  }
  title += text.slice(cursor, end);
  title = collapseWhitespace(title.replace(/\s+под\s+названием\s+/u, ' '));
  // A trailing abbreviation in brackets is an alias, not part of the name («форума (ММФ)»).
  title = title.replace(/\s*\([\p{Lu}\d\s-]{2,12}\)$/u, '');
  title = headToNominative(title, caseHint, services);
  return { title: capitalizeFirst(balanceGuillemets(title)), start, end };
}
