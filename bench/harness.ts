/**
 * The timing harness every benchmark shares: contenders run in alternation over the same input,
 * timed in CPU seconds of this process, each keeping its best round, so a busy machine disturbs
 * the comparison less.
 */

export interface Contender<I> {
  name: string;
  /** Processes the whole input and returns how many things it found. */
  run: (input: I) => number;
}

export interface ContenderResult {
  name: string;
  seconds: number;
  found: number;
  charsPerSecond: number;
}

export function race<I>(
  contenders: Contender<I>[],
  input: I,
  chars: number,
  rounds: number,
  warmUp: I,
): ContenderResult[] {
  for (const c of contenders) c.run(warmUp);
  const results = contenders.map((c) => ({
    name: c.name,
    seconds: Number.POSITIVE_INFINITY,
    found: 0,
    charsPerSecond: 0,
  }));
  for (let round = 0; round < rounds; round++) {
    contenders.forEach((c, i) => {
      const started = process.cpuUsage();
      const found = c.run(input);
      const used = process.cpuUsage(started);
      const r = results[i]!;
      r.found = found;
      r.seconds = Math.min(r.seconds, (used.user + used.system) / 1e6);
    });
  }
  for (const r of results) r.charsPerSecond = chars / r.seconds;
  return results;
}

export function printResults(results: ContenderResult[]): void {
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    console.log(
      `${r.name.padEnd(width)}  ${(r.charsPerSecond / 1e6).toFixed(2)} M chars/s  (${r.seconds.toFixed(2)} s, ${r.found} found)`,
    );
  }
}
