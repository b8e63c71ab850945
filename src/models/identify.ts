// Identifying a lock from what a person can read on it or its box (seed S13: the part number
// molded on the interior escutcheon, or the model number on the packaging): free text in, the
// matching profiles out, best first, each with how to tell it from its look-alikes. A number may
// be spelt out ("SmartCode five"), and a word split in two ("touch screen") is still that word.
// A number of one or two digits names a model only after its name ("Powerbolt 2", "SmartCode
// five"): on its own it is a count ("two digits per button", "five buttons").
// An identifier spelt out whole outranks one that only shares its number: the 913's note
// "914 (Z-Wave variant)" does not tie with the 914's own "914". The note in brackets says what
// tells that look-alike apart, which is not true of this model: only the identifier typed whole
// matches it, never its words ("Z-Wave" is not the 913). A look put in words ("two digits per
// button", "Z-Wave", "touch screen") is matched against the model data that carries it
// (described-look.ts), not against words in a name: a name's note in brackets ("SmartCode 914
// (Z-Wave)") is matched only typed whole, and a style ("contemporary") is matched from the styles
// a source names for each model, not from the 275's name, which holds it.

import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { numberWordsAsDigits } from '../number-words.ts';
import { byCodeUnits } from '../code-unit-order.ts';
import { describedLook, STYLE_WORDS, type Description } from './described-look.ts';

export const EXACT_SCORE = 100;
export const CONTAINS_SCORE = 60;
/** A number of the text is a number of the identifier, the rest of it not said ("914" against
 * "914 (Z-Wave variant)"): less sure than the identifier found whole. */
const NUMBER_SCORE = 55;
/** The whole text found inside an identifier ("Power" in "Powerbolt 2"): a little less sure. */
export const CONTAINED_SCORE = 50;
export const WORD_SCORE = 10;
/** Each thing the text describes that the model has ("Z-Wave", "5 buttons"): as sure as a piece
 * of a name, and added to what the text names ("SmartCode" and "Z-Wave" together). */
export const DESCRIBED_SCORE = 50;
const MIN_FRAGMENT = 3;
/** What every lock lockstep knows is — an electronic keypad deadbolt (product-facts §1–§7; M3
 * names the 913 a "Touchpad Electronic Deadbolt") — so these words name no model on their own,
 * though some identifiers hold them ("250 keypad deadbolt", "264 series"). */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['lock', 'keypad', 'touchpad', 'deadbolt', 'electronic', 'series']);

/** A word that names no model on its own: one every model is, or a style, which is matched from
 * each profile's `look.styles` ("contemporary" is the 909's style too, not only a word of the
 * 275's name); an identifier holding it still matches typed whole ("Contemporary 275"). */
function namesNoModelAlone(word: string): boolean {
  return GENERIC_WORDS.has(word) || STYLE_WORDS.has(word);
}
/** The fewest digits of a number that names a model on its own ("914", "92640"); a shorter one
 * ("2", "5") is a model's only after the model's name. */
const STANDALONE_NUMBER_DIGITS = 3;
const KEEP_FRACTION = 0.5;

export interface Identification {
  model: ModelProfile;
  score: number;
  /** The model's identifier that scored best, where the text fits one. */
  matched?: string;
  /** Where the match rests on words or a number the text shares with the identifier, not on the
   * identifier spelt out: those words of the text (as plain words, lower case), so that what is
   * shown is what the person typed, not an identifier they never did. */
  words?: string[];
  /** What the text describes of the lock's look that the model has ("Z-Wave", "2 digits per
   * button"), or, negated, lacks ("no Z-Wave"), where it describes any. */
  described?: string[];
}

/** How well the text fits one identifier, and the text's words it shares when that is all. */
interface Fit {
  score: number;
  words?: string[];
}

/** Lower-case words and digits only, single-spaced, a number apart from letters glued after it:
 * "914TRL" is "914 trl", "275CNT15" "275 cnt15", so that what a box prints after the model number
 * does not hide the number. */
function plainWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/(\d)(?=[a-z])/g, '$1 ').trim();
}

/** Plain words, numbers spelt out written as digits ("smartcode five" → "smartcode 5"). */
function normalise(text: string): string {
  return numberWordsAsDigits(plainWords(text));
}

