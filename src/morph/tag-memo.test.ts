import Az from 'az';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from './index.js';

beforeAll(async () => {
  await loadMorph();
});

describe('memoized tag methods', () => {
  it.each(['Москва', 'стали', 'и', 'Андрея', 'на'])('answer for %s as the tag says, every time', (word) => {
    for (const parse of Az.Morph(word, { stutter: 0 })) {
      const tag = parse.tag as unknown as Record<string, unknown> & {
        isProductive(): boolean;
        isCapitalized(): unknown;
      };
      const capitalized = Boolean(tag.Name || tag.Surn || tag.Patr || tag.Geox || tag.Init);
      const productive = ![
        'NUMR',
        'NPRO',
        'PRED',
        'PREP',
        'CONJ',
        'PRCL',
        'INTJ',
        'Apro',
        'NUMB',
        'ROMN',
        'LATN',
        'PNCT',
        'UNKN',
      ].some((g) => tag[g]);
      for (let k = 0; k < 2; k++) {
        expect(Boolean(tag.isCapitalized())).toBe(capitalized);
        expect(tag.isProductive()).toBe(productive);
        expect(String(tag)).toBe(`${(tag.stat as string[]).join(',')} ${(tag.flex as string[]).join(',')}`.trim());
      }
    }
  });
});
