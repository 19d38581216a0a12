/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item is its own document, with the item's own
 * XML as its bytes, its date and link, and the HTML of its description turned into text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadResult } from './document.js';
import { isoDay } from './html.js';
import { htmlToText } from './html-to-text.js';

export class FeedProblem extends Error {}

export interface FeedItem extends ReadResult {
  itemKey: string | null;
  /** The item's XML, exactly as in the feed's bytes. */
  bytes: Uint8Array;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

type XmlValue = string | number | boolean | XmlObject | XmlValue[] | undefined | null;
interface XmlObject {
  [key: string]: XmlValue;
}

function first(value: XmlValue): XmlValue {
  return Array.isArray(value) ? value[0] : value;
}

/** The text of an element, whether it came as a string or as an object with attributes. */
function textOf(value: XmlValue): string | null {
  const v = first(value);
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return textOf((v as XmlObject)['#text']);
  const text = String(v).trim();
  return text === '' ? null : text;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A feed date as YYYY-MM-DD, the day as the feed wrote it (in its own time zone): RFC 822
 * («Mon, 12 Jan 2026 09:00:00 +0300») in RSS, ISO 8601 in Atom and Dublin Core.
 */
export function feedDay(value: string | null): string | null {
  if (!value) return null;
  const iso = isoDay(value);
  if (iso) return iso;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  if (!rfc) return null;
  const month = MONTHS.indexOf((rfc[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${(rfc[1] ?? '').padStart(2, '0')}`;
}

function bytesIndexOf(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const firstByte = pattern[0];
  for (
    let i = bytes.indexOf(firstByte!, from);
    i >= 0 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(firstByte!, i + 1)
  ) {
    let match = true;
    for (let j = 1; j < pattern.length; j++) {
      if (bytes[i + j] !== pattern[j]) {
        match = false;
        break;
      }
    }
    if (match) return i;
  }
  return -1;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const CDATA_START = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const COMMENT_START = ascii('<!--');
const COMMENT_END = ascii('-->');

/**
 * The byte ranges of each `<item>` (or `<entry>`) element. Tag names are ASCII in every encoding
 * a feed comes in, so the bytes are searched directly; CDATA and comments are stepped over.
 */
export function itemSlices(bytes: Uint8Array, tag: 'item' | 'entry'): Uint8Array[] {
  const open = ascii(`<${tag}`);
  const close = ascii(`</${tag}>`);
  const slices: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const start = bytesIndexOf(bytes, open, at);
    if (start < 0) break;
    const after = bytes[start + open.length];
    // `<item>` or `<item attr…>`, not `<items>` or `<itemprop>`.
    if (after !== 0x3e && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d && after !== 0x2f) {
      at = start + open.length;
      continue;
    }
    let cursor = start + open.length;
    let end = -1;
    while (cursor < bytes.length) {
      const lt = bytes.indexOf(0x3c, cursor);
      if (lt < 0) break;
      if (bytesIndexOf(bytes.subarray(lt, lt + CDATA_START.length), CDATA_START, 0) === 0) {
        const cdataEnd = bytesIndexOf(bytes, CDATA_END, lt);
        cursor = cdataEnd < 0 ? bytes.length : cdataEnd + CDATA_END.length;
      } else if (bytesIndexOf(bytes.subarray(lt, lt + COMMENT_START.length), COMMENT_START, 0) === 0) {
        const commentEnd = bytesIndexOf(bytes, COMMENT_END, lt);
        cursor = commentEnd < 0 ? bytes.length : commentEnd + COMMENT_END.length;
      } else if (bytesIndexOf(bytes.subarray(lt, lt + close.length), close, 0) === 0) {
        end = lt + close.length;
        break;
      } else {
        cursor = lt + 1;
      }
    }
    if (end < 0) break;
    slices.push(bytes.subarray(start, end));
    at = end;
  }
  return slices;
}

function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function atomLink(entry: XmlObject): string | null {
  const links = asArray(entry['link']) as XmlObject[];
  const alternate = links.find(
    (l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate'),
  );
  const href = (alternate ?? links[0]) as XmlObject | undefined;
  return typeof href === 'object' ? textOf(href['@_href']) : null;
}

function itemText(title: string | null, html: string | null): string {
  const body = html ? htmlToText(html) : '';
  return [title, body].filter((part) => part).join('\n');
}

function readRssItem(item: XmlObject): ReadResult & { itemKey: string | null } {
  const title = textOf(item['title']);
  const link = textOf(item['link']);
  const guid = textOf(item['guid']);
  const html = textOf(item['content:encoded']) ?? textOf(item['description']);
  const date = feedDay(textOf(item['pubDate']) ?? textOf(item['dc:date']));
  return { itemKey: guid ?? link, text: itemText(title, html), title, date, link };
}

/** An Atom text construct: `type="html"` (or xhtml) holds markup, decoded to plain text here. */
function atomText(value: XmlValue): string | null {
  const text = textOf(value);
  const v = first(value);
  const type = typeof v === 'object' && v !== null ? (v as XmlObject)['@_type'] : undefined;
  if (text === null || (type !== 'html' && type !== 'xhtml')) return text;
  return htmlToText(text).replace(/\n+/g, ' ') || null;
}

function readAtomEntry(entry: XmlObject): ReadResult & { itemKey: string | null } {
  const title = atomText(entry['title']);
  const link = atomLink(entry);
  const html = textOf(entry['content']) ?? textOf(entry['summary']);
  const date = feedDay(textOf(entry['published']) ?? textOf(entry['updated']));
  return { itemKey: textOf(entry['id']) ?? link, text: itemText(title, html), title, date, link };
}

/**
 * Splits a feed into items. `text` is the decoded feed, `bytes` the feed as received.
 * Throws FeedProblem when the XML is broken.
 */
export function readFeed(bytes: Uint8Array, text: string, kind: 'rss' | 'atom'): FeedItem[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new FeedProblem(
      `broken XML in ${kind === 'rss' ? 'RSS' : 'Atom'} feed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  const tag = kind === 'rss' ? 'item' : 'entry';
  const slices = itemSlices(bytes, tag);
  const parsed = parser.parse(text) as XmlObject;
  const root = (parsed['rss'] ?? parsed['rdf:RDF'] ?? parsed['feed']) as XmlObject | undefined;
  const channel = (root?.['channel'] ?? root) as XmlObject | undefined;
  const container = kind === 'rss' && parsed['rdf:RDF'] ? (parsed['rdf:RDF'] as XmlObject) : channel;
  const items = asArray(container?.[tag]) as XmlObject[];
  // The channel's (feed's) own title names who publishes every item: «Палата …: Новости».
  const title = kind === 'rss' ? textOf(channel?.['title']) : atomText(root?.['title']);
  const about = kind === 'rss' ? textOf(channel?.['description']) : atomText(root?.['subtitle']);
  const publisher = publisherInFull(title, about);
  return items.map((item, index) => {
    const read = { ...(kind === 'rss' ? readRssItem(item ?? {}) : readAtomEntry(item ?? {})), publisher };
    // The slices and the parsed items are the same elements in the same order; if a feed is odd
    // enough for them to differ, the item keeps the whole feed as its bytes rather than a wrong slice.
    const itemBytes = slices.length === items.length ? slices[index]! : bytes;
    return { ...read, bytes: itemBytes };
  });
}

/**
 * The channel's title, or its description when that names the title's body in full: a feed titled
 * «Совет муниципальных образований Чувашской Республики — Новости» and described as «Новости
 * Ассоциации «Совет муниципальных образований Чувашской Республики»» is the Ассоциация's.
 * @example publisherInFull('Совет X — Новости', 'Новости Ассоциации «Совет X»') // 'Новости Ассоциации «Совет X»'
 */
export function publisherInFull(title: string | null, about: string | null): string | null {
  const name = title?.split(/\s+[—–|:-]\s+|:\s+/u)[0]?.trim();
  if (!name || !about || about.length > 300) return title;
  return about.includes(`«${name}»`) || about.includes(`"${name}"`) ? about : title;
}
