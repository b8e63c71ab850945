// What a lock or its box prints after the model number ("914TRL", "914 TRL 15", "275 CNT",
// "916 TRL ZW500"), as `identify` reads it (seed S13): not at all. The sources name such labels
// whole ("914TRL", product-facts K3 and G5; "620trlzw700-15s", M8) but none says what the letters
// or numbers after the model number mean, so lockstep reads no style, finish or radio from them:
// the model number still names its model (identify.ts reads it apart from letters glued after
// it), and one line says what after it was not read. `lockstep identify` and the page's model
// finder say the same line.

import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { hasNote, modelNumbersIn, namesNoModelAlone } from './model-words.ts';
import { plainWords } from './plain-words.ts';
import { quoted } from '../printable.ts';

/** A piece of the text as typed: a part number, digits joined by dashes, whole ("92640-001"), or
 * a run of letters and digits ("914TRL", "15S"). */
const PIECE = /\d+(?:-\d+)+(?![A-Za-z0-9])|[A-Za-z0-9]+/g;
/** A piece that begins with a number, and what is glued after it ("914TRL": "914", "TRL"). */
const NUMBER_FIRST = /^(\d+)([A-Za-z][A-Za-z0-9]*)?$/;
/** The words after a number that make it a count, which described-look.ts reads ("909 5 buttons"). */
const COUNTED = /^(?:button|key|digit|number)s?$/i;
const DIGITS_ONLY = /^\d+$/;
const LETTERS_ONLY = /^[a-z]+$/;

/** The numbers that name a model: the digits of the models' identifiers ("914", "92640", and "5"
 * after "SmartCode"). */
function modelNumbersOf(models: readonly ModelProfile[]): Set<string> {
  const ids = models.flatMap((m) => [m.id, m.name, ...m.identifiers]);
  return new Set(ids.flatMap((id) => modelNumbersIn(id, models)).filter((n) => DIGITS_ONLY.test(n)));
}

/** The codes of letters alone that follow a model number in the models' identifiers ("913 TRL",
 * "914 TRL ZW", "275 CNT"): "trl", "zw", "cnt" — no word of a model's name ("955 SmartCode
 * Touchpad Lever"). Any other word of letters after a model number ("914 touchscreen", "914 with
 * Z-Wave") is the text's own, not printed after the number. */
function letterCodesOf(models: readonly ModelProfile[]): Set<string> {
  const names = new Set(models.flatMap((m) => plainWords(m.name).split(' ')));
  const codes = new Set<string>();
  for (const id of models.flatMap((m) => m.identifiers).filter((i) => !hasNote(i))) {
    let afterNumber = false;
    for (const word of plainWords(id).split(' ')) {
      const letterCode: boolean = afterNumber && LETTERS_ONLY.test(word) && !names.has(word) && !namesNoModelAlone(word);
      if (letterCode) codes.add(word);
      afterNumber = letterCode || /\d/.test(word);
    }
  }
  return codes;
}

/** The line saying what was printed after `number` and not read. */
function notReadLine(number: string, codes: readonly string[]): string {
  return `${codes.map(quoted).join(', ')} after ${number}: not read — no source lockstep knows says what ${codes.length === 1 ? 'it means' : 'they mean'}.`;
}

/** What was printed after a model number of ours, as typed. */
export interface Suffix {
  /** The model number, its digits ("914"). */
  number: string;
  /** What follows it, each piece as typed ("TRL", "15"). */
  codes: string[];
}

/** Each model number of ours in `text` with letters or numbers after it ("914 TRL 15": 914, with
 * "TRL" and "15"); none where nothing follows the number. */
export function suffixCodes(text: string, models: readonly ModelProfile[] = MODELS): Suffix[] {
  const ours = modelNumbersOf(models);
  const numbers = new Set(modelNumbersIn(text, models).filter((n) => ours.has(n)));
  const letterCodes = letterCodesOf(models);
  const pieces = text.match(PIECE) ?? [];
  /** A piece printed after a model number: not itself a model number of ours, nor a count. */
  const isCode = (piece: string, next: string | undefined): boolean => {
    if (modelNumbersIn(piece, models).some((n) => ours.has(n))) return false;
    if (/\d/.test(piece)) return next === undefined || !COUNTED.test(next);
    return letterCodes.has(piece.toLowerCase());
  };
  const out: Suffix[] = [];
  pieces.forEach((piece, i) => {
    const first = NUMBER_FIRST.exec(piece);
    if (!first || !numbers.has(first[1])) return;
    const codes = first[2] ? [first[2]] : [];
    for (let j = i + 1; j < pieces.length && isCode(pieces[j], pieces[j + 1]); j++) codes.push(pieces[j]);
    if (codes.length > 0) out.push({ number: first[1], codes });
  });
  return out;
}

/** The plain words of what was printed after a model number ("trl", "15"): not read, so no word
 * `identify` matches against an identifier that holds it ("910 TRL ZW" is not the 914TRL's look-alike). */
export function suffixWords(text: string, models: readonly ModelProfile[] = MODELS): Set<string> {
  return new Set(suffixCodes(text, models).flatMap((s) => s.codes.flatMap((c) => plainWords(c).split(' '))));
}

/** One line for each model number of ours in `text` with letters or numbers after it, saying
 * those were not read ("TRL", "15" of "914 TRL 15"). */
export function suffixNotes(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  return [...new Set(suffixCodes(text, models).map((s) => notReadLine(s.number, s.codes)))];
}
