/**
 * @module extract/people
 * People named in text, with the full name in the nominative («Андрея Шевченко» → «Андрей
 * Шевченко») and, where the text gives them beside the name, a role and an organization
 * («Кухарук Руслан Николаевич, Президент Союза российских городов»). Names are read from the
 * OpenCorpora grammemes Name/Surn/Patr, capitalization and context: titles (президент, мэр,
 * министр…), initials («В. В. Путин»), and surnames seen earlier in the same text.
 */
import type { PersonValue } from '../../domain/index.js';
import { type Morph, type MorphParse, matchCapitalization, registerWordCache } from '../../morph/index.js';
import type { ReferenceData } from '../../reference/index.js';
import type { Token } from '../../text/index.js';
import { capitalized, cueForms, isUpperCase, type Match, startsSentence, tokensOf } from '../match.js';
import { findOrganizations, inflectPhrase } from '../orgs/index.js';
import { findPlaces } from '../places/index.js';

/** Words that introduce a person: «президент Владимир Путин», «мэр Собянин», «госсекретарь США Рекс Тиллерсон». */
export const TITLES = new Set([
  'президент',
  'вице-президент',
  'премьер',
  'премьер-министр',
  'министр',
  'замминистра',
  'глава',
  'мэр',
  'губернатор',
  'председатель',
  'зампред',
  'заместитель',
  'советник',
  'помощник',
  'директор',
  'гендиректор',
  'руководитель',
  'начальник',
  'генсек',
  'генеральный',
  'секретарь',
  'госсекретарь',
  'пресс-секретарь',
  'спикер',
  'депутат',
  'сенатор',
  'посол',
  'канцлер',
  'король',
  'королева',
  'принц',
  'принцесса',
  'папа',
  'патриарх',
  'митрополит',
  'епископ',
  'судья',
  'прокурор',
  'адвокат',
  'следователь',
  'генерал',
  'полковник',
  'майор',
  'капитан',
  'лейтенант',
  'сержант',
  'тренер',
  'игрок',
  'нападающий',
  'защитник',
  'вратарь',
  'певец',
  'певица',
  'актёр',
  'актер',
  'актриса',
  'режиссёр',
  'режиссер',
  'писатель',
  'поэт',
  'художник',
  'композитор',
  'журналист',
  'корреспондент',
  'редактор',
  'главред',
  'эксперт',
  'аналитик',
  'профессор',
  'академик',
  'доктор',
  'учёный',
  'ученый',
  'политик',
  'лидер',
  'основатель',
  'владелец',
  'бизнесмен',
  'предприниматель',
  'миллиардер',
  'представитель',
  'сотрудник',
  'член',
  'экс-президент',
  'экс-министр',
  'экс-глава',
  'атаман',
  'сити-менеджер',
  'градоначальник',
  'омбудсмен',
  'уполномоченный',
  'мистер',
  'миссис',
  'мисс',
  'господин',
  'госпожа',
  'сэр',
  'модератор',
  'ректор',
  'декан',
  'министр-председатель',
  'аятолла',
  'шейх',
  'султан',
]);

const PERSONAL = ['Name', 'Surn', 'Patr'];
// Russian surname shapes for words the dictionary does not know: Оверчук, Кобякова, Шафиров…
const SURNAME_SHAPE =
  /^\p{Lu}\p{Ll}+(ов|ев|ёв|ин|ын|ский|цкий|ской|ко|ук|юк|чук|ич|ян|дзе|швили|ова|ева|ёва|ина|ына|ская|цкая|ых|их)(а|у|ым|ом|е|ой|ую|ого|ому|им|ем)?$/u;

export interface FindPeopleOptions {
  tokens?: readonly Token[];
  /** Spans already taken by places or organizations, which a name may not overlap. */
  taken?: readonly { start: number; end: number }[];
}

