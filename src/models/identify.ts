// Identifying a lock from what a person can read on it or its box (seed S13: the part number
// molded on the interior escutcheon, or the model number on the packaging): free text in, the
// matching profiles out, best first, each with how to tell it from its look-alikes. A number may
// be spelt out ("SmartCode five"), and a word split in two ("touch screen") is still that word.
// A number of one or two digits names a model only after its name ("Powerbolt 2", "SmartCode
// five"): on its own it is a count ("two digits per button", "five buttons"), and so it is after
// a name where a look word follows it ("SmartCode 5 buttons" is five buttons, not the SmartCode 5).
// An identifier spelt out whole outranks one that only shares its number: the 913's note
// "914 (Z-Wave variant)" does not tie with the 914's own "914". The note in brackets says what
// tells that look-alike apart, which is not true of this model: only the identifier typed whole
// matches it, never its words ("Z-Wave" is not the 913). A look put in words ("two digits per
// button", "Z-Wave", "touch screen") is matched against the model data that carries it
// (described-look.ts), not against words in a name: a name's note in brackets ("SmartCode 914
// (Z-Wave)") is matched only typed whole, and a style ("contemporary") is matched from the styles
// a source names for each model, not from the 275's name, which holds it. What is printed after
// a model number ("TRL", "15" of "914 TRL 15") is not read (model-number-suffixes.ts): it matches
// no identifier that holds it. A model whose profile contradicts the look described ("Z-Wave and
// 5 buttons": the 914's ten, the Powerbolt 2 without a radio) is not possible: it is ruled out,
// apart, with what it contradicts — unless its profile's value is only assumed (the Powerbolt 2's
// "no radio"): a guess does not rule the owner's lock out, and it stays possible. A model number
// corrected ("913, sorry, 914") is left out of what is matched (model-number-corrections.ts).

import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { byCodeUnits } from '../code-unit-order.ts';
import { describedLook, type Description } from './described-look.ts';
import { hasNote, isBareSuffix, isCountAt, modelNumbersAmong, nameWordsOf, namesNoModelAlone } from './model-words.ts';
import { normalise } from './plain-words.ts';
import { suffixWords } from './model-number-suffixes.ts';
import { modelNumbersCorrected } from './model-number-corrections.ts';
import { modelNumbersIn as numbersSaid } from './model-words.ts';

/** The words of `text` that read as model or part numbers (model-words.ts), those a later
 * correction replaced left out ("913, sorry, 914" says 914: model-number-corrections.ts). */
export function modelNumbersIn(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  return numbersSaid(modelNumbersCorrected(text, models).text, models);
}

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
  /** The words of the text that matched `matched`, however it matched: the identifier typed whole
   * or spelt out ("smartcode 913" of "Kwikset SmartCode 913 deadbolt"), or the words of `words`;
   * the reason given for the match (match-reason.ts). */
  said?: string[];
  /** What the text describes of the lock's look that the model has ("Z-Wave", "2 digits per
   * button"), or, negated, lacks ("no Z-Wave"), where it describes any. */
  described?: string[];
  /** What the text describes that the model does not fit by an assumed value alone (the
   * Powerbolt 2's "Z-Wave": no source names a radio for it), which rules it not out. */
  assumedAgainst?: string[];
}

/** How well the text fits one identifier, the text's words it shares when that is all, and the
 * text's words it rests on, whichever way it matched. */
interface Fit {
  score: number;
  words?: string[];
  said?: string[];
}

/** The words of the text, and each two neighbours run together ("touch screen" is also "touchscreen"). */
function wordsAndJoins(words: readonly string[]): Set<string> {
  return new Set([...words, ...words.slice(1).map((w, i) => words[i] + w)]);
}

function compact(text: string): string {
  return normalise(text).replace(/ /g, '');
}

