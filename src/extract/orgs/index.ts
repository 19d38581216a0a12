/**
 * @module extract/orgs
 * Organizations in text and their canonical names. Known bodies come from the registry
 * (`data/orgs/*.json`: «МАГ» → «Международная Ассамблея столиц и крупных городов»); others are
 * found by their shape — a head noun (Союз, Комитет, Министерство, Мэрия…) with its genitive chain,
 * «по …» and «при …» complements and quoted names. The canonical name is the full one in the
 * nominative: the head group is inflected, short forms inside are expanded in the genitive
 * («Комитет Госдумы РФ» → «Комитет Государственной Думы Российской Федерации»), a short name
 * defined in brackets («… (МИМРД МПА СНГ)», «… (далее – Совет МО Югры)») stands for the name before
 * it, and quoted proper names keep the quotes the text writes («Фонд «Росконгресс»»). A name ends
 * where a circumstance begins («… при поддержке Правительства Москвы»).
 */
import type { OrganizationValue } from '../../domain/index.js';
import { type Morph, registerWordCache } from '../../morph/index.js';
import {
  foldName,
  nameWordKey,
  nameWords,
  type OrganizationEntry,
  type ReferenceData,
  type RegistryName,
} from '../../reference/index.js';
import { collapseWhitespace, type Token, tokenize } from '../../text/index.js';
import {
  capitalized,
  cueForms,
  isUpperCase,
  type Match,
  matchNamesAt,
  matchOver,
  type NameMatch,
  recall,
  startsSentence,
  tokensOf,
  wordMemo,
} from '../match.js';
import {
  CIRCUMSTANCES,
  GOVERNING,
  INSTITUTIONS,
  KIND_NOUNS,
  LATIN_NOT_NAMES,
  LEGAL_FORMS,
  MODE_NOUNS,
  MUNICIPAL_UNITS,
  NOT_BODIES,
  NOT_COMPLEMENTS,
  ORG_HEADS,
  PERFORMER_CUES,
  PLACED_BODIES,
  REPORT_CUES,
  REPORT_GAP_WORDS,
  SPORTS_WORDS,
  STATE_BODIES,
  TITLE_CUES,
} from './org-words.js';
import { inflectPhrase, readHead } from './phrase.js';

export { INSTITUTIONS, ORG_HEADS } from './org-words.js';
export { agrees, type Case, inflectPhrase, readHead } from './phrase.js';

const isOrgHead = (lemma: string) => ORG_HEADS.has(lemma) || INSTITUTIONS.has(lemma);

const ROMAN = /^[IVXLCDM]+$/;
/** Company names built on a trade's stem: Металлоинвест, Газпромбанк, Башинформ, Мосэнерго (any case ending). */
const COMPANY_SHAPE =
  /^\p{Lu}\p{Ll}{2,}(инвест|пром|банк|строй|газ|нефть|энерго|транс|сервис|холдинг|информ|агро|сталь|авиа|телеком|медиа|снаб|торг|маш|хим|кредит|лизинг|фарм|софт|нефтегаз|девелопмент|групп)(а|у|ом|е|ы|и|ой)?$/u;

