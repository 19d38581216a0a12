/**
 * Sentence splitting for Russian news text. A sentence ends at «.», «!», «?» or «…» followed by a
 * capital letter, a digit, a quote or a dash (with or without a space: feeds glue sentences as in
 * «организации.Открыл»), and at every line break. Abbreviations that end in a period («г.», «т.г.»,
 * «им.», initials «В.») do not end a sentence.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words after which a period does not end the sentence. Lower-case, without the period.
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'г',
  'гг',
  'т',
  'тг',
  'им',
  'ул',
  'д',
  'пр',
  'просп',
  'пл',
  'стр',
  'обл',
  'р',
  'руб',
  'тыс',
  'млн',
  'млрд',
  'ст',
  'см',
  'напр',
  'т.е',
  'т.к',
  'т.д',
  'т.п',
  'т.г',
  'др',
  'проф',
  'акад',
  'доц',
  'канд',
  'н',
  'э',
  'в',
  'вв',
  'с',
  'кв',
  'корп',
  'пос',
  'дер',
  'с.ш',
  'в.д',
  'ок',
  'жит',
  'чел',
  'ред',
  'изд',
  'мин',
  'сек',
  'ч',
  'янв',
  'фев',
  'февр',
  'мар',
  'апр',
  'авг',
  'сен',
  'сент',
  'окт',
  'ноя',
  'нояб',
  'дек',
  'no',
  'nо',
  'n',
]);

const TERMINATOR = /[.!?…]/;

function previousWord(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function startsSentence(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\d«"„“(\-—–]/u.test(ch);
}

/**
 * @example splitSentences('Прошёл форум. Открыл его мэр.').map((s) => s.text)
 * // ['Прошёл форум.', 'Открыл его мэр.']
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s + offset, end: e + offset, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    // Swallow runs of terminators and closing quotes/brackets: «…конференции».» ends after the quote.
    let j = i + 1;
    while (j < text.length && /[.!?…»"”)]/.test(text[j]!)) j++;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++;
    const next = text[k];
    if (k < text.length && !startsSentence(next)) continue;
    if (ch === '.') {
      const word = previousWord(text, i);
      // An initial («В. В. Путин») or a known abbreviation does not end a sentence.
      if (word.length === 1 && /\p{Lu}/u.test(text[i - 1] ?? '')) continue;
      if (NON_TERMINAL_ABBREVIATIONS.has(word) || NON_TERMINAL_ABBREVIATIONS.has(word.replace(/\./g, ''))) {
        // …unless a line break or a capitalized word after a space follows a year abbreviation at the end.
        if (!(word === 'г' || word === 'гг') || next === undefined || !/\p{Lu}/u.test(next) || k === j) continue;
        // «2021 г. Союз…» keeps going: a date abbreviation is followed by the rest of the sentence.
        if (/\d\s*$/.test(text.slice(Math.max(0, i - 8), i - word.length))) continue;
        // «в г. Пятигорске»: without a number before it, «г.» is «город» before a name.
        if (word === 'г') continue;
      }
      // «10.01.2026» or «3.5» are numbers, not sentence ends.
      if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    }
    if (k === j && next !== undefined && !/\p{Lu}/u.test(next)) continue;
    push(j);
  }
  push(text.length);
  return sentences;
}