interface Candidate {
  first: number;
  last: number;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

function personalReadings(morph: Morph, word: string): MorphParse[] {
  return morph.parse(word).filter((p) => PERSONAL.some((g) => p.tags.has(g)));
}

/** The word is an ordinary word by its most likely reading (not a name). */
function commonByDictionary(morph: Morph, word: string): boolean {
  const parses = morph.parse(word);
  const best = parses[0];
  if (best === undefined || !best.known) return false;
  const personal = parses.filter((p) => p.known && PERSONAL.some((g) => p.tags.has(g)));
  const common = parses.filter(
    (p) => p.known && !PERSONAL.some((g) => p.tags.has(g)) && !p.tags.has('Geox') && !p.tags.has('Orgn'),
  );
  const personalScore = personal.reduce((s, p) => s + p.score, 0);
  const commonScore = common.reduce((s, p) => s + p.score, 0);
  return commonScore > personalScore;
}

const STRENGTH = registerWordCache(new Map<string, number>());

/** How strongly a capitalized word reads as part of a person's name: 2 known name, 1 possible, 0 not. */
function nameStrength(morph: Morph, token: Token): number {
  let strength = STRENGTH.get(token.text);
  if (strength === undefined) {
    strength = computeNameStrength(morph, token);
    STRENGTH.set(token.text, strength);
  }
  return strength;
}

function computeNameStrength(morph: Morph, token: Token): number {
  if (!isWord(token) || !capitalized(token) || isUpperCase(token.text) || token.text.length < 2) return 0;
  if (!/^\p{Script=Cyrillic}/u.test(token.text)) return 0;
  const parses = morph.parse(token.text);
  const known = parses.filter((p) => p.known);
  if (
    known.some((p) => PERSONAL.some((g) => p.tags.has(g)) && p.score >= 0.05) &&
    !commonByDictionary(morph, token.text)
  )
    return 2;
  if (known.length > 0) return 0;
  if (parses.some((p) => PERSONAL.some((g) => p.tags.has(g))) || SURNAME_SHAPE.test(token.text)) return 1;
  // An unknown capitalized word: a foreign name, maybe.
  return 1;
}

function isInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  // «В.», and «Дж.» as English names are initialled in Russian.
  return (
    t !== undefined && t.text.length <= 2 && dot?.text === '.' && dot.start === t.end && /^\p{Lu}\p{Ll}?$/u.test(t.text)
  );
}

function titleAt(morph: Morph, token: Token | undefined): boolean {
  // Only a form of a title can have a title's lemma: most words need no dictionary lookup.
  return (
    isWord(token) && cueForms(morph, TITLES).has(token.norm) && morph.lemmas(token.text).some((l) => TITLES.has(l))
  );
}

/**
 * @example findPeople('прошло под председательством заместителя Комитета – Андрея Шевченко', ref)[0].value
 * // { name: 'Андрей Шевченко', role: 'заместитель Комитета' }
 */
