/**
 * The two questions event assembly asks of morphology — a word's readings and its nominative in a
 * given case — answered by the shared OpenCorpora analyzer (`src/morph`).
 */
import type { Morph } from '../../morph/index.js';
import type { Agreement, TextServices } from './inputs.js';

export type { Agreement };

export type WordForms = Pick<TextServices, 'toNominative' | 'wordInfo'>;

/**
 * @example wordFormsFrom(await loadMorph()).toNominative('форуме', 'loct') // 'форум'
 */
export function wordFormsFrom(morph: Morph): WordForms {
  return {
    wordInfo: (word) => morph.parse(word),
    toNominative(word, caseHint, agreeWith) {
      const readings = morph.parse(word);
      const inCase = caseHint ? readings.filter((r) => r.tags.has(caseHint)) : readings;
      const agreeing = agreeWith
        ? inCase.filter(
            (r) =>
              r.tags.has(agreeWith.number) &&
              (agreeWith.number === 'plur' || agreeWith.gender === null || r.tags.has(agreeWith.gender)),
          )
        : [];
      const reading =
        agreeing[0] ?? inCase.find((r) => r.pos === 'NOUN' || r.pos === 'ADJF') ?? inCase[0] ?? readings[0];
      return morph.toNominative(word, reading);
    },
  };
}
