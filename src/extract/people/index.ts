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
import {
  capitalized,
  cueForms,
  isUpperCase,
  type Match,
  recall,
  startsSentence,
  tokensOf,
  wordMemo,
} from '../match.js';
import { findOrganizations, inflectPhrase } from '../orgs/index.js';
import { findPlaces, namedAfterPerson } from '../places/index.js';

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
  /**
   * Spans of organizations a name may lie inside, as NEREL nests them («Института Пушкина», «штаб
   * Любови Соболь»): a name there must be sure (a full name, initials, after «имени», or named
   * elsewhere in the text) and shorter than the span.
   */
  around?: readonly { start: number; end: number }[];
}

interface Candidate {
  first: number;
  last: number;
  /** The person's name when the words are not it: «Шукшинские» → «Шукшин». */
  name?: string;
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

/** How strongly a capitalized word reads as part of a person's name: 2 known name, 1 possible, 0 not. */
function nameStrength(morph: Morph, token: Token): number {
  return recall(morph, token, STRENGTH);
}

const STRENGTH = wordMemo(computeNameStrength);

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
  return isWord(token) && recall(morph, token, TITLE_WORD);
}

/** The word may be a form of a title (see {@link cueForms}). */
const TITLE_FORM = wordMemo((morph, t) => cueForms(morph, TITLES).has(t.norm));
/** The word is a title. Only a form of a title can have a title's lemma: most words need no dictionary lookup. */
const TITLE_WORD = wordMemo(
  (morph, t) => recall(morph, t, TITLE_FORM) && morph.lemmas(t.text).some((l) => TITLES.has(l)),
);

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
  // Per token, the index + 1 of the organization span around it (0: none).
  const aroundFlags = new Uint32Array(tokens.length);
  const around = options.around ?? [];
  around.forEach((s, n) => {
    for (let k = firstTokenAt(tokens, s.start); k < tokens.length && tokens[k]!.start < s.end; k++) {
      if (tokens[k]!.end > s.start && takenFlags[k] === 0) aroundFlags[k] = n + 1;
    }
  });
  /** Whether tokens first … last-1 lie inside an organization and fill less than all of it. */
  const inside = (first: number, last: number): boolean => {
    for (let k = first; k < last; k++) {
      const n = aroundFlags[k]!;
      if (n === 0) continue;
      const s = around[n - 1]!;
      return !(tokens[first]!.start <= s.start && tokens[last - 1]!.end >= s.end);
    }
    return false;
  };
  const inOrganization = (first: number, last: number): boolean => {
    for (let k = first; k < last; k++) if (aroundFlags[k] !== 0) return true;
    return false;
  };
  const candidates: Candidate[] = [];
  const surnames = new Set<string>();
  const firstNames = new Set<string>();

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
      // A name lies inside an organization's name or outside it, never across its edge.
      if (aroundFlags[k] !== aroundFlags[start]) break;
      // Every rule below that lets a word the dictionary reads otherwise into a name wants a capital,
      // and a word without one has no strength: most words end the run here, unread.
      if (!capitalized(t)) break;
      let strength = nameStrength(morph, t);
      // After initials any capitalized word is the surname: «А. Колчака», «Дж. Коми».
      if (strength === 0 && initials > 0 && words === 0 && capitalized(t) && !isUpperCase(t.text)) strength = 1;
      // «Максим Дадашев», «Роза Клара»: a word mostly read as an ordinary one opens a name when it
      // can be a first name and a word that can be a surname follows.
      if (strength === 0 && words === 0 && opensName(morph, tokens, k)) strength = 2;
      // «сказала Мадонна», «Мадонна сообщила»: a capitalized word az knows only as a noun of a living
      // being, inside a sentence, next to a verb of saying or doing, is a name.
      if (strength === 0 && words === 0 && animateName(morph, tokens, k)) strength = 1;
      // «имени Чайковского», «Института Пушкина»: a surname the dictionary knows, after what is named after people.
      if (
        strength === 0 &&
        words === 0 &&
        capitalized(t) &&
        namedAfterPerson(morph, tokens, k) &&
        knownSurname(morph, t)
      )
        strength = 2;
      // «Иванка Трамп», «Ван Цзюнь»: a capitalized ordinary word joins a name when a name stands next to it.
      if (strength === 0 && joinsName(morph, tokens, k, strong > 0, words === 1 && isFirstName(morph, tokens[k - 1])))
        strength = 1;
      if (strength === 0) break;
      // «Билла Клинтона Джо Локхарту»: a first name after a first name and a surname starts another person.
      if (words >= 2 && isFirstName(morph, tokens[start]) && startsAnotherName(morph, tokens, k)) break;
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
    // «в районе Калорама», «на площади Тяньаньмэнь», «праздника Песах»: a word the dictionary does
    // not know, named by the noun before it, is that place or thing.
    if (
      accept &&
      words === 1 &&
      initials === 0 &&
      nameStrength(morph, tokens[first]!) === 1 &&
      namedThingBefore(morph, tokens, first)
    )
      accept = false;
    // Inside an organization's name only a sure name: «Института Пушкина» is read below, from «имени».
    if (accept && inOrganization(first, last)) {
      const namedFor = namedAfterPerson(morph, tokens, first) && knownSurname(morph, tokens[first]!);
      const sure = initials > 0 || (words >= 2 && isFirstName(morph, tokens[first])) || namedFor;
      accept = sure && inside(first, last);
    }
    if (accept) {
      candidates.push({ first, last });
      const lastWord = [...tokens.slice(first, last)].reverse().find((t) => t.text.length > 1);
      if (lastWord !== undefined && (words >= 2 || initials > 0))
        for (const key of surnameKeys(morph, lastWord)) surnames.add(key);
      // «Максим Дадашев … Максиму стало плохо»: the first name of a full name, alone later, is the person.
      if (words >= 2 && (isFirstName(morph, tokens[first]) || nameStrength(morph, tokens[first]!) === 1))
        firstNames.add(tokens[first]!.norm);
    }
    i = Math.max(i, last - 1);
  }

  // Second pass: a surname or first name seen in a full name earlier or later is a person wherever
  // it stands alone; two such words side by side («Юкия Амано» opening a line) are one name, and one
  // before a lone unknown word the first pass read («Ван Цзюнь») joins it.
  const coveredFlags = new Uint8Array(tokens.length);
  for (const c of candidates) coveredFlags.fill(1, c.first, c.last);
  const covered = (t: Token) => coveredFlags[t.index] === 1;
  const adjacent = (k: number) => {
    const next = tokens[k + 1];
    return (
      next !== undefined &&
      !next.lineBefore &&
      next.start - tokens[k]!.end === 1 &&
      aroundFlags[k] === aroundFlags[k + 1]
    );
  };
  let previous: Candidate | undefined;
  for (let i = 0; i < tokens.length && (surnames.size > 0 || firstNames.size > 0); i++) {
    const t = tokens[i]!;
    if (!isWord(t) || covered(t) || isTaken(t)) continue;
    if (inOrganization(i, i + 1) && !inside(i, i + 1)) continue;
    // «Шукшинские дни», «зворыкинским телескопом»: the adjective of a person named in the text (NEREL marks it).
    if (
      surnames.size > 0 &&
      t.norm.includes('ск', t.norm.length - 6) &&
      PERSONAL_ADJECTIVE.test(t.norm) &&
      surnames.has(personalAdjectiveStem(morph, t))
    ) {
      const stem = personalAdjectiveStem(morph, t);
      candidates.push({ first: i, last: i + 1, name: stem.charAt(0).toUpperCase() + stem.slice(1) });
      continue;
    }
    if (!capitalized(t)) continue;
    if (!surnameKeys(morph, t).some((k) => surnames.has(k)) && !firstNameKeys(morph, t).some((k) => firstNames.has(k)))
      continue;
    if (previous !== undefined && previous.last === i && adjacent(i - 1)) {
      previous.last = i + 1;
      continue;
    }
    const joined = adjacent(i)
      ? candidates.find((c) => c.first === i + 1 && c.last === i + 2 && !isFirstName(morph, tokens[i + 1]))
      : undefined;
    if (joined !== undefined) joined.first = i;
    else {
      previous = { first: i, last: i + 1 };
      candidates.push(previous);
    }
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
      let name = c.name ?? NAMES.get(written);
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
  // «Лукашенко-младший», «Буша-старшего» are people; «Даунинг-стрит», «Карнеги-холл» are not.
  if (/-\p{Ll}/u.test(token.text)) return ELDER_YOUNGER.test(token.text);
  if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (t.text === '»' || tokens[k + 1]!.lineBefore) break;
    if (t.text === '«') return false;
  }
  return true;
}

