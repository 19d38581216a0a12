/**
 * A passage of a document around the evidence of an event, so the reader sees the fact in its
 * context with the evidence itself marked. Cuts fall on whitespace, never inside a word.
 */
export interface SourceExcerpt {
  before: string;
  evidence: string;
  after: string;
  /** True when text was cut off before `before` / after `after` (the page prints «…»). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * @example excerptAround('Вчера в Казани прошёл форум. Он собрал 300 участников.', 15, 28, 10)
 * // → { before: 'в Казани ', evidence: 'прошёл форум.', after: ' Он собрал', clippedBefore: true, clippedAfter: true }
 */
export function excerptAround(
  text: string,
  start: number,
  end: number,
  evidence: string,
  context = 300,
): SourceExcerpt {
  let from = start;
  let to = end;
  // Offsets come from the store; if the text was replaced under them, find the evidence again.
  if (text.slice(from, to) !== evidence) {
    const found = text.indexOf(evidence);
    if (found < 0) return { before: '', evidence, after: '', clippedBefore: false, clippedAfter: false };
    from = found;
    to = found + evidence.length;
  }
  const beforeStart = cutAtWhitespace(text, Math.max(0, from - context), 'forward', from);
  const afterEnd = cutAtWhitespace(text, Math.min(text.length, to + context), 'backward', to);
  return {
    before: text.slice(beforeStart, from),
    evidence: text.slice(from, to),
    after: text.slice(to, afterEnd),
    clippedBefore: beforeStart > 0,
    clippedAfter: afterEnd < text.length,
  };
}

/** Moves a cut off a word: forward to the next whitespace (not past `limit`), or backward to the previous one. */
function cutAtWhitespace(text: string, at: number, direction: 'forward' | 'backward', limit: number): number {
  if (at <= 0 || at >= text.length) return at;
  if (direction === 'forward') {
    if (/\s/.test(text[at - 1] ?? '')) return at;
    for (let index = at; index < limit; index++) if (/\s/.test(text[index] ?? '')) return index + 1;
    return limit;
  }
  if (/\s/.test(text[at] ?? '')) return at;
  for (let index = at; index > limit; index--) if (/\s/.test(text[index] ?? '')) return index;
  return limit;
}