// Patterns of the hot paths, made once (a literal in a function body makes a new RegExp each time).
const LATIN_START = /^\p{Script=Latin}/u;
const LATIN_NAME_LINK = /^(of|the|and|de|di|del|la|le|am)$/i;
const AMPERSAND_OR_HYPHEN = /^[&-]$/;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const CYRILLIC_START = /^\p{Script=Cyrillic}/u;
const CYRILLIC_ONLY = /^\p{Script=Cyrillic}+$/u;
const SMALL_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;
const LINK_SIGN_BEFORE = /^[/.=?&_-]$/;
const LINK_SIGN_AFTER = /^[/=?&_]$/;
const LIST_SEPARATOR = /^(,|\)|и|:)$/;
const OPENING_QUOTE = /^[«"]$/;
/** «Ржевского муниципального (округа)»: a capitalized word right before a municipal unit's words. */
function namesMunicipalUnit(t: Token, next: Token | undefined): boolean {
  return capitalized(t) && /^(?:муниципальн|городск|сельск|район|округ|поселени)/u.test(next?.norm ?? '');
}

/** Words that open a topic after «по»: «по вопросам …», «по итогам …». */
const TOPIC_AFTER_PO = /^(?:вопросам|вопросу|проблемам|теме|итогам|поводу|случаю)$/u;
/** Heads of associations' names, which take no topic of their own. */
const ASSOCIATION_HEADS = new Set(['союз', 'ассоциация', 'палата', 'ассамблея', 'конгресс']);
/** Periodicals, any case: «бюллетеня», «журнала», «вестника», «газеты», «сборника». */
const PERIODICAL_NOUN = /^(?:бюллетен|журнал|вестник|газет|сборник|дайджест|альманах|издани)\p{L}*$/u;

/** Compound names of agencies: Рос-, Мин-, Гос-, Мос- + a stem («Роскомнадзора», «Мосгорсуд»). */
const AGENCY_SHAPE = /^(Рос|Мин|Гос|Мос|Глав)\p{Ll}{4,}$/u;

export interface FindOrganizationsOptions {
  /** Also return organizations nested in a longer name («Совета Федерации» in «Комитет Совета Федерации»). */
  nested?: boolean;
  tokens?: readonly Token[];
}

interface OrgSpan {
  first: number;
  last: number;
  entry?: OrganizationEntry;
  nested: OrgSpan[];
}

/**
 * @example findOrganizations('организовано Комитетом Совета Федерации по делам Севера', ref)[0].value.name
 * // 'Комитет Совета Федерации по делам Севера'
 */
export function findOrganizations(
  text: string,
  ref: ReferenceData,
  options: FindOrganizationsOptions = {},
): Match<OrganizationValue>[] {
  const tokens = options.tokens ?? tokensOf(text);
  const spans: OrgSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = orgAt(ref, tokens, i);
    if (span === null) continue;
    spans.push(span);
    i = span.last - 1;
  }
  addOriginalNames(tokens, spans);
  const defined = bracketDefinitions(ref, text, tokens, spans);
  if (defined.size > 0) addDefinedAbbreviations(ref, text, tokens, spans, defined);
  addQuotedMentions(tokens, spans);
  const matches: Match<OrganizationValue>[] = [];
  const emit = (span: OrgSpan) => {
    if (options.nested) {
      // NEREL's reading: «партии «Единая Россия»» is the party «Единая Россия», and
      // «правительство Мали» is also «правительство».
      const named = nameAfterKind(ref, tokens, span);
      if (named !== null) return emit(named);
      const placeless = withoutPlace(ref, tokens, span);
      if (placeless !== null) emit(placeless);
    }
    const value = organizationValue(ref, text, tokens, span, defined);
    if (value !== null) matches.push(matchOver(text, tokens, span.first, span.last, value));
    if (options.nested) for (const inner of span.nested) emit(inner);
  };
  for (const span of spans) emit(span);
  return withQuotedFullNames(matches).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** «Ассоциация «Совет муниципальных образований Республики Татарстан»» → the name inside the quotes. */
const QUOTED_FULL_NAME = /^[^«"]+[«"](.+)[»"]$/u;

/**
 * A body the text names once in full with its quoted name («Ассоциация «Совет муниципальных
 * образований Республики Татарстан»») is that body where the text names it by the quoted name alone.
 */
function withQuotedFullNames(matches: Match<OrganizationValue>[]): Match<OrganizationValue>[] {
  const byQuotedName = new Map<string, OrganizationValue>();
  for (const m of matches) {
    const quoted = QUOTED_FULL_NAME.exec(m.value.name)?.[1];
    if (quoted !== undefined && nameWords(quoted).length >= 2) byQuotedName.set(withoutQuotes(quoted), m.value);
  }
  if (byQuotedName.size === 0) return matches;
  return matches.map((m) => {
    const full = QUOTES.test(m.value.name) ? undefined : byQuotedName.get(withoutQuotes(m.value.name));
    return full === undefined ? m : { ...m, value: full };
  });
}

/**
 * The name after a noun of kind: «партии «Единая Россия»», «агентство Рейтер», «Журнал «Кругозор»»
 * name «Единая Россия», «Рейтер», «Кругозор»; null when the span is not such a pair.
 */
function nameAfterKind(ref: ReferenceData, tokens: readonly Token[], span: OrgSpan): OrgSpan | null {
  if (span.entry !== undefined || span.last - span.first < 2) return null;
  const headEnd = headAt(ref, tokens, span.first);
  if (headEnd === null || headEnd - span.first > 2) return null;
  if (!ref.morph.lemmas(tokens[headEnd - 1]!.text).some((l) => KIND_NOUNS.has(l))) return null;
  const opener = tokens[headEnd]!;
  if ((opener.text === '«' || opener.text === '"') && closingQuote(tokens, headEnd) === span.last - 1)
    return span.last - headEnd > 2 ? { first: headEnd + 1, last: span.last - 1, nested: [] } : null;
  const inner = span.nested.find((n) => n.first === headEnd && n.last === span.last);
  return inner !== undefined && inner.entry !== undefined ? inner : null;
}

/**
 * A body of a place named without the place: «правительство» in «правительство Мали», «МВД» in
 * «МВД России», «Хорошевский суд» in «Хорошевский суд Москвы»; null for other spans.
 */
function withoutPlace(ref: ReferenceData, tokens: readonly Token[], span: OrgSpan): OrgSpan | null {
  for (let k = span.first + 1; k < span.last; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || !capitalized(t)) continue;
    if (!matchNamesAt(ref.morph, tokens, k, ref.places.names).some((m) => m.last === span.last)) continue;
    const before = tokens.slice(span.first, k);
    const last = before[before.length - 1]!;
    if (before.some((b) => !isWord(b)) || isFunctionWord(ref.morph, last)) return null;
    // «Администрации Советского района Уфы», «… городского округа город Уфа»: a body named by its
    // municipal unit is named with the unit's place; «Администрация Советского района» alone is ambiguous.
    if (!capitalized(last) && ref.morph.lemmas(last.text).some((l) => MUNICIPAL_UNITS.has(l))) return null;
    const abbreviation = before.every((b) => isUpperCase(b.text));
    const headEnd = abbreviation ? k : headAt(ref, tokens, span.first);
    if (headEnd === null) return null;
    const head = tokens[headEnd - 1]!;
    const body = abbreviation || ref.morph.lemmas(head.text).some((l) => PLACED_BODIES.has(l));
    return body ? { first: span.first, last: k, nested: [] } : null;
  }
  return null;
}

/**
 * The canonical organization a name stands for, or null when the name is not an organization's.
 * @example resolveOrganization('МАГ', ref)?.name // 'Международная Ассамблея столиц и крупных городов'
 * @example resolveOrganization('Мэрия г. Грозного', ref)?.name // 'Мэрия города Грозного'
 */
export function resolveOrganization(name: string, ref: ReferenceData): OrganizationValue | null {
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  const whole = registryAt(ref, tokens, 0, true).find((m) => m.last === tokens.length);
  if (whole !== undefined)
    return registryValue(ref, name, tokens, { first: 0, last: whole.last, nested: [] }, whole.name.value.entry);
  const span = orgAt(ref, tokens, 0, true);
  if (span === null) return null;
  // A name that ends before the text does is still resolved as a whole (the caller chose the words),
  // up to a circumstance: «Оргкомитет форума при поддержке Правительства Москвы» is the Оргкомитет.
  let last = circumstanceAfter(ref, tokens, span.last) ?? tokens.length;
  while (last > span.last && /^[,;:]$/.test(tokens[last - 1]!.text)) last--;
  const named = registryAt(ref, tokens, 0, true).find((m) => m.last === last);
  if (named !== undefined)
    return registryValue(ref, name, tokens, { first: 0, last, nested: [] }, named.name.value.entry);
  return organizationValue(ref, name, tokens, { ...span, last }, new Map());
}

/**
 * Where a circumstance of the sentence begins at or after token k: «при поддержке …», «при участии …»,
 * «совместно с …», «под эгидой …»; null when none does.
 */
function circumstanceAfter(ref: ReferenceData, tokens: readonly Token[], k: number): number | null {
  for (let m = k; m < tokens.length; m++) {
    const t = tokens[m]!;
    const next = tokens[m + 1];
    if (t.kind !== 'word' || !isWord(next)) continue;
    const lemmas = () => ref.morph.lemmas(next.text);
    if (t.norm === 'при' && lemmas().some((l) => CIRCUMSTANCES.has(l))) return m;
    if ((t.norm === 'совместно' || t.norm === 'вместе') && (next.norm === 'с' || next.norm === 'со')) return m;
    if (t.norm === 'под' && lemmas().some((l) => l === 'эгида' || l === 'патронаж')) return m;
  }
  return null;
}

function entryValue(entry: OrganizationEntry): OrganizationValue {
  const value: OrganizationValue = { name: entry.name, id: entry.id };
  const abbreviation = entry.abbreviations?.find((a) => isUpperCase(a.replace(/[^\p{L}]/gu, '')));
  if (abbreviation !== undefined) value.abbreviation = abbreviation;
  return value;
}

function registryAt(
  ref: ReferenceData,
  tokens: readonly Token[],
  i: number,
  lenient = false,
): NameMatch<RegistryName>[] {
  const matches = matchNamesAt(ref.morph, tokens, i, ref.orgs.names);
  if (matches.length === 0) return matches;
  return matches.filter((m) => {
    const first = tokens[m.first]!;
    if (m.name.abbreviation || m.name.lowercase) return true;
    if (lenient || capitalized(first)) return true;
    // A registry name written in lower case is an ordinary phrase («совет федерации» is not a body),
    // unless it is long and carries a proper name: «представительстве Президента Российской Федерации …».
    return m.last - m.first >= 3 && tokens.slice(m.first + 1, m.last).some((t) => capitalized(t));
  });
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isAdjective = (p: { pos: string | null }) => p.pos === 'ADJF' || p.pos === 'PRTF';

function hasReading(morph: Morph, word: string, test: (pos: string | null, tags: ReadonlySet<string>) => boolean) {
  return morph.parse(word).some((p) => test(p.pos, p.tags));
}

const isVerb = (pos: string | null) => pos === 'VERB' || pos === 'INFN';

/**
 * Whether one of the words may be a verb. A loop, not a closure over `morph`: a closure would make
 * its caller, {@link orgAt}, which runs at every token, allocate its scope on each call.
 */
function anyVerb(morph: Morph, words: readonly Token[]): boolean {
  for (const w of words) if (hasReading(morph, w.text, isVerb)) return true;
  return false;
}

const PERSONAL = ['Name', 'Surn', 'Patr'];

/** A capitalized word that is a person's name: known as one, or guessed as one and known as nothing else. */
function isPersonal(morph: Morph, token: Token): boolean {
  if (!capitalized(token)) return false;
  const parses = morph.parse(token.text);
  if (parses.some((p) => p.tags.has('Geox') || p.tags.has('Orgn'))) return false;
  if (parses.some((p) => p.known && p.score >= 0.2 && PERSONAL.some((g) => p.tags.has(g)))) return true;
  return !parses.some((p) => p.known) && parses.some((p) => PERSONAL.some((g) => p.tags.has(g)));
}

/** Prepositions, conjunctions, particles and pronouns never continue a name («в», «и», «его»). */
function isFunctionWord(morph: Morph, token: Token): boolean {
  return (
    morph
      .parse(token.text)
      .some(
        (p) => p.known && ['PREP', 'CONJ', 'PRCL', 'NPRO', 'ADVB', 'INTJ'].includes(p.pos ?? '') && p.score >= 0.1,
      ) || token.text.length < 2
  );
}

/** The dictionary does not know the word. */
const UNKNOWN_WORD = wordMemo((morph, t) => !morph.parse(t.text).some((p) => p.known));
/** The dictionary likely reads the word as an organization's name (Orgn). */
const ORGANIZATION_WORD = wordMemo((morph, t) => morph.parse(t.text).some((p) => p.tags.has('Orgn') && p.score >= 0.3));

/** The organization starting at token i, if one does. */
function orgAt(ref: ReferenceData, tokens: readonly Token[], i: number, lenient = false): OrgSpan | null {
  const { morph } = ref;
  const token = tokens[i];
  // «Как сообщает «Коммерсантъ»», «по данным «Медиазоны»»: a quoted name a report is credited to.
  // «продать «Роме» полузащитника»: in a sports story, a short quoted name is a club.
  if (token !== undefined && (token.text === '«' || token.text === '"')) {
    const close = closingQuote(tokens, i);
    const inner = tokens[i + 1];
    if (
      close !== null &&
      close - i <= 5 &&
      isWord(inner) &&
      capitalized(inner) &&
      (creditsReport(ref, tokens, i) ||
        // a city's name in quotes is its club already (`extract/entities`)
        (close - i <= 3 &&
          !matchNamesAt(morph, tokens, i + 1, ref.places.names).some((m) => m.last === close) &&
          // Джеймс «Бадди» Макгирт: a nickname between a person's names
          !(isWord(tokens[i - 1]) && isPersonal(morph, tokens[i - 1]!)) &&
          inSportsStory(ref, tokens, i)))
    )
      return { first: i + 1, last: close, nested: [] };
  }
  // «"Движения за демократические перемены"», «"Союза за республику и демократию"»: a quoted name
  // that opens with a head noun is a body's whole name, prepositions and all.
  if (token !== undefined && (token.text === '«' || token.text === '"') && isWord(tokens[i + 1])) {
    const close = closingQuote(tokens, i);
    const inner = tokens[i + 1]!;
    if (close !== null && close - i > 2 && close - i <= 10 && capitalized(inner)) {
      const headEnd = registryAt(ref, tokens, i + 1)[0] === undefined ? headAt(ref, tokens, i + 1) : null;
      const words = tokens.slice(i + 1, close);
      if (
        headEnd !== null &&
        headEnd < close &&
        words.every((w) => w.kind === 'word' || w.text === ',') &&
        !anyVerb(morph, words)
      )
        return { first: i + 1, last: close, nested: [] };
    }
  }
  if (!isWord(token)) return null;
  const registry = registryAt(ref, tokens, i, lenient)[0];
  // Most words are lower-case and open no name: only the registry's lower-case forms can start there.
  if (!capitalized(token) && !mayOpenHead(ref, token, tokens)) {
    return registry === undefined
      ? null
      : { first: i, last: registry.last, entry: registry.name.value.entry, nested: [] };
  }
  const shaped = shapeAt(ref, tokens, i, lenient);
  // A registry name followed by «по …» is that body doing something («работе Палаты … по подготовке
  // предложений»): the complement belongs to the sentence, not to the name.
  const registryThenComplement = registry !== undefined && tokens[registry.last]?.norm === 'по';
  if (shaped !== null && (registry === undefined || (shaped.last > registry.last && !registryThenComplement)))
    return shaped;
  if (registry !== undefined) {
    // «написал в Twitter», «в своём Фейсбуке»: a platform written to is a place, not a body.
    const before = tokens[i - 1];
    const platformUse =
      registry.name.value.entry.kind === 'platform' &&
      before !== undefined &&
      (before.norm === 'в' || before.norm === 'во' || hasReading(morph, before.text, (_, tags) => tags.has('Apro')));
    return platformUse ? null : { first: i, last: registry.last, entry: registry.name.value.entry, nested: [] };
  }
  // A name in Latin letters (Monsanto, New York Times, NBC News) names a company, a paper or a
  // band far more often than a person in Russian news; names in brackets after a person are the person's.
  if (latinNameStart(tokens, i)) {
    let last = i + 1;
    while (last < tokens.length && last - i < 5) {
      const t = tokens[last]!;
      if (t.lineBefore) break;
      const latin = t.kind === 'word' && LATIN_START.test(t.text);
      if (latin && (capitalized(t) || LATIN_NAME_LINK.test(t.text))) last++;
      else if (AMPERSAND_OR_HYPHEN.test(t.text) && LATIN_START.test(tokens[last + 1]?.text ?? '')) last += 2;
      else break;
    }
    return { first: i, last, nested: [] };
  }
  // «Рособрнадзор», «Минприроды», «Госкомстат»: federal agencies are named by these compounds.
  // «Металлоинвест», «Башинформ», «УралМетКом», «ВКонтакте»: how Russian companies and media are
  // named — a compound ending in a trade's stem, or capitals inside the word.
  // The word's readings are read below in any case: a known word, as most are, skips the shapes.
  const unknown = recall(morph, token, UNKNOWN_WORD);
  if (unknown && (COMPANY_SHAPE.test(token.text) || INNER_CAPITAL.test(token.text)) && CYRILLIC_START.test(token.text))
    return { first: i, last: i + 1, nested: [] };
  if (unknown && AGENCY_SHAPE.test(token.text)) return { first: i, last: i + 1, nested: [] };
  // An abbreviation the dictionary does not know as an ordinary word (ГРУ, ФБК, СИЗО), and that
  // is no place: bodies are what news abbreviates most.
  if (isUpperCase(token.text) && token.text.length <= 6 && CYRILLIC_ONLY.test(token.text) && !ROMAN.test(token.text)) {
    const place = matchNamesAt(morph, tokens, i, ref.places.names).length > 0;
    const ordinary = morph.parse(token.text).some((p) => p.known && !p.tags.has('Orgn') && p.score >= 0.1);
    if (!place && !ordinary && !NOT_BODIES.has(token.text)) return { first: i, last: i + 1, nested: [] };
  }
  // An unknown abbreviation that the dictionary knows as an organization, or a capitalized Orgn word.
  const upper = isUpperCase(token.text) && token.text.length <= 8 && !ROMAN.test(token.text);
  const orgn = recall(morph, token, ORGANIZATION_WORD);
  if (orgn && !NOT_BODIES.has(token.text) && (upper || (capitalized(token) && !startsSentence(tokens, i))))
    return { first: i, last: i + 1, nested: [] };
  return null;
}

/** Every head noun, whose forms (`cueForms`) tell cheaply whether one may stand nearby. */
const HEAD_NOUNS: ReadonlySet<string> = new Set([...ORG_HEADS, ...INSTITUTIONS, ...STATE_BODIES]);
/**
 * Their first three letters: a word that begins otherwise opens no lower-case group, even if the
 * dictionary lacks it and az reads it as a prefix and a head («медиахолдинга» → «холдинг»).
 */
const HEAD_PREFIXES: ReadonlySet<string> = new Set([...HEAD_NOUNS].map((h) => h.slice(0, 3)));

// Per token array: the index of the nearest following word that may be a head noun (or -1 when
// punctuation comes first), computed once in one backward sweep.
const HEAD_AHEAD = new WeakMap<readonly Token[], Int32Array>();

/** The token array asked last and its answers: nearly every word of a text asks of the same array. */
let lastAhead: { tokens: readonly Token[]; ahead: Int32Array } | undefined;

function headNounNear(morph: Morph, tokens: readonly Token[], i: number): boolean {
  let ahead = lastAhead?.tokens === tokens ? lastAhead.ahead : HEAD_AHEAD.get(tokens);
  if (ahead === undefined) {
    ahead = new Int32Array(tokens.length + 1).fill(-1);
    const heads = cueForms(morph, HEAD_NOUNS);
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') ahead[k] = -1;
      else ahead[k] = HEAD_PREFIXES.has(t.norm.slice(0, 3)) && heads.has(t.norm) ? k : ahead[k + 1]!;
    }
    HEAD_AHEAD.set(tokens, ahead);
  }
  if (lastAhead?.tokens !== tokens) lastAhead = { tokens, ahead };
  const k = ahead[i]!;
  return k >= 0 && k < i + 5;
}

/** Whether a word can open a head group: an adjective, an organization noun or a short form. Cached per form. */
const HEAD_OPENERS = registerWordCache(new Map<string, boolean>());

/** Whether the word, or one of its lemmas, is the first word of a short form («Минэкономразвития»). */
function startsExpansion(ref: ReferenceData, token: Token): boolean {
  const starts = ref.orgs.expansions.byFirstWord;
  if (starts.has(token.norm)) return true;
  for (const lemma of ref.morph.lemmas(token.text)) if (starts.has(lemma)) return true;
  return false;
}

function mayOpenHead(ref: ReferenceData, token: Token, tokens?: readonly Token[]): boolean {
  // A lower-case head group has its head noun within five words: without one, skip the dictionary.
  if (tokens !== undefined && !capitalized(token) && !headNounNear(ref.morph, tokens, token.index)) return false;
  let known = HEAD_OPENERS.get(token.text);
  if (known === undefined) {
    const parses = ref.morph.parse(token.text);
    known =
      parses.some(
        (p) => p.pos === 'ADJF' || p.pos === 'PRTF' || (p.pos === 'NOUN' && ORG_HEADS.has(p.lemma.replace(/ё/g, 'е'))),
      ) || startsExpansion(ref, token);
    HEAD_OPENERS.set(token.text, known);
  }
  return known;
}

function creditsReport(ref: ReferenceData, tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // «пишет сегодня «Коммерсантъ»»: a word of time between the verb and the source.
  if (REPORT_GAP_WORDS.has(tokens[k]?.norm ?? '')) k--;
  const before = tokens[k];
  if (before === undefined || before.kind !== 'word') return false;
  return ref.morph.lemmas(before.text).some((l) => REPORT_CUES.has(l)) && before.norm !== 'со';
}

/** Tokens either side of a quoted name in which a sports word makes it a club's. */
const SPORTS_WINDOW = 15;

/** Whether a sports word stands near token i: «за «Рому» … матчей», «от «Ромы» … полузащитника». */
function inSportsStory(ref: ReferenceData, tokens: readonly Token[], i: number): boolean {
  const sports = cueForms(ref.morph, SPORTS_WORDS);
  for (let k = Math.max(0, i - SPORTS_WINDOW); k < Math.min(tokens.length, i + SPORTS_WINDOW); k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && sports.has(t.norm) && ref.morph.lemmas(t.text).some((l) => SPORTS_WORDS.has(l)))
      return true;
  }
  return false;
}