/**
 * Nouns that take a name of a place, a building or a thing in apposition («район Калорама», «застава
 * "Арканкерген"», «эпоха Рэйва»), a name the dictionary does not know is then no person's.
 */
// biome-ignore format: a word list reads best in lines
const NAMED_THING_NOUNS = new Set([
  'район', 'микрорайон', 'квартал', 'округ', 'местность', 'площадь', 'улица', 'проспект', 'переулок', 'бульвар',
  'шоссе', 'набережная', 'резиденция', 'застава', 'пост', 'остров', 'полуостров', 'река', 'озеро', 'гора', 'залив',
  'пролив', 'аэропорт', 'вокзал', 'станция', 'парк', 'деревня', 'село', 'посёлок', 'поселок', 'городок', 'город',
  'провинция', 'община', 'коммуна', 'префектура', 'эпоха', 'праздник', 'клан', 'группировка', 'триада', 'стадион',
  'арена', 'отель', 'университет', 'поликлиника', 'больница', 'храм', 'монастырь', 'собор', 'замок', 'дворец',
]);

function namedThingBefore(morph: Morph, tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k] !== undefined && /^[«"„“]$/.test(tokens[k]!.text)) k--;
  const noun = tokens[k];
  if (!isWord(noun) || capitalized(noun) || noun.text.length < 3) return false;
  if (!cueForms(morph, NAMED_THING_NOUNS).has(noun.norm)) return false;
  return morph.parse(noun.text).some((p) => p.pos === 'NOUN' && !p.tags.has('Abbr') && NAMED_THING_NOUNS.has(p.lemma));
}

