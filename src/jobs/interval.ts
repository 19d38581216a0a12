/** Intervals as people write them: `90s`, `30m`, `6h`, `1d`, `1h30m`. */

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/**
 * Seconds of an interval; throws a one-line message for anything else.
 *
 * @example parseInterval('6h') // 21600
 */
export function parseInterval(text: string): number {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  if (!/^(\d+[smhdw])+$/.test(compact)) throw new Error(`not an interval: «${text}» (write e.g. 30m, 6h, 1d)`);
  const parts = [...compact.matchAll(/(\d+)([smhdw])/g)];
  const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0);
  if (seconds <= 0) throw new Error(`an interval must be longer than zero, got «${text}»`);
  return seconds;
}

/** @example formatInterval(5400) // '1h30m' */
export function formatInterval(seconds: number): string {
  let rest = seconds;
  let out = '';
  for (const unit of ['d', 'h', 'm', 's']) {
    const size = UNITS[unit]!;
    const count = Math.floor(rest / size);
    if (count > 0) {
      out += `${count}${unit}`;
      rest -= count * size;
    }
  }
  return out || '0s';
}
