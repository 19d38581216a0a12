/**
 * `munical serve [--port N] [--db PATH]`: serves the portal, the JSON API and the feeds.
 */
import { serve } from '@hono/node-server';
import { readConfig } from '../config.js';
import type { Store } from '../store/index.js';
import { createApp } from '../web/index.js';
import { type Command, parseCommandArgs, portOption } from './command.js';
import { describeStore, openConfiguredStore } from './open-store.js';

/** Serves until the process is told to stop; closes the store on SIGINT/SIGTERM. */
export async function serveStore(store: Store, port: number, log: (line: string) => void): Promise<number> {
  const app = createApp(store);
  const server = serve({ fetch: app.fetch, port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message, { cause: error });
  });
  log(`munical: serving http://localhost:${port}/`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the portal, the JSON API and the feeds',
  usage: 'serve [--port N] [--db PATH]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { port: { type: 'string' }, db: { type: 'string' } });
    const port = portOption(values.port) ?? readConfig().port;
    const store = await openConfiguredStore(values.db);
    io.stderr(`munical: store ${describeStore(store, values.db)}`);
    return serveStore(store, port, io.stderr);
  },
};
