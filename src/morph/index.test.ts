import { beforeAll, describe, expect, it } from 'vitest';
import { clearWordCaches, loadMorph, type Morph, matchCapitalization } from './index.js';

let morph: Morph;
beforeAll(async () => {
  morph = await loadMorph();
});

describe('loadMorph', () => {
  it('loads once and shares the analyzer', async () => {
    expect(await loadMorph()).toBe(morph);
  });

  it.each([
    ['Новгороде', 'новгород'],
    ['Ханты-Мансийска', 'ханты-мансийск'],
    ['Нур-Султане', 'нур-султан'],
    ['городов', 'город'],
    ['Андрея', 'андрей'],
  ])('lemmatizes %s to %s', (word, lemma) => {
    expect(morph.lemmas(word)).toContain(lemma);
  });

  it.each([
    ['Андрея', 'Name'],
    ['Шевченко', 'Surn'],
    ['Николаевич', 'Patr'],
    ['Новгороде', 'Geox'],
    ['МПА', 'Abbr'],
  ])('knows %s as %s', (word, grammeme) => {
    expect(morph.hasGrammeme(word, grammeme)).toBe(true);
  });

  it('tells a proper name from the same word in lower case', () => {
    expect(morph.hasGrammeme('андрея', 'Name')).toBe(false);
  });

  it.each([
    ['Андрея', 'Андрей'],
    ['Постоянной', 'Постоянная'],
    ['Комитетом', 'Комитет'],
    ['Нур-Султане', 'Нур-Султан'],
    ['Ханты-Мансийска', 'Ханты-Мансийск'],
    ['МПА', 'МПА'],
  ])('puts %s in the nominative: %s', (word, nominative) => {
    expect(morph.toNominative(word)).toBe(nominative);
  });

  it('caches parses per form', () => {
    expect(morph.parse('Москве')).toBe(morph.parse('Москве'));
  });

  it('forgets cached parses on clearWordCaches, with the same readings', () => {
    const before = morph.parse('Москве');
    clearWordCaches();
    const after = morph.parse('Москве');
    expect(after).not.toBe(before);
    expect(after.map((p) => p.lemma)).toEqual(before.map((p) => p.lemma));
  });

  it.each([
    ['край', ['края', 'краях', 'краем']],
    ['актер', ['актёров', 'актерами']],
    ['пресс-секретарь', ['пресс-секретаря', 'пресс-секретарём']],
    ['москва', ['москве', 'москвой']],
    ['сообщить', ['сообщил', 'сообщившая']],
  ])('lists the forms of %s', (lemma, some) => {
    const forms = morph.formsOf(lemma);
    for (const form of some) expect(forms).toContain(form.replace(/ё/g, 'е'));
    expect(forms).not.toContain('город');
  });

  it('lists the forms of every paradigm az guesses for an unknown word when asked', () => {
    expect(morph.formsOf('гданьский')).toEqual(['гданьский']);
    expect(morph.formsOf('гданьский', true)).toContain('гданьских');
  });
});

describe('matchCapitalization', () => {
  it.each([
    ['МПА', 'мпа', 'МПА'],
    ['Андрея', 'андрей', 'Андрей'],
    ['Ханты-Мансийска', 'ханты-мансийск', 'Ханты-Мансийск'],
    ['комитетом', 'комитет', 'комитет'],
  ])('%s → %s', (model, word, expected) => {
    expect(matchCapitalization(model, word)).toBe(expected);
  });
});

describe('retain', () => {
  it('keeps readings that answer as the analyzer would, after the word caches are emptied', async () => {
    const words = ['Калуге', 'области', 'Области', 'несуществующийгород'];
    const fresh = words.map((w) => morph.parse(w).map((p) => [p.lemma, p.pos, [...p.tags], p.score, p.known]));
    morph.retain(words);
    clearWordCaches();
    expect(words.map((w) => morph.parse(w).map((p) => [p.lemma, p.pos, [...p.tags], p.score, p.known]))).toEqual(fresh);
  });

  it('lets a kept reading inflect the same before and after the caches are emptied', () => {
    morph.retain(['Калуге']);
    const reading = morph.parse('Калуге')[0]!;
    const before = morph.inflect('Калуге', reading, ['nomn']);
    clearWordCaches();
    expect(morph.inflect('Калуге', reading, ['nomn'])).toBe(before);
    expect(before).toBe('калуга');
  });
});

describe('formsOf', () => {
  it('gives the same list each time, made once', () => {
    expect(morph.formsOf('край')).toBe(morph.formsOf('край'));
    expect(morph.formsOf('край')).toEqual(expect.arrayContaining(['край', 'края', 'краях']));
  });
});