/**
 * Whether a name in Latin letters starts at i: capitalized, not an initial, not a code from a
 * link («PLNUY», «VyV»), not inside quotes (a song's or a book's title) or brackets (a person's
 * name given in the original), and not in the middle of a Latin run.
 */
function latinNameStart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const text = token.text;
  if (!LATIN_START.test(text) || text.length < 2 || ROMAN.test(text)) return false;
  if (!capitalized(token) || LATIN_NOT_NAMES.has(text.toLowerCase())) return false;
  if (SMALL_THEN_CAPITAL.test(text) && !isUpperCase(text)) return false;
  const before = tokens[i - 1];
  if (before !== undefined && !before.lineBefore && before.kind === 'word' && LATIN_START.test(before.text))
    return false;
  if (before !== undefined && before.end === token.start && LINK_SIGN_BEFORE.test(before.text)) return false;
  const after = tokens[i + 1];
  if (after !== undefined && after.start === token.end && LINK_SIGN_AFTER.test(after.text)) return false;
  // A title or a platform, not a body: «альбом The Fat of the Land», «премия Grammy», «в Twitter»,
  // and the next items of a list of such titles.
  const cue = tokens[i - 1];
  const cueWord = cue !== undefined && cue.kind === 'word' ? cue.norm : '';
  const cueStem = cueWord.replace(/(ом|ами|ах|ой|ою|е|и|у|а|ы)$/u, '');
  if (TITLE_CUES.has(cueWord) || TITLE_CUES.has(cueStem)) return false;
  // «певица Aaliyah», «рэпер Jay Z»: a performer's stage name is a person's.
  if (PERFORMER_CUES.has(cueWord) || PERFORMER_CUES.has(cueStem)) return false;
  if (
    cue !== undefined &&
    (cue.norm === 'в' || cue.norm === 'через') &&
    (tokens[i + 1]?.kind !== 'word' || !capitalized(tokens[i + 1]!))
  )
    return false;
  if (cue !== undefined && LIST_SEPARATOR.test(cue.norm)) {
    const beforeList = tokens[i - 2];
    if (
      beforeList !== undefined &&
      (beforeList.kind === 'number' || beforeList.text === ')' || LATIN_START.test(beforeList.text))
    )
      return false;
  }
  // Inside brackets or quotes opened earlier on the line and not yet closed.
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k]!;
    if (t.text === ')' || t.text === '»') break;
    if (t.text === '(' || t.text === '«' || t.text === '"' || t.text === '“') return false;
    if (tokens[k + 1]!.lineBefore) break;
  }
  return true;
}

