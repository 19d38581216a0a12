/** RSS 2.0 and Atom feeds written for the tests, shaped like the news feeds of association sites. */

export const RSS_FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Союз российских городов — новости</title>
  <link>https://srg.example/news</link>
  <description>Новости Союза</description>
  <item>
    <title>Семинар по муниципальному контролю</title>
    <link>https://srg.example/news/101</link>
    <guid isPermaLink="false">srg-news-101</guid>
    <pubDate>Thu, 10 Jun 2021 23:30:00 +0300</pubDate>
    <description><![CDATA[<p>10 июня Союз провёл бесплатный он-лайн семинар.</p><p>Слушателей: 5800.</p><p>Поделитесь этой информацией!</p>]]></description>
  </item>
  <item>
    <title>Круглый стол в Совете Федерации</title>
    <link>https://srg.example/news/100</link>
    <pubDate>Wed, 9 Jun 2021 12:00:00 GMT</pubDate>
    <description>9 июня состоялся круглый стол &lt;b&gt;о городской среде&lt;/b&gt;.</description>
    <!-- прежняя разметка: </item> -->
    <content:encoded><![CDATA[<p>9 июня в Совете Федерации состоялся круглый стол.</p><ul><li>Доклад 1</li><li>Доклад 2</li></ul><p>Ещё: </item> внутри CDATA.</p>]]></content:encoded>
  </item>
</channel>
</rss>
`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>МАГ: новости</title>
  <id>urn:mag:news</id>
  <updated>2026-01-12T10:00:00+03:00</updated>
  <entry>
    <title type="html">XXVIII сессия МАГ &amp;laquo;Цифровой город&amp;raquo;</title>
    <id>urn:mag:news:28</id>
    <link rel="alternate" href="https://mag.example/news/28"/>
    <link rel="enclosure" href="https://mag.example/files/28.pdf"/>
    <published>2026-01-12T09:00:00+03:00</published>
    <updated>2026-01-13T09:00:00+03:00</updated>
    <content type="html">&lt;p&gt;Сессия пройдёт 3–5 июля в Нур-Султане.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Конкурс «Город в зеркале СМИ»</title>
    <link href="https://mag.example/news/27"/>
    <updated>2026-01-05T08:00:00Z</updated>
    <summary>Итоги конкурса подведут в феврале.</summary>
  </entry>
</feed>
`;
