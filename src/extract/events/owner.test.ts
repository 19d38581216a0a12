import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../domain/index.js';
import { createExtractor, type Extractor, loadReferenceData } from '../index.js';
import { inFirstPerson, isOwnOrgan, ownerFromText, ownerOrganizes, ownerSelfWords, ownOrgansToOwner } from './owner.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

const found = (text: string, name: string, start = text.indexOf(name)) => ({
  start,
  end: start + name.length,
  text: name,
  value: { name },
});

const heldEvent = (title: string, evidence: string, organizers: string[] = []): ExtractedEvent => ({
  title,
  kind: 'семинар',
  when: { start: '2031-03-01', end: '2031-03-01', precision: 'day', recurrence: null, text: '' },
  places: [],
  venue: null,
  organizers,
  format: null,
  status: 'held',
  attendance: null,
  age: null,
  expectedResult: null,
  evidence,
  evidenceSpan: { start: 0, end: evidence.length },
  fieldSpans: {},
  confidence: 0.8,
});

describe('ownerFromText', () => {
  it('takes the body a signature names', () => {
    const text = 'Прошёл семинар.\nПресс-служба Союза городов Приокского края';
    const org = found(text, 'Союза городов Приокского края');
    expect(ownerFromText(text, [org])?.name).toBe('Союза городов Приокского края');
  });

  it('takes a heading line that is only a name', () => {
    const text = 'Ассоциация «Совет муниципальных образований Приокского края»\nХроника\n\n3 мая прошёл семинар.';
    const org = found(text, 'Ассоциация «Совет муниципальных образований Приокского края»');
    expect(ownerFromText(text, [org])?.name).toBe(org.text);
  });

  it('takes the body the lead gives a short name to, not the organ around it', () => {
    const text = 'Состоялось заседание Правления Ассоциации «Совет городов» (далее – Совет). Обсудили бюджет.';
    const organ = found(text, 'Правления Ассоциации «Совет городов»');
    const body = found(text, 'Ассоциации «Совет городов»');
    expect(ownerFromText(text, [organ, body])?.name).toBe(body.text);
  });

  it('takes the body a heading is about, not a bare head word run on after an own unit', () => {
    const text =
      '# Хроника деятельности Ассоциации «Совет городов Приокского края»\n\nПодготовлено исполнительной дирекцией Ассоциации по материалам городов.';
    const heading = found(text, 'Ассоциации «Совет городов Приокского края»');
    const runOn = found(text, 'Ассоциации по материалам городов');
    expect(ownerFromText(text, [heading, runOn])?.name).toBe(heading.text);
  });

  it('finds nobody in a text that names bodies only in passing', () => {
    const text = '3 мая Союз городов Приокского края провёл семинар.';
    expect(ownerFromText(text, [found(text, 'Союз городов Приокского края')])).toBeNull();
  });
});

describe('isOwnOrgan', () => {
  const words = ownerSelfWords({ name: 'Палата городов Приокского края', abbreviation: 'ПГПК' }, '');
  it.each([
    ['Совет Палаты', true],
    ['Комиссия Палаты по вопросам транспорта', true],
    ['Правление ПГПК', true],
    ['Общее собрание членов Палаты', true],
    ['Общественная палата Российской Федерации', false],
    ['Совет Федерации', false],
    // its whole name after the organ
    ['Совет Палаты городов Приокского края', true],
    ['Комиссия Общественной палаты по развитию', false],
  ])('%s → %s', (name, expected) => {
    expect(isOwnOrgan(name, words)).toBe(expected);
  });
});

