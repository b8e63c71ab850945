// Time units for named constants (every timing in lockstep is an integer number of milliseconds),
// and a duration written in them.
export const MS = 1;
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The units a duration is written in (scenario files, messages), by their words. */
export const DURATION_UNITS = { ms: MS, s: SECOND, min: MINUTE, h: HOUR, d: DAY } as const;

/** Units tried largest first: a duration is written in the largest unit that divides it. */
const UNITS_LARGEST_FIRST = (Object.entries(DURATION_UNITS) as [string, number][]).sort((a, b) => b[1] - a[1]);

/** A duration as a scenario file writes it (scenario/duration.ts reads it back): 30000 → "30s",
 * 90000 → "90s", 180000 → "3min", 1500 → "1500ms". */
export function durationWords(ms: number): string {
  for (const [unit, size] of UNITS_LARGEST_FIRST) if (ms > 0 && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}
