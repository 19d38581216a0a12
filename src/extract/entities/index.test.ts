import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clearWordCaches } from '../../morph/index.js';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { cueForms } from '../match.js';
import { findEntitySpans } from './index.js';
import { scoreSeeds } from './seed-check.js';

let ref: ReferenceData;
beforeAll(async () => {
  ref = await loadReferenceData();
});

describe('findEntitySpans', () => {
  it('finds the same spans whether word forms are cached or new', () => {
    const text =
      'В украинском городе Днепре госсоветник Татарстана Тимур Шаймиев встретился с пресс-секретарём ' +
      'Министерства экономического развития Российской Федерации и губернатором Гегаркуникской области.';
    const warm = findEntitySpans(text, ref);
    clearWordCaches();
    expect(findEntitySpans(text, ref)).toEqual(warm);
  });

  it('tells by the written form whether a word may have a cue lemma, before any lookup', () => {
    const cue = cueForms(ref.morph, new Set(['советник', 'край']));
    expect(cue.has('советника')).toBe(true);
    expect(cue.has('краях')).toBe(true);
    // az reads an unknown word as a prefix and a known one: «госсоветника» may be a «советник».
    expect(cue.has('госсоветника')).toBe(true);
    expect(cue.has('совета')).toBe(false);
    expect(cue.has('красный')).toBe(false);
  });

  it('types places, organizations and people with normalized values', () => {
    const text =
      'Мэр Казани Иван Петров выступил в Совете Федерации, а делегация Узбекистана посетила Нижний Новгород.';
    const spans = findEntitySpans(text, ref).map((s) => [s.type, s.text, (s.value as { name: string }).name]);
    expect(spans).toEqual([
      ['CITY', 'Казани', 'Казань'],
      ['PERSON', 'Иван Петров', 'Иван Петров'],
      ['ORGANIZATION', 'Совете Федерации', 'Совет Федерации'],
      ['COUNTRY', 'Узбекистана', 'Узбекистан'],
      ['CITY', 'Нижний Новгород', 'Нижний Новгород'],
    ]);
  });

  it('keeps the body and the place inside an organization name as spans of their own, as NEREL nests them', () => {
    const spans = findEntitySpans('решение Правительства Москвы', ref);
    expect(spans.map((s) => [s.type, s.text])).toEqual([
      ['ORGANIZATION', 'Правительства Москвы'],
      ['ORGANIZATION', 'Правительства'],
      ['CITY', 'Москвы'],
    ]);
  });

  it('keeps a person inside an organization name as a span of its own', () => {
    const spans = findEntitySpans('Институт русского языка имени А. С. Пушкина провёл олимпиаду.', ref);
    expect(spans.filter((s) => s.type === 'PERSON').map((s) => s.text)).toEqual(['А. С. Пушкина']);
  });

  it('reads a place that ends a party name after an adjective as part of the name only', () => {
    const text = 'Член партии «Справедливая Россия» выступил на радио «Эхо Москвы».';
    const places = findEntitySpans(text, ref).filter((s) => s.type !== 'ORGANIZATION' && s.type !== 'PERSON');
    expect(places.map((s) => [s.type, s.text])).toEqual([['CITY', 'Москвы']]);
  });

  it('reads a surname named like a region after a first name as the person', () => {
    const spans = findEntitySpans('Депутат Иван Коми выступил в Думе.', ref);
    expect(spans.filter((s) => s.type !== 'ORGANIZATION').map((s) => [s.type, s.text])).toEqual([
      ['PERSON', 'Иван Коми'],
    ]);
  });

  it('gives a place the name in its own letters in brackets after it', () => {
    const text = 'Он живёт во Франкфурте-на-Одере (Frankfurt an der Oder).';
    expect(findEntitySpans(text, ref).map((s) => [s.type, s.text, (s.value as { name: string }).name])).toEqual([
      ['CITY', 'Франкфурте-на-Одере', 'Франкфурт-на-Одере'],
      ['CITY', 'Frankfurt an der Oder', 'Франкфурт-на-Одере'],
    ]);
  });

  it('reads a city named in a sports story as its club', () => {
    const spans = findEntitySpans('Нападающий «Барселоны» забил гол в ворота соперника.', ref);
    expect(spans.map((s) => [s.type, s.text])).toEqual([['ORGANIZATION', 'Барселоны']]);
  });

  it('slices every span from the text', () => {
    const text = 'Глава Тюмени Руслан Кухарук и президент Казахстана встретились в Астане.';
    for (const s of findEntitySpans(text, ref)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

const DATA = '../shared/data';
describe.skipIf(!existsSync(`${DATA}/gold`))('seed gold (skipped when ../shared/data is missing)', () => {
  it('finds every event place and every named organizer under the gold name (≥ 0.95)', () => {
    const score = scoreSeeds(DATA, ref);
    expect(score.places.found / score.places.gold).toBeGreaterThanOrEqual(0.95);
    const named = score.organizers.gold - score.organizers.unattested;
    expect(score.organizers.found / named).toBeGreaterThanOrEqual(0.95);
  });
});
