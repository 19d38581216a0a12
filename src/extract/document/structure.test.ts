import { describe, expect, it } from 'vitest';
import { headerRoles, headingRole } from './columns.js';
import { readStructure } from './structure.js';

const cellsOf = (text: string) =>
  readStructure(text).tables.map((t) => ({
    shape: t.shape,
    header: t.header?.cells.map((c) => c.text) ?? null,
    rows: t.rows.map((r) => r.cells.map((c) => c.text)),
    caption: t.caption?.text ?? null,
  }));

describe('readStructure', () => {
  it('reads a Markdown pipe table with its header and a section row', () => {
    const text = [
      'План работы Союза на 2030 год',
      '',
      '| № | Мероприятие | Срок |',
      '|---|---|---|',
      '| 1. | Семинар для глав | март |',
      '| Информационная работа | | |',
      '| 2. | Выпуск бюллетеня | ежемесячно |',
    ].join('\n');
    const [table] = cellsOf(text);
    expect(table).toEqual({
      shape: 'pipe',
      header: ['№', 'Мероприятие', 'Срок'],
      rows: [
        ['1.', 'Семинар для глав', 'март'],
        ['Информационная работа', '', ''],
        ['2.', 'Выпуск бюллетеня', 'ежемесячно'],
      ],
      caption: 'План работы Союза на 2030 год',
    });
  });

  it('keeps offsets: every cell slices the original text', () => {
    const text = 'Итоги\n| № | Мероприятие |\n|---|---|\n| 1. | Форум «Город» |';
    const cell = readStructure(text).tables[0]!.rows[0]!.cells[1]!;
    expect(text.slice(cell.start, cell.end)).toBe('Форум «Город»');
  });

  it('reads a Word table exported one cell per tab-indented line', () => {
    const text = [
      'План работы',
      '',
      '\t№',
      '\tМероприятие',
      '\tСрок',
      '\tОжидаемый результат',
      '',
      '\tОрганизационная работа',
      '',
      '\t1. ',
      '\tПроведение круглого стола',
      '\tмай',
      '',
      '\tПроведён круглый стол,',
      'подготовлены рекомендации.',
      '',
      '\tРабота с кадрами',
      '',
      '\t2. ',
      '\tПодготовка доклада',
      '\tиюнь',
      '\tДоклад подготовлен.',
    ].join('\n');
    const [table] = cellsOf(text);
    expect(table!.shape).toBe('tab-lines');
    expect(table!.header).toEqual(['№', 'Мероприятие', 'Срок', 'Ожидаемый результат']);
    expect(table!.rows).toEqual([
      ['Организационная работа'],
      ['1.', 'Проведение круглого стола', 'май', 'Проведён круглый стол,\nподготовлены рекомендации.'],
      ['Работа с кадрами'],
      ['2.', 'Подготовка доклада', 'июнь', 'Доклад подготовлен.'],
    ]);
  });

  it('reads tab-separated rows and leaves prose as paragraphs', () => {
    const text = 'Календарь\n1.\tФорум городов\tапрель\n2.\tСеминар\tмай\n\n— первый пункт\nОбычный текст.';
    const s = readStructure(text);
    expect(s.tables.map((t) => t.shape)).toEqual(['tsv']);
    expect(s.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1.', 'Форум городов', 'апрель'],
      ['2.', 'Семинар', 'май'],
    ]);
    expect(s.paragraphs.map((p) => [p.text, p.listItem])).toEqual([
      ['Календарь', false],
      ['— первый пункт', true],
      ['Обычный текст.', false],
    ]);
  });
});

describe('list items', () => {
  it.each([
    ['1. Семинар – май', true],
    ['2) Форум – июнь', true],
    ['1.3. Торжественное мероприятие – 21 апреля', true],
    // Look-alikes: a date that opens a line is no item number.
    ['25.03.2025 в Москве прошло заседание.', false],
    ['12.05 состоялся семинар.', false],
  ])('«%s» → %s', (line, listItem) => {
    expect(readStructure(line).paragraphs[0]?.listItem).toBe(listItem);
  });
});

describe('readStructure: lines that belong together', () => {
  it('joins a list item hard-wrapped onto the lines below it, not an indented part or the next item', () => {
    const text = [
      '1. Конференция «Город: опыт и',
      'перспективы» – 22–23 апреля, г. Казань. Ответственный: исполнительная',
      'дирекция.',
      '2. Семинар для глав',
      '   Москва, май',
    ].join('\n');
    expect(readStructure(text).paragraphs.map((p) => p.text)).toEqual([
      text.split('\n2.')[0],
      '2. Семинар для глав\n   Москва, май',
    ]);
  });

  it('keeps a section heading on its own line inside a tab-separated table', () => {
    const text = '№\tМероприятие\tСрок\n1. Органы управления\n1.1\tОбщее собрание\tмарт\n1.2\tСовет\tмай';
    expect(cellsOf(text)[0]!.rows).toEqual([
      ['1. Органы управления'],
      ['1.1', 'Общее собрание', 'март'],
      ['1.2', 'Совет', 'май'],
    ]);
  });

  it('keeps «Раздел N.» between Word table cells a section row, never a cell of the row above', () => {
    const text =
      '\t№\n\tМероприятие\n\tСрок\n\n\t1.\n\tФорум\n\tмай\n\n\tРаздел 2. Конкурсы\n\n\t2.\n\tКонкурс\n\tиюнь';
    const [table] = cellsOf(text);
    expect(table!.header).toEqual(['№', 'Мероприятие', 'Срок']);
    expect(table!.rows).toEqual([['1.', 'Форум', 'май'], ['Раздел 2. Конкурсы'], ['2.', 'Конкурс', 'июнь']]);
  });
});