/** The runs of digits in `text`: "914TRL" has 914. */
function digitRuns(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

/** The consecutive whole words of the text that, run together, spell the identifier
 * ("Kwikset SmartCode 913 deadbolt" and "smartcode913" both hold "SmartCode 913"; "SmartCode 9130"
 * does not, nor "SmartCode 5 buttons" "SmartCode 5": its "5" is a count, model-words.ts), or
 * undefined. */
function spelledBy(words: readonly string[], id: string): string[] | undefined {
  for (let i = 0; i < words.length; i++) {
    let run = '';
    // A count of the look is no piece of an identifier: "SmartCode 5 buttons" spells no "SmartCode 5".
    for (let j = i; j < words.length && run.length < id.length && !isCountAt(words, j); j++) {
      run += words[j];
      if (run === id) return words.slice(i, j + 1);
    }
  }
  return undefined;
}

/** The text typed whole, as the words it fits an identifier by. */
function whole(text: string): Fit {
  return { score: EXACT_SCORE, said: normalise(text).split(' ') };
}

/** An identifier without its note in brackets ("914 (Z-Wave variant)" → "914"). */
function withoutNote(identifier: string): string {
  return identifier.replace(/\([^()]*\)/g, ' ');
}

/** How well the text fits a name with a note in brackets ("SmartCode 914 (Z-Wave)"): typed
 * whole, or the name without the note — what the note describes is matched from `look`. */
function scoreName(text: string, name: string, names: ReadonlySet<string>, unread: ReadonlySet<string>): Fit {
  const t = compact(text);
  if (t !== '' && t === compact(name)) return whole(text);
  return scoreIdentifier(text, withoutNote(name), names, unread);
}

/** How well the text fits an identifier with a note in brackets: typed whole, note and all, or
 * its look-alike's number said — never the note's words. */
function scoreNotedIdentifier(text: string, identifier: string, names: ReadonlySet<string>): Fit {
  const t = compact(text);
  if (t !== '' && t === compact(identifier)) return whole(text);
  const numbers = sharedNumbers(normalise(text).split(' '), normalise(withoutNote(identifier)).split(' '), names);
  return numbers.length > 0 ? { score: NUMBER_SCORE, words: numbers, said: numbers } : { score: 0 };
}

/** The identifier's model numbers that the text says too ("my lock says 914"). */
function sharedNumbers(words: readonly string[], idWords: readonly string[], names: ReadonlySet<string>): string[] {
  const said = modelNumbersAmong(words, names);
  return modelNumbersAmong(idWords, names).filter((w) => said.includes(w));
}

/** How well the text fits an identifier; `unread` are the words printed after a model number
 * (model-number-suffixes.ts), which no identifier is matched by. */
function scoreIdentifier(text: string, identifier: string, names: ReadonlySet<string>, unread: ReadonlySet<string>): Fit {
  const t = compact(text);
  const id = compact(identifier);
  if (t === '' || id === '') return { score: 0 };
  if (t === id) return whole(text);
  const words = normalise(text).split(' ');
  const idWords = normalise(identifier).split(' ');
  const spelling = id.length >= MIN_FRAGMENT ? spelledBy(words, id) : undefined;
  if (spelling) return { score: CONTAINS_SCORE, said: spelling };
  const numbers = sharedNumbers(words, idWords, names);
  if (numbers.length > 0) return { score: NUMBER_SCORE, words: numbers, said: numbers };
  // The text a fragment of the identifier ("Power", "914TRL"), its numbers whole: "Powerbolt 24"
  // is not a piece of the 240, nor "SmartCode 91" of the 910. What matched is the text, not the
  // identifier it is a piece of: "SmartCode" alone matched the word "smartcode", not "smartcode-275".
  // Words every model is ("keypad deadbolt") are no piece of one identifier more than another's,
  // nor a style ("contemporary"), which is matched from the models' look.
  const idRuns = digitRuns(id);
  const saysMore = words.some((w) => !namesNoModelAlone(w));
  if (saysMore && t.length >= MIN_FRAGMENT && id.includes(t) && digitRuns(t).every((n) => idRuns.includes(n))) return { score: CONTAINED_SCORE, words, said: words };
  const joined = wordsAndJoins(words);
  const shared = idWords.filter((w) => w.length >= MIN_FRAGMENT && !isBareSuffix(w) && !namesNoModelAlone(w) && !unread.has(w) && joined.has(w));
  return { score: shared.length * WORD_SCORE, words: shared, said: shared };
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
  return describedLook(text).filter((d) => !models.some((m) => d.fits(m)));
}

/** What the text describes that fits every model: one every model has ("a Program button"), or,
 * negated, one no model has ("no Wi-Fi"). It tells none apart, so it adds to no model's score. */
export function descriptionsFittingAll(text: string, models: readonly ModelProfile[] = MODELS): Description[] {
  return describedLook(text).filter((d) => models.every((m) => d.fits(m)));
}

/** A model the text names or describes, whose profile contradicts what else was described. */
export interface RuledOut extends Identification {
  /** What was described that its profile says it does not fit ("5 buttons", "no touchscreen"). */
  ruledOutBy: string[];
}

/** What the text fits, best first, and apart from it what it would fit but for the look described. */
export interface Identifications {
  found: Identification[];
  ruledOut: RuledOut[];
}

export function identify(text: string, models: readonly ModelProfile[] = MODELS): Identification[] {
  return identifyWithRuledOut(text, models).found;
}

/** As identify, with the models ruled out: those whose profile contradicts a feature described
 * ("5 buttons" the 914's ten; "Z-Wave" the Powerbolt 2, which has none), each with what it
 * contradicts. A model whose profile does not say (no source names its style) is not ruled out,
 * nor one whose profile says it only by an assumed value (`assumedAgainst`);
 * nor is one whose identifier is the whole text ("914 (Z-Wave variant)", the 913's own, whose
 * note is of its look-alike); what no model has ("Wi-Fi") rules out none, and is said
 * (described-notes.ts). */
export function identifyWithRuledOut(text: string, models: readonly ModelProfile[] = MODELS): Identifications {
  const all: RuledOut[] = [];
  const names = nameWordsOf(models);
  const unread = suffixWords(text, models);
  // What every model has tells none apart (descriptionsFittingAll), and what none has rules out none.
  const look = describedLook(text).filter((d) => !models.every((m) => d.fits(m)));
  const telling = look.filter((d) => models.some((m) => d.fits(m)));
  // What names a model is read with its model numbers corrected ("913, sorry, 914" is the 914);
  // the look is read from the text as typed, whose corrections describedLook takes itself.
  const naming = modelNumbersCorrected(text, models).text;
  for (const model of models) {
    let best: Fit = { score: 0 };
    let matched = '';
    // What is printed on the lock or its box first, lockstep's own id last: of identifiers that
    // fit equally, the reason names the one printed, and the one that more of the text spells
    // ("Home Connect 620" before "620").
    const fits: Array<[string, Fit]> = [
      ...model.identifiers.map((id): [string, Fit] => [id, hasNote(id) ? scoreNotedIdentifier(naming, id, names) : scoreIdentifier(naming, id, names, unread)]),
      [model.name, scoreName(naming, model.name, names, unread)],
      [model.id, scoreIdentifier(naming, model.id, names, unread)],
    ];
    for (const [id, fit] of fits) {
      if (fit.score > best.score || (fit.score > 0 && fit.score === best.score && (fit.said?.length ?? 0) > (best.said?.length ?? 0))) {
        best = fit;
        matched = id;
      }
    }
    const described = look.filter((d) => d.fits(model)).map((d) => d.label);
    const score = best.score + DESCRIBED_SCORE * described.length;
    if (score === 0) continue;
    const ruledOutBy = best.score >= EXACT_SCORE ? [] : telling.filter((d) => d.contradicts(model)).map((d) => d.label);
    const assumedAgainst = best.score >= EXACT_SCORE ? [] : telling.filter((d) => d.assumedAgainst(model)).map((d) => d.label);
    all.push({
      model,
      score,
      ...(best.score > 0 ? { matched } : {}),
      ...(best.score > 0 && best.words ? { words: best.words } : {}),
      ...(best.score > 0 && best.said ? { said: best.said } : {}),
      ...(described.length ? { described } : {}),
      ...(assumedAgainst.length ? { assumedAgainst } : {}),
      ruledOutBy,
    });
  }
  all.sort((a, b) => b.score - a.score || byCodeUnits(a.model.id, b.model.id));
  const possible = all.filter((f) => f.ruledOutBy.length === 0);
  // Keep the strong candidates: a shared word alone does not make a look-alike of an exact match,
  // nor is a model ruled out by what it shares no more than a word with.
  const top = (possible[0] ?? all[0])?.score ?? 0;
  const floor = Math.max(top * KEEP_FRACTION, WORD_SCORE);
  return {
    found: possible.filter((f) => f.score >= floor).map(({ ruledOutBy: _, ...f }) => f),
    ruledOut: all.filter((f) => f.ruledOutBy.length > 0 && f.score >= floor),
  };
}
