import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';
import { limitTagDepth } from './html-depth.js';
import { htmlToText } from './html-to-text.js';
import { readDocumentBytes } from './index.js';

describe('htmlToText', () => {
  const cases: [string, string, string][] = [
    [
      'headings and paragraphs are lines',
      '<h2>Новости</h2><p>Семинар   прошёл\n онлайн.</p><p>Второй абзац</p>',
      'Новости\nСеминар прошёл онлайн.\nВторой абзац',
    ],
    [
      'lists are «- » lines, nested ones indented',
      '<ul><li>Форум<ul><li>секция</li></ul></li><li><p>Съезд</p><p>в Казани</p></li></ul>',
      '- Форум\n  - секция\n- Съезд в Казани',
    ],
    ['br breaks a line', '<p>5 марта<br>Москва</p>', '5 марта\nМосква'],
    [
      'NBSP and entities are decoded, not normalized',
      '<p>12&nbsp;мая &laquo;Форум&raquo; &mdash; итоги</p>',
      '12\u00a0мая «Форум» — итоги',
    ],
    [
      'scripts and styles are not text',
      '<style>p{}</style><p>Текст</p><script>var a = "<p>нет</p>";</script>',
      'Текст',
    ],
    [
      'a table becomes Markdown rows; a cell holds paragraphs and «• » items',
      '<table><tr><th>Срок</th><th>Мероприятие</th></tr><tr><td>май</td><td><p>Форум</p><ul><li>секция А</li><li>секция Б</li></ul></td></tr></table>',
      '| Срок | Мероприятие |\n| --- | --- |\n| май | Форум • секция А • секция Б |',
    ],
    [
      'rowspan repeats the cell, colspan leaves the rest empty, pipes are escaped',
      '<table><tr><td rowspan="2">II квартал</td><td>Семинар A|B</td></tr><tr><td>Конкурс</td></tr><tr><td colspan="2">Раздел</td></tr></table>',
      '| II квартал | Семинар A\\|B |\n| --- | --- |\n| II квартал | Конкурс |\n| Раздел |  |',
    ],
    [
      'a one-column table is read as lines',
      '<table><tr><td>Объявление</td></tr><tr><td>Текст</td></tr></table>',
      'Объявление\nТекст',
    ],
    [
      'a hostile colspan is bounded',
      '<table><tr><td colspan="100000">a</td><td>b</td></tr></table>',
      `| a |${'  |'.repeat(63)} b |\n|${' --- |'.repeat(65)}`,
    ],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => {
      expect(htmlToText(html)).toBe(text);
    });
  }
});

describe('readHtml: who publishes the page', () => {
  const body = '<body><article><h1>Форум</h1><p>Прошёл форум городов.</p></article></body>';
  it.each([
    [
      `<head><meta property="og:site_name" content="Союз малых городов"><title>Форум</title></head>${body}`,
      'Союз малых городов',
    ],
    [`<head><title>Прошёл форум — ВАРМСУ</title></head>${body}`, 'ВАРМСУ'],
    [`<head><title>Прошёл форум | Палата городов-центров</title></head>${body}`, 'Палата городов-центров'],
    [
      `<head><title>Форум</title></head><header><div class="logo"><a href="/">Союз российских городов</a></div></header>${body}`,
      'Союз российских городов',
    ],
    [`<head><title>Прошёл форум городов</title></head>${body}`, null],
    // a dash inside the quoted name is no separator
    [
      `<head><title>Новости – Ассоциация «Совет муниципальных образований Республики Северная Осетия – Алания»</title></head>${body}`,
      'Ассоциация «Совет муниципальных образований Республики Северная Осетия – Алания»',
    ],
  ])('%#', (page, publisher) => {
    expect(readHtml(page, 'page.html').publisher).toBe(publisher);
  });
});

