/**
 * Generated plain-text documents for the crash test: news of associations, each stating a few
 * events (varied kinds, cities, dates) among ordinary paragraphs, every one different.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MONTH_NAMES_GENITIVE } from '../../src/web/russian-labels.js';

const CITIES = [
  'Казани',
  'Мурманске',
  'Вологде',
  'Туле',
  'Перми',
  'Екатеринбурге',
  'Самаре',
  'Новосибирске',
  'Иркутске',
  'Калуге',
];
// Days of the month take the genitive, as the portal writes them.
const MONTHS = MONTH_NAMES_GENITIVE;
const HELD = [
  (city: string, topic: string) => `в ${city} состоялся форум «${topic}»`,
  (city: string, topic: string) => `в ${city} прошла конференция «${topic}»`,
  (city: string, topic: string) => `в ${city} прошёл семинар по вопросам ${topic.toLowerCase()}`,
  (city: string, topic: string) =>
    `в ${city} состоялось заседание Правления Союза российских городов, посвящённое теме «${topic}»`,
];
const TOPICS = [
  'Комфортная городская среда',
  'Муниципальный контроль',
  'Благоустройство малых городов',
  'Цифровой муниципалитет',
  'Развитие общественных пространств',
  'Туризм в малых городах',
];
const FILLER =
  'Участники обсудили практику муниципальных образований, подготовку предложений в органы государственной власти и обмен опытом между городами. По итогам работы подготовлены рекомендации.';

/** The text of document `i` (0-based): deterministic, unique, 2–3 events. */
export function crashDocument(i: number): string {
  const paragraphs = [`Новости Союза российских городов, выпуск ${i + 1}`];
  const events = 2 + (i % 2);
  for (let k = 0; k < events; k++) {
    const n = i * 3 + k;
    const day = (n % 27) + 1;
    const month = MONTHS[(i + k * 5) % 12]!;
    const city = CITIES[(i + k * 3) % CITIES.length]!;
    const topic = `${TOPICS[(i + k) % TOPICS.length]!} — ${i + 1}.${k + 1}`;
    const held = HELD[(i + k) % HELD.length]!(city, topic);
    paragraphs.push(`${day} ${month} 2026 года ${held}. В работе приняли участие более ${100 + n} человек. ${FILLER}`);
    paragraphs.push(FILLER.repeat(2));
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Writes `count` documents into `folder` as doc-000.txt, doc-001.txt … */
export async function writeCrashDocuments(folder: string, count: number): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(folder, `doc-${String(i).padStart(3, '0')}.txt`);
    await writeFile(path, crashDocument(i));
    paths.push(path);
  }
  return paths;
}
