/**
 * What every subcommand of `munical` shares: its shape, argument parsing that rejects unknown flags
 * with a clear message, and the error type that means "the user asked for something wrong".
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

export interface CommandIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** A mistake in the command line: printed as one line with the usage hint, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` in strict mode, turning its errors into {@link UsageError}s. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a `YYYY-MM-DD` flag value. */
export function isoDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got «${value}»`);
  }
  return value;
}

/** Validates a port number flag value. */
export function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be 1..65535, got «${value}»`);
  return port;
}
