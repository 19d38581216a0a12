/**
 * Title comparison on content lemmas: «Международного муниципального форума» and «Международный
 * муниципальный форум» are the same title. Numbers — Roman numerals, digits, ordinal words — are
 * kept apart as the title's «ordinals»: «XXVIII сессия» and «XXIX сессия» never match.
 */
import { normalizeWord, tokenize } from '../text/index.js';

/**
 * The lemmas a word contributes to a title: its lemma, or for an abbreviation the lemmas of the
 * full name it stands for («МАГ» → международный, ассамблея, столица…), so that a title written
 * with the abbreviation matches one written in full.
 */
export type Lemmatize = (word: string) => string[];

export interface TitleSignature {
  lemmas: Set<string>;
  ordinals: Set<string>;
}

// Words that say nothing about which event it is («участие в», «проведение», prepositions…).
const STOP_WORDS = new Set([
  'в', 'во', 'на', 'по', 'с', 'со', 'и', 'к', 'ко', 'о', 'об', 'от', 'для', 'при', 'из', 'за', 'до', 'у', 'а',
  'тема', 'участие', 'проведение', 'организация', 'мероприятие', 'рамка', 'год', 'г',
]);

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

// Ordinal words in any form: «первое», «второго», «третьей»… (not «пятница»).
const ORDINAL_WORD =
  /^(перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)(ый|ая|ое|ой|ого|ому|ом|ую|ые|ых|ым|ыми|ий|ья|ье|ьего|ьей|ьему|ьим|ьем|ью)$/;
const ORDINAL_VALUES: Record<string, string> = {
  перв: '1', втор: '2', трет: '3', четверт: '4', пят: '5', шест: '6', седьм: '7', восьм: '8', девят: '9', десят: '10',
};

function romanToNumber(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]!]!;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** @example titleSignature('XXVIII сессия МАГ', (w) => [w.toLowerCase()]).ordinals // Set { '28' } */
export function titleSignature(title: string, lemmatize: Lemmatize): TitleSignature {
  const lemmas = new Set<string>();
  const ordinals = new Set<string>();
  for (const token of tokenize(title)) {
    if (token.kind === 'number') {
      // Years are dates, not ordinals: «СНГ+МИР 2021» and a 2021 mention are the same edition.
      if (!/^(19|20)\d\d$/.test(token.text)) ordinals.add(String(Number(token.text)));
      continue;
    }
    if (token.kind !== 'word') continue;
    const norm = normalizeWord(token.text);
    if (token.text === token.text.toUpperCase() && ROMAN.test(norm)) {
      ordinals.add(String(romanToNumber(norm)));
      continue;
    }
    const ordinal = ORDINAL_WORD.exec(norm);
    if (ordinal !== null) {
      ordinals.add(ORDINAL_VALUES[ordinal[1]!]!);
      continue;
    }
    for (const lemma of lemmatize(token.text)) {
      if (!STOP_WORDS.has(lemma) && lemma.length >= 2) lemmas.add(lemma);
    }
  }
  return { lemmas, ordinals };
}

/** Overlap coefficient of content lemmas (|A∩B| / min(|A|,|B|)), 0 when the ordinals conflict or too few words are shared. */
export function titleSimilarity(a: TitleSignature, b: TitleSignature): number {
  if (a.ordinals.size > 0 && b.ordinals.size > 0) {
    for (const n of a.ordinals) if (!b.ordinals.has(n)) return 0;
    for (const n of b.ordinals) if (!a.ordinals.has(n)) return 0;
  }
  if (a.lemmas.size === 0 || b.lemmas.size === 0) return 0;
  let shared = 0;
  for (const l of a.lemmas) if (b.lemmas.has(l)) shared++;
  // One shared word is not enough to tie a short title to a long one: «Форум» is not
  // «Международный муниципальный форум».
  if (shared < Math.min(2, Math.max(a.lemmas.size, b.lemmas.size))) return 0;
  return shared / Math.min(a.lemmas.size, b.lemmas.size);
}
