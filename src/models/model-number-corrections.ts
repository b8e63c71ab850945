// A model number said and then corrected, for `identify` (seed S13): "913, sorry, 914", "it's a
// 914, no, 916". No source speaks to how an owner corrects themselves; the rule is our choice, the
// one a look follows (look-corrections.ts): after a correction word ("no" followed by a stop,
// "sorry", "I mean", "actually", "rather", "correction"), the model numbers of the last take that
// says one are the ones used, and those said in earlier takes are left out of what is matched
// against the identifiers — the rest of those takes is kept ("SmartCode 913, sorry, 914" is still
// a SmartCode). A take that names no model number corrects none ("913, actually no touchscreen"
// keeps the 913). A line says what was corrected, as a look's correction is said: "\"913\" was corrected to
// \"914\": the earlier is not used."
import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { isModelNumberAt, nameWordsOf } from './model-words.ts';
import { normalise } from './plain-words.ts';
import { takesAndCorrectionWords } from './look-corrections.ts';
import { quoted } from '../printable.ts';

/** What a correction of model numbers replaced, and what it said instead (plain words, "914"). */
export interface NumberCorrection {
  replaced: string[];
  by: string[];
}

/** Each take's plain words, and which of them are model numbers, in the words' order. */
interface Take {
  words: string[];
  numbered: boolean[];
}

function takeOf(text: string, names: ReadonlySet<string>): Take {
  const words = normalise(text).split(' ').filter((w) => w !== '');
  return { words, numbered: words.map((_, i) => isModelNumberAt(words, i, names)) };
}

/** `text` as plain words, the model numbers that a later take corrected left out, and the
 * correction made, if any. Without a correction of a model number, the text is returned as typed. */
export function modelNumbersCorrected(text: string, models: readonly ModelProfile[] = MODELS): { text: string; correction?: NumberCorrection } {
  const names = nameWordsOf(models);
  const parts = takesAndCorrectionWords(text);
  const takes = parts.map((part, i) => (i % 2 === 0 ? takeOf(part, names) : undefined));
  const numbersOf = (take: Take | undefined) => (take ? take.words.filter((_, i) => take.numbered[i]) : []);
  const last = takes.reduce((found, take, i) => (numbersOf(take).length > 0 ? i : found), -1);
  const by = numbersOf(takes[last]);
  const earlier = [...new Set(takes.slice(0, Math.max(last, 0)).flatMap(numbersOf))];
  const replaced = earlier.filter((n) => !by.includes(n));
  if (replaced.length === 0) return { text };
  const kept = parts.map((part, i) => {
    const take = takes[i];
    if (!take || i >= last) return part;
    return take.words.filter((_, w) => !take.numbered[w]).join(' ');
  });
  return { text: kept.join(' '), correction: { replaced, by } };
}

/** The line saying what model number was corrected, as a look's correction is said, if any. */
export function modelNumberCorrectionNotes(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  const { correction } = modelNumbersCorrected(text, models);
  if (!correction) return [];
  const all = (numbers: readonly string[]) => numbers.map(quoted).join(' and ');
  return [`${all(correction.replaced)} ${correction.replaced.length === 1 ? 'was' : 'were'} corrected to ${all(correction.by)}: the earlier is not used.`];
}
