import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IngestedDocument, readDocumentBytes } from './index.js';
import {
  findCyrillicFont,
  planDocx,
  planHtmlPage,
  planHtmlPageCp1251,
  planMarkdown,
  planPdf,
} from './testdata/generate.js';
import { PLAN, scalePlan } from './testdata/plan.js';

/** The Markdown table rows of a text, whitespace normalized (runs collapsed, none around pipes). */
function tableRows(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/ ?\| ?/g, '|')
        .trim(),
    );
}

const font = findCyrillicFont();

describe('one plan in every format reads as the same table rows', () => {
  let markdownRows: string[] = [];

  beforeAll(async () => {
    const [markdown] = await readDocumentBytes('plan.md', Buffer.from(planMarkdown(), 'utf8'));
    markdownRows = tableRows(markdown!.text);
  });

  it('the Markdown version has the header, the rule and every row', () => {
    expect(markdownRows).toHaveLength(PLAN.rows.length + 2);
    expect(markdownRows[0]).toBe('|№|Мероприятие|Место, дата|Организатор|');
    expect(markdownRows).toContain(
      '|2.|Общее собрание членов Союза Отчёт о работе за 2025 год|Москва, апрель|Организаторы: • Союз малых городов • Администрация городского округа Кашира|',
    );
    expect(markdownRows).toContain('|I. Заседания руководящих органов||||');
  });

  const cases: [string, () => Promise<[string, Uint8Array]>, Partial<IngestedDocument>][] = [
    ['DOCX', async () => ['plan.docx', await planDocx()], { format: 'docx', encoding: null }],
    [
      'HTML page with menu and footer',
      async () => ['plan.html', Buffer.from(planHtmlPage())],
      { format: 'html', encoding: 'utf-8' },
    ],
    [
      'CP1251 page in a layout table',
      async () => ['plan-old.htm', planHtmlPageCp1251()],
      { format: 'html', encoding: 'windows-1251' },
    ],
    [
      'CP1251 Markdown',
      async () => ['plan-1251.md', iconv.encode(planMarkdown(), 'windows-1251')],
      { format: 'markdown', encoding: 'windows-1251' },
    ],
  ];
  for (const [name, make, expected] of cases) {
    it(name, async () => {
      const [source, bytes] = await make();
      const documents = await readDocumentBytes(source, bytes);
      expect(documents).toHaveLength(1);
      expect(documents[0]).toMatchObject(expected);
      expect(tableRows(documents[0]!.text)).toEqual(markdownRows);
    });
  }

  it.skipIf(font === null)('PDF (pdfkit, Cyrillic TTF)', async () => {
    const [document] = await readDocumentBytes('plan.pdf', await planPdf(font!));
    expect(document).toMatchObject({ format: 'pdf', encoding: null, title: PLAN.title });
    expect(tableRows(document!.text)).toEqual(markdownRows);
  });
  if (font === null) {
    it('PDF skipped: no Cyrillic TTF found (install the Debian package fonts-dejavu-core)', () => {});
  }

  it.skipIf(font === null)(
    'a plan of 100 events over several PDF pages, and its DOCX, read as its Markdown',
    async () => {
      const plan = scalePlan(100);
      const [markdown] = await readDocumentBytes('plan.md', Buffer.from(planMarkdown(plan)));
      const expected = tableRows(markdown!.text);
      expect(expected).toHaveLength(100 + 10 + 2);
      const pdfBytes = await planPdf(font!, plan);
      const [pdf] = await readDocumentBytes('plan.pdf', pdfBytes);
      expect(tableRows(pdf!.text)).toEqual(expected);
      const [docx] = await readDocumentBytes('plan.docx', await planDocx(plan));
      expect(tableRows(docx!.text)).toEqual(expected);
    },
  );

  it('text around the table survives in each format', async () => {
    const documents = [
      ...(await readDocumentBytes('plan.docx', await planDocx())),
      ...(await readDocumentBytes('plan.html', Buffer.from(planHtmlPage()))),
      ...(await readDocumentBytes('plan-old.htm', planHtmlPageCp1251())),
    ];
    for (const document of documents) {
      expect(document.text).toContain(PLAN.note);
      expect(document.text).toContain(PLAN.closing);
      expect(document.text.split('\n')[0]).toBe(PLAN.title);
    }
  });
});
