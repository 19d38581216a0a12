import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, loadReferenceData } from '../index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

const announcement = [
  'Союз малых городов Российской Федерации приглашает глав городов принять участие в конференции «Малый город: ресурсы роста».',
  '',
  'Конференция состоится 14–15 мая 2031 года в Торжке, в культурном центре «Дом Пожарского». Формат — очно и онлайн.',
  '',
  'Программа конференции',
  '14 мая',
  '10:00–12:00 Пленарное заседание «Ресурсы малых городов»',
  '13:00–15:00 Круглый стол «Туризм в малых городах» (организатор — Ассоциация исторических городов)',
  '14–15 мая',
  'Выставка проектов благоустройства «Город у реки»',
  '',
  'Контакты оргкомитета: 8 (800) 000-00-00',
].join('\n');

describe('programme lines', () => {
  it('reads each line of a programme as a part of the event it belongs to', () => {
    const { events } = extractor.extract({ text: announcement, date: '2031-04-20' });
    const parts = events.filter((e) => e.kind !== 'конференция');
    expect(parts.map((e) => [e.title, e.when.start, e.when.end, e.organizers])).toEqual([
      [
        'Пленарное заседание «Ресурсы малых городов»',
        '2031-05-14',
        '2031-05-14',
        ['Союз малых городов Российской Федерации'],
      ],
      ['Круглый стол «Туризм в малых городах»', '2031-05-14', '2031-05-14', ['Ассоциация исторических городов']],
      [
        'Выставка проектов благоустройства «Город у реки»',
        '2031-05-14',
        '2031-05-15',
        ['Союз малых городов Российской Федерации'],
      ],
    ]);
    expect(parts.every((e) => e.status === 'planned' && e.places[0]?.name === 'Торжок')).toBe(true);
    expect(parts[2]?.evidence).toBe('14–15 мая\nВыставка проектов благоустройства «Город у реки»');
  });

  it('gives the named event told without a day the day a later sentence gives its kind', () => {
    const { events } = extractor.extract({ text: announcement, date: '2031-04-20' });
    const conferences = events.filter((e) => e.kind === 'конференция');
    expect(conferences.map((e) => [e.when.start, e.when.end])).toEqual([['2031-05-14', '2031-05-15']]);
  });

  it('reads a programme of list items with meals, listed sections and a remark on who comes', () => {
    const text = [
      'Союз малых городов Российской Федерации приглашает на конференцию «Малый город». Конференция состоится 14 мая 2031 года в Торжке.',
      '',
      'Программа конференции (проект)',
      '- 10:00–11:00 — регистрация участников, приветственный кофе',
      '- 11:00–13:00 — работа секций: секция 1 «Туризм»; секция 2 «Наследие»',
      '- 13:00–14:00 — обед',
      '- 14:00–15:00 — заседание Правления Союза (для членов Правления)',
      'В дни конференции будет работать выставка проектов благоустройства.',
    ].join('\n');
    const found = extractor.extract({ text, date: '2031-04-20' }).events;
    expect(found.map((e) => [e.title, e.kind])).toEqual([
      ['Конференция «Малый город»', 'конференция'],
      ['Секция 1 «Туризм»', 'заседание'],
      ['Секция 2 «Наследие»', 'заседание'],
      ['Заседание Правления Союза', 'заседание'],
      ['Выставка проектов благоустройства', 'выставка'],
    ]);
    expect(found[4]?.when).toMatchObject({ start: '2031-05-14', end: '2031-05-14' });
  });

  it('needs a heading or two timed lines to read a programme', () => {
    const single = 'Совет Союза собрался 3 марта 2031 года.\n\n10:00 Заседание рабочей группы по туризму';
    expect(extractor.extract({ text: single }).events.map((e) => e.title)).not.toContain(
      'Заседание рабочей группы по туризму',
    );
  });
});
