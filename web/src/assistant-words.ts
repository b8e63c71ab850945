// The words a lock owner reads on the Assistant's own buttons and headings, in the owner's terms:
// what the walk does for them (practise the factory reset, seed S8, and the fresh start after it,
// S15–S23), and what to do about a symptom (the symptom table's answer, S7) — never the
// project's own names for them ("the seed story", "the seed's answer"), which mean nothing at a
// door. Where each fact comes from stays in the step's Source line.
import type { Symptom } from '../../src/troubleshoot/symptoms.ts';

/** The button that starts the story walk. */
export const STORY_BUTTON = 'Practise a factory reset, start to finish';
/** Its accessible name: what the walk takes you through. */
export const STORY_BUTTON_LABEL = `${STORY_BUTTON}: an inherited lock whose Mastercode is lost, the reset, door handing, a new Mastercode and code, tested with the door open`;
/** The walk's heading. */
export const STORY_TITLE = 'An inherited lock, a lost Mastercode: the factory reset and a fresh start';
/** Said when the story walk is done. */
export const STORY_DONE = 'The lock was reset, learned its door handing, and took a new code that opened it with the door open — in that order (S23).';

/** A symptom as the owner put it, and what to do about it (S7). */
export function symptomAnswer(row: Pick<Symptom, 'says' | 'seedAnswer'>): string {
  return `${row.says}. What to do: ${row.seedAnswer}.`;
}
