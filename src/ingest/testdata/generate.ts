/**
 * Fixture generators: documents written by the tests themselves, in every format ingestion
 * reads, so no binary blob is committed. Used by the tests and by `bench/ingest.ts`.
 */
import { existsSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { cellLine, PLAN, type PlanCell, type PlanFixture } from './plan.js';

/** Fonts with Cyrillic glyphs, where Debian's fonts-dejavu-core (or a similar package) puts them. */
const CYRILLIC_FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/freefont/FreeSans.ttf',
];

/** A TTF with Cyrillic glyphs, or null (PDF tests then skip and say so). */
export function findCyrillicFont(): string | null {
  return CYRILLIC_FONTS.find((path) => existsSync(path)) ?? null;
}

export function planMarkdown(plan: PlanFixture = PLAN): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  const lines = [`# ${plan.title}`, '', plan.note, '', row(plan.header), '|---|---|---|---|'];
  for (const r of plan.rows) lines.push('section' in r ? row([r.section, '', '', '']) : row(r.cells.map(cellLine)));
  lines.push('', plan.closing, '');
  return lines.join('\n');
}

function htmlEscape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function htmlCell(planCell: PlanCell): string {
  const paragraphs =
    planCell.paragraphs.length === 1 && !planCell.items
      ? htmlEscape(planCell.paragraphs[0]!)
      : planCell.paragraphs.map((p) => `<p>${htmlEscape(p)}</p>`).join('');
  const items = planCell.items ? `<ul>${planCell.items.map((i) => `<li>${htmlEscape(i)}</li>`).join('')}</ul>` : '';
  return `<td>${paragraphs}${items}</td>`;
}

function htmlTable(plan: PlanFixture): string {
  const head = `<thead><tr>${plan.header.map((h) => `<th>${htmlEscape(h)}</th>`).join('')}</tr></thead>`;
  const body = plan.rows
    .map((r) =>
      'section' in r ? `<tr><td colspan="4"><b>${htmlEscape(r.section)}</b></td></tr>` : `<tr>${r.cells.map(htmlCell).join('')}</tr>`,
    )
    .join('\n');
  return `<table class="plan">${head}<tbody>\n${body}\n</tbody></table>`;
}

/** A modern page: menu, breadcrumbs, the article with the plan, a share block, a footer. */
export function planHtmlPage(plan: PlanFixture = PLAN): string {
  return `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>${htmlEscape(plan.title)} — Союз малых городов</title>
<meta property="og:title" content="${htmlEscape(plan.title)}">
<meta property="article:published_time" content="2025-12-22T10:00:00+03:00">
<link rel="canonical" href="https://smgrf.example/plans/2026">
<script>window.dataLayer = [{ page: '<div>not text</div>' }];</script>
</head><body>
<header class="site-header"><a href="/">Союз малых городов</a><p>Официальный сайт</p></header>
<nav class="menu"><ul><li><a href="/news">Новости</a></li><li><a href="/plans">Планы</a></li><li><a href="/members">Члены Союза</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/plans">Планы</a></div>
<main>
<article>
<h1>${htmlEscape(plan.title)}</h1>
<p class="lead">${htmlEscape(plan.note)}</p>
${htmlTable(plan)}
<p>${htmlEscape(plan.closing)}</p>
<div class="share"><p>Поделитесь этой информацией!</p><a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
</article>
</main>
<aside><h3>Последние новости</h3><p><a href="/news/1">Съезд прошёл в Рыбинске</a></p></aside>
<footer><p>© 2025 Союз малых городов Российской Федерации. Все права защищены.</p></footer>
</body></html>
`;
}

/**
 * An old-style page in windows-1251: a layout table holding the menu and the content, no
 * <article> or <main>, so the reader has to find the densest text.
 */