/** Head group (adjectives + an organization noun, or a short form such as «Минфин», «НП») at i. */
function headAt(ref: ReferenceData, tokens: readonly Token[], i: number): number | null {
  const { morph } = ref;
  if (!mayOpenHead(ref, tokens[i]!, tokens)) return null;
  // Short forms that head a name: «Исполком СНГ», «НП «АВОК»», «Минэкономразвития РФ».
  const expansion = matchNamesAt(morph, tokens, i, ref.orgs.expansions)[0];
  if (expansion !== undefined && capitalized(tokens[i]!) && ORG_HEADS.has(headNounOf(morph, expansion.name.value))) {
    return expansion.last;
  }
  const words: string[] = [];
  for (let k = i; k < Math.min(tokens.length, i + 5); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (k > i && t.lineBefore)) break;
    words.push(t.text);
  }
  if (words.length === 0) return null;
  const head = readHead(morph, words, undefined, (lemma) => ORG_HEADS.has(lemma));
  if (head === null) return null;
  return i + head.length;
}

function headNounOf(morph: Morph, phrase: string): string {
  const head = readHead(morph, nameWords(phrase));
  return head === null ? '' : head.readings[head.length - 1]!.lemma.replace(/ё/g, 'е');
}

function shapeAt(ref: ReferenceData, tokens: readonly Token[], i: number, lenient: boolean): OrgSpan | null {
  const { morph } = ref;
  const first = tokens[i]!;
  const legal = LEGAL_FORMS.has(first.norm) && isUpperCase(first.text) && OPENING_QUOTE.test(tokens[i + 1]?.text ?? '');
  const headEnd = legal ? i + 1 : headAt(ref, tokens, i);
  if (headEnd === null) return null;
  // «Российской Федерации», «Советский Союз», «РФ»: a country's name, though its noun heads bodies too.
  if (matchNamesAt(morph, tokens, i, ref.places.names).some((m) => m.last >= headEnd)) return null;
  const nested: OrgSpan[] = [];
  let j = headEnd;
  // At a sentence start an adjective's capital says nothing unless the head has one too:
  // «Крупнейшие предприятия холдинга», «Итальянский клуб», but «Международная Ассамблея столиц».
  const sentenceCapitalOnly =
    headEnd - i >= 2 &&
    !capitalized(tokens[headEnd - 1]!) &&
    startsSentence(tokens, i) &&
    morph.parse(first.text).some((p) => p.known && isAdjective(p));
  let proper = legal || (capitalized(first) && !sentenceCapitalOnly);
  // Whether the tail names nothing but places («центре Москвы», «больницах Британии»).
  let placeOnly = true;
  let complemented = false;
  // «Российской Федерации по …»: the noun closes a country's name, it heads no body.
  if (matchNamesAt(morph, tokens, i - 1, ref.places.names).some((m) => m.last > i)) return null;
  // A lower-case head governs a proper name directly («комиссии ОПРФ», «власти России»,
  // «пресс-служба Национальной лиги»), unless it names a state body by itself («министерство
  // здравоохранения»); «центр сотрудничества столицы России» is no body.
  if (!capitalized(first) && !legal) {
    // A proper name right after the head, or after one more genitive: «партии президента Зимбабве».
    const governs = (t: Token | undefined) =>
      t !== undefined && (capitalized(t) || t.text === '«' || t.text === '"' || t.norm === 'по' || t.norm === 'при');
    const next = tokens[headEnd];
    const direct = governs(next) || (next?.kind === 'word' && governs(tokens[headEnd + 1]));
    const stateHead = ref.morph.lemmas(tokens[headEnd - 1]!.text).some((l) => STATE_BODIES.has(l) || GOVERNING.has(l));
    if (!direct && !stateHead) return null;
  }
  let tail = false;
  let quoted = false;
  for (;;) {
    const t = tokens[j];
    if (t === undefined || t.lineBefore) break;
    const previous = tokens[j - 1]!;
    // «стран БРИКС+»: a plus glued to an abbreviation is part of it.
    if (t.text === '+' && j > headEnd && t.start === previous.end && isUpperCase(previous.text)) {
      j++;
      continue;
    }
    // A quoted name right after the head, or after a municipal unit inside the name: фонд
    // «Росконгресс», НП «АВОК», «Администрация муниципального образования «Город Саратов»».
    const unitNamed =
      j > headEnd &&
      isWord(previous) &&
      !capitalized(previous) &&
      morph
        .parse(previous.text)
        .some((p) => p.pos === 'NOUN' && p.tags.has('gent') && p.tags.has('sing') && MUNICIPAL_UNITS.has(p.lemma));
    // «бюллетеня Ассоциации «Муниципальная Карелия»»: after a periodical, a bare head's quote is the periodical's title.
    const periodicalTitle: boolean =
      j === headEnd && headEnd - i === 1 && PERIODICAL_NOUN.test(tokens[i - 1]?.norm ?? '');
    if ((t.text === '«' || t.text === '"') && (j === headEnd || unitNamed) && !periodicalTitle) {
      const close = closingQuote(tokens, j);
      if (close === null) break;
      // A body named inside the quotes is a span of its own: журнал «Вестник МАГ».
      for (let q = j + 1; q < close; q++) {
        const inner = registryAt(ref, tokens, q)[0];
        if (inner !== undefined && inner.last <= close) {
          nested.push({ first: q, last: inner.last, entry: inner.name.value.entry, nested: [] });
          q = inner.last - 1;
        }
      }
      j = close + 1;
      tail = quoted = proper = true;
      placeOnly = false;
      continue;
    }
    const known: NameMatch<RegistryName> | undefined = registryAt(ref, tokens, j)[0];
    if (known !== undefined && known.first === j) {
      nested.push({ first: j, last: known.last, entry: known.name.value.entry, nested: [] });
      j = known.last;
      tail = proper = true;
      placeOnly = false;
      continue;
    }
    // Coordinated genitives inside a name: «развития демократии, парламентаризма и соблюдения …»,
    // «государств — участников СНГ». A capital after the comma starts a list of names instead, and
    // after a proper name the list is the sentence's: «сайта Совета МО Югры и страниц в сетях»,
    // «пресс-служба Фонда «Росконгресс», тел.».
    if ((t.text === ',' || t.norm === 'и' || t.text === '—' || t.text === '–' || t.text === '-') && j > headEnd) {
      const next = tokens[j + 1];
      if (
        !((isWord(previous) && capitalized(previous)) || previous.text === '»') &&
        isWord(next) &&
        !capitalized(next) &&
        !isFunctionWord(morph, next) &&
        isGenitive(morph, next) &&
        nounAhead(morph, tokens, j + 1)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && (t.norm === 'по' || t.norm === 'при')) {
      // One «по …» complement to a name: a second one belongs to the sentence («… по выработке»).
      if (t.norm === 'по' && complemented) break;
      // «совещание глав городов Союза по вопросам транспорта»: an association's bare head word takes no
      // topic; the topic is the event's.
      if (
        t.norm === 'по' &&
        headEnd - i === 1 &&
        j === headEnd &&
        TOPIC_AFTER_PO.test(tokens[j + 1]?.norm ?? '') &&
        morph.lemmas(tokens[i]!.text).some((l) => ASSOCIATION_HEADS.has(l))
      )
        break;
      const end = t.norm === 'по' ? complementEnd(ref, tokens, j + 1) : attachedEnd(ref, tokens, j + 1, nested);
      if (end === null) break;
      if (t.norm === 'по') complemented = true;
      j = end;
      tail = true;
      placeOnly = false;
      continue;
    }
    // «г. Москвы»: the abbreviation of «города» inside a name.
    if (
      (t.norm === 'г' || t.norm === 'гор') &&
      tokens[j + 1]?.text === '.' &&
      isWord(tokens[j + 2]) &&
      capitalized(tokens[j + 2]!)
    ) {
      // The city's whole name: «г. Великие Луки».
      const place = matchNamesAt(morph, tokens, j + 2, ref.places.names)[0];
      j = place !== undefined ? place.last : j + 3;
      tail = proper = true;
      continue;
    }
    if (!isWord(t)) break;
    if (isUpperCase(t.text) && !ROMAN.test(t.text)) {
      j++;
      tail = true;
      // «аппарат ИВЛ», «группа СМИ»: an abbreviation of a thing does not make a name.
      if (!NOT_BODIES.has(t.text)) proper = true;
      else placeOnly = false;
      continue;
    }
    // A place of several words is taken whole: «Правительства Республики Бурятия».
    if (capitalized(t)) {
      const place = matchNamesAt(morph, tokens, j, ref.places.names).find((m) => m.last - m.first > 1);
      if (place !== undefined && isGenitive(morph, t)) {
        j = place.last;
        tail = proper = true;
        continue;
      }
    }
    // «Администрация городского округа Коломна», «… городского округа город Уфа»: a municipal
    // unit's own name follows it in the nominative.
    if (unitNamed && (capitalized(t) || t.norm === 'город')) {
      const place = matchNamesAt(morph, tokens, capitalized(t) ? j : j + 1, ref.places.names)[0];
      if (place !== undefined) {
        j = place.last;
        tail = proper = true;
        continue;
      }
    }
    // «администрацией Ржевского муниципального округа»: a surname-like adjective before a municipal unit names it.
    if (isFunctionWord(morph, t) || (isPersonal(morph, t) && !namesMunicipalUnit(t, tokens[j + 1]))) break;
    if (!isGenitive(morph, t)) break;
    if (!capitalized(t) || matchNamesAt(morph, tokens, j, ref.places.names).length === 0) placeOnly = false;
    // An inner organization heads its own nested span: «пресс-служба Национальной футбольной лиги».
    if (capitalized(t)) {
      const inner = shapeAt(ref, tokens, j, lenient);
      if (inner !== null && inner.last > j + 1) {
        nested.push(inner);
        j = inner.last;
        tail = proper = true;
        continue;
      }
      proper = true;
    } else if (ref.morph.lemmas(t.text).some((l) => PLACED_BODIES.has(l))) {
      // «Верхняя палата парламента Японии»: a body of a place inside a name is one too.
      const inner = shapeAt(ref, tokens, j, lenient);
      if (inner !== null && inner.last > j + 1) {
        nested.push(inner);
        j = inner.last;
        tail = true;
        placeOnly = false;
        continue;
      }
    }
    j++;
    tail = true;
  }
  // Trailing «и», commas and prepositions never end a name.
  while (j > headEnd && /^(и|,|-|—|–)$/.test(tokens[j - 1]!.norm)) j--;
  const institution = headEnd - i === 1 && ref.morph.lemmas(first.text).some((l) => INSTITUTIONS.has(l));
  // A lower-case head with only a place after it is a body only if it governs: «власти России»,
  // «правительство Москвы»; «центр Москвы», «больница Лондона» are places and buildings.
  if (
    !capitalized(first) &&
    !legal &&
    tail &&
    !quoted &&
    placeOnly &&
    !ref.morph.lemmas(first.text).some((l) => GOVERNING.has(l))
  )
    return null;
  if ((!tail && !quoted) || (!proper && !lenient)) {
    if (lenient && !tail && !quoted) return { first: i, last: j, nested };
    // Without a proper tail: an adjective and its head, capitalized («Мариинского театра»,
    // «Первый канал»; at a sentence start only a relational adjective: «Пресненский суд», not
    // «Новый совет»), or a bare institution of the story («полиция»).
    const named = headEnd - i >= 2 && capitalized(first) && !sentenceCapitalOnly;
    if (institution || named) return { first: i, last: headEnd, nested };
    // «министерство здравоохранения», «городского совета», «федеральный суд»: a state body named by
    // its function in lower case, with a genitive complement or a qualifying adjective.
    const headNoun = tokens[headEnd - 1]!;
    // In the singular, and not «это ведомство», «другой суд»: a pronoun names no body.
    const stateBody =
      ref.morph.parse(headNoun.text).some((p) => p.pos === 'NOUN' && STATE_BODIES.has(p.lemma) && p.tags.has('sing')) &&
      !tokens.slice(i, headEnd - 1).some((t) => ref.morph.parse(t.text).some((p) => p.tags.has('Apro')));
    if (stateBody && !quoted && (tail || headEnd - i >= 2)) return { first: i, last: tail ? j : headEnd, nested };
    return null;
  }
  return { first: i, last: j, nested };
}

function isGenitive(morph: Morph, t: Token): boolean {
  return morph
    .parse(t.text)
    .some(
      (p) =>
        (p.pos === 'NOUN' || ((p.pos === 'ADJF' || p.pos === 'PRTF') && !p.tags.has('Anum'))) &&
        (p.tags.has('gent') || p.tags.has('gen2')),
    );
}

/** A genitive noun at k, or genitive adjectives leading to one. */
function nounAhead(morph: Morph, tokens: readonly Token[], k: number): boolean {
  for (let m = k; m < Math.min(tokens.length, k + 4); m++) {
    const t = tokens[m]!;
    if (t.kind !== 'word') return false;
    if (morph.parse(t.text).some((p) => p.pos === 'NOUN' && (p.tags.has('gent') || p.tags.has('gen2')))) return true;
    if (!morph.parse(t.text).some((p) => p.pos === 'ADJF' || p.pos === 'PRTF')) return false;
  }
  return false;
}

function closingQuote(tokens: readonly Token[], open: number): number | null {
  const opener = tokens[open]!.text;
  const closer = opener === '«' ? '»' : '"';
  let depth = 0;
  let wrapped = false;
  for (let k = open + 1; k < Math.min(tokens.length, open + 20); k++) {
    const t = tokens[k]!;
    // «Ассоциации «Совет муниципальных образований\nРеспублики Карелия»»: a name hard-wrapped once
    // between two words goes on; a blank line, a new cell or a second break ends it unclosed.
    if (t.lineBefore) {
      const previous = tokens[k - 1]!;
      if (wrapped || t.blankBefore || k === open + 1 || !isWord(previous) || !isWord(t)) return null;
      wrapped = true;
    }
    if (opener === '«' && t.text === '«') depth++;
    if (t.text === closer) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return null;
}

/** The end of a «по …» complement: «по федеративному устройству, региональной политике и делам Севера». */
function complementEnd(ref: ReferenceData, tokens: readonly Token[], k: number): number | null {
  const { morph } = ref;
  const content = (t: Token | undefined) =>
    isWord(t) &&
    !isPersonal(morph, t) &&
    !isFunctionWord(morph, t) &&
    morph.parse(t.text).some((p) => p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.tags.has('Abbr'));
  const opener = tokens[k];
  if (!content(opener)) return null;
  const lemmas = morph.lemmas(opener!.text);
  // «по делу о …» is a case at law; «по делам молодёжи», «по делам местного самоуправления» names a body.
  if (opener!.norm !== 'делам' && lemmas.some((l) => NOT_COMPLEMENTS.has(l))) return null;
  if (!morph.parse(opener!.text).some((p) => p.tags.has('datv') || p.tags.has('loct') || p.tags.has('Fixd')))
    return null;
  let j = k + 1;
  for (;;) {
    const t = tokens[j];
    if (t === undefined || t.lineBefore) break;
    if ((t.norm === 'и' || t.text === ',') && content(tokens[j + 1]) && !capitalized(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    // «по изучению опыта … в местном самоуправлении»: «в» with the prepositional case only
    // («в проект …» is where something goes, not part of the name).
    const after = tokens[j + 1];
    if (
      (t.norm === 'в' || t.norm === 'во') &&
      content(after) &&
      !capitalized(after!) &&
      hasReading(morph, after!.text, (_, tags) => tags.has('loct')) &&
      !morph.lemmas(after!.text).some((l) => MODE_NOUNS.has(l))
    ) {
      j += 2;
      continue;
    }
    if (content(t) && !hasReading(morph, t.text, (pos) => pos === 'VERB' || pos === 'INFN')) {
      // Capitalized words inside a complement are names in the genitive: «делам Севера».
      if (capitalized(t) && !morph.parse(t.text).some((p) => p.tags.has('gent'))) break;
      // Another body named inside it means the «по …» belongs to the sentence: «на сайте
      // Конгресса по вопросам работы Палаты» is not a congress «по вопросам работы Палаты».
      if (capitalized(t) && morph.parse(t.text).some((p) => p.pos === 'NOUN' && ORG_HEADS.has(p.lemma))) return null;
      j++;
      continue;
    }
    if (isUpperCase(t.text)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** «при Совете Федерации …»: the body a council or commission is attached to. */
function attachedEnd(ref: ReferenceData, tokens: readonly Token[], k: number, nested: OrgSpan[]): number | null {
  const t = tokens[k];
  if (!isWord(t) || !capitalized(t)) return null;
  const inner = orgAt(ref, tokens, k);
  if (inner === null) {
    // «при Президенте Российской Федерации», «при Губернаторе Калужской области»: a post of a place.
    const place = matchNamesAt(ref.morph, tokens, k + 1, ref.places.names)[0];
    const post =
      !isPersonal(ref.morph, t) && hasReading(ref.morph, t.text, (pos, tags) => pos === 'NOUN' && tags.has('loct'));
    return place !== undefined && post ? place.last : null;
  }
  nested.push(inner);
  return inner.last;
}

/** A short name the text gave a body in brackets, and the span of the body it stands for. */
interface Definition {
  span: OrgSpan;
  written: string;
}

/** The lemma key of a written name, the same for «Совет МО Югры» and «Совета МО Югры». */
function definitionKey(morph: Morph, written: string): string {
  return nameWords(written)
    .map((w) => nameWordKey(morph, w))
    .join(' ');
}

const DASHES = /^[-–—]$/;
const MINOR_WORDS = new Set(['и', 'по', 'в', 'на', 'для', 'при', 'с', 'о', 'об']);

/** «АГП» for «Ассоциации городов Поволжья»: the first letters of a name's words. */
function initialsOf(text: string, tokens: readonly Token[], span: OrgSpan): string {
  return nameWords(text.slice(tokens[span.first]!.start, tokens[span.last - 1]!.end))
    .flatMap((w) => w.split('-'))
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/**
 * The body an abbreviation in brackets after a span stands for: the span, or a name nested at its
 * end whose initials the abbreviation is («Совета Ассоциации городов Поволжья (АГП)» → the Ассоциация).
 */
function abbreviatedSpan(text: string, tokens: readonly Token[], span: OrgSpan, abbreviation: string): OrgSpan {
  const letters = abbreviation.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (initialsOf(text, tokens, span) === letters || span.entry?.abbreviations?.includes(abbreviation)) return span;
  for (const inner of span.nested) {
    if (inner.last !== span.last) continue;
    const found = abbreviatedSpan(text, tokens, inner, abbreviation);
    if (
      found !== inner ||
      initialsOf(text, tokens, inner) === letters ||
      inner.entry?.abbreviations?.includes(abbreviation)
    )
      return found;
  }
  return span;
}

/**
 * «Международным институтом … (МИМРД МПА СНГ)», «Союза городов … (СГЦСЗ России)», «Ассоциации
 * «Совет муниципальных образований …» (далее – Совет МО Югры)»: a short name in brackets right
 * after a name stands for that name; later uses of the short name resolve to it.
 */
function bracketDefinitions(ref: ReferenceData, text: string, tokens: readonly Token[], spans: OrgSpan[]) {
  const defined = new Map<string, Definition>();
  for (const span of spans) {
    if (tokens[span.last]?.text !== '(') continue;
    const close = tokens.findIndex((t, k) => k > span.last && (t.text === ')' || t.lineBefore));
    if (close < 0 || tokens[close]!.text !== ')' || close - span.last > 12) continue;
    let k = span.last + 1;
    // «(далее – …)», «(далее по тексту — …)»: what follows the dash is the short name, whatever its shape.
    const hereafter = tokens[k]?.norm === 'далее';
    if (hereafter) {
      const dash = tokens.findIndex((t, m) => m > k && m <= k + 3 && DASHES.test(t.text));
      if (dash < 0) continue;
      k = dash + 1;
    }
    const inside = tokens.slice(k, close);
    const first = inside[0];
    if (first === undefined || inside.length > 6) continue;
    const abbreviation = inside.every((t) => isUpperCase(t.text) || t.text === '-' || t.kind === 'number');
    // «(СГЦСЗ России)», «(КМО РФ)»: an abbreviation and the country's name.
    const withPlace = isUpperCase(first.text) && inside.length <= 3 && inside.every((t) => isWord(t) && capitalized(t));
    const named =
      hereafter &&
      isWord(first) &&
      capitalized(first) &&
      inside.every((t) => t.kind === 'word' || /^[«»"-]$/.test(t.text));
    if (!abbreviation && !withPlace && !named) continue;
    const written = text.slice(first.start, inside[inside.length - 1]!.end);
    defined.set(definitionKey(ref.morph, written), {
      span: named ? span : abbreviatedSpan(text, tokens, span, written),
      written,
    });
  }
  return defined;
}

/**
 * «"Объединение за Мали" (Rassemblement pour le Mali, RPM)»: a name in Latin letters and an
 * abbreviation in brackets right after a body's name are that body's original name and short name.
 */
function addOriginalNames(tokens: readonly Token[], spans: OrgSpan[]): void {
  const added: OrgSpan[] = [];
  for (const span of spans) {
    let open = span.last;
    if (/^[»"]$/.test(tokens[open]?.text ?? '')) open++;
    if (tokens[open]?.text !== '(') continue;
    let k = open + 1;
    while (k < tokens.length && k - open <= 12) {
      let end = k;
      while (end < tokens.length && !/^[,;)]$/.test(tokens[end]!.text) && !tokens[end]!.lineBefore) end++;
      const part = tokens.slice(k, end);
      const latin =
        part.length > 0 && part.every((t) => /^[\p{Script=Latin}’'&-]+$/u.test(t.text)) && capitalized(part[0]!);
      const abbreviation = part.length === 1 && isUpperCase(part[0]!.text) && part[0]!.text.length >= 2;
      if (latin || abbreviation) added.push({ first: k, last: end, nested: [] });
      if (tokens[end]?.text !== ',') break;
      k = end + 1;
    }
  }
  if (added.length === 0) return;
  const covered = (s: OrgSpan) => spans.some((o) => o.first <= s.first && s.last <= o.last);
  spans.push(...added.filter((s) => !covered(s)));
  spans.sort((a, b) => a.first - b.first);
}

/**
 * A quoted name that a head introduced once («группа «Метро»», «газета «Культура»») is the same
 * body wherever the text quotes it again alone («Метро» выпустила альбом).
 */
function addQuotedMentions(tokens: readonly Token[], spans: OrgSpan[]): void {
  const names = new Set<string>();
  for (const span of spans) {
    for (let k = span.first; k < span.last; k++) {
      if (tokens[k]!.text !== '«') continue;
      const close = closingQuote(tokens, k);
      if (close !== null && close > k + 1 && close < span.last) names.add(key(tokens.slice(k + 1, close)));
    }
  }
  if (names.size === 0) return;
  const covered = new Uint8Array(tokens.length);
  for (const span of spans) covered.fill(1, span.first, span.last);
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.text !== '«' || covered[k]) continue;
    const close = closingQuote(tokens, k);
    if (close === null || close <= k + 1 || close - k > 8) continue;
    if (names.has(key(tokens.slice(k + 1, close))) && !covered.subarray(k, close).some((c) => c === 1)) {
      spans.push({ first: k + 1, last: close, nested: [] });
      covered.fill(1, k, close + 1);
    }
  }
  spans.sort((a, b) => a.first - b.first);
  function key(words: readonly Token[]): string {
    return words.map((t) => t.norm).join(' ');
  }
}

/**
 * Every use of a short name the text defined in brackets is that organization, the definition
 * itself included: «МИМРД», and «Союз» where the text said «(далее – Союз)».
 */
function addDefinedAbbreviations(
  ref: ReferenceData,
  text: string,
  tokens: readonly Token[],
  spans: OrgSpan[],
  defined: ReadonlyMap<string, Definition>,
): void {
  const covered = (k: number) => spans.some((s) => s.first <= k && k < s.last);
  const longest = Math.max(...[...defined.values()].map((d) => nameWords(d.written).length));
  // A short name starts with the key of its first word: a word whose key starts none is passed
  // by without reading the names that start with it.
  const firstKeys = new Set([...defined.keys()].map((key) => key.split(' ')[0]));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || !capitalized(t) || covered(k)) continue;
    const words = nameWords(t.text);
    if (words.length === 1 && words[0] === t.text && !firstKeys.has(nameWordKey(ref.morph, t.text))) continue;
    // The longest defined short name that starts here («МИМРД МПА СНГ» before «МИМРД»).
    for (let end = Math.min(tokens.length, k + longest); end > k; end--) {
      const written = text.slice(t.start, tokens[end - 1]!.end);
      if (defined.has(definitionKey(ref.morph, written)) && !tokens.slice(k, end).some((_, m) => covered(k + m))) {
        spans.push({ first: k, last: end, nested: [] });
        k = end - 1;
        break;
      }
    }
  }
  spans.sort((a, b) => a.first - b.first);
}

/** Written name → registry entry or canonical name. Depends only on the words and the one registry. */
const RESOLVED = registerWordCache(new Map<string, OrganizationEntry | string>());

function organizationValue(
  ref: ReferenceData,
  text: string,
  tokens: readonly Token[],
  span: OrgSpan,
  defined: ReadonlyMap<string, Definition>,
): OrganizationValue | null {
  if (span.entry !== undefined) return registryValue(ref, text, tokens, span, span.entry);
  const written = text.slice(tokens[span.first]!.start, tokens[span.last - 1]!.end);
  const definition = defined.size > 0 ? defined.get(definitionKey(ref.morph, written)) : undefined;
  if (definition !== undefined && definition.span !== span)
    return organizationValue(ref, text, tokens, definition.span, new Map());
  // The same name recurs through a text and across texts: resolve each written form once.
  let resolved = RESOLVED.get(written);
  if (resolved === undefined) {
    const name = canonicalName(ref, text, tokens, span.first, span.last);
    resolved = ref.orgs.byName.get(foldName(name)) ?? similarEntry(ref, name) ?? name;
    if (RESOLVED.size > 100_000) RESOLVED.clear();
    RESOLVED.set(written, resolved);
  }
  if (typeof resolved !== 'string') return registryValue(ref, text, tokens, span, resolved);
  const value: OrganizationValue = { name: resolved };
  for (const d of defined.values()) if (d.span === span) value.abbreviation = d.written;
  return value;
}

const QUOTES = /[«»"„“]/;
const withoutQuotes = (name: string) => nameWords(foldName(name)).join(' ');

/**
 * A registry body under the name the text writes when that differs from the registry's only by
 * quotes: quoted proper names are kept as written, «Фонд «Росконгресс»» and «Фонд Росконгресс» alike.
 */
function registryValue(
  ref: ReferenceData,
  text: string,
  tokens: readonly Token[],
  span: OrgSpan,
  entry: OrganizationEntry,
): OrganizationValue {
  const value = entryValue(entry);
  const quoted = tokens.slice(span.first, span.last).some((t) => QUOTES.test(t.text));
  if (quoted === QUOTES.test(entry.name)) return value;
  const written = canonicalName(ref, text, tokens, span.first, span.last);
  return withoutQuotes(written) === withoutQuotes(entry.name) ? { ...value, name: written } : value;
}

/** Full name in the nominative: head group inflected, short forms after it expanded in the genitive. */
export function canonicalName(
  ref: ReferenceData,
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): string {
  const { morph } = ref;
  const end = tokens[last - 1]!.end;
  let out = '';
  let cursor = tokens[first]!.start;
  let k = first;
  let headExpanded = false;
  const headShort = shortFormAt(ref, tokens, first);
  if (headShort !== null && headShort.last < last) {
    out = headShort.full;
    cursor = tokens[headShort.last - 1]!.end;
    k = headShort.last;
    headExpanded = true;
  }
  let inQuotes = false;
  for (k = Math.max(k, first + 1); k < last; k++) {
    // A quoted name is kept as written: журнал «Вестник МАГ».
    if (tokens[k]!.text === '«' || tokens[k]!.text === '"') inQuotes = tokens[k]!.text === '«' || !inQuotes;
    if (tokens[k]!.text === '»') inQuotes = false;
    if (inQuotes) continue;
    const short = shortFormAt(ref, tokens, k);
    if (short === null || short.last > last) continue;
    // «Администрация МО «Город Саратов»»: a short form before a quoted name names that one unit.
    const number = OPENING_QUOTE.test(tokens[short.last]?.text ?? '') ? 'sing' : undefined;
    out += text.slice(cursor, tokens[k]!.start) + inflectPhrase(morph, short.full, 'gent', undefined, number);
    cursor = tokens[short.last - 1]!.end;
    k = short.last - 1;
  }
  out += text.slice(cursor, end);
  out = collapseWhitespace(out.replace(/\s*\n\s*/g, ' '));
  return headExpanded ? out : inflectPhrase(morph, out, 'nomn', isOrgHead);
}

/** A short form at token k and its full nominative: a registry abbreviation or an expansion («РФ», «г.»). */
function shortFormAt(ref: ReferenceData, tokens: readonly Token[], k: number): { last: number; full: string } | null {
  const registry = matchNamesAt(ref.morph, tokens, k, ref.orgs.names).find((m) => m.name.value.short);
  const expansion = matchNamesAt(ref.morph, tokens, k, ref.orgs.expansions)[0];
  // On a tie the expansion wins: «Госдумы» inside a name is «Государственной Думы», not the full registry name.
  const best = [expansion, registry].filter((m) => m !== undefined).sort((a, b) => b!.last - a!.last)[0];
  if (best === undefined) return null;
  // Short forms are written as such: «МАГ», «Госдумы»; a lower-case «маг» is a magician.
  const t = tokens[k]!;
  if (!capitalized(t) && !(best === expansion && expansion!.name.lowercase)) return null;
  const full = best === registry ? registry!.name.value.entry.name : (expansion!.name.value as string);
  let last = best.last;
  // «г.»: the abbreviation's dot is part of it.
  if (
    tokens[last]?.text === '.' &&
    tokens[last]!.start === tokens[last - 1]!.end &&
    best === expansion &&
    expansion!.name.form.endsWith('.')
  )
    last++;
  return { last, full };
}

const similarCache = new WeakMap<object, { entry: OrganizationEntry; keys: string[] }[]>();

/**
 * A long name that differs from a registry name by one word is that body: the same commission
 * is written «… строительства и местного самоуправления» and «… строительства в местном самоуправлении».
 */
function similarEntry(ref: ReferenceData, name: string): OrganizationEntry | undefined {
  let long = similarCache.get(ref.orgs);
  if (long === undefined) {
    long = ref.orgs.entries
      .map((entry) => ({ entry, keys: nameKeys(ref.morph, entry.name) }))
      .filter((e) => e.keys.length >= 6);
    similarCache.set(ref.orgs, long);
  }
  // Count the words before looking any up, and look up the first four only while some long
  // name begins with the same keys: most names are short or begin like none.
  const words = nameWords(name);
  if (words.length < 6) return undefined;
  let candidates = long;
  for (let k = 0; k < 4; k++) {
    const key = nameWordKey(ref.morph, words[k]!);
    candidates = candidates.filter((e) => e.keys[k] === key);
    if (candidates.length === 0) return undefined;
  }
  const keys = words.map((w) => nameWordKey(ref.morph, w));
  return candidates.find((e) => withinOneEdit(e.keys, keys))?.entry;
}

function nameKeys(morph: Morph, name: string): string[] {
  return nameWords(name).map((w) => nameWordKey(morph, w));
}

function withinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
