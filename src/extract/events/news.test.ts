import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor, loadReferenceData } from '../index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadReferenceData());
});

const events = (text: string, title?: string) => extractor.extract({ text, title }).events;

describe('news sentences', () => {
  it.each([
    // [text, title, kind, status]
    ['14 марта 2031 года состоялся семинар «Муниципальный заказ».', 'Семинар «Муниципальный заказ»', 'семинар', 'held'],
    ['Союз провёл онлайн-марафон? Нет: 3 мая 2031 года прошёл Марафон идей.', 'Марафон идей', 'марафон', 'held'],
    ['20 мая 2031 года в Туле пройдёт Форум малых городов.', 'Форум малых городов', 'форум', 'planned'],
    [
      'Запланированная на 5 июня 2031 года конференция «Город» отменена.',
      'Конференция «Город»',
      'конференция',
      'cancelled',
    ],
    [
      'Союз принял участие в конференции «Цифровой город», прошедшей 2 апреля 2031 года.',
      'Конференция «Цифровой город»',
      'конференция',
      'held',
    ],
    ['22 апреля 2031 года стартовал конкурс «Лучший двор».', 'Конкурс «Лучший двор»', 'конкурс', 'held'],
  ])('%s', (text, title, kind, status) => {
    const [e] = events(text);
    expect([e?.title, e?.kind, e?.status]).toEqual([title, kind, status]);
  });

  it('puts a name in the nominative and drops format and evaluative words', () => {
    const [e] = events(
      '10 мая 2031 года Союз российских городов провёл бесплатный онлайн семинар по вопросам благоустройства.',
    );
    expect(e?.title).toBe('Бесплатный семинар по вопросам благоустройства');
    expect(e?.format).toBe('online');
    const [f] = events('4 июня 2031 года в Омске прошёл крупнейший Форум сибирских городов.');
    expect(f?.title).toBe('Форум сибирских городов');
    expect(f?.places.map((p) => p.name)).toEqual(['Омск']);
  });

  it('keeps a started event open and a moved one at its new date', () => {
    const [started] = events('1 марта 2031 года стартовал конкурс «Малая родина».');
    expect([started?.when.start, started?.when.end]).toEqual(['2031-03-01', null]);
    const [moved] = events('Форум «Города» перенесён на 12 октября 2031 года.');
    expect([moved?.status, moved?.when.start]).toEqual(['planned', '2031-10-12']);
  });

  it('gives a bare «форум» the name the text gave the forum before', () => {
    const text =
      '5 мая 2031 года прошёл Международный форум городов-побратимов. «В 2030 году мы провели форум, в котором приняли участие свыше 900 человек», – сказал председатель.';
    expect(events(text).map((e) => [e.title, e.when.start, e.attendance])).toEqual([
      ['Международный форум городов-побратимов', '2031-05-05', null],
      ['Международный форум городов-побратимов', '2030-01-01', 900],
    ]);
  });

  it('counts people, not municipalities or applications', () => {
    const [e] = events('2 июня 2031 года прошёл семинар для глав. К нему подключились 40 муниципальных образований.');
    expect(e?.attendance).toBeNull();
    const [f] = events('2 июня 2031 года прошёл семинар для глав. В нём приняли участие около 300 человек.');
    expect(f?.attendance).toBe(300);
  });

  it('tells organizers from supporters and participants', () => {
    const [e] = events(
      '3 июня 2031 года Союз малых городов Российской Федерации при поддержке Правительства Москвы провёл круглый стол «Ремёсла».',
    );
    expect(e?.organizers).toEqual(['Союз малых городов Российской Федерации']);
    const [f] = events('3 июня 2031 года Союз российских городов принял участие в конференции «Города».');
    expect(f?.organizers).toEqual([]);
  });

  it('reads a list of kinds as one aggregate event', () => {
    const [e] = events('В 2031 году в Казани планируется провести выставки ремёсел, фестивали и конференции.');
    expect([e?.kind, e?.title, e?.status]).toEqual(['другое', 'Выставки ремёсел, фестивали и конференции', 'planned']);
  });

  it('names the summing-up of a contest and expands a venue that abbreviates its body', () => {
    const [e] = events('13 декабря 2031 года в Москве подведены итоги Всероссийского конкурса «Малая родина».');
    expect([e?.title, e?.kind]).toEqual(['Подведение итогов Всероссийского конкурса «Малая родина»', 'конкурс']);
    const [f] = events(
      '11 декабря 2031 года состоялось заседание Правления Союза российских городов. В офисе Союза собрались представители городов.',
    );
    expect(f?.venue).toBe('Офис Союза российских городов');
  });

  it('reads a page of dated items: headlines, an announced contest, a seminar ahead', () => {
    const text = [
      'Новости Ассоциации «Совет муниципальных образований Энской области»',
      '',
      '03.04.2031',
      'В Энске прошло XV Общее собрание членов Ассоциации',
      '2 апреля 2031 года в Энске состоялось XV Общее собрание членов Ассоциации «Совет муниципальных образований Энской области». В работе собрания приняли участие 94 человека.',
      '',
      '28.03.2031',
      'Объявлен конкурс «Лучший служащий»',
      'Ассоциация объявляет областной конкурс «Лучший служащий – 2031». Заявки принимаются до 30 апреля 2031 года.',
      '',
      '15.03.2031',
      'Обучающий семинар для глав муниципальных образований пройдет в режиме видеоконференцсвязи 22 марта.',
    ].join('\n');
    const doc = extractor.extract({ text });
    expect(doc.document.date).toBeNull();
    expect(doc.events.map((e) => [e.title, e.when.start, e.when.end, e.status, e.format, e.attendance])).toEqual([
      [
        'XV Общее собрание членов Ассоциации «Совет муниципальных образований Энской области»',
        '2031-04-02',
        '2031-04-02',
        'held',
        null,
        94,
      ],
      ['Областной конкурс «Лучший служащий – 2031»', '2031-03-28', null, 'held', null, null],
      ['Обучающий семинар для глав муниципальных образований', '2031-03-22', '2031-03-22', 'planned', 'online', null],
    ]);
  });

  it("gives a named part of a larger event the parent's days, to the day only for a one-day parent", () => {
    const text =
      '29-30 октября 2031 года в Казани прошёл Форум городов Поволжья. Союз российских городов провёл на площадке форума панельную сессию «Города-побратимы».';
    const [forum, session] = events(text);
    expect([forum?.title, session?.title, session?.organizers]).toEqual([
      'Форум городов Поволжья',
      'Панельная сессия «Города-побратимы»',
      ['Союз российских городов'],
    ]);
    expect([session?.when.start, session?.when.end, session?.when.precision]).toEqual([
      '2031-10-29',
      '2031-10-30',
      'unknown',
    ]);
    expect(forum?.organizers).toEqual([]);
  });

  it('lets a later sentence cancel or move what was announced', () => {
    const [moved] = events(
      'Форум «Города Урала» пройдёт 5 мая 2031 года в Перми. Мероприятие перенесено на 10 июня 2031 года.',
    );
    expect([moved?.status, moved?.when.start]).toEqual(['planned', '2031-06-10']);
    const [cancelled] = events('Семинар «Бюджет» состоится 5 мая 2031 года. Мероприятие отменено.');
    expect(cancelled?.status).toBe('cancelled');
  });

  it('tells a second named event of the same kind from a mention of the first', () => {
    const text = [
      'Приглашаем глав муниципальных образований на форум «Малые города», который пройдет 5-6 июня 2031 года в Казани.',
      'В Казани завершил работу Всероссийский форум местного самоуправления. В его работе приняли участие более 2 тысяч человек.',
      'Мэр города встретился с делегацией города-побратима 14 мая 2031 года.',
    ].join('\n');
    expect(events(text).map((e) => [e.title, e.status, e.when.start, e.attendance])).toEqual([
      ['Форум «Малые города»', 'planned', '2031-06-05', null],
      ['Всероссийский форум местного самоуправления', 'held', null, 2000],
    ]);
  });

  it('finds no event in acts and background mentions', () => {
    expect(events('Союз подписал соглашение с Правительством Москвы.')).toEqual([]);
    expect(events('Президент подписал указ о развитии местного самоуправления.')).toEqual([]);
    expect(events('Члены Правления утвердили план на 2031 год и обсудили подготовку к Общему собранию.')).toEqual([]);
  });
});

