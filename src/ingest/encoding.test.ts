import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, scoreRussian } from './encoding.js';

const SAMPLES = [
  'План работы Палаты городов-центров на 2026 год',
  'ПЛАН МЕРОПРИЯТИЙ',
  'Съезд — «ёлка», щедрость, объём: №5',
  'Семинар по вопросам муниципального контроля прошёл 10 июня в онлайн-формате. Слушателей: 5800.',
  'В рамках Плана 2 марта т.г. прошла встреча председателей представительных органов малых городов.',
];

describe('decodeText', () => {
  for (const text of SAMPLES) {
    // KOI8-R and CP866 have no «», dashes or №: those samples are CP1251-only.
    const encodings = /[«»—№]/.test(text) ? ['windows-1251'] : ['windows-1251', 'koi8-r', 'ibm866'];
    for (const encoding of encodings) {
      it(`reads ${encoding}: ${text.slice(0, 24)}`, () => {
        const decoded = decodeText(iconv.encode(text, encoding));
        expect(decoded).toEqual({ text, encoding });
      });
    }
    it(`reads utf-8: ${text.slice(0, 24)}`, () => {
      expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    });
  }

  it('strips a UTF-8 BOM and reports utf-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Форум', 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: 'Форум', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Форум', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'Форум', encoding: 'utf-16le' });
  });

  it('keeps NBSP, soft hyphen and «ё» as they are', () => {
    const text = 'Об\u00adщее со\u00a0бра\u00adние, ёлка';
    expect(decodeText(iconv.encode(text, 'windows-1251')).text).toBe(text);
  });

  it('plain ASCII is utf-8', () => {
    expect(decodeText(Buffer.from('MAG 2026'))).toEqual({ text: 'MAG 2026', encoding: 'utf-8' });
  });
});

describe('scoreRussian', () => {
  it('prefers the right decoding', () => {
    const bytes = iconv.encode('Общее собрание Союза российских городов', 'koi8-r');
    expect(scoreRussian(iconv.decode(bytes, 'koi8-r'))).toBeGreaterThan(
      scoreRussian(iconv.decode(bytes, 'windows-1251')),
    );
  });
});
