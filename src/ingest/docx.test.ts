import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from './index.js';

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph({ text })], ...options });

describe('DOCX', () => {
  it('a cell merged down repeats in each row it covers; lists outside tables are «- » lines', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'План работы Палаты на 2026 год', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Основные направления:' }),
      new Paragraph({ text: 'стратегическое планирование', bullet: { level: 0 } }),
      new Paragraph({ text: 'городская среда', bullet: { level: 0 } }),
      new Table({
        rows: [
          new TableRow({ children: [cell('Мероприятие'), cell('Срок')] }),
          new TableRow({ children: [cell('Заседание тематической группы'), cell('в течение года', { rowSpan: 2 })] }),
          new TableRow({ children: [cell('Мониторинг практик')] }),
        ],
      }),
    ]);
    const [document] = await readDocumentBytes('plan.docx', bytes);
    expect(document).toMatchObject({ format: 'docx', title: 'План работы Палаты на 2026 год', encoding: null });
    expect(document!.text.split('\n')).toEqual([
      'План работы Палаты на 2026 год',
      'Основные направления:',
      '- стратегическое планирование',
      '- городская среда',
      '',
      '| Мероприятие | Срок |',
      '| --- | --- |',
      '| Заседание тематической группы | в течение года |',
      '| Мониторинг практик | в течение года |',
    ]);
  });

  it('a document of only an empty paragraph has no text', async () => {
    await expect(readDocumentBytes('empty.docx', await docxOf([new Paragraph({ text: '' })]))).rejects.toThrow(
      'empty.docx: DOCX has no text',
    );
  });
});