describe('news sentences: follow-ups, parts and names', () => {
  const brief = (text: string) =>
    events(text).map((e) => ({
      title: e.title,
      start: e.when.start,
      end: e.when.end,
      status: e.status,
      organizers: e.organizers,
    }));

  it.each([
    // [text, titles]
    [
      '3 марта 2031 года Союз провёл онлайн-семинар для глав поселений. В семинаре участвовали 40 человек.',
      ['Семинар для глав поселений'],
    ],
    [
      '3 марта 2031 года Союз провёл видео-совещание с мэрами. В совещании участвовали мэры 12 городов.',
      ['Совещание с мэрами'],
    ],
    ['Союз провёл конференцию? Нет: 5 мая 2031 года прошла конференция «Город».', ['Конференция «Город»']],
    [
      '5 мая 2031 года прошёл форум «Город». 6 мая для гостей форума прошла экскурсия по музею.',
      ['Форум «Город»', 'Экскурсия по музею'],
    ],
    ['5 мая 2031 года в Туле открылась выставка «Ремёсла» в Конгресс-холле «Тула».', ['Выставка «Ремёсла»']],
  ])('%s', (text, titles) => {
    expect(events(text).map((e) => e.title)).toEqual(titles);
  });

  it('reads a generic noun that predicates a named event as no reference back', () => {
    const text =
      '2 марта 2031 года объявлен конкурс «Лучший двор». Главным мероприятием весны станет форум «Город», который пройдёт 21 апреля 2031 года в Туле.';
    expect(events(text).map((e) => [e.title, e.when.start])).toEqual([
      ['Конкурс «Лучший двор»', '2031-03-02'],
      ['Форум «Город»', '2031-04-21'],
    ]);
  });

  it('reads the date heading a feed item as its publication when the sentence gives the event a day', () => {
    const text = [
      '20 марта 2031 г. Союз проведёт 5 апреля в Туле форум «Город».',
      '',
      '14 марта Союз провёл семинар для глав поселений.',
      '',
      '2 марта 2031 г. в Туле открылась конференция «Село». Конференция продлится до 4 марта.',
    ].join('\n');
    expect(events(text).map((e) => [e.title, e.when.start, e.when.end])).toEqual([
      ['Форум «Город»', '2031-04-05', '2031-04-05'],
      ['Семинар для глав поселений', '2031-03-14', '2031-03-14'],
      ['Конференция «Село»', '2031-03-02', '2031-03-04'],
    ]);
  });

  it.each([
    ['Запланированный на 11 декабря 2031 года семинар Союза для глав поселений отменён.', '2031-12-11'],
    ['Союз утвердил план на 2031 год. Семинар Союза для глав поселений отменён.', null],
  ])('«на» + a day dates an event, «на» + a year names a plan: %s', (text, start) => {
    const cancelled = events(text).find((e) => e.status === 'cancelled');
    expect(cancelled?.when.start ?? null).toBe(start);
  });

  it('counts «во второй день» from the event told by its days, not from a year recalled after it', () => {
    const text =
      'С 10 по 12 мая 2031 года в Туле прошёл форум «Город». Напомним, первый форум «Город» прошёл в 2025 году. Во второй день состоялся семинар «Бюджет».';
    const seminar = events(text).find((e) => e.kind === 'семинар');
    expect(seminar?.when.start).toBe('2031-05-11');
  });

  it('takes a partner «совместно с …» after the verb as an organizer too', () => {
    const text =
      '21 апреля 2031 года в Туле пройдёт форум «Город». Форум проводят Союз малых городов Российской Федерации совместно с Правительством Тульской области.';
    expect(events(text)[0]?.organizers).toEqual([
      'Союз малых городов Российской Федерации',
      'Правительство Тульской области',
    ]);
  });

  it('finds no event where only its place or date is decided', () => {
    const text =
      '12 декабря 2031 года прошло заседание Совета Союза. Члены Совета определили место проведения очередной сессии Союза.';
    expect(events(text).map((e) => e.kind)).toEqual(['заседание']);
  });

  it('reads «продлится до …» as the end of the event told before, not a new event', () => {
    expect(
      brief(
        'Сегодня в Туле начал работу форум «Город». Форум продлится до 7 мая.'.replace('Сегодня', '5 мая 2031 года'),
      ),
    ).toEqual([{ title: 'Форум «Город»', start: '2031-05-05', end: '2031-05-07', status: 'held', organizers: [] }]);
  });

  it('ends a title before a relative clause and keeps an apposition after a dash', () => {
    expect(
      events(
        '12 мая 2031 года прошло заседание Совета Союза российских городов, в работе которого участвовали мэры. 14 мая прошло пленарное заседание Ассамблеи государств – участников СНГ.',
      ).map((e) => e.title),
    ).toEqual([
      'Заседание Совета Союза российских городов',
      'Пленарное заседание Ассамблеи государств – участников СНГ',
    ]);
  });

  it('reads the named parts a line introduces as events with its date and status', () => {
    const text = [
      '10 мая 2031 года в Туле открылся форум «Город».',
      '',
      '11 мая в Технопарке пройдут тематические семинары:',
      '— семинар «Бюджет поселения» (организатор — Союз малых городов Российской Федерации);',
      '— семинар «Благоустройство дворов» в формате ВКС.',
    ].join('\n');
    expect(brief(text).slice(1)).toEqual([
      {
        title: 'Семинар «Бюджет поселения»',
        start: '2031-05-11',
        end: '2031-05-11',
        status: 'planned',
        organizers: ['Союз малых городов Российской Федерации'],
      },
      {
        title: 'Семинар «Благоустройство дворов»',
        start: '2031-05-11',
        end: '2031-05-11',
        status: 'planned',
        organizers: [],
      },
    ]);
  });
});
