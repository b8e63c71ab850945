// Which words of a text name a model, for `identify` (seed S13): the model and part numbers
// ("914", "92640-001", "2" only after its name: "Powerbolt 2", and never as a count: "SmartCode 5
// buttons" is a keypad of five buttons), and the words that name no model on their own (what
// every model is, a style). Text is read as plain lower-case words, a number
// apart from letters glued after it ("914TRL" is "914 trl").

import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { normalise, plainWords } from './plain-words.ts';
import { STYLE_WORDS } from './described-look.ts';

/** What every lock lockstep knows is — an electronic keypad deadbolt (product-facts §1–§7; M3
 * names the 913 a "Touchpad Electronic Deadbolt") — so these words name no model on their own,
 * though some identifiers hold them ("250 keypad deadbolt", "264 series"). */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['lock', 'keypad', 'touchpad', 'deadbolt', 'electronic', 'series']);

/** A word that names no model on its own: one every model is, or a style, which is matched from
 * each profile's `look.styles` ("contemporary" is the 909's style too, not only a word of the
 * 275's name); an identifier holding it still matches typed whole ("Contemporary 275"). */
export function namesNoModelAlone(word: string): boolean {
  return GENERIC_WORDS.has(word) || STYLE_WORDS.has(word);
}
/** The fewest digits of a number that names a model on its own ("914", "92640"); a shorter one
 * ("2", "5") is a model's only after the model's name. */
const STANDALONE_NUMBER_DIGITS = 3;

/** A word that names a model: has digits and is not a bare suffix such as "001" or "0". */
function isModelNumber(word: string): boolean {
  return /\d/.test(word) && !isBareSuffix(word);
}

/** A part number's suffix on its own ("001", "0"): it names no model, and many share it. */
export function isBareSuffix(word: string): boolean {
  return /^0+\d{0,2}$/.test(word);
}

/** The names a short model number follows in the models' identifiers ("powerbolt" of "Powerbolt
 * 2", "smartcode" of "SmartCode 5"): the words without digits that stand before a number. */
export function nameWordsOf(models: readonly ModelProfile[]): Set<string> {
  const names = new Set<string>();
  for (const model of models) {
    for (const id of [model.id, model.name, ...model.identifiers]) {
      const words = normalise(id).split(' ');
      words.forEach((w, i) => {
        if (i > 0 && /\d/.test(w) && !/\d/.test(words[i - 1])) names.add(words[i - 1]);
      });
    }
  }
  return names;
}

/** The words of `words` that read as model numbers: "914" anywhere, "2" only after a name
 * ("powerbolt 2"), never a count ("2 digits per button"). */
export function modelNumbersAmong(words: readonly string[], names: ReadonlySet<string>): string[] {
  return words.filter((_, i) => isModelNumberAt(words, i, names));
}

/** Whether the word at `i` of `words` reads as a model number (modelNumbersAmong). */
export function isModelNumberAt(words: readonly string[], i: number, names: ReadonlySet<string>): boolean {
  const w = words[i];
  return isModelNumber(w) && !isCountAt(words, i) && (!isShortNumber(w) || (i > 0 && names.has(words[i - 1])));
}

/** The words that make a number before them a count of the keypad's look, not a model number:
 * "5 buttons", "10 keys", "2 digits", "5 number buttons" (described-look.ts reads them so). */
const COUNTED_WORDS: ReadonlySet<string> = new Set(['button', 'buttons', 'key', 'keys', 'digit', 'digits']);
/** The words that may stand between a count and what it counts: "5 number buttons". */
const COUNT_QUALIFIERS: ReadonlySet<string> = new Set(['number', 'numbered', 'numeric']);

/** Whether the word at `i` of `words` is a count of the look ("5" of "SmartCode 5 buttons"): a
 * number of one or two digits followed by a look word, which is no model number even after a
 * model's name ("SmartCode 5" is the Weiser SmartCode 5, "SmartCode 5 buttons" a keypad of five
 * buttons). A number of three digits or more names a model on its own, whatever follows it: no
 * keypad has a hundred buttons (our choice). */
export function isCountAt(words: readonly string[], i: number): boolean {
  if (!isShortNumber(words[i])) return false;
  const next = COUNT_QUALIFIERS.has(words[i + 1]) ? words[i + 2] : words[i + 1];
  return next !== undefined && COUNTED_WORDS.has(next);
}

/** A number too short to name a model on its own ("2", "10"). */
function isShortNumber(word: string): boolean {
  return /^\d+$/.test(word) && word.length < STANDALONE_NUMBER_DIGITS;
}

export function hasNote(identifier: string): boolean {
  return identifier.includes('(');
}

/** The words of `text` that read as model or part numbers ("888" in "SmartCode 888"): written
 * in digits — "the one with a touch screen" names no model numbered 1 — and, of one or two
 * digits, after a model's name ("Powerbolt 3", not "2 digits per button"). */
export function modelNumbersIn(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  return modelNumbersAmong(plainWords(text).split(' '), nameWordsOf(models));
}
