// Two strings in the order of their UTF-16 code units, as `<` orders them: the same on every
// machine. `localeCompare` without a locale orders by the machine's own (the project's rule
// "Determinism": a run depends on its seed and inputs alone, not on where it runs).

/** A sort comparator: negative when `a` comes first, positive when `b` does, 0 when equal. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