export function findPeople(text: string, ref: ReferenceData, options: FindPeopleOptions = {}): Match<PersonValue>[] {
  const { morph } = ref;
  const tokens = options.tokens ?? tokensOf(text);
  // Which tokens other entities took, as one flag per token (spans and tokens both run in text order).
  const takenFlags = new Uint8Array(tokens.length);
  // Alone, the finder keeps off places and organizations itself; `findEntitySpans` passes them.
  const taken = options.taken ?? [...findPlaces(text, ref, { tokens }), ...findOrganizations(text, ref, { tokens })];
  for (const s of taken) {
    for (let k = firstTokenAt(tokens, s.start); k < tokens.length && tokens[k]!.start < s.end; k++) {
      if (tokens[k]!.end > s.start) takenFlags[k] = 1;
    }
  }
  const isTaken = (t: Token) => takenFlags[t.index] === 1;
  const candidates: Candidate[] = [];
  const surnames = new Set<string>();

  for (let i = 0; i < tokens.length; i++) {
    const start = i;
    let k = i;
    let strong = 0;
    let words = 0;
    let initials = 0;
    for (;;) {
      const t = tokens[k];
      if (t === undefined || (k > start && t.lineBefore)) break;
      if (isInitial(tokens, k)) {
        k += 2;
        initials++;
        continue;
      }
      if (!isWord(t) || isTaken(t)) break;
      let strength = nameStrength(morph, t);
      // After initials any capitalized word is the surname: «А. Колчака», «Дж. Коми».
      if (strength === 0 && initials > 0 && words === 0 && capitalized(t) && !isUpperCase(t.text)) strength = 1;
      // «Иванка Трамп», «Ван Цзюнь»: a capitalized ordinary word joins a name when a name stands next to it.
      if (strength === 0 && joinsName(morph, tokens, k, strong > 0)) strength = 1;
      if (strength === 0) break;
      if (strength === 2) strong++;
      words++;
      k++;
      // «Буша-младшего»: stays one word; a hyphen between words is not a name's.
      if (words >= 4) break;
    }
    // Initials after the surname («Путин В. В.») are part of the name; a lone initial is not a name.
    if (words === 0) continue;
    // Drop trailing initials' dots beyond the last word only if nothing follows.
    const first = start;
    const last = k;
    const titled = titleAt(morph, tokens[first - 1]) || titleAt(morph, tokens[first - 2]);
    const sentenceStart = startsSentence(tokens, first);
    let accept = false;
    if (initials > 0 && words >= 1) accept = true;
    else if (strong >= 2) accept = true;
    else if (words >= 2 && strong >= 1) accept = true;
    else if (words >= 2 && !sentenceStart) accept = true;
    // «Лионель Месси забил»: two unknown words opening a sentence, before a verb.
    else if (words >= 2 && verbAfter(morph, tokens, last)) accept = true;
    else if (strong === 1 && words === 1) accept = !sentenceStart || titled || strongAlone(morph, tokens[first]!);
    else if (words === 1 && titled) accept = true;
    // One unknown word mid-sentence: a surname by its shape («Квачков»), or a foreign name before a verb.
    else if (words === 1 && !sentenceStart) accept = unknownAlone(tokens, first);
    else if (words === 1 && verbAfter(morph, tokens, last) && SURNAME_SHAPE.test(tokens[first]!.text)) accept = true;
    // «Лебединский комбинат», «Никитинского суда»: an adjective before its noun, not a surname.
    if (accept && adjectiveBeforeNoun(morph, tokens, last)) accept = false;
    if (accept) {
      candidates.push({ first, last });
      const lastWord = [...tokens.slice(first, last)].reverse().find((t) => t.text.length > 1);
      if (lastWord !== undefined && (words >= 2 || initials > 0))
        for (const key of surnameKeys(morph, lastWord)) surnames.add(key);
    }
    i = Math.max(i, last - 1);
  }

  // Second pass: a surname seen in a full name earlier or later is a person wherever it stands alone.
  const coveredFlags = new Uint8Array(tokens.length);
  for (const c of candidates) coveredFlags.fill(1, c.first, c.last);
  const covered = (t: Token) => coveredFlags[t.index] === 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || !capitalized(t) || covered(t) || isTaken(t)) continue;
    if (surnameKeys(morph, t).some((k) => surnames.has(k))) candidates.push({ first: i, last: i + 1 });
  }

  // «Брендт Кристенсен (Brendt Christensen)»: the name in its own letters, in brackets after it.
  for (const c of [...candidates]) {
    if (tokens[c.last]?.text !== '(') continue;
    let k = c.last + 1;
    while (
      k < tokens.length &&
      k - c.last <= 4 &&
      isWord(tokens[k]) &&
      /^\p{Script=Latin}/u.test(tokens[k]!.text) &&
      capitalized(tokens[k]!)
    )
      k++;
    if (k > c.last + 1 && tokens[k]?.text === ')') candidates.push({ first: c.last + 1, last: k });
  }

  return candidates
    .sort((a, b) => a.first - b.first)
    .map((c) => {
      const start = tokens[c.first]!.start;
      const end = tokens[c.last - 1]!.end;
      const written = text.slice(start, end);
      let name = NAMES.get(written);
      if (name === undefined) {
        name = nominativeName(morph, tokens.slice(c.first, c.last));
        if (NAMES.size > 50_000) NAMES.clear();
        NAMES.set(written, name);
      }
      const value: PersonValue = { name };
      Object.assign(value, roleOf(ref, text, tokens, c));
      return { start, end, text: text.slice(start, end), value };
    });
}

/** Written name → nominative name, for names that recur. */
const NAMES = registerWordCache(new Map<string, string>());

/** Index of the first token that ends after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A single capitalized word at a sentence start is a person only when the dictionary mostly knows it as a name. */
function strongAlone(morph: Morph, token: Token): boolean {
  const known = morph.parse(token.text).filter((p) => p.known);
  const personal = known.filter((p) => PERSONAL.some((g) => p.tags.has(g))).reduce((s, p) => s + p.score, 0);
  const all = known.reduce((s, p) => s + p.score, 0);
  return known.length > 0 && personal >= 0.8 * all;
}

const ADJECTIVE_ENDING = /(ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ие|ые|их|ых|ыми|ими)$/u;

function adjectiveBeforeNoun(morph: Morph, tokens: readonly Token[], last: number): boolean {
  const word = tokens[last - 1];
  const next = tokens[last];
  if (!isWord(word) || !isWord(next) || capitalized(next) || !ADJECTIVE_ENDING.test(word.text)) return false;
  if (morph.parse(word.text).some((p) => p.known && (p.tags.has('Name') || p.tags.has('Patr')))) return false;
  return morph.parse(next.text).some((p) => p.pos === 'NOUN' && p.score >= 0.3);
}

