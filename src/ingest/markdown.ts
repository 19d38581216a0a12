import type { ReadResult } from './document.js';

/** A bold title may run over a few lines («**План мероприятий\nМАГ\nна 2021 год**»). */
const MAX_TITLE_LINES = 5;

/** The first heading, or the first line when it is bold (over a few lines), Markdown marks stripped. */
export function markdownTitle(text: string): string | null {
  const lines = text.split('\n', 50);
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0) return null;
  const first = lines[start]!.trim();
  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(first);
  if (heading?.[1]) return heading[1];
  if (!first.startsWith('**')) {
    const laterHeading = lines.map((line) => /^#{1,6}\s+(.+?)\s*#*$/.exec(line.trim())?.[1]).find(Boolean);
    return laterHeading ?? null;
  }
  const parts: string[] = [];
  for (const line of lines.slice(start, start + MAX_TITLE_LINES)) {
    parts.push(line.trim());
    if (parts.join(' ').slice(2).includes('**')) {
      const title = parts.join(' ').slice(2);
      return title.slice(0, title.indexOf('**')).trim() || null;
    }
  }
  return null;
}

/** Markdown is already the shape extraction reads (pipe tables, «- » lists): kept as is. */
export function readMarkdown(text: string): ReadResult {
  return { text, title: markdownTitle(text), date: null, link: null };
}
