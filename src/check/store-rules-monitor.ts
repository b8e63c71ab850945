// S4 and S11 judged at every step (seed S4: "up to 30 unique user codes; a 31st is refused, and so
// is a duplicate"; S11: "user codes can be deleted … without a reset; the other codes stay"): the
// store the firmware holds keeps the model's store rules (firmware/store-rules.ts storeProblems:
// codes of the model's lengths, unique as its keypad tells them apart, in slots 1 to its capacity,
// none typed as the programming code, a one-time mark only on a code), and a code added or deleted
// changes its own slot alone — all-codes-deleted, the one documented group (product-facts S9, S14,
// M5), every slot. Judged only when the step changed the store's codes, so it costs next to nothing.

import type { ModelProfile } from '../models/profile.ts';
import type { StoreView } from '../twin/twin.ts';
import { storeProblems, type GivenStore, type StoreProblem } from '../firmware/store-rules.ts';
import { oneTimeCodeWord, userCodesWord } from '../twin/store-words.ts';
import { codesExpect, type Violation } from './monitors.ts';

/** A change of codes the firmware reported in a step: its event and the slot it names (1-based). */
export interface CodeChange {
  type: string;
  slot: number;
}

/** The events that name the one slot they change. */
const ONE_SLOT_EVENTS: readonly string[] = ['code-added', 'one-time-code-added', 'code-deleted'];
const ALL_DELETED = 'all-codes-deleted';

function codesOf(s: StoreView): Record<number, string> {
  const out: Record<number, string> = {};
  s.codes.forEach((c, i) => {
    if (c !== '') out[i + 1] = c;
  });
  return out;
}

function given(s: StoreView): GivenStore {
  return {
    codes: codesOf(s),
    mastercode: s.adminCode === '' ? 'none' : s.adminCode,
    userCodes: s.usersDisabled ? 'disabled' : 'enabled',
    ...(s.oneTimeSlot >= 0 ? { oneTimeCode: s.oneTimeSlot + 1 } : {}),
  };
}

/** The same codes in the same slots (the lists are often one interned list: compared by identity first). */
function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function filled(s: StoreView): number {
  return s.codes.reduce((n, c) => n + (c === '' ? 0 : 1), 0);
}

/** The closing expectation of a counterexample: the field at fault as it was before the step — a
 * code past the capacity as the count of codes the store held, a code as its slot held it, the
 * admin code, whether codes are enabled, the one-time mark. */
function asBefore(before: StoreView, problem: StoreProblem): string {
  if (problem.slotNumber) return `codes: ${filled(before)}`;
  if (problem.slot !== undefined) return codesExpect(before, [problem.slot]);
  if (problem.field === 'mastercode') return `mastercode: ${before.adminCode === '' ? 'none' : `"${before.adminCode}"`}`;
  if (problem.field === 'oneTimeCode') return `oneTimeCode: ${oneTimeCodeWord(before)}`;
  return `userCodes: ${userCodesWord(before)}`;
}

/** The S4/S11 violation of a step from `before` to `after` (the firmware's store, RAM while
 * powered), with the code changes it reported; null when there is none. */
export function storeRulesViolation(model: ModelProfile, before: StoreView, after: StoreView, changes: readonly CodeChange[]): Violation | null {
  if (!after.trusted || (sameCodes(before.codes, after.codes) && before.adminCode === after.adminCode && before.oneTimeSlot === after.oneTimeSlot && before.usersDisabled === after.usersDisabled)) return null;
  const [problem] = storeProblems(model, given(after));
  if (problem) {
    return { property: 'S4/S11', message: `the store breaks the model's rules: ${problem.message}`, expect: asBefore(before, problem) };
  }
  if (changes.length !== 1 || !before.trusted) return null;
  const { type, slot } = changes[0];
  if (!ONE_SLOT_EVENTS.includes(type) && type !== ALL_DELETED) return null;
  const n = Math.max(before.codes.length, after.codes.length);
  const others: number[] = [];
  for (let i = 0; i < n; i++) {
    const was = before.codes[i] ?? '';
    const now = after.codes[i] ?? '';
    if (type === ALL_DELETED ? now !== '' : i !== slot - 1 && was !== now) others.push(i + 1);
  }
  if (others.length === 0) return null;
  const what = type === ALL_DELETED ? 'left' : `(slot ${slot}) also changed`;
  return {
    property: 'S4/S11',
    message: `${type} ${what} slot${others.length > 1 ? 's' : ''} ${others.join(', ')}`,
    expect: type === ALL_DELETED ? `codes: 0` : codesExpect(before, others),
  };
}
