/**
 * The benchmark text: a several-megabyte Russian text built from the project's own texts — the date
 * grammar's test cases and the demo corpus in `data/demo/` when present — repeated and shuffled
 * deterministically, so every benchmark measures the same text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_GROUPS } from '../src/extract/dates/testdata/cases.js';

const ROOT = join(import.meta.dirname, '..');
const DEMO = join(ROOT, 'data/demo');

/** A small deterministic generator (mulberry32), so the shuffle is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Paragraphs of the demo corpus (UTF-8 text, markdown, HTML and feeds as they are; other encodings skipped). */
function demoParagraphs(): string[] {
  return listFiles(DEMO)
    .filter((path) => /\.(txt|md|html?|xml|csv)$/i.test(path))
    .map((path) => readFileSync(path, 'utf8'))
    .filter((text) => !text.includes('\ufffd'))
    .flatMap((text) => text.split(/\n\s*\n/))
    .filter((p) => p.trim() !== '');
}

/**
 * @example buildBenchText(4_000_000).length // ≥ 4_000_000
 */
export function buildBenchText(minChars = 4_000_000, seed = 20210513): string {
  const pieces = [...CASE_GROUPS.flatMap((g) => g.cases.map(([text]) => text)), ...demoParagraphs()];
  const next = random(seed);
  const out: string[] = [];
  let length = 0;
  while (length < minChars) {
    // Fisher–Yates over a copy, one shuffled round at a time.
    const round = [...pieces];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    for (const piece of round) {
      out.push(piece);
      length += piece.length + 2;
    }
  }
  return out.join('.\n');
}
