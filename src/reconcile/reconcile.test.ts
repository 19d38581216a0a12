import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../morph/index.js';
import { decideLink, type Mention, mergeMentions, titleSignature, titleSimilarity } from './index.js';

// Lemmas from OpenCorpora, with one abbreviation expanded as the store does from the registry.
const ABBREVIATIONS: Record<string, string> = { МАГ: 'Международная Ассамблея столиц и крупных городов' };
let stem: (word: string) => string[] = (w) => [w];
beforeAll(async () => {
  const morph = await loadMorph();
  const lemma = (word: string) => morph.lemmas(word)[0] ?? word.toLowerCase();
  stem = (word) => ABBREVIATIONS[word]?.split(' ').map(lemma) ?? [lemma(word)];
});

const base: Mention = {
  title: 'XXVIII сессия МАГ по вопросам цифровизации муниципального управления',
  kind: 'сессия',
  start: '2021-07-03',
  end: '2021-07-05',
  precision: 'day',
  recurrence: null,
  status: 'planned',
  places: ['Нур-Султан'],
  organizers: ['Международная Ассамблея столиц и крупных городов'],
  fromPlan: true,
};

describe('titleSimilarity', () => {
  it.each([
    ['Международный муниципальный форум', 'Международного муниципального форума', 1],
    ['XXVIII сессия МАГ', 'XXIX сессия МАГ', 0],
    ['Первое заседание проектного офиса', 'Второе заседание проектного офиса', 0],
    ['Участие в X Московском урбанистическом форуме', 'X Московский урбанистический форум', 1],
    ['Форум «СНГ+МИР 2021»', 'Форум «СНГ+МИР»', 1],
    ['Семинар по вопросам контроля', 'Конференция по туризму', 0],
    ['Форум', 'Международный муниципальный форум', 0],
    ['Форум', 'форума', 1],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(titleSimilarity(titleSignature(a, stem), titleSignature(b, stem))).toBeCloseTo(expected, 2);
  });
});

describe('decideLink', () => {
  it('links a plan item to the news report that it was held', () => {
    const report: Mention = {
      ...base,
      title: 'XXVIII сессия Международной Ассамблеи столиц и крупных городов по вопросам цифровизации',
      start: '2021-07-04',
      end: '2021-07-04',
      status: 'held',
      fromPlan: false,
    };
    expect(decideLink(base, report, stem)?.kind).toBe('reported_by');
  });

  it('treats two reports of one event as the same', () => {
    const a: Mention = { ...base, fromPlan: false, status: 'held' };
    expect(decideLink(a, { ...a, title: 'Сессия МАГ по вопросам цифровизации' }, stem)?.kind).toBe('same_as');
  });

  it.each<[string, Partial<Mention>]>([
    ['another session number', { title: 'XXIX сессия МАГ по вопросам цифровизации муниципального управления' }],
    ['another kind', { kind: 'форум' }],
    ['another time', { start: '2021-09-01', end: '2021-09-30', precision: 'month' }],
    ['another city', { places: ['Минск'] }],
    ['a recurring item', { recurrence: 'quarterly', precision: 'year' }],
    ['an undated item', { start: null, end: null, precision: 'unknown' }],
    ['an unrelated title', { title: 'Сессия по вопросам здравоохранения', places: [], organizers: [] }],
  ])('never merges %s', (_label, change) => {
    expect(decideLink(base, { ...base, ...change, fromPlan: false }, stem)).toBeNull();
  });
});

describe('mergeMentions', () => {
  it('takes the most precise time, the report status and title, every place once', () => {
    const plan: Mention = { ...base, start: '2021-07-01', end: '2021-07-31', precision: 'month' };
    const report: Mention = { ...base, title: 'XXVIII сессия МАГ', status: 'held', fromPlan: false, places: ['нур-султан', 'Астана'] };
    const merged = mergeMentions([plan, report]);
    expect(merged).toMatchObject({ title: 'XXVIII сессия МАГ', start: '2021-07-03', precision: 'day', status: 'held', fromPlan: false });
    expect(merged.places).toHaveLength(2);
  });

  it('refuses an empty list', () => {
    expect(() => mergeMentions([])).toThrow(/expected at least one/);
  });
});