describe('ownerOrganizes', () => {
  const owner = { name: 'Палата городов Приокского края' };
  it.each([
    ['В марте исполнительной дирекцией проведена серия семинаров для депутатов.', [owner.name]],
    ['В течение года выпущено 6 номеров бюллетеня «Вестник».', [owner.name]],
    ['Делегация Палаты приняла участие в работе форума, который прошёл в Туле.', []],
    ['В рамках форума проведена презентация сборника.', []],
    ['3 марта в Туле прошёл семинар для глав поселений.', []],
    // Who came is no taking part of the owner's.
    ['16.02.2031 Палатой проведен семинар, в нем приняли участие 64 человека.', [owner.name]],
  ])('«%s» → %j', (evidence, expected) => {
    const events = [heldEvent('Семинар', evidence)];
    ownerOrganizes(events, owner, evidence, { news: true });
    expect(events[0]!.organizers).toEqual(expected);
  });

  it('gives its own organs and bare organ meetings to the owner, not in a plan the held rule', () => {
    const events = [
      heldEvent('Семинар', 'Проведён семинар.', ['Совет Палаты']),
      { ...heldEvent('Заседание Правления', '01.03.2031 – заседание Правления.'), kind: 'заседание' as const },
    ];
    ownerOrganizes(events, owner, '', { news: true });
    expect(events.map((e) => e.organizers)).toEqual([[owner.name], [owner.name]]);
    const cancelled = [
      {
        ...heldEvent('Заседание комиссии Палаты по вопросам транспорта', 'Заседание отменено.'),
        status: 'cancelled' as const,
      },
      { ...heldEvent('Семинар для глав', 'Семинар отменен.'), status: 'cancelled' as const },
    ];
    ownerOrganizes(cancelled, owner, '', { news: true });
    expect(cancelled.map((e) => e.organizers)).toEqual([[owner.name], []]);
    const planned = [heldEvent('Семинар', 'Проведён семинар.')];
    ownerOrganizes(planned, owner, '', { news: false });
    expect(planned[0]!.organizers).toEqual([]);
  });
});

describe('the publisher in extraction', () => {
  it('reads a bare «Палатой» in a feed item as the publisher', () => {
    const text = '7 мая в Туле прошла конференция «Города и транспорт», организованная Палатой.';
    const withPublisher = extractor.extract({
      text,
      date: '2031-05-08',
      publisher: 'Палата городов-центров субъектов Российской Федерации: Новости',
    });
    expect(withPublisher.events[0]?.organizers).toEqual(['Палата городов-центров субъектов Российской Федерации']);
    expect(extractor.extract({ text, date: '2031-05-08' }).events[0]?.organizers).toEqual([]);
  });
});

describe('the publisher named in full by its text', () => {
  const publisher = 'Совет муниципальных образований Тверской области';
  const full = 'Ассоциация «Совет муниципальных образований Тверской области»';
  it('takes the body out of a meeting named around its full name', () => {
    const text = `23 апреля 2031 года состоялось очередное Общее собрание членов ${full}. Следующее Общее собрание членов Ассоциации планируется провести в апреле 2032 года.`;
    const { events } = extractor.extract({ text, date: '2031-04-24', publisher });
    expect(events.map((e) => e.organizers)).toEqual([[full], [full]]);
  });

  it('takes the full name the text gives the site, and gives the owner its organ and partner', () => {
    const text = `17 мая ${full} провела совещание глав районов. Вчера в Ржеве прошёл семинар для специалистов, организованный исполнительной дирекцией Ассоциации совместно с Корпорацией развития Тверской области.`;
    const { events } = extractor.extract({ text, date: '2031-05-18', publisher });
    expect(events.map((e) => e.organizers)).toEqual([[full], [full, 'Корпорация развития Тверской области']]);
  });
});

describe('the body a chronicle is headed by', () => {
  it('stands behind a bare «Ассоциация» even after another association named in passing', () => {
    const text = [
      '# Хроника деятельности Ассоциации «Совет муниципальных образований Тверской области»',
      '',
      '**12 сентября 2031 года.** Делегация приняла участие в конференции Ассоциации сибирских и дальневосточных городов.',
      '',
      '**19 сентября 2031 года.** В Ржеве прошёл семинар, организованный Ассоциацией.',
    ].join('\n');
    const { events } = extractor.extract({ text });
    expect(events.find((e) => e.kind === 'семинар')?.organizers).toEqual([
      'Ассоциация «Совет муниципальных образований Тверской области»',
    ]);
  });
});

