/**
 * Caps how deeply tags nest before an HTML string reaches the parser. htmlparser2 keeps its stack
 * of open tags with `Array.unshift`, and the tree builder walks it too, so 5 MB of nested tags
 * costs time quadratic in the depth (minutes); a cap keeps parsing linear. Text is never dropped,
 * only the tags opened beyond the cap (and their closing tags).
 */

export const MAX_TAG_DEPTH = 256;

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Tags whose content is raw text: a `<div>` inside a script is not a tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/** Tags a new one of the same kind closes implicitly, so unclosed `<p>` and `<li>` do not pile up. */
const IMPLIED_END = new Map<string, Set<string>>([
  ['p', new Set(['p'])],
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['option', new Set(['option'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['tr', new Set(['td', 'th', 'tr'])],
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--|<!\[CDATA\[/g;

/** Returns the HTML with tags beyond `maxDepth` removed; the same string when nothing is that deep. */
export function limitTagDepth(html: string, maxDepth = MAX_TAG_DEPTH): string {
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const pieces: string[] = [];
  let copiedUpTo = 0;
  let dropped = false;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match[0] === '<!--' || match[0] === '<![CDATA[') {
      const end = html.indexOf(match[0] === '<!--' ? '-->' : ']]>', TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    const selfClosing = match[3] === '/';
    if (!closing) {
      if (VOID_ELEMENTS.has(name) || selfClosing) continue;
      if (RAW_TEXT_ELEMENTS.has(name)) {
        const endTag = new RegExp(`</${name}`, 'gi');
        endTag.lastIndex = TAG.lastIndex;
        const end = endTag.exec(html);
        if (end) TAG.lastIndex = end.index;
      }
      const closes = IMPLIED_END.get(name);
      while (closes && stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) stack.pop();
      if (stack.length >= maxDepth) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        pieces.push(html.slice(copiedUpTo, match.index));
        copiedUpTo = TAG.lastIndex;
        dropped = true;
      } else {
        stack.push(name);
      }
      continue;
    }
    const open = droppedOpen.get(name) ?? 0;
    if (open > 0 && stack[stack.length - 1] !== name) {
      droppedOpen.set(name, open - 1);
      pieces.push(html.slice(copiedUpTo, match.index));
      copiedUpTo = TAG.lastIndex;
      dropped = true;
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
  }
  if (!dropped) return html;
  pieces.push(html.slice(copiedUpTo));
  return pieces.join('');
}
