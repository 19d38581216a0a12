import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from './index.js';
import { findCyrillicFont } from './testdata/generate.js';

const font = findCyrillicFont();

/** Draws with PDFKit and returns the bytes. */
function pdfOf(draw: (pdf: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'A4', margin: 50, ...options });
  pdf.registerFont('body', font!);
  pdf.font('body').fontSize(11);
  draw(pdf);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}

async function textOf(bytes: Uint8Array): Promise<string> {
  const [document] = await readDocumentBytes('test.pdf', bytes);
  return document!.text;
}

describe.skipIf(font === null)('PDF text layer', () => {
  it('joins a wrapped paragraph into one line and keeps paragraphs apart', async () => {
    const first =
      'Союз российских городов провёл семинар по вопросам регионального и муниципального контроля для глав муниципальных образований и депутатов представительных органов.';
    const second = 'Запись доступна на сайте.';
    const bytes = await pdfOf((pdf) => {
      pdf.text(first, { width: 300 });
      pdf.moveDown();
      pdf.text(second, { width: 300 });
    });
    expect(await textOf(bytes)).toBe(`${first}\n${second}`);
  });

  it('reads a tight table without rules: rows by the first column, wrapped cells joined', async () => {
    const bytes = await pdfOf((pdf) => {
      const rows = [
        ['№', 'Мероприятие', 'Срок'],
        ['1.', 'Заседание тематической группы «Стратегическое планирование и развитие городов»', 'февраль'],
        ['2.', 'Подготовка предложений', 'I квартал'],
        ['3.', 'Семинар', 'ежеквартально'],
      ];
      let y = 60;
      for (const [n, title, when] of rows) {
        pdf.text(n!, 50, y, { width: 30 });
        pdf.text(title!, 90, y, { width: 260 });
        const bottom = pdf.y;
        pdf.text(when!, 370, y, { width: 120 });
        y = Math.max(bottom, pdf.y);
      }
    });
    expect((await textOf(bytes)).split('\n')).toEqual([
      '| № | Мероприятие | Срок |',
      '| --- | --- | --- |',
      '| 1. | Заседание тематической группы «Стратегическое планирование и развитие городов» | февраль |',
      '| 2. | Подготовка предложений | I квартал |',
      '| 3. | Семинар | ежеквартально |',
    ]);
  });

  it('one line with a wide gap is not a table', async () => {
    const bytes = await pdfOf((pdf) => {
      pdf.text('Москва', 50, 60);
      pdf.text('5 марта 2026 г.', 400, 60);
      pdf.text('Заседание Правления состоится в 11:00.', 50, 100);
    });
    expect(await textOf(bytes)).toBe('Москва 5 марта 2026 г.\nЗаседание Правления состоится в 11:00.');
  });

  it('reads pages in order', async () => {
    const bytes = await pdfOf((pdf) => {
      pdf.text('Первая страница.');
      pdf.addPage().text('Вторая страница.');
    });
    expect(await textOf(bytes)).toBe('Первая страница.\nВторая страница.');
  });

  it('a table broken by a page is one table: the page number and the repeated header dropped', async () => {
    const bytes = await pdfOf((pdf) => {
      const drawRows = (rows: string[][], top: number) => {
        rows.forEach(([n, title, when], i) => {
          pdf.text(n!, 50, top + i * 30);
          pdf.text(title!, 90, top + i * 30);
          pdf.text(when!, 370, top + i * 30);
        });
      };
      const header = ['№', 'Мероприятие', 'Срок'];
      drawRows([header, ['1.', 'Форум', 'май'], ['2.', 'Съезд', 'июнь']], 60);
      pdf.text('1', 290, 780);
      pdf.addPage();
      drawRows([header, ['3.', 'Семинар', 'июль'], ['4.', 'Конкурс', 'август']], 60);
    });
    expect((await textOf(bytes)).split('\n')).toEqual([
      '| № | Мероприятие | Срок |',
      '| --- | --- | --- |',
      '| 1. | Форум | май |',
      '| 2. | Съезд | июнь |',
      '| 3. | Семинар | июль |',
      '| 4. | Конкурс | август |',
    ]);
  });

  it('a line over a table at the top of the first page stays a line', async () => {
    const bytes = await pdfOf((pdf) => {
      pdf.text('Раздел I', 50, 50);
      [
        ['№', 'Мероприятие'],
        ['1.', 'Форум'],
      ].forEach(([n, title], i) => {
        pdf.text(n!, 50, 80 + i * 30);
        pdf.text(title!, 90, 80 + i * 30);
      });
    });
    expect((await textOf(bytes)).split('\n')).toEqual([
      'Раздел I',
      '',
      '| № | Мероприятие |',
      '| --- | --- |',
      '| 1. | Форум |',
    ]);
  });

  it('a password-protected PDF is refused as such', async () => {
    const bytes = await pdfOf((pdf) => pdf.text('Секрет'), { userPassword: 'x', ownerPassword: 'y' });
    await expect(readDocumentBytes('locked.pdf', bytes)).rejects.toThrow('locked.pdf: password-protected PDF');
  });

  it('keeps the bytes as received (pdfjs gets a copy)', async () => {
    const bytes = await pdfOf((pdf) => pdf.text('Форум'));
    const copy = Buffer.from(bytes);
    const [document] = await readDocumentBytes('a.pdf', bytes);
    expect(Buffer.from(document!.bytes).equals(copy)).toBe(true);
  });
});

it.skipIf(font !== null)('PDF tests skipped: no Cyrillic TTF (CI: apt-get install -y fonts-dejavu-core)', () => {});
