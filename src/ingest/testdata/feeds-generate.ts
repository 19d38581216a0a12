/** Feeds of many items, for benchmarks. */
export function rssFeedOf(items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) => `<item><title>Семинар ${i + 1} Союза российских городов</title><link>https://srg.example/news/${i}</link>
<guid>srg-${i}</guid><pubDate>Thu, 10 Jun 2021 12:00:00 +0300</pubDate>
<description><![CDATA[<p>${i % 28 + 1} июня Союз провёл он-лайн семинар по вопросам муниципального контроля.</p><p>Слушателей: ${100 + i}.</p>]]></description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title>${entries.join('\n')}</channel></rss>`;
}

export function atomFeedOf(entries: number): string {
  const body = Array.from(
    { length: entries },
    (_, i) => `<entry><title>Сессия МАГ ${i + 1}</title><id>urn:mag:${i}</id><link href="https://mag.example/${i}"/>
<published>2026-01-12T09:00:00+03:00</published><content type="html">&lt;p&gt;Сессия пройдёт 3–5 июля в Нур-Султане.&lt;/p&gt;</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>МАГ</title>${body.join('\n')}</feed>`;
}
