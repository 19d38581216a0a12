/**
 * `munical demo [--port N] [--db PATH]`: the quick start. Ingests the demo corpus the project ships
 * (`data/demo/`) into the store — unchanged documents are skipped, so running it again is quick —
 * and serves the portal on it.
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../config.js';
import { ingestSources, loadStoreExtractor } from '../jobs/index.js';
import { type Command, parseCommandArgs, portOption } from './command.js';
import { describeStore, openConfiguredStore } from './open-store.js';
import { serveStore } from './serve.js';

export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the demo corpus (data/demo) and serve the portal on it',
  usage: 'demo [--port N] [--db PATH] [--no-serve]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      port: { type: 'string' },
      db: { type: 'string' },
      'no-serve': { type: 'boolean' },
    });
    const port = portOption(values.port) ?? readConfig().port;
    const store = await openConfiguredStore(values.db);
    io.stderr(`munical: store ${describeStore(store, values.db)}`);
    const { extractor, extractorVersion } = await loadStoreExtractor(store);
    let events = 0;
    // Sources are named relative to the working directory when the corpus is under it: «data/demo/plan.md».
    const corpus = relative(process.cwd(), DEMO_CORPUS_DIR);
    const corpusPath = corpus.startsWith('..') || isAbsolute(corpus) ? DEMO_CORPUS_DIR : corpus;
    for await (const outcome of ingestSources(store, extractor, [corpusPath], { extractorVersion })) {
      if (outcome.kind === 'stored') events += outcome.events;
      if (outcome.kind === 'refused') io.stderr(`refused ${outcome.source}: ${outcome.reason}`);
    }
    io.stderr(`munical: demo corpus ingested (${events} new events)`);
    if (values['no-serve']) {
      await store.close();
      return 0;
    }
    return serveStore(store, port, io.stderr);
  },
};