/** Forms of an adjective made from a surname in -ин/-ов/-ев: «шукшинских», «зворыкинским». */
const PERSONAL_ADJECTIVE = /(?:ин|ов|ев|ын)ск(?:ий|ая|ое|ие|ого|ому|им|ом|ую|ой|их|ими|ым|ых|ые|ей|ее)$/u;

/** The surname an adjective is made from («шукшинский» → «шукшин»), or '' when it is no adjective. */
function personalAdjectiveStem(morph: Morph, t: Token): string {
  const reading = morph.parse(t.text).find((p) => p.pos === 'ADJF' && p.lemma.endsWith('ский'));
  return reading === undefined ? '' : reading.lemma.slice(0, -4).replace(/ё/g, 'е');
}

const ELDER_YOUNGER = /^\p{Lu}\p{Ll}+-(?:младш|старш)\p{Ll}+$/u;

function animateName(morph: Morph, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!capitalized(t) || isUpperCase(t.text) || startsSentence(tokens, k) || titleAt(morph, t)) return false;
  if (!/^\p{Script=Cyrillic}/u.test(t.text)) return false;
  const known = morph.parse(t.text).filter((p) => p.known);
  if (known.length === 0 || !known.every((p) => p.pos === 'NOUN' && p.tags.has('anim') && !p.tags.has('plur')))
    return false;
  if (known.some(notNamePart)) return false;
  const before = tokens[k - 1];
  const verbBefore = isWord(before) && !capitalized(before) && morph.parse(before.text)[0]?.pos === 'VERB';
  return verbAfter(morph, tokens, k + 1) || verbBefore;
}

/** A finite verb right after the name: «Месси забил», «Акихито отрёкся». */
function verbAfter(morph: Morph, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isWord(t) && !capitalized(t) && morph.parse(t.text)[0]?.pos === 'VERB';
}

/** A capitalized word the dictionary knows as a first name, whatever else it may be: «Максим», «Роза», «Жерар». */
function isFirstName(morph: Morph, t: Token | undefined): boolean {
  return isWord(t) && capitalized(t) && recall(morph, t, FIRST_NAMES);
}

/** Whether the dictionary knows a capitalized form as a first name. */
const FIRST_NAMES = wordMemo(
  (morph, t) =>
    !isUpperCase(t.text) && t.text.length > 1 && morph.parse(t.text).some((p) => p.known && p.tags.has('Name')),
);

function knownSurname(morph: Morph, t: Token): boolean {
  return morph.parse(t.text).some((p) => p.known && p.tags.has('Surn'));
}