describe('readHtml finds the article', () => {
  it('prefers <article>, drops menu, share block and footer, reads metadata', () => {
    const page = `<html><head><title>Новость — Союз</title>
      <meta property="article:published_time" content="2026-03-05T12:00:00+03:00"><meta property="og:url" content="/news/5"></head>
      <body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
      <h1>Съезд Союза российских городов</h1>
      <article><p>5 марта в Москве прошёл съезд.</p><div class="share-block"><span>Поделиться</span></div>
      <p>Поделитесь этой информацией!</p></article>
      <footer>© Союз</footer></body></html>`;
    const read = readHtml(page, 'https://src.example/news/5?x=1');
    expect(read).toEqual({
      text: 'Съезд Союза российских городов\n5 марта в Москве прошёл съезд.',
      title: 'Съезд Союза российских городов',
      publisher: 'Союз',
      date: '2026-03-05',
      link: 'https://src.example/news/5',
    });
  });

  it('reads a list of dated news items as the page’s text, every item with its date', () => {
    const item = (day: string, title: string, text: string) =>
      `<article class="news-item"><time>${day}</time><h3>${title}</h3><p>${text}</p></article>`;
    const page = `<html><body><nav><a href="/">Главная</a></nav><h1>Новости</h1><div class="news-list">
      ${item('14.10.2031', 'Заседание Правления', 'Сегодня прошло заседание Правления Ассоциации.')}
      ${item('09.10.2031', 'Семинар для депутатов', '8 октября Ассоциация провела семинар для депутатов, в нём приняли участие 112 человек.')}
      ${item('02.10.2031', 'Семинар отменён', 'Выездной семинар, запланированный на 6 октября, отменён.')}
      </div><footer>© Ассоциация</footer></body></html>`;
    const text = readHtml(page, 'news.html').text;
    expect(text.match(/\d{2}\.10\.2031/g)).toEqual(['14.10.2031', '09.10.2031', '02.10.2031']);
    expect(text).toContain('8 октября Ассоциация провела семинар');
    expect(text).not.toContain('Главная');
  });

  it('without semantic tags takes the densest text, not the menu', () => {
    const menu = Array.from(
      { length: 30 },
      (_, i) => `<div class="item"><a href="/${i}">Раздел сайта номер ${i}</a></div>`,
    ).join('');
    const page = `<body><div id="left">${menu}</div><div id="center"><div class="text">
      <p>Палата городов-центров провела установочное заседание тематической группы.</p>
      <p>В заседании участвовали представители двадцати городов.</p></div>
      <div class="date"><time datetime="2026-02-10">10 февраля</time></div></div>
      <div id="bottom">Адрес: Москва, ул. Тверская</div></body>`;
    const read = readHtml(page, 'page.html');
    expect(read.text).toBe(
      'Палата городов-центров провела установочное заседание тематической группы.\nВ заседании участвовали представители двадцати городов.',
    );
    expect(read.date).toBe('2026-02-10');
    expect(read.link).toBeNull();
  });

  it('a teaser <article> in the sidebar does not win over the unmarked article', () => {
    const page = `<body><div class="content"><h1>Заседание Палаты</h1>
      <p>Палата городов-центров провела заседание в Нижнем Новгороде, посвящённое развитию агломераций.</p>
      <p>В заседании приняли участие главы тридцати городов и представители министерств.</p></div>
      <div class="side"><article><a href="/n/2">Форум в Казани</a><p>Кратко.</p></article></div></body>`;
    expect(readHtml(page, 'p.html').text).toBe(
      'Заседание Палаты\nПалата городов-центров провела заседание в Нижнем Новгороде, посвящённое развитию агломераций.\nВ заседании приняли участие главы тридцати городов и представители министерств.',
    );
  });

  it('reads dated news teasers of the sidebar after the article, not its menu or undated blocks', () => {
    const page = `<body><nav>Главная Новости</nav><article><h1>Заседание Совета</h1>
      <p>Совет Ассоциации провёл заседание в Перми.</p></article>
      <aside><h3>Другие новости</h3><nav>Все новости</nav>
      <p>14.11.2030 Правление Ассоциации проведёт заседание в режиме ВКС.</p></aside>
      <aside><p>Подпишитесь на нашу рассылку и получайте новости первыми.</p></aside></body>`;
    expect(readHtml(page, 'p.html').text).toBe(
      'Заседание Совета\nСовет Ассоциации провёл заседание в Перми.\n\nДругие новости\n14.11.2030 Правление Ассоциации проведёт заседание в режиме ВКС.',
    );
  });

  it('a long paragraph that happens to start with «Поделиться» is content', () => {
    const long = `Поделиться опытом приехали главы ${'городов и районов, '.repeat(30)}всего 40 делегаций.`;
    expect(readHtml(`<article><p>${long}</p></article>`, 'a.html').text).toBe(long.replace(/\s+/g, ' '));
  });
});

describe('hostile HTML', () => {
  it('5 MB of nested tags neither blows the stack nor takes long', async () => {
    const depth = (5 * 1024 * 1024) / 22;
    const html = `<html><body><article><p>Форум состоится 5 июня.</p>${'<div><span>x'.repeat(depth)}${'</span></div>'.repeat(depth)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const [document] = await readDocumentBytes('deep.html', Buffer.from(html));
    const elapsed = performance.now() - started;
    expect(document?.text.startsWith('Форум состоится 5 июня.')).toBe(true);
    expect(document?.text.length).toBeGreaterThan(depth);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('5 MB of unclosed inline tags', async () => {
    const html = `<!DOCTYPE html><body><main>${'<b><i>Совет '.repeat((5 * 1024 * 1024) / 13)}</main>`;
    const [document] = await readDocumentBytes('unclosed.html', Buffer.from(html));
    expect(document?.text.startsWith('Совет Совет')).toBe(true);
  });

  it('limitTagDepth keeps all text and shallow markup unchanged', () => {
    const shallow = '<div><p>а<br>б</p><!-- <div> --><script>"<div>"</script></div>';
    expect(limitTagDepth(shallow, 3)).toBe(shallow);
    expect(limitTagDepth('<div><div><div>в</div></div></div>', 2)).toBe('<div><div>в</div></div>');
  });
});
