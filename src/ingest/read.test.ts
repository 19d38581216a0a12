import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './document.js';
import { IngestError, readDocumentBytes } from './index.js';
import { findCyrillicFont, imageOnlyPdf, planDocx, planMarkdown, planPdf } from './testdata/generate.js';
import { docxShapedZip, encryptedDocxContainer, writeZip } from './testdata/zip-writer.js';

async function reasonFor(source: string, bytes: Uint8Array, limits?: Parameters<typeof readDocumentBytes>[2]) {
  try {
    await readDocumentBytes(source, bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    const ingestError = error as IngestError;
    expect(ingestError.source).toBe(source);
    expect(ingestError.message).toBe(`${source}: ${ingestError.reason}`);
    expect(ingestError.message).not.toContain('\n');
    return ingestError.reason;
  }
  throw new Error(`${source} was read, expected an IngestError`);
}

const font = findCyrillicFont();

describe('bad documents give one IngestError naming the file and the reason', () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['an empty file', 'empty.txt', () => new Uint8Array(0), /^empty file$/],
    ['only whitespace', 'blank.txt', () => Buffer.from(' \n\t\n'), /empty file/],
    ['binary garbage', 'noise.txt', () => randomBytes(4096), /binary data/],
    [
      'a small binary blob without NULs',
      'blob.md',
      () => Buffer.from([1, 2, 3, 4, 5, 6, 200, 201, 7, 8]),
      /binary data/,
    ],
    [
      'a PNG named .docx',
      'photo.docx',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      /PNG image/,
    ],
    ['a truncated DOCX', 'cut.docx', async () => (await planDocx()).subarray(0, 4000), /truncated or damaged ZIP/],
    [
      'a DOCX cut inside an entry',
      'cut2.docx',
      async () => {
        const bytes = await planDocx();
        return Buffer.concat([bytes.subarray(0, 2000), Buffer.alloc(bytes.length - 2000)]);
      },
      /ZIP|damaged/,
    ],
    [
      'a DOCX with broken XML',
      'broken.docx',
      () => writeZip([{ name: 'word/document.xml', data: '<w:document><w:body' }]),
      /^damaged DOCX, Word cannot have written it \(/,
    ],
    [
      'a password-protected DOCX',
      'secret.docx',
      () => encryptedDocxContainer(),
      /encrypted \(password-protected\) DOCX/,
    ],
    ['an old Word .doc', 'old.doc', () => encryptedDocxContainer(['WordDocument']), /Word 97–2003/],
    [
      'a ZIP bomb that declares its size',
      'bomb.docx',
      () => docxShapedZip('<w:document/>', 0xfffffff0),
      /ZIP bomb refused: entries declare more than 200\.0 MB/,
    ],
    [
      'a ZIP bomb with an extreme ratio',
      'ratio.docx',
      () => docxShapedZip(Buffer.alloc(20 * 1024 * 1024, 0x20)),
      /ZIP bomb refused: word\/document\.xml declares 20\.0 MB from .* \(ratio \d+:1\)/,
    ],
    [
      'a ZIP bomb lying about its size',
      'liar.docx',
      () => docxShapedZip(Buffer.alloc(4 * 1024 * 1024, 0x20), 1000),
      /ZIP bomb refused: word\/document\.xml inflates beyond its declared 1000 B/,
    ],
    [
      'a ZIP64 bomb declaring 5 GB',
      'zip64.docx',
      () => writeZip([{ name: 'word/document.xml', data: '<w:document/>', declaredSize: 5 * 1024 ** 3 }], true),
      /ZIP bomb refused: entries declare more than 200\.0 MB/,
    ],
    [
      'a ZIP that is not a DOCX',
      'book.docx',
      () => writeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
      /Excel workbook \(XLSX\), not a DOCX/,
    ],
    ['a PDF without a text layer', 'scan.pdf', () => imageOnlyPdf(), /PDF has no text layer .*OCR is not supported/],
    ['a damaged PDF', 'broken.pdf', () => Buffer.from('%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage'), /damaged PDF/],
    [
      'broken feed XML',
      'news.rss',
      () => Buffer.from('<?xml version="1.0"?><rss><channel><item><title>Форум</item></channel></rss>'),
      /broken XML in RSS feed: .*line 1/,
    ],
    [
      'an unknown XML document',
      'data.xml',
      () => Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'),
      /XML document <catalog>/,
    ],
  ];
  for (const [name, source, make, reason] of cases) {
    it(name, async () => {
      expect(await reasonFor(source, await make())).toMatch(reason);
    });
  }

  it('refuses bytes over maxBytes, and the ZIP limit is configurable', async () => {
    expect(await reasonFor('big.md', Buffer.alloc(2048, 0x41), { maxBytes: 1024 })).toMatch(
      /too large: 2\.0 KB \(limit 1\.0 KB/,
    );
    expect(await reasonFor('plan.docx', await planDocx(), { maxUnzippedBytes: 1000 })).toMatch(/ZIP bomb refused/);
  });

  it('a ZIP bomb is refused fast and without inflating it', async () => {
    // 1 GB of zeros deflates to ~1 MB; its declared size alone refuses it.
    const chunk = deflateRawSync(Buffer.alloc(1024 * 1024));
    expect(chunk.length).toBeLessThan(2000);
    const started = performance.now();
    expect(await reasonFor('huge.docx', docxShapedZip('<w:document/>', 1024 * 1024 * 1024))).toMatch(/ZIP bomb/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('formats are detected from the content, not the extension', () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ['a DOCX named .pdf', 'plan.pdf', () => planDocx(), 'docx'],
    [
      'HTML named .txt',
      'page.txt',
      () => Buffer.from('<!DOCTYPE html><html><body><p>Семинар</p></body></html>'),
      'html',
    ],
    [
      'an RSS feed named .html',
      'feed.html',
      () => Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Новости</title></channel></rss>'),
      'rss',
    ],
    [
      'Atom named .xml',
      'feed.xml',
      () => Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>Новости</title></feed>'),
      'atom',
    ],
    ['a Markdown table named .txt', 'plan.txt', () => Buffer.from(planMarkdown()), 'markdown'],
    ['plain text named .docx', 'note.docx', () => Buffer.from('Семинар состоится 5 марта.'), 'text'],
  ];
  for (const [name, source, make, format] of cases) {
    it(name, async () => {
      const documents = await readDocumentBytes(source, await make());
      for (const document of documents) expect(document.format).toBe(format);
    });
  }

  it.skipIf(font === null)('a PDF named .docx', async () => {
    const [document] = await readDocumentBytes('plan.docx', await planPdf(font!));
    expect(document?.format).toBe('pdf');
  });
});

describe('documents keep their bytes and encoding', () => {
  it('KOI8-R text', async () => {
    const text = 'Общее собрание Союза российских городов состоится 12 ноября в Казани.\n';
    const bytes = iconv.encode(text, 'koi8-r');
    const [document] = await readDocumentBytes('news.txt', bytes);
    expect(document).toEqual({
      source: 'news.txt',
      itemKey: null,
      format: 'text',
      encoding: 'koi8-r',
      bytes,
      hash: sha256Hex(bytes),
      text,
      title: null,
      date: null,
      link: null,
      publisher: null,
    });
  });

  it('UTF-8 with a BOM, NBSP and soft hyphens kept as decoded', async () => {
    const text = 'Фо\u00adрум со\u00a0стоится\u00a0— «ёлка»';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const [document] = await readDocumentBytes('bom.txt', bytes);
    expect(document).toMatchObject({ encoding: 'utf-8', text });
  });
});