/** The words of the text, and each two neighbours run together ("touch screen" is also "touchscreen"). */
function wordsAndJoins(words: readonly string[]): Set<string> {
  return new Set([...words, ...words.slice(1).map((w, i) => words[i] + w)]);
}

function compact(text: string): string {
  return normalise(text).replace(/ /g, '');
}

/** A word that names a model: has digits and is not a bare suffix such as "001" or "0". */
function isModelNumber(word: string): boolean {
  return /\d/.test(word) && !isBareSuffix(word);
}

/** A part number's suffix on its own ("001", "0"): it names no model, and many share it. */
function isBareSuffix(word: string): boolean {
  return /^0+\d{0,2}$/.test(word);
}

/** The names a short model number follows in the models' identifiers ("powerbolt" of "Powerbolt
 * 2", "smartcode" of "SmartCode 5"): the words without digits that stand before a number. */
function nameWordsOf(models: readonly ModelProfile[]): Set<string> {
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
function modelNumbersAmong(words: readonly string[], names: ReadonlySet<string>): string[] {
  return words.filter((w, i) => isModelNumber(w) && (!isShortNumber(w) || (i > 0 && names.has(words[i - 1]))));
}

/** A number too short to name a model on its own ("2", "10"). */
function isShortNumber(word: string): boolean {
  return /^\d+$/.test(word) && word.length < STANDALONE_NUMBER_DIGITS;
}

/** The runs of digits in `text`: "914TRL" has 914. */
function digitRuns(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

/** Whether consecutive whole words of the text, run together, spell the identifier
 * ("Kwikset SmartCode 913 deadbolt" and "smartcode913" both hold "SmartCode 913"; "SmartCode 9130"
 * does not). */
function spellsOut(words: readonly string[], id: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < id.length; j++) {
      run += words[j];
      if (run === id) return true;
    }
  }
  return false;
}

function hasNote(identifier: string): boolean {
  return identifier.includes('(');
}

/** An identifier without its note in brackets ("914 (Z-Wave variant)" → "914"). */
function withoutNote(identifier: string): string {
  return identifier.replace(/\([^()]*\)/g, ' ');
}

/** How well the text fits a name with a note in brackets ("SmartCode 914 (Z-Wave)"): typed
 * whole, or the name without the note — what the note describes is matched from `look`. */
function scoreName(text: string, name: string, names: ReadonlySet<string>): Fit {
  const t = compact(text);
  if (t !== '' && t === compact(name)) return { score: EXACT_SCORE };
  return scoreIdentifier(text, withoutNote(name), names);
}

/** How well the text fits an identifier with a note in brackets: typed whole, note and all, or
 * its look-alike's number said — never the note's words. */
function scoreNotedIdentifier(text: string, identifier: string, names: ReadonlySet<string>): Fit {
  const t = compact(text);
  if (t !== '' && t === compact(identifier)) return { score: EXACT_SCORE };
  const numbers = sharedNumbers(normalise(text).split(' '), normalise(withoutNote(identifier)).split(' '), names);
  return numbers.length > 0 ? { score: NUMBER_SCORE, words: numbers } : { score: 0 };
}

/** The identifier's model numbers that the text says too ("my lock says 914"). */
function sharedNumbers(words: readonly string[], idWords: readonly string[], names: ReadonlySet<string>): string[] {
  const said = modelNumbersAmong(words, names);
  return modelNumbersAmong(idWords, names).filter((w) => said.includes(w));
}

