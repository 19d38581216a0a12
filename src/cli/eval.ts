/**
 * `munical eval --gold DIR --docs DIR`: extracts each document whose base name has a gold file and
 * prints event precision / recall / F1 and per-field scores, ending with one summary line.
 * `munical eval --spans FILE.jsonl`: scores date and entity spans against a NEREL-format file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Extraction, InterchangeDocument } from '../domain/index.js';
import { formatEventScores, scoreEvents } from '../eval/events.js';
import { formatSpanScores, readNerelJsonl, scoreSpans } from '../eval/spans.js';
import { createExtractor, type Extractor, loadReferenceData } from '../extract/index.js';
import { type IngestedDocument, readDocumentFile } from '../ingest/index.js';
import { type Command, parseCommandArgs, UsageError } from './command.js';

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    throw new Error(`cannot read folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * One extraction for one gold file. A feed is one file of many items, each its own document; its
 * gold pools the items' events under one header, and so does this (a feed of separately dated items
 * has no date of its own).
 */
function extractSource(extractor: Extractor, documents: IngestedDocument[]): Extraction {
  const extractions = documents.map((doc) =>
    extractor.extract({ text: doc.text, date: doc.date, title: doc.title, publisher: doc.publisher ?? null }),
  );
  const [first] = extractions;
  if (first === undefined) throw new Error('eval: a source gave no document');
  if (extractions.length === 1) return first;
  return { document: { ...first.document, date: null }, events: extractions.flatMap((e) => e.events) };
}

async function evalGold(
  goldDir: string,
  docsDir: string,
  details: boolean,
  io: Parameters<Command['run']>[1],
): Promise<number> {
  const goldFiles = (await listDir(goldDir)).filter((f) => f.endsWith('.json'));
  const docFiles = await listDir(docsDir);
  const extractor = createExtractor(await loadReferenceData());
  const pairs = [];
  for (const goldFile of goldFiles) {
    const base = basename(goldFile, '.json');
    const docFile = docFiles.find((f) => basename(f, extname(f)) === base);
    if (docFile === undefined) {
      io.stderr(`eval: no document for gold ${goldFile} in ${docsDir}`);
      continue;
    }
    const gold = JSON.parse(await readFile(join(goldDir, goldFile), 'utf8')) as InterchangeDocument;
    const documents = await readDocumentFile(join(docsDir, docFile));
    pairs.push({ name: base, gold, predicted: extractSource(extractor, documents) });
  }
  if (pairs.length === 0) throw new Error(`no document in ${docsDir} matches a gold file in ${goldDir}`);
  io.stdout(formatEventScores(scoreEvents(pairs), { details }));
  return 0;
}

/**
 * The rows `eval --spans` prints: the types the extractor finds (NEREL's EVENT is not one of them,
 * and NEREL has no TIME), places also scored together as one group, as the targets are set.
 */
const PLACE_GROUP = { name: 'PLACE', types: ['CITY', 'STATE_OR_PROVINCE', 'COUNTRY'] } as const;
const SPAN_ROWS = ['DATE', 'CITY', 'STATE_OR_PROVINCE', 'COUNTRY', PLACE_GROUP, 'ORGANIZATION', 'PERSON'] as const;
const SPAN_SUMMARY = ['DATE', 'PLACE', 'ORGANIZATION', 'PERSON'];

async function evalSpans(file: string, io: Parameters<Command['run']>[1]): Promise<number> {
  const docs = await readNerelJsonl(file);
  const extractor = createExtractor(await loadReferenceData());
  const predicted = docs.map((doc) => extractor.spans({ text: doc.text }));
  const scores = scoreSpans(
    docs.map((d) => d.spans),
    predicted,
    [...SPAN_ROWS],
  );
  io.stdout(formatSpanScores(scores, SPAN_SUMMARY));
  const overlapF1 = (name: string) => scores.find((s) => s.name === name)?.overlap.f1.toFixed(3);
  const exactF1 = (name: string) => scores.find((s) => s.name === name)?.exact.f1.toFixed(3);
  io.stdout(
    `spans: DATE overlap F1 ${overlapF1('DATE')} exact F1 ${exactF1('DATE')} | PLACE overlap F1 ${overlapF1('PLACE')} | ` +
      `PERSON overlap F1 ${overlapF1('PERSON')} | ORGANIZATION overlap F1 ${overlapF1('ORGANIZATION')}`,
  );
  return 0;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold events (--gold/--docs) or annotated spans (--spans FILE.jsonl)',
  usage: 'eval --gold DIR --docs DIR [--details] | eval --spans FILE.jsonl',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      gold: { type: 'string' },
      docs: { type: 'string' },
      spans: { type: 'string' },
      details: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument «${positionals[0]}»`);
    if (values.spans !== undefined) return evalSpans(values.spans, io);
    if (values.gold === undefined || values.docs === undefined)
      throw new UsageError('give --gold DIR and --docs DIR, or --spans FILE');
    return evalGold(values.gold, values.docs, !!values.details, io);
  },
};
