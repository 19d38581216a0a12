/**
 * Runs the `munical` command from the TypeScript sources, without a build — for development:
 * `npx tsx scripts/dev.ts eval --spans ../shared/data/nerel-dev.jsonl`.
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