function scoreIdentifier(text: string, identifier: string, names: ReadonlySet<string>): Fit {
  const t = compact(text);
  const id = compact(identifier);
  if (t === '' || id === '') return { score: 0 };
  if (t === id) return { score: EXACT_SCORE };
  const words = normalise(text).split(' ');
  const idWords = normalise(identifier).split(' ');
  if (id.length >= MIN_FRAGMENT && spellsOut(words, id)) return { score: CONTAINS_SCORE };
  const numbers = sharedNumbers(words, idWords, names);
  if (numbers.length > 0) return { score: NUMBER_SCORE, words: numbers };
  // The text a fragment of the identifier ("Power", "914TRL"), its numbers whole: "Powerbolt 24"
  // is not a piece of the 240, nor "SmartCode 91" of the 910. What matched is the text, not the
  // identifier it is a piece of: "SmartCode" alone matched the word "smartcode", not "smartcode-275".
  // Words every model is ("keypad deadbolt") are no piece of one identifier more than another's,
  // nor a style ("contemporary"), which is matched from the models' look.
  const idRuns = digitRuns(id);
  const saysMore = words.some((w) => !namesNoModelAlone(w));
  if (saysMore && t.length >= MIN_FRAGMENT && id.includes(t) && digitRuns(t).every((n) => idRuns.includes(n))) return { score: CONTAINED_SCORE, words };
  const joined = wordsAndJoins(words);
  const shared = idWords.filter((w) => w.length >= MIN_FRAGMENT && !isBareSuffix(w) && !namesNoModelAlone(w) && joined.has(w));
  return { score: shared.length * WORD_SCORE, words: shared };
}

/** The words of `text` that read as model or part numbers ("888" in "SmartCode 888"): written
 * in digits — "the one with a touch screen" names no model numbered 1 — and, of one or two
 * digits, after a model's name ("Powerbolt 3", not "2 digits per button"). */
export function modelNumbersIn(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  return modelNumbersAmong(plainWords(text).split(' '), nameWordsOf(models));
}

/** What of a match's score the text's naming earns, its descriptions aside: "Z-Wave five
 * buttons" scores as a name does, yet names nothing. */
export function namedScore(found: Identification): number {
  return found.score - DESCRIBED_SCORE * (found.described?.length ?? 0);
}

/** Whether a match rests on more than shared words and descriptions: the identifier is,
 * contains or is contained in the text, or shares its number. */
export function matchesWhole(found: Identification): boolean {
  return namedScore(found) >= CONTAINED_SCORE;
}

/** What the text describes that fits no model: one no model has ("Wi-Fi"), or, negated, one
 * every model has ("without a Program button"). */
export function descriptionsFittingNone(text: string, models: readonly ModelProfile[] = MODELS): Description[] {
  return describedLook(normalise(text)).filter((d) => !models.some((m) => d.fits(m)));
}

/** What the text describes that fits every model: one every model has ("a Program button"), or,
 * negated, one no model has ("no Wi-Fi"). It tells none apart, so it adds to no model's score. */
export function descriptionsFittingAll(text: string, models: readonly ModelProfile[] = MODELS): Description[] {
  return describedLook(normalise(text)).filter((d) => models.every((m) => d.fits(m)));
}

export function identify(text: string, models: readonly ModelProfile[] = MODELS): Identification[] {
  const out: Identification[] = [];
  const names = nameWordsOf(models);
  // What every model has tells none apart (descriptionsFittingAll).
  const look = describedLook(normalise(text)).filter((d) => !models.every((m) => d.fits(m)));
  for (const model of models) {
    let best: Fit = { score: 0 };
    let matched = '';
    const fits: Array<[string, Fit]> = [
      [model.id, scoreIdentifier(text, model.id, names)],
      [model.name, scoreName(text, model.name, names)],
      ...model.identifiers.map((id): [string, Fit] => [id, hasNote(id) ? scoreNotedIdentifier(text, id, names) : scoreIdentifier(text, id, names)]),
    ];
    for (const [id, fit] of fits) {
      if (fit.score > best.score) {
        best = fit;
        matched = id;
      }
    }
    const described = look.filter((d) => d.fits(model)).map((d) => d.label);
    const score = best.score + DESCRIBED_SCORE * described.length;
    if (score === 0) continue;
    out.push({
      model,
      score,
      ...(best.score > 0 ? { matched } : {}),
      ...(best.score > 0 && best.words ? { words: best.words } : {}),
      ...(described.length ? { described } : {}),
    });
  }
  out.sort((a, b) => b.score - a.score || byCodeUnits(a.model.id, b.model.id));
  // Keep the strong candidates: a shared word alone does not make a look-alike of an exact match.
  const floor = out.length ? Math.max(out[0].score * KEEP_FRACTION, WORD_SCORE) : 0;
  return out.filter((f) => f.score >= floor);
}
