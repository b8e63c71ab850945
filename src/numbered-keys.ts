// Keys of a mapping that name numbers — a store's code slots, a lock's switches — compared by the
// number they name, not as text: "1" and "01" are one slot, so the second is a mistake of its own
// (one slot given twice), not a code clashing with itself (seed S4's uniqueness rule) nor one
// silently outweighing the other. The words are the same wherever the mistake is met: a
// scenario's `given: codes:` (scenario/values.ts, at the key's place) and a twin built in code
// (firmware/store-rules.ts, a TwinOptions `codes`).

/** The words for number `n` given twice among the keys: `duplicate code slot 1`. */
export function duplicateNumberWords(what: string, n: number): string {
  return `duplicate ${what} ${n}`;
}

/** A key naming the same number as an earlier key: both as written. */
export interface RepeatedKey {
  n: number;
  first: string;
  again: string;
}

/** The first of `keys` naming the same number as an earlier one, or undefined when none does. */
export function firstRepeatedKey(keys: readonly string[]): RepeatedKey | undefined {
  const seen = new Map<number, string>();
  for (const key of keys) {
    const n = Number(key);
    const first = seen.get(n);
    if (first !== undefined) return { n, first, again: key };
    seen.set(n, key);
  }
  return undefined;
}
