import { describe, expect, it } from 'vitest';
import { markdownTitle } from './markdown.js';

describe('markdownTitle', () => {
  const cases: [string, string | null][] = [
    ['# План работы на 2026 год\n\nтекст', 'План работы на 2026 год'],
    [
      '\n\n**План мероприятий\nСоюза малых городов\nна 2026 год**\n\n| № |',
      'План мероприятий Союза малых городов на 2026 год',
    ],
    ['**Итоги года**', 'Итоги года'],
    ['Вступление.\n\n## Раздел 1\n', 'Раздел 1'],
    ['Просто текст без заголовка.', null],
    ['**жирное начало без конца\nи дальше\nещё\nещё\nещё\nещё', null],
  ];
  for (const [text, title] of cases) {
    it(JSON.stringify(text.slice(0, 30)), () => expect(markdownTitle(text)).toBe(title));
  }
});
