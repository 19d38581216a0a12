import { beforeAll, describe, expect, it } from 'vitest';
import { clearWordCaches, loadMorph, type Morph } from '../morph/index.js';
import { addName, createNameIndex, type NameIndex } from '../reference/name-index.js';
import { tokenize } from '../text/index.js';
import { cueForms, matchNamesAt, tokenKeys } from './match.js';

let morph: Morph;
let index: NameIndex<string>;
beforeAll(async () => {
  morph = await loadMorph();
  index = createNameIndex<string>();
  for (const name of ['Великий Новгород', 'МАГ', 'г.', 'НП «АВОК»', 'Союз российских городов'])
    addName(morph, index, name, name);
});

function namesAt(text: string, i = 0): string[] {
  const tokens = tokenize(text);
  return matchNamesAt(morph, tokens, i, index).map(
    (m) =>
      `${m.name.value}|${tokens
        .slice(m.first, m.last)
        .map((t) => t.text)
        .join(' ')}`,
  );
}

describe('matchNamesAt', () => {
  it.each([
    ['в Великом Новгороде', 1, ['Великий Новгород|Великом Новгороде']],
    ['МАГ провела', 0, ['МАГ|МАГ']],
    ['г. Москве', 0, ['г.|г']],
    ['НП «АВОК» провело', 0, ['НП «АВОК»|НП « АВОК »']],
    ['Союзом российских городов', 0, ['Союз российских городов|Союзом российских городов']],
    // look-alikes: an abbreviation in lower case, a shortening by lemma, a name across a line
    ['маг провел', 0, []],
    ['городов', 0, []],
    ['Великом\nНовгороде', 0, []],
  ])('%j at %i', (text, i, expected) => {
    expect(namesAt(text, i)).toEqual(expected);
    // The same answers for a text met after the word caches were emptied.
    clearWordCaches();
    expect(namesAt(text, i)).toEqual(expected);
  });
});

describe('tokenKeys', () => {
  it('gives a word its folded form and its lemmas', () => {
    const [token] = tokenize('Новгороде');
    expect([...tokenKeys(morph, token!)]).toEqual(expect.arrayContaining(['новгороде', 'новгород']));
  });

  it('looks no lower-case word up that is no form of a name word', () => {
    const [token] = tokenize('провели');
    expect([...tokenKeys(morph, token!)]).toEqual(['провели']);
  });
});

describe('cueForms', () => {
  it.each([
    ['краях', true],
    ['госкраю', true],
    ['крах', false],
  ])('%s may be a form of «край»: %s', (norm, expected) => {
    expect(cueForms(morph, new Set(['край'])).has(norm)).toBe(expected);
  });
});
