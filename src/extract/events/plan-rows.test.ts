import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, loadReferenceData } from '../index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

/** A plan of one owner with one table whose rows are given as «| № | name | when | responsible |». */
function plan(owner: string[], rows: string[]): string {
  return [
    ...owner,
    '',
    '| № п/п | Наименование мероприятия | Срок | Ответственный |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const events = (text: string) => extractor.extract({ text }).events;

describe('plan rows: the «Ответственный» column', () => {
  const owner = ['План работы Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  const full = 'Ассоциация «Совет муниципальных образований Тверской области»';
  it.each([
    ['Исполнительная дирекция Ассоциации', [full]],
    ['Председатель Ассоциации', [full]],
    ['Председатели палат', [full]],
    ['Юридический отдел', [full]],
    ['Пресс-служба', [full]],
    ['Заместитель председателя, исполнительная дирекция', [full]],
    ['Ассоциация', [full]],
    ['Ассоциация совместно с администрацией Тверской области', [full, 'Администрация Тверской области']],
    ['Ассоциация, министерство финансов Тверской области', [full, 'Министерство финансов Тверской области']],
    // The owner's branch in a region is the owner.
    ['аппарат Ассоциации, региональное отделение Ассоциации в Тверской области', [full]],
  ])('«%s» → %j', (cell, expected) => {
    const [event] = events(plan(owner, [`| 1. | Семинар для глав поселений | 12 мая | ${cell} |`]));
    expect(event?.organizers).toEqual(expected);
  });

  it('takes the owner named in capitals on the line above the plan title', () => {
    const text = plan(
      ['АССОЦИАЦИЯ «СОВЕТ МУНИЦИПАЛЬНЫХ ОБРАЗОВАНИЙ ТВЕРСКОЙ ОБЛАСТИ»', '', 'План основных мероприятий на 2031 год'],
      ['| 1. | Семинар для глав поселений | 12 мая | Исполнительная дирекция |'],
    );
    expect(events(text)[0]?.organizers).toEqual([full]);
  });

  it.each([
    ['Участие в заседании Совета Общероссийского Конгресса муниципальных образований', 'Исполнительная дирекция'],
    ['Участие в заседаниях Совета по развитию местного самоуправления при Губернаторе Тверской области', ''],
  ])('a row of taking part in «%s» is organized by the body whose event it is', (name) => {
    const [event] = events(plan(owner, [`| 1. | ${name} | в течение года | Исполнительная дирекция |`]));
    expect(event?.organizers).toHaveLength(1);
    expect(event?.organizers[0]).not.toBe(full);
  });
});

describe('plan rows: section headings, vague terms, titles', () => {
  const owner = ['План работы Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  it.each(['| | **Раздел 2. Семинары** | | |', '| | Раздел 2. Семинары | | |'])(
    'a heading row «%s» is not glued to the row above',
    (heading) => {
      const text = plan(owner, [
        '| 1. | Заседание Правления Ассоциации | март | |',
        heading,
        '| 2. | Семинар для глав поселений | 12 мая | |',
      ]);
      expect(events(text).map((e) => e.title)).toEqual([
        'Заседание Правления Ассоциации',
        'Семинар для глав поселений',
      ]);
    },
  );

  it.each(['по плану ОКМО', 'по плану Совета Федерации', 'по согласованию'])(
    '«%s» is the plan period, precision unknown',
    (cell) => {
      const [event] = events(plan(owner, [`| 1. | Заседание Правления Ассоциации | ${cell} | |`]));
      expect(event?.when).toMatchObject({ start: '2031-01-01', end: '2031-12-31', precision: 'unknown', text: cell });
    },
  );

  it.each([
    ['Общее собрание членов Ассоциации в Великом Новгороде', 'Общее собрание членов Ассоциации', ['Великий Новгород']],
    [
      'Организация стажировки глав поселений в муниципальных образованиях Республики Татарстан',
      'Стажировка глав поселений',
      ['Республика Татарстан'],
    ],
    ['Проведение совместно с Правительством Тверской области совещания глав районов', 'Совещание глав районов', []],
    [
      'Подготовка доклада о городских агломерациях в Российской Федерации',
      'Подготовка доклада о городских агломерациях в Российской Федерации',
      [],
    ],
  ])('«%s» → title «%s», places %j', (name, title, places) => {
    const [event] = events(plan(owner, [`| 1. | ${name} | май | |`]));
    expect(event?.title).toBe(title);
    expect(event?.places.map((p) => p.name)).toEqual(places);
  });

  it('a partner named with «совместно с» in the name organizes too', () => {
    const [event] = events(
      plan(owner, ['| 1. | Проведение совместно с Правительством Тверской области совещания глав районов | май | |']),
    );
    expect(event?.organizers).toEqual([
      'Ассоциация «Совет муниципальных образований Тверской области»',
      'Правительство Тверской области',
    ]);
  });
});

describe('plan rows: several days, sub-items and a town after a comma', () => {
  const owner = ['План мероприятий Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  const row = (name: string, when: string) => events(plan(owner, [`| 1. | ${name} | ${when} | Ассоциация |`]));
  it.each([
    ['12 марта, 14 мая', ['2031-03-12', '2031-05-14']],
    ['12 марта и 14 мая', ['2031-03-12', '2031-05-14']],
    // Look-alikes: one range, one month list and a date with its place stay one event.
    ['12-14 марта', ['2031-03-12']],
    ['февраль, март', ['2031-02-01']],
    ['14 мая, Тверь', ['2031-05-14']],
  ])('«%s» → %j', (when, starts) => {
    expect(row('Заседание Правления Ассоциации', when).map((e) => e.when.start)).toEqual(starts);
  });
  it('splits lettered sub-items into events of their own', () => {
    const found = row(
      'Участие в мероприятиях партнёров: а) Международный муниципальный форум, г. Санкт-Петербург; б) Всероссийский форум малых городов',
      'октябрь',
    );
    expect(found.map((e) => [e.title, e.places.map((p) => p.name)])).toEqual([
      ['Международный муниципальный форум', ['Санкт-Петербург']],
      ['Всероссийский форум малых городов', []],
    ]);
  });
  it('keeps a cell with a single lettered item or brackets whole', () => {
    expect(row('Семинар а) для глав поселений', '12 мая')).toHaveLength(1);
    expect(row('Семинар (вебинар) для глав', '12 мая')).toHaveLength(1);
  });
  it('reads «, г. Тула» as the place, out of the title', () => {
    const [event] = row('Семинар для глав поселений, г. Тула', '12 мая');
    expect([event?.title, event?.places.map((p) => p.name)]).toEqual(['Семинар для глав поселений', ['Тула']]);
  });
});

describe("plan rows: the owner's posts and units, other bodies' people", () => {
  const owner = ['План работы Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  const full = 'Ассоциация «Совет муниципальных образований Тверской области»';
  it.each([
    ['Президент Ассоциации', [full]],
    ['Председатель Президиума, исполнительный директор', [full]],
    ['Экспертный совет Ассоциации', [full]],
    ['Т.В. Медведева, руководитель направления', [full]],
    // Another body's post is a person, not an organizer; the owner's commission still meets.
    ['Председатель комиссии, Глава города Твери', [full]],
    ['Администрация города Твери, исполнительная дирекция', ['Администрация города Твери', full]],
    // Look-alikes: bodies whose names begin like a unit or a post stay themselves.
    ['Совет Федерации', ['Совет Федерации']],
    ['Министерство финансов Тверской области', ['Министерство финансов Тверской области']],
    ['Мэрия города Твери', ['Мэрия города Твери']],
    ['Правительство Тверской области; при поддержке Министерства культуры', ['Правительство Тверской области']],
    // A note in brackets on whose event it is: «(организатор форума – …)».
    [
      'Исполнительная дирекция (организатор форума – Правительство Тверской области)',
      ['Правительство Тверской области'],
    ],
  ])('«%s» → %j', (cell, expected) => {
    const [event] = events(plan(owner, [`| 1. | Семинар для глав поселений | 12 мая | ${cell} |`]));
    expect(event?.organizers).toEqual(expected);
  });

  it("a row of taking part names the body whose event it is, not the owner's post", () => {
    const [event] = events(
      plan(owner, ['| 1. | Участие в заседаниях Совета Федерации | по отдельному графику | Председатель Президиума |']),
    );
    expect(event?.organizers).toEqual(['Совет Федерации']);
  });
});

describe('plan items written as numbered paragraphs', () => {
  const text = [
    'ПЛАН основных мероприятий Ассоциации «Совет муниципальных образований Тверской области» на 2031 год',
    '',
    'Раздел 1. Органы управления',
    '',
    '1.1. Заседания Правления Ассоциации – место проведения определяется Председателем (ответственный – исполнительный директор).',
    '',
    '1.2. Круглый стол «Малые поселения» – 3 квартал, в г. Ржеве (ответственный – исполнительная дирекция, Администрация города Ржева).',
    '',
    '1.3. Семинар для депутатов – с 16 по 18 марта, в Твери, совместно с Законодательным Собранием Тверской области.Приглашаются депутаты.',
    '',
    '1.4. Подготовка ежегодного доклада о местном самоуправлении – до 1 декабря.',
    '',
    '1.5. В течение года – мониторинг муниципальных практик.',
  ].join('\n');
  const full = 'Ассоциация «Совет муниципальных образований Тверской области»';
  it('reads every item as a planned event with its organizers', () => {
    const found = events(text);
    expect(found.map((e) => [e.title, e.status, e.organizers])).toEqual([
      ['Заседания Правления Ассоциации', 'planned', [full]],
      ['Круглый стол «Малые поселения»', 'planned', [full, 'Администрация города Ржева']],
      ['Семинар для депутатов', 'planned', [full, 'Законодательное Собрание Тверской области']],
      ['Подготовка ежегодного доклада о местном самоуправлении', 'planned', [full]],
      ['Мониторинг муниципальных практик', 'planned', [full]],
    ]);
    expect(found[2]?.places.map((p) => p.name)).toEqual(['Тверь']);
  });
});

describe('plan items broken over lines, celebrations as dash lines', () => {
  const text = [
    'СОЮЗ ГОРОДОВ ПРИОКСКОГО КРАЯ',
    '',
    'ПЛАН МЕРОПРИЯТИЙ НА 2031 ГОД',
    '',
    'I. Основные мероприятия',
    '',
    '1. Конференция «Города у реки»',
    '   Рязань, 14–15 апреля',
    '   Организаторы: Союз городов Приокского края, Администрация города Рязани',
    '',
    '2. Смотр-конкурс благоустройства',
    '   «Лучший двор»',
    '   Калуга, октябрь',
    '',
    'II. Юбилеи городов – членов Союза в 2031 году',
    '',
    '– Тула – 885 лет – 12 сентября;',
    '– Калуга (660 лет) – 20 сентября.',
  ].join('\n');
  it('reads each item with its name, place, date and organizers, and each celebration line', () => {
    const found = events(text);
    expect(found.map((e) => [e.title, e.when.start, e.when.end, e.places.map((p) => p.name), e.age])).toEqual([
      ['Конференция «Города у реки»', '2031-04-14', '2031-04-15', ['Рязань'], null],
      ['Смотр-конкурс благоустройства «Лучший двор»', '2031-10-01', '2031-10-31', ['Калуга'], null],
      ['Юбилей города Тула', '2031-09-12', '2031-09-12', ['Тула'], 885],
      ['Юбилей города Калуга', '2031-09-20', '2031-09-20', ['Калуга'], 660],
    ]);
    expect(found[0]?.organizers).toContain('Администрация города Рязани');
    expect(found[0]?.evidence).toContain('\n   Организаторы:');
  });
});

describe('plan rows: a host in the place cell, stages, remarks in the name', () => {
  const owner = ['План работы Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  it('reads «г. Тверь, Законодательное Собрание …» as the town and the venue', () => {
    const text = [
      ...owner,
      '',
      '| № | Мероприятие | Срок | Место проведения |',
      '|---|---|---|---|',
      '| 1. | Семинар для депутатов (далее – Семинар) | 12 мая | г. Тверь, Законодательное Собрание Тверской области |',
      '| 2. | Круглый стол «Кадры» (I и II этапы) | 3 марта; 5 октября | г. Ржев; г. Торжок |',
      '| 3. | Форум «Малая родина» (г. Тверь, Дом молодёжи) | 1 июня | |',
    ].join('\n');
    const found = events(text);
    expect(found.map((e) => [e.title, e.places.map((p) => p.name), e.venue])).toEqual([
      ['Семинар для депутатов', ['Тверь'], 'Законодательное Собрание Тверской области'],
      ['Круглый стол «Кадры»', ['Ржев'], null],
      ['Круглый стол «Кадры»', ['Торжок'], null],
      ['Форум «Малая родина»', ['Тверь'], 'Дом молодёжи'],
    ]);
  });

  it.each([
    ['г. Москва, Санкт-Петербург', null],
    ['Москва, февраль', null],
  ])('«%s» names no venue', (cell, venue) => {
    const text = [
      ...owner,
      '',
      '| № | Мероприятие | Срок | Место проведения |',
      '|---|---|---|---|',
      `| 1. | Семинар для депутатов | 12 мая | ${cell} |`,
    ].join('\n');
    expect(events(text)[0]?.venue).toBe(venue);
  });

  it('writes out «г.о.» and drops «(по согласованию)» in a responsible cell', () => {
    const [event] = events(
      plan(owner, ['| 1. | Семинар для глав | 12 мая | Ассоциация, Администрация г.о. Кашира (по согласованию) |']),
    );
    expect(event?.organizers).toContain('Администрация городского округа Кашира');
  });

  it('does not take the organ that approved the plan for its owner', () => {
    const text = [
      '**Союз городов Приокского края (СГПК)**',
      '',
      '**ПЛАН РАБОТЫ НА 2031 ГОД**',
      '',
      'Принят на заседании Совета СГПК 12 декабря 2030 года',
      '',
      '| № | Мероприятие | Ответственный | Сроки |',
      '|---|---|---|---|',
      '| 1. | Заседание Совета СГПК | Секретариат | март |',
    ].join('\n');
    expect(events(text)[0]?.organizers).toEqual(['Союз городов Приокского края']);
  });
});

describe('plan rows: taking part in another body’s events', () => {
  const owner = ['План работы Ассоциации «Совет муниципальных образований Тверской области» на 2031 год'];
  it.each([
    ['Участие в заседаниях Президиума ОКМО и Совета ОКМО', 'Общероссийский Конгресс муниципальных образований'],
    [
      'Участие в заседании Исполнительного бюро Всемирной организации «Объединённые города и местные власти» (ОГМВ)',
      'Всемирная организация «Объединённые города и местные власти»',
    ],
    ['Участие во Всемирном конгрессе ОГМВ', 'Всемирная организация «Объединённые города и местные власти»'],
  ])('«%s» is organized by %s', (name, body) => {
    const [event] = events(plan(owner, [`| 1. | ${name} | май | Исполнительная дирекция |`]));
    expect(event?.organizers).toEqual([body]);
  });

  it('names nobody when the organs belong to different bodies', () => {
    const [event] = events(
      plan(owner, ['| 1. | Участие в заседаниях Президиума ОКМО и Совета Федерации | май | Исполнительная дирекция |']),
    );
    expect(event?.organizers).toEqual([]);
  });
});
