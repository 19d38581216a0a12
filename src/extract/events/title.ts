/**
 * An event's title as the text names it, without its date, place or format, in the nominative:
 * «Участие в X Московском международном урбанистическом форуме» → «X Московский международный
 * урбанистический форум»; «Проведение тематического заседания Палаты (в формате ВКС)» →
 * «Тематическое заседание Палаты». Wrappers that only mean taking part in or holding an event are
 * dropped; activity rows keep their wording («Подготовка…», «Выпуск…»).
 */
import { collapseWhitespace, normalizeWord, openGuillemets, tokenize } from '../../text/index.js';
import type { Agreement, TextServices } from './inputs.js';

/** The morphology a title needs: readings of a word and its nominative. */
export type WordForms = Pick<TextServices, 'toNominative' | 'wordInfo' | 'inflectPhrase'>;

/** Wrappers dropped from the start of a title, with the case the event's name stands in after them. */
const WRAPPERS: [RegExp, string][] = [
  [/^(?:принять\s+)?участие\s+(?:в|во)\s+(?:работе\s+|подготовке\s+и\s+проведении\s+|проведении\s+)?/iu, 'loct'],
  // «Участие делегации Совета МО Югры в XII Съезде КМО»: who takes part is not the event's name.
  [
    /^(?:принять\s+)?участие\s+(?:делегаци|представител|руководств|членов|глав)\p{L}*\s+(?:[^\s«"]+\s+){0,6}?(?:в|во)\s+(?:работе\s+)?(?=[\p{L}\d])/iu,
    'loct',
  ],
  [/^(?:подготовка\s+и\s+)?проведение\s+/iu, 'gent'],
  [/^организация\s+и\s+проведение\s+/iu, 'gent'],
  [
    /^организация\s+(?=(?:\S+\s+){0,3}?(?:заседани|совещани|семинар|конференци|форум|встреч|круглого|выставк|конкурс|сесси|собрани|презентаци|марафон|стажировк|экскурси|поездк|визит|слушани))/iu,
    'gent',
  ],
  [/^(?:провести|организовать|подготовить\s+и\s+провести)\s+/iu, 'accs'],
  // «Приём заявок на конкурс …»: the contest is the event.
  [/^(?:при[её]м|сбор)\s+заявок\s+на\s+(?:участие\s+в\s+)?(?=(?:\S+\s+){0,2}?конкурс)/iu, 'accs'],
];

/**
 * A row or item of taking part in an event («Участие в …», «Принять участие в …», «Участие делегации
 * Союза в …»): the event is another body's.
 */
export const PARTICIPATION =
  /^\s*(?:\d{1,3}(?:\.\d{1,2})*[.)]?\s*)?(?:принять\s+)?участие\s+(?:(?:делегаци|представител|руководств|членов|глав)\p{L}*\s+(?:[^\s«"]+\s+){0,6}?)?(?:в|во)\s/iu;

/** Things that are not part of a name: formats in brackets, bullet marks, HTML left over from conversion. */
const FORMAT_NOTE =
  /\s*\((?:в\s+)?(?:формате|режиме|форме)\s+(?:вкс|он-?лайн\p{L}*|офлайн\p{L}*|видео\p{L}*|дистанционн\p{L}*|очн\p{L}*|заочн\p{L}*|гибридн\p{L}*|смешанн\p{L}*|zoom)[^)]*\)|\s*\((?:он-?лайн|онлайн|офлайн|вкс|дистанционно|очно)[^)]*\)/giu;
/** The same without brackets at the end of a name: «… в онлайн формате», «… в формате ВКС». */
const FORMAT_TAIL =
  /\s+(?:в\s+(?:он-?лайн|офлайн|оффлайн|очном|дистанционном|гибридном|смешанном)\s+(?:формате|режиме)|в\s+(?:формате|режиме)\s+(?:вкс|он-?лайн|офлайн|видеоконференц\p{L}*|видеосвяз\p{L}*)|(?:он-?лайн|дистанционно|онлайн))\s*[.;]?$/iu;
const HTML_TAG = /<[^>]+>/g;
const BULLET = /\s*[•·▪]\s*/g;

const ROMAN = /^[IVXLC]+$/;

/** Capitalizes the first letter, leaving the rest as written. */
export function capitalizeFirst(text: string): string {
  const i = text.search(/\p{L}/u);
  if (i < 0) return text;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Whether some reading of the word is a noun (or an adjective / numeral) in the case. */
function hasReading(services: WordForms, word: string, pos: string[], grammeme: string): boolean {
  return services.wordInfo(word).some((r) => r.pos !== null && pos.includes(r.pos) && r.tags.has(grammeme));
}

const MODIFIER_POS = ['ADJF', 'PRTF', 'NUMR', 'NPRO'];

/** Number and gender of a noun in the case, for its modifiers to agree with. */
function agreementOf(services: WordForms, noun: string, caseHint: string): Agreement {
  const reading =
    services.wordInfo(noun).find((r) => r.pos === 'NOUN' && r.tags.has(caseHint)) ?? services.wordInfo(noun)[0];
  const number = reading?.tags.has('plur') ? 'plur' : 'sing';
  const gender = (['masc', 'femn', 'neut'] as const).find((g) => reading?.tags.has(g)) ?? null;
  return { number, gender };
}
const NOUN_POS = ['NOUN'];

/**
 * Puts the head noun group at the start of `text` into the nominative: the modifiers and the first
 * noun standing in `caseHint`. In the locative and dative, which no complement takes, later groups in
 * the same case after «,» or «и» are coordinated names and are put into the nominative too.
 */
export function headToNominative(text: string, caseHint: string, services: WordForms): string {
  const tokens = tokenize(text);
  const replacements: { start: number; end: number; text: string }[] = [];
  const coordinating = caseHint === 'loct' || caseHint === 'datv' || caseHint === 'ablt';
  let headDone = false;
  let quoteDepth = 0;
  let groupOpen = true;
  // Modifiers wait here until their noun shows the group really stands in `caseHint`.
  let pending: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (t.text === '«' || (t.text === '"' && (i === 0 || t.spaceBefore))) quoteDepth++;
      else if (t.text === '»' || t.text === '"') quoteDepth = Math.max(0, quoteDepth - 1);
      else if (quoteDepth === 0 && t.text !== '-') {
        groupOpen = t.text === ',' && coordinating && headDone;
        pending = [];
      }
      continue;
    }
    if (quoteDepth > 0) continue;
    if (t.kind === 'number' || ROMAN.test(t.text)) continue;
    if (t.norm === 'и' && coordinating && headDone) {
      groupOpen = true;
      pending = [];
      continue;
    }
    if (!groupOpen) {
      if (!headDone) break;
      continue;
    }
    const next = tokens[i + 1];
    const nextIsWord = next !== undefined && next.kind === 'word' && !next.lineBefore;
    const canModify = hasReading(services, t.text, MODIFIER_POS, caseHint);
    // «рабочих групп»: a word that can be an adjective before another word is read as one.
    const isModifier = canModify && nextIsWord && !/^(?:и|или|в|на|по|о|об|для|с|к)$/.test(next.norm);
    const isNoun = !isModifier && hasReading(services, t.text, NOUN_POS, caseHint);
    if (!isNoun && !isModifier) {
      // Abbreviations and foreign names inside a group («СНГ», «WeGO») stay as written.
      if (/^[\p{Lu}\d-]+$/u.test(t.text) || /^[A-Za-z]/.test(t.text)) continue;
      groupOpen = false;
      pending = [];
      if (!headDone) break;
      continue;
    }
    pending.push({ start: t.start, end: t.end, text: t.text });
    if (isNoun) {
      const agreement = agreementOf(services, t.text, caseHint);
      for (const r of pending) {
        const form = services.toNominative(r.text, caseHint, r.start === t.start ? undefined : agreement);
        if (form !== r.text) replacements.push({ start: r.start, end: r.end, text: form });
      }
      pending = [];
      headDone = true;
      groupOpen = false;
      if (!coordinating) break;
    }
  }
  let out = text;
  for (const r of replacements.sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

/** Closes «…» left open by a cut («под названием «Умные технологии для этапа «нормальности».»). */
export function balanceGuillemets(text: string): string {
  const depth = openGuillemets(text);
  return depth > 0 ? text + '»'.repeat(depth) : text;
}

/** Drops a trailing period or semicolon that ends a cell, but not one that ends an abbreviation. */
function dropTrailingStop(text: string): string {
  return text.replace(/\s*[.;,:]+$/u, (m, offset: number) => {
    const before = text.slice(0, offset);
    if (/(?:^|\s)(?:г|гг|т\.г|им|ул|д)$/u.test(before)) return m;
    return '';
  });
}

/**
 * The title of a plan row's event from its cell.
 * @example planTitle('Участие в годовых собраниях межгородских объединений: • ОКМО • ВСМС', services)
 * // 'Годовые собрания межгородских объединений: ОКМО, ВСМС'
 */
/**
 * «(далее – Палата)», «(далее — АМСГР)», «(I и II этапы)»: a short name the text defines, or the stages
 * a row is held in, are remarks, not part of the event's name.
 */
const DEFINITION_NOTE =
  /\s*\((?:далее\s*[–—-]\s*[^()]{1,60}|(?:[IVX]+|\d)(?:\s*(?:и|,|[–—-])\s*(?:[IVX]+|\d))*\s+этап\p{L}*)\)/giu;

/** A title without the remarks «(далее – …)» and «(I и II этапы)». */
export function withoutRemarks(title: string): string {
  return title.replace(DEFINITION_NOTE, '').trim();
}

export function planTitle(cell: string, services: TextServices): string {
  let text = cell
    .replace(HTML_TAG, ' ')
    .replace(/\*\*|__/g, '')
    .replace(FORMAT_NOTE, '')
    .replace(DEFINITION_NOTE, ' ');
  // List items inside a cell become a list after a colon: «объединений: • ОКМО • ВСМС» → «объединений: ОКМО, ВСМС».
  text = text.replace(/:\s*[•·▪]\s*/g, ': ').replace(BULLET, ', ');
  text = collapseWhitespace(text).replace(/^[,;\s]+/, '');
  text = text.replace(/^\d{1,3}(?:\.\d{1,3})*[.)]\s+/, '');
  for (const [wrapper, caseHint] of WRAPPERS) {
    const m = wrapper.exec(text);
    if (m && m[0].length < text.length) {
      text = headToNominative(text.slice(m[0].length), caseHint, services);
      break;
    }
  }
  return capitalizeFirst(dropTrailingStop(collapseWhitespace(text).replace(FORMAT_TAIL, '')));
}

/** Superlative and evaluative words that describe an event without naming it («крупнейший»). */
const EVALUATIVE =
  /^(?:крупнейш|масштабнейш|крупномасштабн|долгожданн|уникальн|ярчайш|интереснейш|важнейш|значим|представительн)/;

/** Whether the word describes rather than names (dropped from the front of a title). */
export function isEvaluative(word: string): boolean {
  return EVALUATIVE.test(normalizeWord(word));
}
