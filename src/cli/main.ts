/**
 * @module cli
 * The `munical` command: parses the subcommand, runs it, and turns errors into one line on stderr
 * and a non-zero exit code (stack traces only with `--debug`).
 */
import type { Command, CommandIo } from './command.js';
import { UsageError } from './command.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { orgCommand } from './org.js';
import { placeCommand } from './place.js';
import { reextractCommand } from './reextract.js';
import { serveCommand } from './serve.js';
import { sourceCommand } from './source.js';
import { watchCommand } from './watch.js';

export const COMMANDS: Command[] = [
  ingestCommand,
  sourceCommand,
  placeCommand,
  orgCommand,
  watchCommand,
  reextractCommand,
  extractCommand,
  serveCommand,
  evalCommand,
  demoCommand,
];

const defaultIo: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'munical — the calendar and chronicle of inter-municipal cooperation',
    '',
    'Usage: munical <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `munical <command> --help` for the options of a command.',
    'Environment: MUNICAL_DB (SQLite file, default ./data/munical.db), DATABASE_URL (postgres://… selects PostgreSQL), PORT.',
  ].join('\n');
}

/**
 * Runs the CLI and returns the exit code.
 * @example await main(['extract', 'plan.md', '--json'])
 */
export async function main(argv: string[], io: CommandIo = defaultIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('munical 0.1.0');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`munical: unknown command «${name}»; run \`munical --help\``);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: munical ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`munical ${command.name}: ${error.message}\nUsage: munical ${command.usage}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`munical ${command.name}: ${message}`);
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack);
    return 1;
  }
}
