import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './document.js';
import { feedDay, itemSlices, publisherInFull } from './feed.js';
import { readDocumentBytes } from './index.js';
import { ATOM_FEED, RSS_FEED } from './testdata/feeds.js';

describe('RSS 2.0', () => {
  it('gives one document per item with its date, link, guid and text', async () => {
    const bytes = Buffer.from(RSS_FEED);
    const documents = await readDocumentBytes('https://srg.example/rss', bytes);
    expect(documents.map((d) => [d.format, d.itemKey, d.date, d.link, d.title])).toEqual([
      ['rss', 'srg-news-101', '2021-06-10', 'https://srg.example/news/101', 'Семинар по муниципальному контролю'],
      [
        'rss',
        'https://srg.example/news/100',
        '2021-06-09',
        'https://srg.example/news/100',
        'Круглый стол в Совете Федерации',
      ],
    ]);
    expect(documents[0]!.text).toBe(
      'Семинар по муниципальному контролю\n10 июня Союз провёл бесплатный он-лайн семинар.\nСлушателей: 5800.\nПоделитесь этой информацией!',
    );
    // content:encoded is preferred over the description's summary.
    expect(documents[1]!.text).toBe(
      'Круглый стол в Совете Федерации\n9 июня в Совете Федерации состоялся круглый стол.\n- Доклад 1\n- Доклад 2\nЕщё: внутри CDATA.',
    );
  });

  it("gives every item the channel's title as its publisher", async () => {
    const documents = await readDocumentBytes('feed.xml', Buffer.from(RSS_FEED));
    expect(documents.map((d) => d.publisher)).toEqual(documents.map(() => 'Союз российских городов — новости'));
  });

  it('takes the description as the publisher when it names the title’s body in full', () => {
    const title = 'Совет муниципальных образований Тверской области — Новости';
    expect(publisherInFull(title, 'Новости Ассоциации «Совет муниципальных образований Тверской области»')).toBe(
      'Новости Ассоциации «Совет муниципальных образований Тверской области»',
    );
    expect(publisherInFull(title, 'Новости муниципалитетов региона')).toBe(title);
    expect(publisherInFull(title, null)).toBe(title);
  });

  it("keeps each item's own XML as its bytes, even with </item> inside CDATA and comments", async () => {
    const bytes = Buffer.from(RSS_FEED);
    const documents = await readDocumentBytes('feed.xml', bytes);
    for (const document of documents) {
      const xml = Buffer.from(document.bytes).toString('utf8');
      expect(xml.startsWith('<item>')).toBe(true);
      expect(xml.endsWith('</item>')).toBe(true);
      expect(document.hash).toBe(sha256Hex(document.bytes));
      expect(document.source).toBe('feed.xml');
    }
    expect(Buffer.from(documents[1]!.bytes).toString('utf8')).toContain('внутри CDATA.</p>]]></content:encoded>');
  });

  it('reads a windows-1251 feed and slices its bytes as they are', async () => {
    const text = RSS_FEED.replace('encoding="utf-8"', 'encoding="windows-1251"');
    const bytes = iconv.encode(text, 'windows-1251');
    const documents = await readDocumentBytes('old.rss', bytes);
    expect(documents.map((d) => d.encoding)).toEqual(['windows-1251', 'windows-1251']);
    expect(documents[0]!.title).toBe('Семинар по муниципальному контролю');
    expect(iconv.decode(Buffer.from(documents[0]!.bytes), 'windows-1251')).toContain('<title>Семинар');
  });

  it('an item without guid or link is keyed by the hash of its XML', async () => {
    const feed =
      '<rss version="2.0"><channel><item><title>Форум</title><description>Итоги</description></item></channel></rss>';
    const [document] = await readDocumentBytes('a.rss', Buffer.from(feed));
    expect(document!.itemKey).toBe(
      `sha256:${sha256Hex(Buffer.from('<item><title>Форум</title><description>Итоги</description></item>'))}`,
    );
    expect(document!.date).toBeNull();
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates', async () => {
    const feed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://kmo.example/"><title>КМО</title></channel>
<item rdf:about="https://kmo.example/1"><title>Съезд КМО</title><link>https://kmo.example/1</link><dc:date>2025-11-20T10:00:00+03:00</dc:date><description>Съезд пройдёт в Москве.</description></item>
</rdf:RDF>`;
    const documents = await readDocumentBytes('kmo.rdf', Buffer.from(feed));
    expect(documents.map((d) => [d.format, d.itemKey, d.date, d.text])).toEqual([
      ['rss', 'https://kmo.example/1', '2025-11-20', 'Съезд КМО\nСъезд пройдёт в Москве.'],
    ]);
  });

  it('an empty channel gives no documents', async () => {
    const documents = await readDocumentBytes(
      'empty.rss',
      Buffer.from('<rss version="2.0"><channel><title>Пусто</title></channel></rss>'),
    );
    expect(documents).toEqual([]);
  });
});

describe('Atom', () => {
  it('gives one document per entry: id, alternate link, published date, HTML content as text', async () => {
    const documents = await readDocumentBytes('https://mag.example/atom', Buffer.from(ATOM_FEED));
    expect(documents.map((d) => [d.format, d.itemKey, d.date, d.link, d.title, d.text])).toEqual([
      [
        'atom',
        'urn:mag:news:28',
        '2026-01-12',
        'https://mag.example/news/28',
        'XXVIII сессия МАГ «Цифровой город»',
        'XXVIII сессия МАГ «Цифровой город»\nСессия пройдёт 3–5 июля в Нур-Султане.',
      ],
      [
        'atom',
        'https://mag.example/news/27',
        '2026-01-05',
        'https://mag.example/news/27',
        'Конкурс «Город в зеркале СМИ»',
        'Конкурс «Город в зеркале СМИ»\nИтоги конкурса подведут в феврале.',
      ],
    ]);
  });
});

describe('feedDay', () => {
  const cases: [string | null, string | null][] = [
    ['Thu, 10 Jun 2021 23:30:00 +0300', '2021-06-10'],
    ['Wed, 9 Jun 2021 12:00:00 GMT', '2021-06-09'],
    ['2026-01-12T09:00:00+03:00', '2026-01-12'],
    ['12 September 2025', '2025-09-12'],
    ['вчера', null],
    [null, null],
  ];
  for (const [value, day] of cases) {
    it(`${value} → ${day}`, () => expect(feedDay(value)).toBe(day));
  }
});

describe('itemSlices', () => {
  it('does not take <items> or <itemprop> for an item', () => {
    const xml = Buffer.from('<rss><items/><itemprop>x</itemprop><item><title>a</title></item></rss>');
    expect(itemSlices(xml, 'item').map((s) => Buffer.from(s).toString())).toEqual(['<item><title>a</title></item>']);
  });
});
