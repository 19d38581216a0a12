import { describe, expect, it } from 'vitest';
import { excerptAround } from './source-excerpt.js';

const TEXT = 'Вчера в Казани прошёл форум. Он собрал 300 участников.';

describe('excerptAround', () => {
  it('marks the evidence and cuts the context on whitespace', () => {
    const start = TEXT.indexOf('прошёл');
    const end = TEXT.indexOf(' Он');
    expect(excerptAround(TEXT, start, end, 'прошёл форум.', 10)).toEqual({
      before: 'в Казани ',
      evidence: 'прошёл форум.',
      after: ' Он собрал',
      clippedBefore: true,
      clippedAfter: true,
    });
  });

  it('keeps the whole text when it is short', () => {
    const excerpt = excerptAround(TEXT, 0, 5, 'Вчера', 500);
    expect([excerpt.before, excerpt.evidence, excerpt.after].join('')).toBe(TEXT);
    expect([excerpt.clippedBefore, excerpt.clippedAfter]).toEqual([false, false]);
  });

  it('finds the evidence again when the offsets do not point at it', () => {
    const excerpt = excerptAround(TEXT, 0, 3, '300 участников', 500);
    expect(excerpt.evidence).toBe('300 участников');
    expect(excerpt.before).toBe('Вчера в Казани прошёл форум. Он собрал ');
  });

  it('shows the evidence alone when the text does not hold it', () => {
    expect(excerptAround(TEXT, 0, 3, 'Совет Федерации', 500)).toEqual({
      before: '',
      evidence: 'Совет Федерации',
      after: '',
      clippedBefore: false,
      clippedAfter: false,
    });
  });
});
