import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeText, normalizeWord, splitSentences, tokenize } from './index.js';

describe('normalizeText', () => {
  it.each([
    ['5–6 ноября', '5-6 ноября'],
    ['«Вестник МАГ»', '"Вестник МАГ"'],
    ['Орёл', 'Орел'],
    ['2021\u00a0года', '2021 года'],
    ['муниципально — экспертных', 'муниципально - экспертных'],
  ])('%s → %s, same length', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
    expect(normalizeText(input)).toHaveLength(input.length);
  });

  it('lower-cases words and drops soft hyphens', () => {
    expect(normalizeWord('Самоуправ\u00adление')).toBe('самоуправление');
    expect(normalizeWord('Ёлки')).toBe('елки');
    expect(normalizeWord('мероприятия')).toBe('мероприятия');
    expect(normalizeWord('МАГ-2024')).toBe('маг-2024');
    expect(normalizeWord('«')).toBe('"');
    expect(normalizeWord('İ')).toBe('i̇');
  });

  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
  });
});

describe('tokenize', () => {
  it.each([
    ['5-6 ноября', ['5', '-', '6', 'ноября']],
    ['в Ростове-на-Дону', ['в', 'Ростове-на-Дону']],
    ['он-лайн семинар', ['он-лайн', 'семинар']],
    ['11.01.2026', ['11', '.', '01', '.', '2026']],
    ['«Вестник МАГ»', ['«', 'Вестник', 'МАГ', '»']],
    ['1990-е годы', ['1990', '-', 'е', 'годы']],
    ['муниципально - экспертных', ['муниципально', '-', 'экспертных']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  // The scanner splits as the Unicode expression it replaced: letters of any script, marks and soft
  // hyphens inside words, one hyphen or apostrophe joining letters, ASCII digits only as numbers.
  it.each([
    ['Самоуправ\u00adление', ['Самоуправ\u00adление']],
    ["x\u2011y o’neil д'артаньян", ['x\u2011y', 'o’neil', "д'артаньян"]],
    ['a--b -a a-', ['a', '-', '-', 'b', '-', 'a', 'a', '-']],
    ['Е\u0308лки', ['Е\u0308лки']],
    ['𝐀𝐁 😀x', ['𝐀𝐁', '😀', 'x']],
    ['١٢ ½', ['١', '٢', '½']],
    ['a\u00a0b\u3000c\u2028d', ['a', 'b', 'c', 'd']],
    ['x\ud800 \udc00z', ['x', '\ud800', '\udc00', 'z']],
    ['Straße İstanbul', ['Straße', 'İstanbul']],
  ])('scans %j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it.each([
    ['a\r\nb', true],
    ['a\rb', false],
    ['a\u2028b', false],
  ])('%j has a line break before its second token: %s', (text, lineBefore) => {
    expect(tokenize(text)[1]?.lineBefore).toBe(lineBefore);
  });

  it('keeps offsets into the original text and normalized forms', () => {
    const text = 'Сегодня,\n13 мая — Орёл';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(['сегодня', ',', '13', 'мая', '-', 'орел']);
    expect(tokens[2]?.lineBefore).toBe(true);
    expect(tokens[1]?.spaceBefore).toBe(false);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Прошёл форум. Открыл его мэр.', ['Прошёл форум.', 'Открыл его мэр.']],
    [
      'посвящено юбилею организации.Открыл Собрание глава.',
      ['посвящено юбилею организации.', 'Открыл Собрание глава.'],
    ],
    ['5 июля 2021 г. Союз провёл встречу. Она прошла.', ['5 июля 2021 г. Союз провёл встречу.', 'Она прошла.']],
    ['Выступил В. В. Путин. Затем мэр.', ['Выступил В. В. Путин.', 'Затем мэр.']],
    ['Дата 11.01.2026 указана.', ['Дата 11.01.2026 указана.']],
    ['Первая строка\nвторая строка', ['Первая строка', 'вторая строка']],
    ['Он сказал: «Мы провели форум». Потом ушёл.', ['Он сказал: «Мы провели форум».', 'Потом ушёл.']],
    ['Число т.е. пример. Далее', ['Число т.е. пример.', 'Далее']],
  ])('%s', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
