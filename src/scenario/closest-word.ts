// The word of a list closest to a misspelt one, for an error's "did you mean …?" (README,
// Scenarios: a misspelt `why` id is refused at its place with the closest id). Closest by edit
// distance — letters inserted, removed or changed (fastest-levenshtein) — and only when near
// enough to be a slip.

import { distance as editDistance } from 'fastest-levenshtein';
import { quoted } from '../printable.ts';

/** The most edits a word may be from one of the list to be suggested. */
export const SUGGEST_WITHIN_EDITS = 3;

/** The word of `words` closest to `written`, the first of a tie; undefined when none is within SUGGEST_WITHIN_EDITS. */
export function closestWord(written: string, words: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const word of words) {
    const edits = editDistance(written, word);
    if (edits <= SUGGEST_WITHIN_EDITS && (best === undefined || edits < best.edits)) best = { word, edits };
  }
  return best?.word;
}

/** ` — did you mean "word"?` for the word of `words` closest to `written`, or '' when none is near. */
export function didYouMean(written: string, words: readonly string[]): string {
  const closest = closestWord(written, words);
  return closest === undefined ? '' : ` — did you mean ${quoted(closest)}?`;
}