describe('Word tables saved as plain text', () => {
  it('reads one cell per plain line under a header of column headings', () => {
    const text = [
      'ПЛАН на 2031 год',
      '',
      '№',
      'Мероприятие',
      'Сроки',
      'Место проведения',
      'Организаторы',
      '',
      'I. Мероприятия органов Союза',
      '',
      '1.',
      'Заседание Президиума Союза',
      'февраль',
      'г. Москва',
      'Союз городов Верхневолжья,',
      'администрация г. Твери',
      '',
      '2.',
      'Выпуск вестника «Города»',
      'ежеквартально',
      '',
      '',
      'Союз городов Верхневолжья',
      '',
      '* Сроки указаны ориентировочно.',
    ].join('\n');
    const [table] = cellsOf(text);
    expect(table).toEqual({
      shape: 'cell-lines',
      header: ['№', 'Мероприятие', 'Сроки', 'Место проведения', 'Организаторы'],
      rows: [
        ['I. Мероприятия органов Союза'],
        [
          '1.',
          'Заседание Президиума Союза',
          'февраль',
          'г. Москва',
          'Союз городов Верхневолжья,\nадминистрация г. Твери',
        ],
        ['2.', 'Выпуск вестника «Города»', 'ежеквартально', '', 'Союз городов Верхневолжья'],
      ],
      caption: 'ПЛАН на 2031 год',
    });
    expect(readStructure(text).paragraphs.map((p) => p.text)).toContain('* Сроки указаны ориентировочно.');
  });

  it('reads a tab-separated row broken over lines as one row', () => {
    const text = [
      '№\tМероприятие\tСрок\tОтветственные',
      '1.\tЗаседание Совета\tмарт\tПредседатель Совета,',
      '\t\t\tисполнительная дирекция',
      '2.\tОбщее собрание членов Союза «Города ',
      'Верхневолжья»\t27 марта\tИсполнительная дирекция, ',
      'Правительство Тверской области',
      '3.\tСеминар для глав\tапрель\tИсполнительная дирекция',
    ].join('\n');
    const [table] = cellsOf(text);
    expect(table?.rows).toEqual([
      ['1.', 'Заседание Совета', 'март', 'Председатель Совета,\n\t\t\tисполнительная дирекция'],
      [
        '2.',
        'Общее собрание членов Союза «Города \nВерхневолжья»',
        '27 марта',
        'Исполнительная дирекция, \nПравительство Тверской области',
      ],
      ['3.', 'Семинар для глав', 'апрель', 'Исполнительная дирекция'],
    ]);
  });
});

describe('a section heading between Word-exported rows', () => {
  it('closes the row before it', () => {
    const text = [
      '\t1.',
      '\tСеминар',
      '\tмай',
      '',
      '\tII. Информационная работа',
      '',
      '\t2.',
      '\tВестник',
      '\tиюнь',
    ].join('\n');
    const [table] = readStructure(text).tables;
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1.', 'Семинар', 'май'],
      ['II. Информационная работа'],
      ['2.', 'Вестник', 'июнь'],
    ]);
  });
});

describe('numbered items broken over lines', () => {
  it('keeps the lines indented under a numbered item in it', () => {
    const text = '1. Семинар для глав\n   Тула, 12 мая\n   Организатор: Союз\n2. Форум\n\nВыводы';
    const { paragraphs } = readStructure(text);
    expect(paragraphs.map((p) => [p.text, p.listItem])).toEqual([
      ['1. Семинар для глав\n   Тула, 12 мая\n   Организатор: Союз', true],
      ['2. Форум', true],
      ['Выводы', false],
    ]);
  });

  it('does not glue an indented line under prose or an unnumbered dash line', () => {
    const text = 'Итоги года\n   Тула\n– Форум\n   Калуга';
    expect(readStructure(text).paragraphs.map((p) => p.text)).toEqual(['Итоги года', 'Тула', '– Форум', 'Калуга']);
  });
});

describe('headingRole', () => {
  it.each([
    ['№ п/п', 'number'],
    ['Мероприятия', 'event'],
    ['Наименование мероприятия', 'event'],
    ['Место, дата', 'place-date'],
    ['Дата и место проведения', 'place-date'],
    ['Срок', 'date'],
    ['Сроки исполнения', 'date'],
    ['Место проведения', 'place'],
    // a format and a place in one column: the place is what it adds
    ['Форма проведения, место', 'place'],
    ['Форма проведения', 'format'],
    ['Ожидаемый результат', 'result'],
    ['Примечание', 'note'],
    ['Организаторы', 'organizer'],
    ['Ответственный исполнитель', 'organizer'],
    ['Юбилей', 'age'],
    ['Город', 'place'],
    ['Караганда', null],
    ['Проведено первое заседание тематической группы', null],
  ])('%s → %s', (heading, role) => {
    expect(headingRole(heading)).toBe(role);
  });

  it('trusts a header row only when it names an event or a city column', () => {
    expect(headerRoles([{ text: '№' }, { text: 'Мероприятие' }, { text: 'Срок' }])).toEqual([
      'number',
      'event',
      'date',
    ]);
    expect(headerRoles([{ text: 'Дни городов-столиц' }, { text: '' }, { text: '' }])).toBeNull();
  });
});
