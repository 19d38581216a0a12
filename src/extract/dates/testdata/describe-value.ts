/**
 * The compact notation the case table and the fixture tests compare: `2021-07-05..2021-07-05 day`,
 * `_..2030-12-31 year`, `? unknown quarterly`, `P4D`, `@10:00-18:00`.
 */
import type { DateMatch } from '../types.js';

/** The compact notation of `testdata/cases.ts`. */
export function describeValue(match: DateMatch): string {
  const v = match.value;
  if ('duration' in v) return v.duration;
  if (match.type === 'TIME' && 'start' in v && !('precision' in v)) return `@${v.start}${v.end ? `-${v.end}` : ''}`;
  if (!('precision' in v)) return JSON.stringify(v);
  const range = v.start === null && v.end === null ? '?' : `${v.start ?? '_'}..${v.end ?? '_'}`;
  const time = v.time ? ` @${v.time.start}${v.time.end ? `-${v.time.end}` : ''}` : '';
  return `${range} ${v.precision}${v.recurrence ? ` ${v.recurrence}` : ''}${time}`;
}

