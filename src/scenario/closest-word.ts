// The word of a list closest to a misspelt one, for an error's "did you mean …?" (README,
// Scenarios: a misspelt `why` id is refused at its place with the closest id). Closest by edit
// distance — letters inserted, removed or changed — and only when near enough to be a slip.

/** The most edits a word may be from one of the list to be suggested. */
export const SUGGEST_WITHIN_EDITS = 3;

/** The edits (insert, remove, change one letter) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(change, previous[j] + 1, current[j - 1] + 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The word of `words` closest to `written`, the first of a tie; undefined when none is within SUGGEST_WITHIN_EDITS. */
export function closestWord(written: string, words: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const word of words) {
    const edits = editDistance(written, word);
    if (edits <= SUGGEST_WITHIN_EDITS && (best === undefined || edits < best.edits)) best = { word, edits };
  }
  return best?.word;
}