/** The first names a lone word may be a form of («Максиму» → «максим»). */
function firstNameKeys(morph: Morph, t: Token): readonly string[] {
  return recall(morph, t, FIRST_NAME_KEYS);
}

const FIRST_NAME_KEYS = wordMemo((morph, t): readonly string[] => {
  const found = new Set([t.norm]);
  if (isFirstName(morph, t))
    for (const p of morph.parse(t.text)) if (p.known && p.tags.has('Name')) found.add(p.lemma.replace(/ё/g, 'е'));
  return [...found];
});

/** Readings that keep a capitalized word out of a name: a place, an organization, a function word. */
function notNamePart(p: MorphParse): boolean {
  return p.tags.has('Geox') || p.tags.has('Orgn') || p.pos === 'PREP' || p.pos === 'CONJ' || p.pos === 'NPRO';
}

/**
 * Whether a word known mostly as an ordinary word («Максим», «Роза», «Том») is a first name here:
 * it can be one, and a capitalized word that may be a surname follows on the same line.
 */
function opensName(morph: Morph, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!isFirstName(morph, t) || !isWord(next) || next.lineBefore || next.start - t.end !== 1) return false;
  if (morph.parse(t.text).some(notNamePart) || titleAt(morph, next)) return false;
  if (!capitalized(next) || isUpperCase(next.text) || !/^\p{Script=Cyrillic}/u.test(next.text)) return false;
  const parses = morph.parse(next.text);
  if (parses.some((p) => p.tags.has('Geox') || p.tags.has('Orgn'))) return false;
  return nameStrength(morph, next) > 0 || parses.some((p) => p.tags.has('Surn'));
}

/** A first name (not a patronymic or a surname as well) after a surname: the next person begins. */
function startsAnotherName(morph: Morph, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!isFirstName(morph, t) || isFirstName(morph, tokens[k - 1])) return false;
  const parses = morph.parse(t.text).filter((p) => p.known);
  return !parses.some((p) => p.tags.has('Surn') || p.tags.has('Patr'));
}

/**
 * Whether a capitalized ordinary word at k belongs to a name: after a known first name
 * («Иванка Трамп», «Алексей Навальный», «Жерара Пике»), or before an unknown capitalized word
 * mid-sentence («Ван Цзюнь»).
 */
function joinsName(
  morph: Morph,
  tokens: readonly Token[],
  k: number,
  afterName: boolean,
  afterFirstName = false,
): boolean {
  const t = tokens[k]!;
  if (!capitalized(t) || isUpperCase(t.text) || !/^\p{Script=Cyrillic}/u.test(t.text) || titleAt(morph, t))
    return false;
  const parses = morph.parse(t.text);
  // Right after a first name, an adjective or a noun is the surname: «Навальный», «Царёв», «Пике».
  // A place's name the place finder left there is a surname too («Джеймса Коми»).
  if (afterFirstName && !t.lineBefore && !parses.some((p) => notNamePart(p) && !p.tags.has('Geox')))
    return parses.some((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
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

/** The keys a surname's form is matched by elsewhere in the text. */
const SURNAME_KEYS = wordMemo(computeSurnameKeys);

function surnameKeys(morph: Morph, token: Token): string[] {
  return recall(morph, token, SURNAME_KEYS);
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
  let readings = personalReadings(morph, word).filter((p) => p.tags.has(wantCase) && !p.tags.has('Fixd'));
  // «Трампа», «Навальным»: a surname the dictionary knows only as an ordinary noun or adjective.
  if (readings.length === 0 && personalReadings(morph, word).length === 0)
    readings = morph
      .parse(word)
      .filter(
        (p) =>
          p.known &&
          (p.pos === 'NOUN' || p.pos === 'ADJF') &&
          p.tags.has(wantCase) &&
          !p.tags.has('Fixd') &&
          !p.tags.has('plur'),
      );
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
    let reach = false;
    for (let k = c.first - 1; k >= Math.max(0, c.first - 12) && !reach; k--) {
      const t = tokens[k]!;
      if (/^[.;:!?()«»"]$/.test(t.text) || tokens[k + 1]!.lineBefore) break;
      reach = t.kind === 'word' && recall(morph, t, TITLE_FORM);
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
