import type { AzParse } from 'az';
import Az from 'az';
import { beforeAll, describe, expect, it } from 'vitest';
import { azFindAll, loadedDawg } from './dawg-lookup.js';
import { analyzeKnownWord, analyzeWord, lemmaOf } from './dictionary-analysis.js';
import { loadMorph } from './index.js';

beforeAll(async () => {
  await loadMorph();
});

/** Everything of az's parses that munical reads, in order. */
function described(parses: AzParse[]): unknown[] {
  return parses.map((p) => [String(p), String(p.tag), p.score, p.parser, String(p.normalize()), p.formCnt]);
}

const WORDS = [
  // dictionary words, with «е» for «ё» and without, proper names, ambiguous forms
  'стали',
  'ёлка',
  'елка',
  'Ёлки',
  'еще',
  'её',
  'ее',
  'Новгороде',
  'новгороде',
  'Андрея',
  'андрея',
  'городов',
  'мероприятия',
  'МОСКВА',
  'Москва',
  'Ханты-Мансийска',
  'пресс-секретаря',
  'он-лайн',
  'в',
  'В',
  'я',
  'Я',
  // words the dictionary lacks: guessed, abbreviations, numbers, Latin
  'Визбора',
  'ЕАЭС',
  'Еаэс',
  'Росконгресс',
  'медиахолдинга',
  'II',
  'XXI',
  'Telegram',
  '2024',
  'x',
  '',
  // unknown words guessed by their endings (az's suffix predictor), «е» that may be «ё» among them
  'Тиллерсон',
  'Тиллерсона',
  'Чиненковым',
  'видеоэкспериментами',
  'суперелками',
  'Бейонсе',
  'хип-хоп-исполнителю',
  'ДЖЕЙ-ЗИ',
  'наибыстрейшего',
  'понаехавшие',
];

describe('analyzeWord', () => {
  it.each(WORDS)('reads %j as Az.Morph does', (word) => {
    expect(described(analyzeWord(word))).toEqual(described(Az.Morph(word, { stutter: 0 })));
  });
});

describe('analyzeKnownWord', () => {
  it.each(WORDS)('reads %j as Az.Morph does when the dictionary knows it, else gives null', (word) => {
    const az = Az.Morph(word, { stutter: 0 });
    const known = az.some((p) => p.parser === 'Dictionary');
    const got = analyzeKnownWord(word);
    expect(got === null ? null : described(got)).toEqual(known ? described(az) : null);
  });
});

describe('the DAWG walk', () => {
  const replacements = { е: 'ё' };
  it.each([
    ['words.dawg', ['елка', 'еще', 'все', 'берет', 'зелененький', 'xyz', '', 'е', 'ееее']],
    ['prediction-suffixes-0.dawg', ['ого', 'ение', 'ей', 'е']],
    ['p_t_given_w.intdawg', ['стали:NOUN,inan,femn sing,gent', 'стали:VERB', 'нет:PRCL', '']],
  ])('finds in %s what az finds', (file, keys) => {
    const dawg = loadedDawg(file);
    expect(dawg).toBeDefined();
    for (const key of keys) {
      for (const replaces of [undefined, replacements]) {
        expect(dawg!.findAll(key, replaces, 0, 0)).toEqual(azFindAll.call(dawg, key, replaces, 0, 0));
      }
    }
  });
});

describe('lemmaOf', () => {
  it.each(WORDS)('gives the normal form az gives for every reading of %j', (word) => {
    for (const parse of analyzeWord(word)) expect(lemmaOf(parse)).toBe(parse.normalize()?.word);
  });
});
