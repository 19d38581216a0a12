/**
 * An HTML page to its article: the text under <article>/<main>/itemprop="articleBody" when the
 * page marks it, else the element holding the densest text; never the menu, the footer or the
 * «Поделитесь этой информацией!» block. Dated news teasers in the sidebar follow the article. Title,
 * date and link come from the page's metadata.
 */
import type { ReadResult } from './document.js';
import {
  type HtmlNode,
  inlineText,
  isBlock,
  isElement,
  parseHtml,
  renderText,
  SKIPPED_ELEMENTS,
} from './html-to-text.js';

/** Elements around an article that are never part of it. */
const CHROME_ELEMENTS = new Set(['nav', 'aside', 'footer', 'menu', 'form-controls']);
/** Classes and ids of blocks around an article (share buttons, breadcrumbs, comments, menus). */
const CHROME_CLASS =
  /(^|[\s_-])(share|sharing|social|likes?|breadcrumbs?|comments?|related|subscribe|banner|cookies?|menu|navbar|navigation|sidebar|pagination|pager|tags|footer)($|[\s_-])/i;
/** The «share this» blocks of Russian sites, and their headings. */
const SHARE_TEXT = /^\s*(Поделит(есь|ься)|Поделиться|Рассказать друзьям|Share\b)/i;
/** A share block is short; a long block that merely starts with the words is content. */
const MAX_SHARE_BLOCK_CHARS = 300;
const MIN_COUNTED_TEXT = 3;

interface PageScan {
  elements: HtmlNode[];
  meta: Map<string, string>;
  canonical: string | null;
  titleElement: HtmlNode | null;
  headings: HtmlNode[];
  times: HtmlNode[];
  shareBlocks: Set<HtmlNode>;
}

function attribute(node: HtmlNode, name: string): string | undefined {
  return node.attribs?.[name];
}

function closestBlock(node: HtmlNode): HtmlNode | null {
  let current = node.parent ?? null;
  while (current && !isBlock(current)) current = current.parent ?? null;
  return current;
}

/** One pre-order pass over the page: elements in document order and the metadata. */
function scanPage(root: HtmlNode): PageScan {
  const scan: PageScan = {
    elements: [],
    meta: new Map(),
    canonical: null,
    titleElement: null,
    headings: [],
    times: [],
    shareBlocks: new Set(),
  };
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (SHARE_TEXT.test(node.data ?? '')) {
        const block = closestBlock(node);
        if (block && inlineText(block).length <= MAX_SHARE_BLOCK_CHARS) scan.shareBlocks.add(block);
      }
      continue;
    }
    if (node.type !== 'root' && !isElement(node)) continue;
    const name = node.name ?? '';
    if (name === 'meta') {
      const key = attribute(node, 'property') ?? attribute(node, 'name') ?? attribute(node, 'itemprop');
      const content = attribute(node, 'content');
      if (key && content && !scan.meta.has(key.toLowerCase())) scan.meta.set(key.toLowerCase(), content);
    } else if (name === 'link' && /\bcanonical\b/i.test(attribute(node, 'rel') ?? '')) {
      scan.canonical ??= attribute(node, 'href') ?? null;
    } else if (name === 'title') {
      scan.titleElement ??= node;
    } else if (name === 'h1') {
      scan.headings.push(node);
    } else if (name === 'time') {
      scan.times.push(node);
    }
    if (node.type !== 'root') scan.elements.push(node);
    if (SKIPPED_ELEMENTS.has(name) && name !== 'head') continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return scan;
}

function isChrome(node: HtmlNode, shareBlocks: Set<HtmlNode>): boolean {
  if (!isElement(node)) return false;
  if (CHROME_ELEMENTS.has(node.name ?? '') || shareBlocks.has(node)) return true;
  const role = attribute(node, 'role');
  if (role === 'navigation' || role === 'contentinfo' || role === 'banner' || role === 'complementary') return true;
  const names = `${attribute(node, 'class') ?? ''} ${attribute(node, 'id') ?? ''}`;
  return names.trim() !== '' && CHROME_CLASS.test(names);
}

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption']);

function closestTable(node: HtmlNode): HtmlNode | null {
  let current = node.parent ?? null;
  while (current && current.name !== 'table') current = current.parent ?? null;
  return current;
}