describe('a feed titled by a council’s quoted name', () => {
  it('reads the bare «Ассоциация» of its items as the association the council is by law', () => {
    const { events } = extractor.extract({
      text: '6 ноября 2031 года Ассоциация провела вебинар для специалистов органов местного самоуправления.',
      date: '2031-11-07',
      publisher: 'Совет муниципальных образований Тверской области — Новости',
    });
    expect(events[0]?.organizers).toEqual(['Ассоциация «Совет муниципальных образований Тверской области»']);
  });

  it('reads it so even after another association named in passing', () => {
    const { events } = extractor.extract({
      text: 'Делегация приняла участие в конференции Ассоциации сибирских и дальневосточных городов. 6 ноября 2031 года Ассоциация провела вебинар для специалистов.',
      date: '2031-11-07',
      publisher: 'Совет муниципальных образований Тверской области — Новости',
    });
    expect(events.find((e) => e.kind === 'семинар')?.organizers).toEqual([
      'Ассоциация «Совет муниципальных образований Тверской области»',
    ]);
  });
});

describe('the owner under its quoted name', () => {
  it('stands for «Совет …» and its bare head in its own texts', () => {
    const owner = { name: 'Ассоциация «Совет муниципальных образований Тверской области»' };
    expect(
      ownOrgansToOwner(
        [
          'Совет муниципальных образований Тверской области',
          'Совет муниципальных образований',
          'Совет муниципальных образований Псковской области',
        ],
        owner,
        [],
      ),
    ).toEqual([owner.name, 'Совет муниципальных образований Псковской области']);
  });

  it('stands for a bare organ of no other body', () => {
    const owner = { name: 'Союз российских городов' };
    expect(
      ownOrgansToOwner(['Комиссия по ЖКХ', 'Президиум', 'Комиссия по делам молодежи Тверской области'], owner, []),
    ).toEqual([owner.name, 'Комиссия по делам молодежи Тверской области']);
  });
});

describe('an association speaking in its own voice', () => {
  // An invented interview: the lead names the association, the answers say «мы».
  const interview = [
    'Интервью председателя Ассоциации «Совет муниципальных образований Тверской области» Ивана Петрова',
    '',
    '– Каким был для вас прошлый год?',
    '',
    '– Для нас — насыщенным. В сентябре 2030 года в Торжке прошёл выездной семинар для глав поселений. Наша делегация приняла участие во Всероссийском форуме «Малая родина — сила России». Вместе с министерством по делам молодёжи Тверской области провели конкурс «Молодой депутат».',
    '',
    '– А планы?',
    '',
    '– Планов у нас много. В мае 2031 года совместно с министерством финансов Тверской области пройдёт форум «Бюджет для граждан». Во втором квартале хотим организовать стажировку глав в Вологде. А в августе Кашину исполнится 785 лет.',
  ].join('\n');
  const owner = 'Ассоциация «Совет муниципальных образований Тверской области»';

  it('finds the association its lead names as the owner', () => {
    expect(inFirstPerson(interview)).toBe(true);
    // A digest in the association's voice: «приглашаем», «сообщим».
    expect(inFirstPerson('12 марта приглашаем на вебинар. О новых сроках семинара сообщим дополнительно.')).toBe(true);
    expect(inFirstPerson('Предлагаем вашему вниманию обзор событий недели и приглашаем на семинары.')).toBe(true);
    expect(inFirstPerson('«Мы рады», — сказал глава. Семинар прошёл в Твери.')).toBe(false);
  });

  it('holds what it tells of as held or planned, with the partners it names, but not what it took part in', () => {
    const events = extractor.extract({ text: interview, date: '2031-02-01' }).events;
    const organizersOf = (title: string) => events.find((e) => e.title.includes(title))?.organizers;
    expect(organizersOf('Выездной семинар')).toEqual([owner]);
    expect(organizersOf('Малая родина')).toEqual([]);
    expect(organizersOf('Молодой депутат')).toEqual([owner, 'Министерство по делам молодёжи Тверской области']);
    expect(organizersOf('Бюджет для граждан')).toEqual([owner, 'Министерство финансов Тверской области']);
    expect(events.find((e) => e.title.startsWith('Стажировка'))?.status).toBe('planned');
    expect(organizersOf('Стажировка')).toEqual([owner]);
    expect(events.find((e) => e.kind === 'юбилей')?.organizers ?? []).toEqual([]);
  });
});
