// What the owner told the doctor about the lock and its battery pack, for the battery step's own
// words (procedures.ts replaceBatteries): seed S25's "a lock that beeps but won't unlock is first
// a battery question" only where the lock does beep; a keypad with no light and no beep is the
// pack flat or not making contact; and batteries changed recently are first re-seated, each
// cell's way round and the contacts looked at, before fresh ones are bought; an owner who meant
// to erase the lock is told that the pack out ends a reset left waiting (seed S24); batteries old
// or of unknown age are fitted fresh during a cancel of a reset nobody meant, where the doctor
// folds the battery question into it (reset-intent.ts). Read from the interview's answers
// (symptoms.ts), or from a twin's own state.

import type { Twin } from '../twin/twin.ts';
import type { Answers } from './symptoms.ts';

/** Why a keypad gives no light and no beep at all (seed S25): the doctor's cause and battery step say it alike. */
export const DARK_PACK = 'the pack is flat or not making contact';

/** What the lock does, as told: nothing at all at the keypad, lights and beeps but no bolt, or
 * its low-battery warning; absent when nothing was told that says which. */
export type PackShows = 'dark' | 'no-motion' | 'low-warning';

export interface PackStory {
  shows?: PackShows;
  /** The batteries were changed in the last few months. */
  recent?: boolean;
  /** The owner meant to erase the lock (`meantReset=yes`): a reset left waiting for its
   * confirming press ends when the pack comes out, and the step says so (reset-intent.ts). */
  resetMeant?: boolean;
  /** The batteries' age where not recent — old, or not known — for a cancel of a half-finished
   * reset that fits fresh ones while its pack is out (reset-intent.ts cancelTakesBatteries). */
  unchecked?: 'old' | 'unknown';
}

/** What the lock does when a code is typed, as the interview's answers tell it. */
function showsFromAnswers(a: Required<Answers>, beepsTold: boolean): PackShows | undefined {
  if (a.led === 'low-battery') return 'low-warning';
  if (a.whatHappens === 'nothing') return 'dark';
  if (a.led === 'green' || a.whatHappens === 'lights-no-motion' || a.whatHappens === 'rejected' || beepsTold) return 'no-motion';
  return undefined;
}

/** The story from the interview (`beepsTold`: the symptom itself says the lock beeps). */
export function packStoryFromAnswers(a: Required<Answers>, beepsTold: boolean): PackStory {
  const story: PackStory = {};
  const shows = showsFromAnswers(a, beepsTold);
  if (shows) story.shows = shows;
  if (a.batteriesChanged === 'recent') story.recent = true;
  else story.unchecked = a.batteriesChanged === 'old' ? 'old' : 'unknown';
  if (a.meantReset === 'yes') story.resetMeant = true;
  return story;
}

/** The story a twin tells by itself: dark and silent when its pack cannot run the electronics,
 * beeping with a bolt that will not move when the pack is flat but the lock runs. */
export function packStoryFromTwin(twin: Twin): PackStory {
  if (!twin.battery.present) return {};
  if (!twin.powered) return { shows: 'dark' };
  return twin.packVolts() <= twin.model.battery.criticalVolts ? { shows: 'no-motion' } : {};
}

/** Why the pack comes first, in the words of what the lock does. */
export function packWhy(story: PackStory | undefined): string {
  switch (story?.shows) {
    case 'dark':
      return `A keypad that gives no light and no beep at all is first a battery question: ${DARK_PACK} (S25).`;
    case 'no-motion':
      return 'A lock that beeps but will not move the bolt is first a battery question (S25).';
    case 'low-warning':
      return 'The lock gave its low-battery warning: the pack is too weak to move the bolt (S25).';
    default:
      return 'A weak pack masquerades as a failed lock: it comes first — it costs nothing and erases nothing (S25).';
  }
}
