/**
 * Case forms of gazetteer names the dictionary does not know, which the lemma index therefore
 * misses: names in -ово/-ино declined as the literary norm has it («в Щёлкове», «из Мурина»), and
 * hyphenated names whose parts decline each on its own («Переславля-Залесского»,
 * «Каменске-Шахтинском») or only in the first part («Славянске-на-Кубани»). The case ending is
 * taken off each part and the nominative looked up among the gazetteer's names.
 */
import { foldName, type GazetteerEntry, type ReferenceData } from '../../reference/index.js';

/** Oblique endings of nouns → what the nominative may end in instead. */
const NOUN_ENDINGS: readonly [string, readonly string[]][] = [
  ['ом', ['', 'о']],
  ['ем', ['', 'ь', 'е']],
  ['ой', ['а']],
  ['ей', ['я', 'ь']],
  ['ью', ['ь']],
  ['ах', ['а', 'ы', 'и']],
  ['ях', ['и']],
  ['е', ['', 'о', 'ь', 'а', 'я']],
  ['а', ['', 'о', 'ь']],
  ['у', ['', 'о', 'ь', 'а']],
  ['я', ['ь', 'е']],
  ['ю', ['ь', 'я']],
  ['и', ['ь', 'я', 'а']],
  ['ы', ['а']],
];
/** Oblique endings of adjectives → masculine and feminine nominatives. */
const ADJECTIVE_ENDINGS: readonly [string, readonly string[]][] = [
  ['ого', ['ий', 'ый', 'ой']],
  ['его', ['ий']],
  ['ому', ['ий', 'ый', 'ой']],
  ['ему', ['ий']],
  ['ом', ['ий', 'ый', 'ой']],
  ['ем', ['ий']],
  ['им', ['ий']],
  ['ым', ['ый']],
  ['ой', ['ая', 'ой']],
  ['ую', ['ая']],
];

/** The nominatives a written part of a name may have: itself, and each ending put back. */
function nominatives(part: string): string[] {
  const out = [part];
  for (const [ending, replacements] of [...ADJECTIVE_ENDINGS, ...NOUN_ENDINGS]) {
    if (!part.endsWith(ending) || part.length - ending.length < 3) continue;
    const stem = part.slice(0, -ending.length);
    for (const r of replacements) out.push(stem + r);
  }
  return out;
}

/**
 * The gazetteer entries whose name a form the dictionary does not know may be a case of.
 * @example entriesOfUnknownForm(ref, 'Переславля-Залесского')[0]?.name // 'Переславль-Залесский'
 */
export function entriesOfUnknownForm(ref: ReferenceData, word: string): GazetteerEntry[] {
  const parts = word.split('-');
  if (parts.length > 4) return [];
  // «Ростова-на-Дону», «Сан-Ладзаро-ди-Савена»: a small word inside leaves the tail as it is.
  const fixedTail = parts.length > 2 && parts.slice(1, -1).some((p) => p === p.toLowerCase());
  let names = [''];
  parts.forEach((part, k) => {
    const options = fixedTail && k > 0 ? [part] : nominatives(part);
    names = names.flatMap((prefix) => options.map((o) => (k === 0 ? o : `${prefix}-${o}`)));
  });
  const found: GazetteerEntry[] = [];
  for (const name of new Set(names)) {
    if (name === word) continue;
    for (const entry of ref.places.byName.get(foldName(name)) ?? []) if (!entry.contextOnly) found.push(entry);
  }
  return found;
}