/** A word that may stand in a role's genitive chain: «заместитель начальника управления администрации …». */
function isChainWord(morph: Morph, t: Token): boolean {
  if (t.kind === 'number') return false;
  if (t.kind === 'punct') return false;
  // «заместитель председателя комиссии ОПРФ по территориальному развитию и местному самоуправлению».
  if (t.norm === 'по' || t.norm === 'и' || t.norm === 'при') return true;
  return (
    morph
      .parse(t.text)
      .some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && !p.tags.has('nomn')) ||
    isUpperCase(t.text)
  );
}

/** Prepositions after which an unknown capitalized word names a place or a venue: «в Гаваре», «на Таймс-сквер». */
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'около', 'близ', 'возле', 'до', 'через']);

/**
 * One unknown capitalized word mid-sentence is a person unless a preposition of place stands
 * before it, quotes hold it (a title: «Мимино»), or it is a compound such as «Даунинг-стрит».
 */
function unknownAlone(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (/-\p{Ll}/u.test(token.text)) return false;
  if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (t.text === '»' || tokens[k + 1]!.lineBefore) break;
    if (t.text === '«') return false;
  }
  return true;
}

/** A finite verb right after the name: «Месси забил», «Акихито отрёкся». */
function verbAfter(morph: Morph, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isWord(t) && !capitalized(t) && morph.parse(t.text)[0]?.pos === 'VERB';
}

/**
 * Whether a capitalized ordinary word at k belongs to a name: after a known first name
 * («Иванка Трамп»), or before an unknown capitalized word mid-sentence («Ван Цзюнь»).
 */
function joinsName(morph: Morph, tokens: readonly Token[], k: number, afterName: boolean): boolean {
  const t = tokens[k]!;
  if (!capitalized(t) || isUpperCase(t.text) || !/^\p{Script=Cyrillic}/u.test(t.text) || titleAt(morph, t))
    return false;
  const parses = morph.parse(t.text);
  if (
    parses.some(
      (p) =>
        p.tags.has('Geox') ||
        p.tags.has('Orgn') ||
        p.pos === 'ADJF' ||
        p.pos === 'PREP' ||
        p.pos === 'CONJ' ||
        p.pos === 'NPRO',
    )
  )
    return false;
  if (afterName) return parses.some((p) => p.pos === 'NOUN');
  // Before an unknown word only a short one, as East Asian names are written: «Ван Цзюнь», «Ли Пэн».
  const next = tokens[k + 1];
  return (
    t.text.length <= 4 &&
    !startsSentence(tokens, k) &&
    isWord(next) &&
    !next.lineBefore &&
    nameStrength(morph, next) === 1 &&
    next.start - t.end === 1
  );
}

const SURNAME_KEYS = registerWordCache(new Map<string, string[]>());

function surnameKeys(morph: Morph, token: Token): string[] {
  let keys = SURNAME_KEYS.get(token.text);
  if (keys === undefined) {
    keys = computeSurnameKeys(morph, token);
    SURNAME_KEYS.set(token.text, keys);
  }
  return keys;
}

function computeSurnameKeys(morph: Morph, token: Token): string[] {
  const keys = new Set<string>([token.norm]);
  for (const p of morph.parse(token.text)) if (p.tags.has('Surn') || !p.known) keys.add(p.lemma.replace(/ё/g, 'е'));
  // «Тиллерсон», «Тиллерсона», «Тиллерсону»: strip a case ending for names the dictionary does not decline.
  keys.add(token.norm.replace(/(а|у|ом|е|ым|ой|ы)$/u, ''));
  return [...keys];
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The name in the nominative: the case every word can share is found, then each word is put in the nominative. */
export function nominativeName(morph: Morph, tokens: readonly Token[]): string {
  const words = tokens.filter((t) => t.kind === 'word' && !(t.text.length === 1 && capitalized(t)));
  // Words the dictionary knows decide; a guessed surname («Шафиров») follows them.
  const decisive = words.filter((w) => personalReadings(morph, w.text).some((p) => p.known));
  const sharedCase = CASES.find((c) =>
    (decisive.length > 0 ? decisive : words).every((w) => {
      const parses = personalReadings(morph, w.text).filter((p) => p.known || decisive.length === 0);
      return parses.length === 0 || parses.some((p) => p.tags.has(c) || p.tags.has('Fixd'));
    }),
  );
  // The first name or patronymic says the gender; surnames follow it («Ириной … Сидоровой» → «Сидорова»).
  const gender = words
    .flatMap((w) =>
      personalReadings(morph, w.text).filter((p) => p.known && (p.tags.has('Name') || p.tags.has('Patr'))),
    )
    .map((p) => (p.tags.has('femn') ? 'femn' : p.tags.has('masc') ? 'masc' : undefined))
    .find((g) => g !== undefined);
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') {
      if (t.text === '.') out[out.length - 1] += '.';
      continue;
    }
    if (t.text.length === 1) {
      out.push(t.text);
      continue;
    }
    out.push(wordInNominative(morph, t.text, sharedCase, gender));
  }
  return out.join(' ').replace(/ \./g, '.');
}

