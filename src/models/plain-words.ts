// A text as plain words for matching what is said of a lock to the models' identifiers (seed S13):
// lower case, letters and digits only, single-spaced, numbers spelt out as digits. Its own file
// because both the identifier matcher (model-words.ts) and the look reader (described-look.ts)
// read text through it, and neither should import the other for it.
import { numberWordsAsDigits } from '../number-words.ts';

/** Lower-case words and digits only, single-spaced, a number apart from letters glued after it:
 * "914TRL" is "914 trl", "275CNT15" "275 cnt15", so that what a box prints after the model number
 * does not hide the number (what it is, is said not read: model-number-suffixes.ts). */
export function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/(\d)(?=[a-z])/g, '$1 ').trim();
}

/** Plain words, numbers spelt out written as digits ("smartcode five" → "smartcode 5"). */
export function normalise(text: string): string {
  return numberWordsAsDigits(plainWords(text));
}