function contains(ancestor: HtmlNode, node: HtmlNode): boolean {
  for (let current: HtmlNode | null | undefined = node; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

function insideChrome(node: HtmlNode, shareBlocks: Set<HtmlNode>): boolean {
  for (let current: HtmlNode | null | undefined = node; current; current = current.parent) {
    if (isChrome(current, shareBlocks) || (isElement(current) && current.name === 'header')) return true;
  }
  return false;
}

/**
 * The element holding the densest text (after Readability): each text run counts for its block,
 * the block's parent, and half for the grandparent; link text and chrome do not count.
 */
function densestElement(scan: PageScan): HtmlNode | null {
  const scores = new Map<HtmlNode, number>();
  const add = (node: HtmlNode | null | undefined, points: number) => {
    if (node && isElement(node)) scores.set(node, (scores.get(node) ?? 0) + points);
  };
  for (const element of scan.elements) {
    if (!isElement(element) || SKIPPED_ELEMENTS.has(element.name ?? '') || element.name === 'a') continue;
    let own = 0;
    for (const child of element.children ?? []) {
      if (child.type === 'text') {
        const length = (child.data ?? '').trim().length;
        if (length >= MIN_COUNTED_TEXT) own += length;
      }
    }
    if (own === 0 || insideChrome(element, scan.shareBlocks)) continue;
    let block = isBlock(element) ? element : closestBlock(element);
    // Text in a table counts for the table: a plan's rows are one article, not rivals.
    if (block && TABLE_PARTS.has(block.name ?? '')) block = closestTable(block) ?? block;
    add(block, own);
    add(block?.parent, own);
    add(block?.parent?.parent, own / 2);
  }
  let best: HtmlNode | null = null;
  let bestScore = 0;
  // Document order with >=: on a tie the deeper element (it comes later) wins.
  for (const element of scan.elements) {
    const score = scores.get(element) ?? 0;
    if (score > 0 && score >= bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

function largest(nodes: HtmlNode[]): HtmlNode | null {
  let best: HtmlNode | null = null;
  let bestLength = -1;
  for (const node of nodes) {
    const length = inlineText(node).length;
    if (length > bestLength) {
      best = node;
      bestLength = length;
    }
  }
  return best;
}

/** The parent of three or more dated <article> siblings, when the page is a list of news items. */
function newsList(articles: HtmlNode[]): HtmlNode | null {
  const byParent = new Map<HtmlNode, number>();
  for (const a of articles) {
    if (!a.parent || !TEASER_DATE.test(inlineText(a))) continue;
    byParent.set(a.parent, (byParent.get(a.parent) ?? 0) + 1);
  }
  let best: HtmlNode | null = null;
  for (const [parent, count] of byParent)
    if (count >= 3 && (best === null || count > byParent.get(best)!)) best = parent;
  return best;
}

/**
 * The marked article (articleBody, else the largest <article>, else <main>) unless the densest
 * text lies elsewhere and is more than twice as long: then the marked one is a teaser card or a
 * sidebar item, and the page's article is unmarked.
 */
function articleContainer(scan: PageScan): HtmlNode | null {
  const marked = (test: (node: HtmlNode) => boolean) => scan.elements.filter((e) => isElement(e) && test(e));
  // A news list («<div class="news-list"><article>…</article><article>…</article>…»): the items are the
  // page's text together, each with its date, not the longest of them.
  const list = newsList(marked((e) => e.name === 'article'));
  if (list) return list;
  const candidates = [
    marked((e) => attribute(e, 'itemprop') === 'articleBody'),
    marked((e) => e.name === 'article'),
    marked((e) => e.name === 'main' || attribute(e, 'role') === 'main'),
  ];
  const densest = densestElement(scan);
  for (const group of candidates) {
    const best = largest(group);
    const length = best ? inlineText(best).length : 0;
    if (!best || length === 0) continue;
    if (!densest || contains(best, densest) || contains(densest, best)) return best;
    if (length * 2 >= inlineText(densest).length) return best;
  }
  return densest;
}

/** A date in metadata (`2026-01-12T09:00:00+03:00`, `2026-01-12`) as YYYY-MM-DD. */
export function isoDay(value: string | undefined | null): string | null {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

const DATE_META_KEYS = ['article:published_time', 'datepublished', 'dc.date', 'dc.date.created', 'date', 'pubdate'];

function pageDate(scan: PageScan, container: HtmlNode | null): string | null {
  for (const key of DATE_META_KEYS) {
    const day = isoDay(scan.meta.get(key));
    if (day) return day;
  }
  const times = container ? scan.times.filter((t) => contains(container, t)) : scan.times;
  for (const time of [...times, ...scan.times]) {
    const day = isoDay(attribute(time, 'datetime'));
    if (day) return day;
  }
  return null;
}

function resolveLink(href: string | null | undefined, source: string): string | null {
  if (!href) return /^https?:\/\//i.test(source) ? source : null;
  try {
    return new URL(href, /^https?:\/\//i.test(source) ? source : undefined).href;
  } catch {
    return /^https?:\/\//i.test(source) ? source : null;
  }
}

/** A day in a teaser: «14.11.2025», «14.11», «14 ноября». */
const TEASER_DATE =
  /(?:^|[^\d])\d{1,2}(?:\.\d{2}(?:\.\d{2,4})?|\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр))/iu;
const MIN_TEASER_CHARS = 40;

/** A side block of a page: <aside>, role="complementary", a «sidebar» or «related» class or id. */
function isSideBlock(node: HtmlNode): boolean {
  if (!isElement(node)) return false;
  if (node.name === 'aside' || attribute(node, 'role') === 'complementary') return true;
  const names = `${attribute(node, 'class') ?? ''} ${attribute(node, 'id') ?? ''}`;
  return /(^|[\s_-])(sidebar|related|news-?list|other-?news)($|[\s_-])/i.test(names);
}

/**
 * The dated news teasers beside the article («Другие новости: 14.11 Совет проведёт заседание …»):
 * the events a page announces there are the page's too. Menus, share blocks and undated blocks are
 * left out.
 */
function sideTeasers(scan: PageScan, container: HtmlNode): string[] {
  const blocks = scan.elements.filter((e) => isSideBlock(e) && !contains(container, e) && !contains(e, container));
  const outermost = blocks.filter((b) => !blocks.some((o) => o !== b && contains(o, b)));
  const chrome = (node: HtmlNode) =>
    ['nav', 'menu', 'footer', 'form'].includes(node.name ?? '') || scan.shareBlocks.has(node);
  return outermost
    .map((block) => renderText(block, (node) => node !== block && chrome(node)).trim())
    .filter((text) => text.length >= MIN_TEASER_CHARS && TEASER_DATE.test(text));
}

/** Whether a text closes more «…» than it opens, or opens more than it closes. */
function unbalancedQuotes(text: string): boolean {
  return (text.match(/«/g)?.length ?? 0) !== (text.match(/»/g)?.length ?? 0);
}

/** «Новость — ВАРМСУ», «Новость | Союз российских городов»: the site's name after the page's own title. */
const TITLE_SUFFIX = /\s[|—–-]\s+([^|—–]{2,120}?)\s*$/u;
const LOGO_CLASS = /(^|[\s_-])(logo|brand|site-?name|site-?title)($|[\s_-])/i;

/**
 * Who publishes the page, as it names itself: `og:site_name` (or `application-name`), the part of
 * <title> after a separator, or the text of the site's logo link («Союз российских городов»).
 */
function sitePublisher(scan: PageScan): string | null {
  const meta = scan.meta.get('og:site_name')?.trim() || scan.meta.get('application-name')?.trim();
  if (meta) return meta;
  const pageTitle = scan.titleElement ? inlineText(scan.titleElement).trim() : '';
  let suffix = TITLE_SUFFIX.exec(pageTitle)?.[1]?.trim();
  // «Новости – Ассоциация «Совет … Республики Северная Осетия – Алания»»: a dash inside the quoted
  // name is not the separator; the name runs from the first separator.
  if (suffix && unbalancedQuotes(suffix)) {
    const first = /\s[|—–-]\s+(.{2,160}?)\s*$/u.exec(pageTitle)?.[1]?.trim();
    if (first && !unbalancedQuotes(first)) suffix = first;
  }
  if (suffix && /\p{L}{2}/u.test(suffix)) return suffix;
  for (const node of scan.elements) {
    const names = `${attribute(node, 'class') ?? ''} ${attribute(node, 'id') ?? ''}`;
    if (names.trim() === '' || !LOGO_CLASS.test(names)) continue;
    const text = inlineText(node).replace(/\s+/g, ' ').trim();
    if (text.length >= 3 && text.length <= 150 && /\p{L}{2}/u.test(text)) return text;
  }
  return null;
}

/**
 * Reads an HTML page.
 *
 * @example readHtml('<nav>Главная</nav><article><h1>Форум</h1><p>Прошёл форум.</p></article>', 'page.html')
 * // { text: 'Форум\nПрошёл форум.', title: 'Форум', … }
 */
export function readHtml(html: string, source: string): ReadResult {
  const root = parseHtml(html);
  const scan = scanPage(root);
  const container = articleContainer(scan) ?? root;
  const wholePage = container.name === 'body' || container.name === 'html' || container.type === 'root';
  const skip = (node: HtmlNode) =>
    node !== container && (isChrome(node, scan.shareBlocks) || (wholePage && node.name === 'header'));
  let text = renderText(container, skip);

  const heading = scan.headings.find((h) => contains(container, h)) ?? scan.headings[0] ?? null;
  const headingText = heading ? inlineText(heading) : '';
  const title =
    scan.meta.get('og:title')?.trim() ||
    headingText ||
    (scan.titleElement ? inlineText(scan.titleElement) : '') ||
    null;
  // A page often puts the <h1> above the article body; the text keeps it as its first line.
  if (heading && headingText && !contains(container, heading) && !text.includes(headingText)) {
    text = text ? `${headingText}\n${text}` : headingText;
  }
  // Dated teasers beside the article follow it, a paragraph apart.
  if (container !== root && !wholePage) {
    for (const teaser of sideTeasers(scan, container)) text = text ? `${text}\n\n${teaser}` : teaser;
  }
  return {
    text,
    title,
    publisher: sitePublisher(scan),
    date: pageDate(scan, container),
    link: resolveLink(scan.canonical ?? scan.meta.get('og:url'), source),
  };
}
