import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph, type Morph, matchCapitalization } from './index.js';

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