export function planHtmlPageCp1251(plan: PlanFixture = PLAN): Uint8Array {
  const menu = ['Главная', 'О Союзе', 'Новости', 'Планы работы', 'Контакты']
    .map((m) => `<a href="/">${m}</a><br>`)
    .join('\n');
  const html = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>${htmlEscape(plan.title)}</title></head>
<body bgcolor="#ffffff">
<table width="100%" border="0"><tr>
<td width="180" valign="top" class="left">${menu}</td>
<td valign="top">
<div class="content">
<h2>${htmlEscape(plan.title)}</h2>
<p>${htmlEscape(plan.note)}</p>
${htmlTable(plan)}
<p>${htmlEscape(plan.closing)}</p>
</div>
</td></tr></table>
<div class="bottom">Copyright © 2005-2025 Союз малых городов. Счётчик посещений.</div>
</body></html>`;
  return iconv.encode(html, 'windows-1251');
}

function docxCell(planCell: PlanCell, columnSpan?: number): TableCell {
  const children = [
    ...planCell.paragraphs.map((text) => new Paragraph({ text })),
    ...(planCell.items ?? []).map((text) => new Paragraph({ text, bullet: { level: 0 } })),
  ];
  return new TableCell({ children, columnSpan });
}

/** A Word plan: heading, note, the table (header row, merged section rows, a list in a cell). */
export async function planDocx(plan: PlanFixture = PLAN): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: plan.header.map((h) => new TableCell({ children: [new Paragraph({ text: h })] })),
  });
  const rows = plan.rows.map((r) =>
    'section' in r
      ? new TableRow({ children: [docxCell({ paragraphs: [r.section] }, 4)] })
      : new TableRow({ children: r.cells.map((c) => docxCell(c)) }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: plan.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: plan.note }),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph({ text: plan.closing }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const COLUMN_WIDTHS = [30, 200, 130, 155];
const PADDING = 5;
const FONT_SIZE = 10;

/** Renders PDFKit output to bytes. */
function collectPdf(document: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    document.end();
  });
}

/**
 * The plan as a PDF drawn like a Word export: each cell's text laid out in its column with
 * padding, rows ruled. Needs a Cyrillic TTF (see findCyrillicFont).
 */
export async function planPdf(fontPath: string, plan: PlanFixture = PLAN): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: 40, info: { Title: plan.title } });
  pdf.registerFont('body', fontPath);
  pdf.font('body');
  const left = 40;
  const tableWidth = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
  pdf.fontSize(14).text(plan.title, left, 40, { width: tableWidth, align: 'center' });
  pdf.fontSize(FONT_SIZE).moveDown().text(plan.note, left, undefined, { width: tableWidth });
  let y = pdf.y + 12;
  const drawRow = (cells: string[][], spans: number[]) => {
    const widths = cells.map((_, i) => COLUMN_WIDTHS.slice(i, i + (spans[i] ?? 1)).reduce((a, b) => a + b, 0));
    const heights = cells.map((lines, i) =>
      lines.reduce((sum, line) => sum + pdf.heightOfString(line, { width: widths[i]! - 2 * PADDING }), 0),
    );
    const height = Math.max(...heights) + 2 * PADDING;
    if (y + height > pdf.page.height - 40) {
      pdf.addPage();
      y = 40;
    }
    let x = left;
    cells.forEach((lines, i) => {
      let cy = y + PADDING;
      for (const line of lines) {
        pdf.text(line, x + PADDING, cy, { width: widths[i]! - 2 * PADDING });
        cy = pdf.y;
      }
      x += widths[i]!;
    });
    pdf.rect(left, y, tableWidth, height).stroke();
    y += height;
  };
  const cellLines = (c: PlanCell) => [...c.paragraphs, ...(c.items ?? []).map((i) => `• ${i}`)];
  drawRow(
    plan.header.map((h) => [h]),
    [1, 1, 1, 1],
  );
  for (const r of plan.rows) {
    if ('section' in r) drawRow([[r.section]], [4]);
    else drawRow(r.cells.map(cellLines), [1, 1, 1, 1]);
  }
  pdf.text(plan.closing, left, y + 14, { width: tableWidth });
  return collectPdf(pdf);
}

/** A PDF of pictures only, as a scanner makes: no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: 40 });
  pdf.rect(60, 60, 300, 20).fill('#333333');
  pdf.rect(60, 100, 250, 20).fill('#555555');
  return collectPdf(pdf);
}
