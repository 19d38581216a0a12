/**
 * The two questions event assembly asks of morphology — a word's readings and its nominative in a
 * given case — answered by the shared OpenCorpora analyzer (`src/morph`).
 */
import { type Morph, matchCapitalization } from '../../morph/index.js';
import { inflectPhrase } from '../orgs/index.js';
import type { Agreement, TextServices } from './inputs.js';

export type { Agreement };

export type WordForms = Pick<TextServices, 'toNominative' | 'wordInfo' | 'inflectPhrase' | 'singular'>;

/**
 * @example wordFormsFrom(await loadMorph()).toNominative('форуме', 'loct') // 'форум'
 */
export function wordFormsFrom(morph: Morph): WordForms {
  return {
    wordInfo: (word) => morph.parse(word),
    inflectPhrase: (phrase, target) => inflectPhrase(morph, phrase, target),
    singular(group) {
      const words = group.split(/\s+/);
      // «тематические сессии», and after a count «(три) круглых стола»: any case goes to the nominative.
      const last = morph.parse(words[words.length - 1]!);
      const noun = last.find((r) => r.pos === 'NOUN' && r.tags.has('nomn')) ?? last.find((r) => r.pos === 'NOUN');
      if (!noun) return group;
      const gender = ['masc', 'femn', 'neut'].find((g) => noun.tags.has(g));
      const one = (word: string, wanted: string[]) => {
        const readings = morph.parse(word).filter((r) => r.pos === 'NOUN' || r.pos === 'ADJF');
        const reading = readings.find((r) => r.tags.has('nomn')) ?? readings[0];
        const form = reading ? morph.inflect(word, reading, wanted) : null;
        return form ? matchCapitalization(word, form) : word;
      };
      return words
        .map((w, i) =>
          i === words.length - 1 ? one(w, ['nomn', 'sing']) : one(w, ['nomn', 'sing', ...(gender ? [gender] : [])]),
        )
        .join(' ');
    },
    toNominative(word, caseHint, agreeWith) {
      // «выставку-ярмарку»: a compound of two nouns changes in both parts.
      const parts = word.split('-');
      if (
        parts.length === 2 &&
        parts.every((p) => morph.parse(p).some((r) => r.pos === 'NOUN' && (!caseHint || r.tags.has(caseHint))))
      ) {
        return parts.map((p) => this.toNominative(p, caseHint, agreeWith)).join('-');
      }
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
