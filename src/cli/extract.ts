/**
 * `munical extract FILE... --json | --spans [--date YYYY-MM-DD]`: reads each file in any supported
 * format and prints one JSON object per document (a feed gives one per item) on stdout, nothing else.
 * A file that cannot be read is reported on stderr and the rest go on.
 */
import type { Event, ExtractedEvent, Extraction } from '../domain/index.js';
import { createExtractor, loadReferenceData } from '../extract/index.js';
import { IngestError, readDocumentFile } from '../ingest/index.js';
import { type Command, isoDateOption, parseCommandArgs, UsageError } from './command.js';

/** The interchange format's event: provenance fields dropped unless asked for. */
export function toInterchangeEvent(event: ExtractedEvent, withProvenance: boolean): Event | ExtractedEvent {
  if (withProvenance) return event;
  const { evidenceSpan: _span, fieldSpans: _fields, confidence: _confidence, ...interchange } = event;
  return interchange;
}

export function toInterchange(extraction: Extraction, withProvenance: boolean) {
  return {
    document: extraction.document,
    events: extraction.events.map((e) => toInterchangeEvent(e, withProvenance)),
  };
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the events (--json) or the entity and date spans (--spans) found in files',
  usage: 'extract FILE... [--json | --spans] [--date YYYY-MM-DD] [--provenance]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      spans: { type: 'boolean' },
      date: { type: 'string' },
      provenance: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('no FILE given');
    if (values.json && values.spans) throw new UsageError('choose one of --json and --spans');
    const date = isoDateOption('date', values.date);
    const extractor = createExtractor(await loadReferenceData());
    let failures = 0;
    for (const file of positionals) {
      let documents: Awaited<ReturnType<typeof readDocumentFile>>;
      try {
        documents = await readDocumentFile(file);
      } catch (error) {
        failures++;
        io.stderr(error instanceof IngestError ? error.message : `${file}: ${(error as Error).message}`);
        continue;
      }
      for (const doc of documents) {
        const source = { text: doc.text, date: date ?? doc.date, title: doc.title, publisher: doc.publisher ?? null };
        const item = doc.itemKey === null ? {} : { item: doc.itemKey };
        if (values.spans) {
          io.stdout(JSON.stringify({ file, ...item, spans: extractor.spans(source) }));
        } else {
          io.stdout(
            JSON.stringify({ file, ...item, ...toInterchange(extractor.extract(source), !!values.provenance) }),
          );
        }
      }
    }
    return failures === 0 ? 0 : 1;
  },
};
