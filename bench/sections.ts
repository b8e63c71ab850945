/**
 * Which sections of `npm run bench` to run, from the LOCKSTEP_BENCH_SECTIONS environment
 * variable: a comma-separated list of section numbers and ranges, e.g. "1-3" or "1-3,5".
 * Unset or empty, every section runs (the default). Sections 1-3 share one measurement, so
 * naming any of them runs all three. Anything else in the list is an error, not a silent skip.
 */

export const BENCH_SECTIONS_ENV = 'LOCKSTEP_BENCH_SECTIONS';
export const FIRST_SECTION = 1;
export const LAST_SECTION = 7;
/** Sections 1 (sanity), 2 (baselines) and 3 (ratios) are one measurement. */
const KEYPAD_SECTIONS = [1, 2, 3];

/** A predicate: should section `n` run? */
export type SectionFilter = (n: number) => boolean;

export function parseBenchSections(spec: string | undefined): SectionFilter {
  if (spec === undefined || spec.trim() === '') return () => true;
  const wanted = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m && m[2] !== undefined ? Number(m[2]) : from;
    if (!(from >= FIRST_SECTION && to <= LAST_SECTION && from <= to)) {
      throw new Error(`${BENCH_SECTIONS_ENV}="${spec}": expected section numbers or ranges within ${FIRST_SECTION}-${LAST_SECTION}, e.g. "1-3,5"`);
    }
    for (let n = from; n <= to; n++) wanted.add(n);
  }
  if (KEYPAD_SECTIONS.some((n) => wanted.has(n))) for (const n of KEYPAD_SECTIONS) wanted.add(n);
  return (n) => wanted.has(n);
}