function wordInNominative(morph: Morph, word: string, wantCase: string | undefined, gender = 'masc'): string {
  if (wantCase === 'nomn' || wantCase === undefined) return word;
  const readings = personalReadings(morph, word).filter((p) => p.tags.has(wantCase) && !p.tags.has('Fixd'));
  const reading = readings.find((p) => p.tags.has(gender)) ?? readings[0];
  if (reading === undefined) return word;
  if (reading.tags.has('Patr')) return patronymicNominative(word);
  const readingGender = reading.tags.has('femn') ? 'femn' : 'masc';
  const form =
    morph.inflect(word, reading, ['nomn', 'sing', readingGender]) ?? morph.inflect(word, reading, ['nomn', 'sing']);
  return form === null ? word : matchCapitalization(word, form.replace(/ё/g, word.includes('ё') ? 'ё' : 'е'));
}

/** az cannot inflect patronymics; their endings are regular. */
function patronymicNominative(word: string): string {
  return word.replace(/(ич)(а|у|ем|е)$/u, '$1').replace(/(вн|чн)(ы|е|у|ой)$/u, '$1а');
}

/**
 * A role written beside the name: an apposition after it («…, Президент Союза российских городов»)
 * or a title before it («заместителя Комитета – Андрея Шевченко»), in the nominative, with the
 * organization named in it.
 */
function roleOf(ref: ReferenceData, text: string, tokens: readonly Token[], c: Candidate): Partial<PersonValue> {
  const { morph } = ref;
  let from = -1;
  let to = -1;
  // After: «, Президент Союза российских городов, Глава города Тюмени»
  if (tokens[c.last]?.text === ',' && titleAt(morph, tokens[c.last + 1])) {
    from = c.last + 1;
    to = from + 1;
    while (
      tokens[to] !== undefined &&
      !/^[,.;:!?()]$/.test(tokens[to]!.text) &&
      !tokens[to]!.lineBefore &&
      to - from < 15
    )
      to++;
  } else {
    // Before: the leftmost title of the chain that ends at the name («советник Президента РФ Антон …»).
    // No title's form within reach: no title, and no dictionary lookup of the words between.
    const titles = cueForms(morph, TITLES);
    let reach = false;
    for (let k = c.first - 1; k >= Math.max(0, c.first - 12) && !reach; k--) {
      const t = tokens[k]!;
      if (/^[.;:!?()«»"]$/.test(t.text) || tokens[k + 1]!.lineBefore) break;
      reach = t.kind === 'word' && titles.has(t.norm);
    }
    for (let k = c.first - 1; reach && k >= Math.max(0, c.first - 12); k--) {
      const t = tokens[k]!;
      if (/^[.;:!?()«»"]$/.test(t.text) || tokens[k + 1]!.lineBefore) break;
      if (titleAt(morph, t)) from = k;
      else if (from >= 0 && !isChainWord(morph, t)) break;
      else if (from < 0 && !isChainWord(morph, t) && !/^[,–—-]$/.test(t.text)) break;
    }
    if (from >= 0) {
      to = c.first;
      while (to > from + 1 && /^[,–—-]$/.test(tokens[to - 1]!.text)) to--;
    }
  }
  if (from < 0 || to <= from) return {};
  const phrase = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  let value = ROLES.get(phrase);
  if (value === undefined) {
    value = { role: inflectPhrase(morph, phrase, 'nomn') };
    const org = findOrganizations(phrase, ref)[0];
    if (org !== undefined) value.organization = org.value.name;
    if (ROLES.size > 50_000) ROLES.clear();
    ROLES.set(phrase, value);
  }
  return { ...value };
}

/** Role phrase → role and organization: the same titles recur through texts. */
const ROLES = registerWordCache(new Map<string, Partial<PersonValue>>());
