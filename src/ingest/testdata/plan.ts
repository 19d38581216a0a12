/**
 * One plan, written for these tests in the shape associations publish theirs: a heading, a note
 * on its approval, a table «№ | Мероприятие | Место, дата | Организатор» with section rows
 * spanning the table, a cell holding a list, and a closing paragraph. The generators render it
 * as Markdown, DOCX, PDF and HTML; every rendering must read back as the same table rows.
 */

/** A table cell: paragraphs, then list items (shown «• …» inside a cell). */
export interface PlanCell {
  paragraphs: string[];
  items?: string[];
}

export type PlanRow = { section: string } | { cells: [PlanCell, PlanCell, PlanCell, PlanCell] };

export interface PlanFixture {
  title: string;
  note: string;
  header: [string, string, string, string];
  rows: PlanRow[];
  closing: string;
}

const cell = (...paragraphs: string[]): PlanCell => ({ paragraphs });

export const PLAN: PlanFixture = {
  title: 'План мероприятий Союза малых городов Российской Федерации на 2026 год',
  note: 'Утверждён решением Правления Союза от 20 декабря 2025 года.',
  header: ['№', 'Мероприятие', 'Место, дата', 'Организатор'],
  rows: [
    { section: 'I. Заседания руководящих органов' },
    {
      cells: [
        cell('1.'),
        cell('Заседание Правления Союза малых городов'),
        cell('Кострома, 18–19 февраля'),
        cell('Союз малых городов Российской Федерации'),
      ],
    },
    {
      cells: [
        cell('2.'),
        cell('Общее собрание членов Союза', 'Отчёт о работе за 2025 год'),
        cell('Москва, апрель'),
        { paragraphs: ['Организаторы:'], items: ['Союз малых городов', 'Администрация городского округа Кашира'] },
      ],
    },
    { section: 'II. Конференции и семинары' },
    {
      cells: [
        cell('3.'),
        cell('Всероссийская конференция «Малые города: экономика и благоустройство»'),
        cell('Вологда, 2–3 июня'),
        cell('Союз малых городов, Правительство Вологодской области'),
      ],
    },
    {
      cells: [
        cell('4.'),
        cell('Семинар по вопросам муниципального контроля в онлайн формате'),
        cell('ВКС, ежеквартально'),
        cell('Союз малых городов'),
      ],
    },
    {
      cells: [
        cell('5.'),
        cell('Круглый стол «Туризм в исторических поселениях»'),
        cell('Суздаль, 15 сентября'),
        cell('Союз малых городов, Ассоциация туроператоров'),
      ],
    },
  ],
  closing: 'План может уточняться по предложениям членов Союза в течение года.',
};

/** A cell as one Markdown cell: paragraphs joined with a space, list items as «• …». */
export function cellLine(planCell: PlanCell): string {
  return [...planCell.paragraphs, ...(planCell.items ?? []).map((item) => `• ${item}`)].join(' ');
}

/** The plan grown to `events` rows (the same events, renumbered, a section every 10): for benchmarks. */
export function scalePlan(events: number, plan: PlanFixture = PLAN): PlanFixture {
  const base = plan.rows.filter((r): r is Extract<PlanRow, { cells: unknown }> => 'cells' in r);
  const rows: PlanRow[] = [];
  for (let i = 0; i < events; i++) {
    if (i % 10 === 0) rows.push({ section: `Раздел ${i / 10 + 1}` });
    const row = base[i % base.length]!;
    rows.push({ cells: [cell(`${i + 1}.`), row.cells[1], row.cells[2], row.cells[3]] });
  }
  return { ...plan, rows };
}
