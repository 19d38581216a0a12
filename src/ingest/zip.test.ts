import { describe, expect, it } from 'vitest';
import { writeZip } from './testdata/zip-writer.js';
import { readCentralDirectory, verifyEntries } from './zip.js';

describe('readCentralDirectory', () => {
  it('reads names and sizes, ZIP64 or not', () => {
    for (const zip64 of [false, true]) {
      const bytes = writeZip(
        [
          { name: 'word/document.xml', data: '<w:document>Форум</w:document>' },
          { name: 'word/styles.xml', data: '<w:styles/>' },
        ],
        zip64,
      );
      const entries = readCentralDirectory(bytes);
      expect(entries.map((e) => [e.name, e.uncompressedSize, e.method])).toEqual([
        ['word/document.xml', Buffer.byteLength('<w:document>Форум</w:document>'), 8],
        ['word/styles.xml', 11, 8],
      ]);
      expect(() => verifyEntries(bytes, entries)).not.toThrow();
    }
  });

  it('refuses a directory that points past the end', () => {
    const bytes = Buffer.from(writeZip([{ name: 'a.xml', data: '<a/>' }]));
    bytes.writeUInt32LE(0x7fffffff, bytes.length - 6);
    expect(() => readCentralDirectory(bytes)).toThrow(/points past the end/);
  });
});
