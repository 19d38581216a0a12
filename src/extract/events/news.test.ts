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

  it('reads the parts a forum report tells in prose, with the days of the forum and its format', () => {
    const text = [
      '21–22 мая 2031 года в Туле прошёл Муниципальный форум «Территория развития». Форум прошёл в смешанном формате.',
      '',
      'Центральным событием первого дня стало пленарное заседание «Муниципалитет будущего».',
      '',
      'На второй день форума работали два круглых стола. Круглый стол «Малые города» модерировал эксперт Союза.',
      '',
      'Оба дня в фойе работала выставка «Тульская практика».',
    ].join('\n');
    const found = events(text);
    expect(found.map((e) => [e.title, e.when.start, e.when.end, e.status, e.format])).toEqual([
      ['Муниципальный форум «Территория развития»', '2031-05-21', '2031-05-22', 'held', 'hybrid'],
      ['Пленарное заседание «Муниципалитет будущего»', '2031-05-21', '2031-05-21', 'held', 'hybrid'],
      ['Круглый стол «Малые города»', '2031-05-22', '2031-05-22', 'held', 'hybrid'],
      ['Выставка «Тульская практика»', '2031-05-21', '2031-05-22', 'held', 'hybrid'],
    ]);
  });

  it('reads how a held event was once planned as its history, not a new event', () => {
    const found = events(
      'Сегодня, 12 марта 2031 года, в Твери состоялся XV Съезд Союза городов Верхневолжья. Съезд планировалось провести в декабре 2030 года, однако он был перенесён.',
    );
    expect(found.map((e) => [e.when.start, e.status])).toEqual([['2031-03-12', 'held']]);
  });

  it('gives each name a plural head lists an event of its own, the head in the singular', () => {
    const found = events('24 сентября 2031 года в Туле работали тематические сессии «Финансы», «Кадры» и «Среда».');
    expect(found.map((e) => [e.title, e.kind])).toEqual([
      ['Тематическая сессия «Финансы»', 'сессия'],
      ['Тематическая сессия «Кадры»', 'сессия'],
      ['Тематическая сессия «Среда»', 'сессия'],
    ]);
  });

  it('reads an event named as the time of another («После заседания … проведен семинар») as no trigger', () => {
    const found = events(
      '16 апреля 2031 года в Мурманске состоялось заседание Президиума Союза. Президиум объявил конкурс «Лучший служащий».\n\nПосле заседания Президиума для глав был проведен семинар по вопросам бюджета.',
    );
    expect(found.map((e) => e.kind)).toContain('семинар');
    expect(found.filter((e) => e.kind === 'заседание')).toHaveLength(1);
  });

  it('reads a named part a sentence about the event before tells, and a count of parts after a dash', () => {
    const found = events(
      '17–18 апреля 2031 года в Салехарде прошёл Форум «Арктика». Форум открылся 17 апреля пленарным заседанием «Люди Севера». В тот же день прошли два круглых стола – «Кадры» и «Завоз».',
    );
    expect(found.map((e) => [e.title, e.when.start])).toEqual([
      ['Форум «Арктика»', '2031-04-17'],
      ['Пленарное заседание «Люди Севера»', '2031-04-17'],
      ['Круглый стол «Кадры»', '2031-04-17'],
      ['Круглый стол «Завоз»', '2031-04-17'],
    ]);
  });

  it('gives each name a count of events lists after a colon an event of its own', () => {
    const found = events('Во второй день, 21 мая 2031 года, работали три круглых стола: «Село», «Молодежь» и «Цифра».');
    expect(found.map((e) => e.title)).toEqual([
      'Круглый стол «Село»',
      'Круглый стол «Молодежь»',
      'Круглый стол «Цифра»',
    ]);
  });

  it('reads «Во второй половине дня» as the day of the event told before', () => {
    const found = events(
      '21 мая 2031 года в Туле прошло пленарное заседание форума «Город». Во второй половине дня прошёл круглый стол «Малые города».',
    );
    expect(found.map((e) => e.when.start)).toEqual(['2031-05-21', '2031-05-21']);
  });

  it('reads a legislature the event is held in as its venue, not its meeting or organizer', () => {
    const [e, ...rest] = events(
      '17 мая 2031 года в Законодательном Собрании Тверской области Ассоциация «Совет муниципальных образований Тверской области» провела семинар для глав поселений совместно с администрацией Ржевского муниципального округа.',
    );
    expect(rest).toHaveLength(0);
    expect([e?.kind, e?.organizers]).toEqual([
      'семинар',
      [
        'Ассоциация «Совет муниципальных образований Тверской области»',
        'Администрация Ржевского муниципального округа',
      ],
    ]);
  });

  it.each([
    [
      '17 декабря 2031 года в Белгороде прошла конференция «Город», организованная администрацией города Белгорода при поддержке Союза российских городов.',
      ['Администрация города Белгорода'],
    ],
    [
      'Форум «Города-побратимы», который Союз российских городов совместно с администрацией города Астрахани планировал провести 28 ноября 2031 года, перенесён на апрель 2032 года.',
      ['Союз российских городов', 'Администрация города Астрахани'],
    ],
  ])('takes a state body written in lower case with its place as an organizer: %s', (text, organizers) => {
    expect(events(text)[0]?.organizers).toEqual(organizers);
  });

  it('takes no antecedent of a bare «Ассоциация» from a bracketed remark', () => {
    const found = events(
      'Ассоциация «Совет муниципальных образований Тверской области» приглашает на форум «Город» 5 мая 2031 года. Круглый стол «ТОС» (организатор — Ассоциация территориального общественного самоуправления Тверской области) пройдёт 6 мая 2031 года. Заседание Совета Ассоциации пройдёт 6 мая 2031 года.',
    );
    expect(found.find((e) => e.title.startsWith('Заседание'))?.organizers).toEqual([
      'Ассоциация «Совет муниципальных образований Тверской области»',
    ]);
  });

  it('reads «провело» as who held it', () => {
    const [e] = events('14 октября 2031 года Министерство финансов Тверской области провело совещание в режиме ВКС.');
    expect(e?.organizers).toEqual(['Министерство финансов Тверской области']);
  });

  it('reads no organizer out of a clause after the organizer list', () => {
    const [e] = events(
      '1 апреля 2031 года в Ржеве прошёл форум молодых депутатов. Организатор — Молодёжный парламент Тверской области, Союз оказал поддержку в проведении.',
    );
    expect(e?.organizers).toEqual(['Молодёжный парламент Тверской области']);
  });

  it('dates an event in a «где» clause by the week named before it', () => {
    const [e] = extractor.extract({
      text: 'Вопросы бюджета поднимались и на прошлой неделе в Ржеве, где прошло выездное заседание комиссии Ассоциации.',
      date: '2031-02-06',
    }).events;
    expect(e?.when).toMatchObject({ start: '2031-01-27', end: '2031-02-02', precision: 'unknown' });
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

describe('news: parts of an event, events told by a verb, years across New Year', () => {
  const news = (text: string) => events(text);
  it('makes each listed part of a forum an event with its own date and the forum’s place and organizers', () => {
    const found = news(
      'С 14 по 16 октября 2031 года в Минске состоится Форум городов «Город для человека». Организаторами форума выступят МАГ и Союз российских городов.\nВ рамках форума пройдут пленарное заседание (14 октября) и круглый стол «Цифровой город» (16 октября), который проведет Палата городов-центров.',
    );
    expect(found.map((e) => [e.kind, e.when.start, e.places.map((p) => p.name), e.organizers.length])).toEqual([
      ['форум', '2031-10-14', ['Минск'], 2],
      ['заседание', '2031-10-14', ['Минск'], 2],
      ['круглый стол', '2031-10-16', ['Минск'], 1],
    ]);
  });
  it.each([
    ['29 января 2031 года делегация Союза малых городов посетила Чебоксары.', 'другое'],
    ['20 января 2031 года главы городов – членов Союза малых городов обсудили подготовку к весне.', 'совещание'],
    ['5 марта 2031 года члены Союза малых городов встретились с министром.', 'встреча'],
  ])('«%s» is an event of kind %s', (text, kind) => {
    expect(news(text).map((e) => e.kind)).toEqual([kind]);
  });
  it.each([
    // Look-alikes: no date, no association among the subject, no action verb.
    'Делегация Союза малых городов посетила Чебоксары.',
    '29 января 2031 года туристы посетили Чебоксары.',
    '29 января 2031 года делегация Союза малых городов вернулась домой.',
  ])('«%s» states no event', (text) => {
    expect(news(text)).toEqual([]);
  });
  it('dates a December item’s «в феврале» in the next year and a January item’s «в декабре» in the last', () => {
    const found = news(
      '20 января 2031 года Союз малых городов провел семинар для глав. Напомним, что в декабре Союз малых городов провел конференцию.\n\n27 декабря 2030 года Союз малых городов провел заседание Правления. В феврале пройдет форум малых городов.',
    );
    expect(found.map((e) => e.when.start)).toEqual(['2031-01-20', '2030-12-01', '2030-12-27', '2031-02-01']);
  });
});

describe('news: who organizes, where, and what a periodical issue is', () => {
  const intro = 'Союз малых городов Российской Федерации объединяет 200 городов.\n\n';
  it.each([
    // A bare «Союз» after the text named it in full is that association.
    ['12 мая 2031 года Союз провел в Коломне семинар для глав поселений.', ['Союз малых городов Российской Федерации']],
    [
      '12 мая 2031 года семинар, организованный Союзом совместно с Администрацией города Коломны, прошел в Коломне.',
      ['Союз малых городов Российской Федерации', 'Администрация города Коломны'],
    ],
    ['В 2031 году Союз планирует провести в Москве форум малых городов.', ['Союз малых городов Российской Федерации']],
    [
      '12 мая 2031 года конкурс «Малые города» проводится по инициативе Союза малых городов Российской Федерации.',
      ['Союз малых городов Российской Федерации'],
    ],
    // Look-alikes: the association's people, a partner, a host are no organizers.
    ['12 мая 2031 года вышла статья Председателя Союза о промыслах.', []],
    ['12 мая 2031 года состоялась встреча руководства Союза с делегацией Казани.', []],
    ['12 мая 2031 года в Коломне прошел семинар при поддержке Союза малых городов Российской Федерации.', []],
  ])('%s → %j', (sentence, organizers) => {
    expect(events(intro + sentence).at(-1)?.organizers).toEqual(organizers);
  });
  it.each([
    ['12 мая 2031 года форум прошел на площадке Казанской ратуши.', 'Казанская ратуша'],
    ['12 мая 2031 года форум прошел в Казани, в Казанской ратуше.', 'Казанская ратуша'],
    // Look-alike: «на площадке форума» names the event, not a building.
    ['12 мая 2031 года на площадке форума прошел семинар.', null],
  ])('venue of «%s» → %s', (sentence, venue) => {
    expect(events(sentence)[0]?.venue ?? null).toBe(venue);
  });
  it.each([
    ['12 мая 2031 года вышел очередной номер информационно-аналитического журнала «Вестник МАГ».', 'публикация'],
    // Look-alike: an article in an issue is the event, not the issue.
    ['12 мая 2031 года в очередном номере журнала «Вестник» вышла статья о промыслах.', 'публикация'],
  ])('«%s» → %s', (sentence, kind) => {
    const found = events(sentence);
    expect(found.map((e) => e.kind)).toEqual([kind]);
  });
  it('reads people joining «по видеосвязи» beside those in the room as hybrid', () => {
    const [event] = events(
      '18 июля 2031 года в Казани прошел семинар МАГ. Часть участников присоединилась к семинару по видеосвязи из Бишкека.',
    );
    expect(event?.format).toBe('hybrid');
  });
  it('reads a contest «учрежден» as planned', () => {
    const [event] = events('3 марта 2031 года указом учрежден ежегодный республиканский конкурс «Лучшая практика».');
    expect(event?.status).toBe('planned');
  });
});

describe('news: events inside the days of an event told before', () => {
  const forum = 'С 17 по 19 сентября 2031 года в Ханты-Мансийске проходит форум «Муниципальная Россия».';
  it.each([
    ['Центральным событием первого дня стало пленарное заседание «Малые города».', '2031-09-17', ['Ханты-Мансийск']],
    ['19 сентября для участников форума запланирована экскурсия в природный парк.', '2031-09-19', ['Ханты-Мансийск']],
    // Look-alike: an event outside the forum's days is not held where the forum is.
    ['25 сентября состоится заседание Правления Союза малых городов.', '2031-09-25', []],
  ])('%s', (sentence, start, places) => {
    const event = events(`${forum} ${sentence}`).at(-1);
    expect([event?.when.start, event?.places.map((p) => p.name)]).toEqual([start, places]);
  });
  it('gives the parts a list introduces the introduction’s venue, else the forum’s place, venue and organizers', () => {
    const found = events(
      [
        'Москва, 1 октября 2031 года',
        '',
        'С 14 по 16 октября 2031 года в Санкт-Петербурге, в Конгрессно-выставочном центре «Экспофорум», пройдет Международный муниципальный форум. Организатором форума выступит Фонд Росконгресс.',
        '',
        'В рамках форума запланированы:',
        '– 14 октября – пленарное заседание;',
        '– 15 октября – круглый стол Союза российских городов «Дипломатия».',
      ].join('\n'),
    );
    expect(found.map((e) => [e.kind, e.places.map((p) => p.name), e.venue, e.organizers])).toEqual([
      ['форум', ['Санкт-Петербург'], 'Конгрессно-выставочный центр «Экспофорум»', ['Фонд Росконгресс']],
      ['заседание', ['Санкт-Петербург'], 'Конгрессно-выставочный центр «Экспофорум»', ['Фонд Росконгресс']],
      ['круглый стол', ['Санкт-Петербург'], 'Конгрессно-выставочный центр «Экспофорум»', ['Союз российских городов']],
    ]);
  });
});

describe('news: the days of a forum told one after another', () => {
  // An invented press release told the way regional forums are reported.
  const release = [
    'Тверь, 22 октября 2031 года',
    '',
    '20–21 октября 2031 года в Твери прошел II Форум муниципальных образований Тверской области «Город и село».',
    '',
    'Накануне форума, 19 октября, состоялось заседание Правления Ассоциации.',
    '',
    'Форум открылся 20 октября пленарной сессией «Власть и жители» в Тверском концертном зале.',
    '',
    'В фойе Тверского концертного зала в дни форума работала выставка «Муниципальные практики».',
    '',
    'Второй день форума был посвящен работе по направлениям. Прошли две тематические сессии: «Финансы» и «Кадры».',
    '',
    'В тот же день состоялись два круглых стола. Круглый стол «Туризм» собрал 70 участников. Круглый стол «Контроль» провела Общественная палата Тверской области.',
    '',
    'В завершение форума состоялась церемония вручения почетных знаков.',
  ].join('\n');

  it('dates each part by the day the text gives it, before or after', () => {
    const found = events(release).map((e) => [e.title, e.when.start, e.when.end]);
    expect(found).toEqual([
      ['II Форум муниципальных образований Тверской области «Город и село»', '2031-10-20', '2031-10-21'],
      ['Заседание Правления Ассоциации', '2031-10-19', '2031-10-19'],
      // opened the forum: a session of that day, not one that started and goes on
      ['Пленарная сессия «Власть и жители»', '2031-10-20', '2031-10-20'],
      // «концертного зала» names no concert; «в дни форума» is all its days
      ['Выставка «Муниципальные практики»', '2031-10-20', '2031-10-21'],
      // the day set by the sentence before
      ['Тематическая сессия «Финансы»', '2031-10-21', '2031-10-21'],
      ['Тематическая сессия «Кадры»', '2031-10-21', '2031-10-21'],
      // «в тот же день» after the second day, and a sibling told right after
      ['Круглый стол «Туризм»', '2031-10-21', '2031-10-21'],
      ['Круглый стол «Контроль»', '2031-10-21', '2031-10-21'],
      ['Церемония вручения почетных знаков', '2031-10-21', '2031-10-21'],
    ]);
  });
});

describe('news: a press release under a letterhead, its programme by days', () => {
  it('keeps the headline with its report and reads the days’ lists as held parts', () => {
    const text = [
      'ПРЕСС-РЕЛИЗ',
      '',
      'Ассоциация «Совет муниципальных образований Тверской области»',
      '170100, г. Тверь',
      'Тел.: +7 (4822) 00-00-00, e-mail: smo@example.ru',
      '',
      '23 ноября 2031 г.',
      '',
      'В ТВЕРИ ПРОШЁЛ V СЪЕЗД МУНИЦИПАЛЬНЫХ ОБРАЗОВАНИЙ ТВЕРСКОЙ ОБЛАСТИ',
      '',
      '19–20 ноября 2031 года в Твери состоялся V Съезд муниципальных образований Тверской области.',
      '',
      'В первый день, 19 ноября, в Тверском театре драмы прошли:',
      '– пленарное заседание «Ответственность перед жителями»;',
      '– заседание секции «Муниципальные финансы».',
      '',
      'Во второй день, 20 ноября, работа съезда продолжилась в Тверском государственном университете:',
      '– круглый стол «Территориальное общественное самоуправление».',
    ].join('\n');
    expect(events(text).map((e) => [e.title, e.when.start, e.status])).toEqual([
      ['V Съезд муниципальных образований Тверской области', '2031-11-19', 'held'],
      ['Пленарное заседание «Ответственность перед жителями»', '2031-11-19', 'held'],
      ['Заседание секции «Муниципальные финансы»', '2031-11-19', 'held'],
      // no verb to tell: a day before the release's own date is past
      ['Круглый стол «Территориальное общественное самоуправление»', '2031-11-20', 'held'],
    ]);
  });
});

describe('news: a list of dated items, a move told after a clause about the event', () => {
  it('counts «в минувший четверг» from its item’s date and reads «перенесён с … на …» as the new date', () => {
    const text = [
      'Новости',
      '15.10.2031',
      'Форум перенесён',
      'IV Республиканский муниципальный форум, который проводит Ассоциация, перенесён с 24–25 октября на 19–20 ноября 2031 года.',
      '15.09.2031',
      'В Моздоке обсудили благоустройство',
      'В минувший четверг в Моздоке прошёл круглый стол «Комфортная городская среда».',
    ].join('\n');
    expect(events(text).map((e) => [e.title, e.status, e.when.start, e.when.end])).toEqual([
      ['IV Республиканский муниципальный форум', 'planned', '2031-11-19', '2031-11-20'],
      ['Круглый стол «Комфортная городская среда»', 'held', '2031-09-11', '2031-09-11'],
    ]);
  });
});

describe('news: a month told and a quarter planned in one item', () => {
  it('dates by the emphasized dateline, keeps the list under its month headings, gives the owner its items', () => {
    const owner = 'Ассоциация «Совет муниципальных образований Тверской области»';
    const text = [
      '# Итоги декабря и планы на I квартал 2032 года',
      '',
      '*28 декабря 2031 г. · Новости Ассоциации · Просмотров: 412*',
      '',
      `${owner} подводит итоги месяца и рассказывает о планах.`,
      '',
      '18 декабря в Твери прошёл съезд муниципальных образований Тверской области.',
      '',
      'План мероприятий на I квартал 2032 года:',
      '',
      '**Январь**',
      '',
      '- 14 января – семинар для глав сельских территорий, г. Ржев – **отменён**;',
      '- 20 января – заседание Правления Ассоциации (в режиме ВКС);',
      '',
      '**Февраль**',
      '',
      '- 18–19 февраля – стажировка специалистов по работе с ТОС, г. Торжок.',
    ].join('\n');
    const found = extractor.extract({ text });
    expect(found.document.date).toBe('2031-12-28');
    expect(found.events.map((e) => [e.kind, e.when.start, e.status, e.organizers])).toEqual([
      // (a held event no one is said to have held stays without organizer)
      ['собрание', '2031-12-18', 'held', []],
      ['семинар', '2032-01-14', 'cancelled', [owner]],
      ['заседание', '2032-01-20', 'planned', [owner]],
      ['другое', '2032-02-18', 'planned', [owner]],
    ]);
  });
});

describe('news: status from the tense of the verb nearest the event', () => {
  it.each([
    // No status verb: the tense of the verb nearest the event noun decides.
    ['12 мая 2031 года участники, которые приехали из Твери, обсудят на семинаре «Бюджет» новые правила.', 'planned'],
    ['12 мая 2031 года на семинаре «Бюджет» участники обсудили правила, которые вступят в силу в июне.', 'held'],
  ])('%s → %s', (sentence, status) => {
    expect(events(sentence)[0]?.status).toBe(status);
  });
});

describe('news: who organizes', () => {
  const asdg = 'Ассоциация сибирских и дальневосточных городов';
  it.each([
    // A meeting of a body's organ, named in lower case: the body organizes.
    ['17 октября 2031 года состоялось заседание комиссии АСДГ по жилищно-коммунальному хозяйству.', [asdg]],
    ['5 октября 2031 года в Чите прошла выездная сессия Школы муниципального управления АСДГ.', [asdg]],
    // «Организаторы: …» lists the bodies; supporters are no organizers.
    [
      '12 октября 2031 года в Красноярске состоится форум «Города». Организаторы: АСДГ, Администрация г. Красноярска, при поддержке Правительства Красноярского края.',
      [asdg, 'Администрация города Красноярска'],
    ],
    [
      '25 октября 2031 года прошла конференция «Среда». Организатор — Ассоциация сибирских и дальневосточных городов (АСДГ) совместно с мэрией города Новосибирска.',
      [asdg, 'Мэрия города Новосибирска'],
    ],
    // Look-alike: a forum only reported names no organizer.
    ['12 октября 2031 года в Красноярске прошел Сибирский муниципальный форум, который собрал 450 участников.', []],
    // The holder in a clause about the event: «…, который АСДГ проводила ежегодно, перенесён».
    [
      'Семинар для глав поселений, который АСДГ проводила ежегодно в октябре, перенесен на 4 декабря 2031 года.',
      [asdg],
    ],
    // The subject after the verb of a relative clause, past the body the event is held in.
    [
      'Эксперты приняли участие в круглом столе «Бюджет», который провел 26 февраля 2031 года в Государственной Думе Комитет Государственной Думы по региональной политике и местному самоуправлению.',
      ['Комитет Государственной Думы по региональной политике и местному самоуправлению'],
    ],
    [
      '18 апреля 2031 года состоялась стратегическая сессия «Цифровое управление в условиях Севера», которую провел Департамент цифрового развития Тверской области.',
      ['Департамент цифрового развития Тверской области'],
    ],
    // A region's initials the text writes out elsewhere: «Правительство РМ».
    [
      '10 января 2031 года в Саранске Правительство РМ совместно с Ассоциацией «Совет муниципальных образований Республики Мордовия» провело семинар.',
      ['Правительство Республики Мордовия', 'Ассоциация «Совет муниципальных образований Республики Мордовия»'],
    ],
    // …but not initials the text gives no region for.
    ['10 января 2031 года в Саранске Правительство РМ провело семинар для глав.', ['Правительство РМ']],
  ])('%s', (text, organizers) => {
    expect(events(text)[0]?.organizers).toEqual(organizers);
  });

  it('the next meeting is held by the body whose meeting the item tells', () => {
    const found = events(
      '27 сентября 2031 года в Томске состоялось заседание Правления АСДГ. Следующее заседание решено провести в декабре в Хабаровске.',
    );
    expect(found.map((e) => [e.status, e.organizers])).toEqual([
      ['held', [asdg]],
      ['planned', [asdg]],
    ]);
  });
});

describe('news: a clause without its verb, a congress named after its body, celebrations', () => {
  it('reads «…, а Y – в феврале» as a second event with the first verb', () => {
    const found = events(
      'По плану сессия Союза пройдет 23–24 апреля 2031 года в Туле, а Конференция пресс-служб Союза – в феврале 2031 года в Калуге.',
    );
    expect(found.map((e) => [e.title, e.status, e.when.start, e.places.map((p) => p.name)])).toEqual([
      ['Сессия Союза', 'planned', '2031-04-23', ['Тула']],
      ['Конференция пресс-служб Союза', 'planned', '2031-02-01', ['Калуга']],
    ]);
    expect(found[1]?.evidence).toBe(found[0]?.evidence);
  });

  it('gives the clause without a date the date of the clause before', () => {
    const found = events(
      '5 июня 2031 года состоится заседание Правления, а вечером – церемония награждения победителей.',
    );
    expect(found.map((e) => [e.kind, e.when.start])).toEqual([
      ['заседание', '2031-06-05'],
      ['другое', '2031-06-05'],
    ]);
  });

  it('splits no sentence whose second clause names no event', () => {
    expect(events('5 июня 2031 года прошёл форум «Города», а итоги – в декабре.')).toHaveLength(1);
  });

  it('reads «Конгресс <body>» as the body’s congress, not the bare «Конгресса» of a body', () => {
    expect(events('Конгресс Приокского отделения Союза пройдет с 26 по 28 мая 2031 года в Рязани.')[0]?.kind).toBe(
      'конгресс',
    );
  });

  it('reads a line in bold or italics as no footnote', () => {
    const found = events('**Тула, 3 мая 2031 г.** – Форум малых городов пройдет 20 мая 2031 года в Туле.');
    expect(found.map((e) => e.title)).toEqual(['Форум малых городов']);
  });

  it('reads celebrations devoted to a town’s age as its anniversary', () => {
    const [event] = events(
      '10 июня 2031 года делегация Союза приняла участие в торжествах, посвященных 880-летию города Рязани.',
    );
    expect(event).toMatchObject({ kind: 'юбилей', age: 880, title: 'Торжества, посвященные 880-летию города Рязани' });
  });

  it('reads «выпущено N номеров бюллетеня» as a publication held', () => {
    const [event] = events('В 2031 году выпущено 4 номера информационного бюллетеня «Вестник Союза».');
    expect(event).toMatchObject({ kind: 'публикация', status: 'held' });
  });

  it('ends a title before «, заявки на участие в котором …» and before «, г. Тула»', () => {
    const found = events(
      '11–13 декабря 2031 года в Москве пройдет семинар Союза для специалистов ЖКХ, заявки на участие в котором принимаются до 1 декабря.',
    );
    expect(found[0]?.title).toBe('Семинар Союза для специалистов ЖКХ');
  });
});

describe('news: headlines, background events with a time of their own, short names, all the days', () => {
  it('reads the body that states in full what its headline announced', () => {
    const found = events(
      [
        '# В Туле прошло заседание Правления Союза',
        '',
        '*Тула, 3 мая 2031 года*',
        '',
        'Сегодня в Туле состоялось расширенное заседание Правления Союза малых городов Приокского края.',
      ].join('\n'),
    );
    expect(found.map((e) => e.title)).toEqual(['Расширенное заседание Правления Союза малых городов Приокского края']);
  });

  it('reads an event prepared for as an event when a relative clause gives it a time', () => {
    const found = events(
      '3 мая 2031 года состоялось заседание Правления. Основным вопросом стала подготовка к Форуму малых городов, который пройдет 30 сентября – 2 октября 2031 года в Туле.',
    );
    expect(found.map((e) => [e.kind, e.when.start, e.when.end])).toEqual([
      ['заседание', '2031-05-03', '2031-05-03'],
      ['форум', '2031-09-30', '2031-10-02'],
    ]);
    // …not without one: the forum is only what the meeting discussed.
    const background = events(
      '3 мая 2031 года состоялось заседание Правления. Основным вопросом стала подготовка к Форуму малых городов.',
    );
    expect(background.map((e) => e.kind)).toEqual(['заседание']);
  });

  it('reads a short name the text defines as the body it stands for', () => {
    const found = events(
      [
        '3 мая 2031 года состоялось заседание Президиума Ассоциации «Совет муниципальных образований Приокского края» (далее – Совет).',
        '20 июня 2031 года в Туле пройдет форум «Малая родина», его организатором выступает Совет.',
      ].join(' '),
    );
    expect(found[1]?.organizers).toEqual(['Ассоциация «Совет муниципальных образований Приокского края»']);
  });

  it('dates «все три дня форума» by the forum’s days', () => {
    const found = events(
      'С 14 по 16 октября 2031 года в Туле пройдет форум «Города». В течение всех трех дней форума будет работать выставка «Ремёсла».',
    );
    expect(found.map((e) => [e.kind, e.status, e.when.start, e.when.end])).toEqual([
      ['форум', 'planned', '2031-10-14', '2031-10-16'],
      ['выставка', 'planned', '2031-10-14', '2031-10-16'],
    ]);
  });

  it('takes the event whose dates clash with another for the sentence’s event', () => {
    const [event] = events(
      'В связи с совпадением сроков с Форумом республиканский семинар по вопросам ЖКХ, запланированный на 1 октября 2031 года, отменен.',
    );
    expect(event).toMatchObject({ kind: 'семинар', status: 'cancelled' });
  });
});

describe('news: an organ named by the body’s bare word', () => {
  it('reads a meeting of an association’s council as held by the association', () => {
    const found = events(
      '12 марта 2031 года в Твери прошло заседание Совета Ассоциации «Совет муниципальных образований Тверской области».',
    );
    expect(found[0]?.organizers).toEqual(['Ассоциация «Совет муниципальных образований Тверской области»']);
  });

  it('reads «Общее собрание членов Союза» as held by the Союз the text named before', () => {
    const found = events(
      'Союз городов Верхневолжья объединяет 40 городов. 12 марта 2031 года в Твери прошло Общее собрание членов Союза.',
    );
    expect(found[0]?.organizers).toEqual(['Союз городов Верхневолжья']);
  });

  it('reads «Секретариатом Ассамблеи» as the Ассамблея the text named before', () => {
    const found = events(
      '17 мая 2031 года состоялось заседание Совета Международной Ассамблеи столиц и крупных городов (МАГ). 16 мая 2031 года прошло совещание секретарей городов, подготовленное Секретариатом Ассамблеи.',
    );
    expect(found[1]?.organizers).toEqual(['Международная Ассамблея столиц и крупных городов']);
  });
});

describe('news: dates read from the date the text speaks from', () => {
  it('puts a held event whose year is left out no later than the text', () => {
    const [, held] = extractor.extract({
      text: 'МИНСК, 18 ноября 2031 г. – Вчера состоялось заседание Совета, посвященное планам на 2032 год. Накануне, 16 ноября, прошло совещание секретарей.',
    }).events;
    expect(held?.when).toMatchObject({ start: '2031-11-16', end: '2031-11-16' });
  });

  it('reads «На следующий день» as the day after the event told before, and a budget year as no topic', () => {
    const found = extractor.extract({
      text: 'Обсуждались проекты местных бюджетов на 2032 год.\nСледующее заседание Президиума запланировано на 10 декабря в Твери. На следующий день там же откроется Съезд муниципальных образований Тверской области.',
      date: '2031-10-17',
    }).events;
    expect(found.map((e) => e.when.start)).toEqual(['2031-12-10', '2031-12-11']);
  });

  it('reads «на прошлой неделе» as the week before, precision unknown', () => {
    const [event] = extractor.extract({
      text: 'На прошлой неделе Союз провел вебинар «Бюджет» для специалистов.',
      date: '2031-02-06',
    }).events;
    expect(event?.when).toMatchObject({ start: '2031-01-27', end: '2031-02-02', precision: 'unknown' });
  });
});

describe('news: footnotes', () => {
  it.each([
    ['*Даты указаны ориентировочно, форум пройдет 5 мая 2031 года.', 0],
    ['* Форум пройдет 5 мая 2031 года.', 0],
    ['*Тула, 3 мая 2031 года*\n\nФорум пройдет 5 мая 2031 года.', 1],
  ])('%j → %i events', (text, count) => {
    expect(events(text)).toHaveLength(count);
  });
});
