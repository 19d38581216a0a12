/** Runs `munical` in-process for tests, collecting what it prints. */
import type { CommandIo } from '../command.js';
import { main } from '../main.js';

export async function runCli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
  const code = await main(args, io);
  return { code, out, err };
}
