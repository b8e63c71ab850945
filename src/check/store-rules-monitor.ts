// S4 and S11 judged at every step (seed S4: "up to 30 unique user codes; a 31st is refused, and so
// is a duplicate"; S11: "user codes can be deleted … without a reset; the other codes stay"): the
// store the firmware holds keeps the model's store rules (firmware/store-rules.ts storeProblems:
// codes of the model's lengths, unique as its keypad tells them apart, in slots 1 to its capacity,
// none typed as the programming code, a one-time mark only on a code), and a code added or deleted
// changes its own slot alone — all-codes-deleted, the one documented group (product-facts S9, S14,
// M5), every slot. Judged only when the step changed the store's codes, so it costs next to nothing.

import type { ModelProfile } from '../models/profile.ts';
import type { StoreView } from '../twin/twin.ts';
import { storeProblems, type GivenStore } from '../firmware/store-rules.ts';
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

/** The S4/S11 violation of a step from `before` to `after` (the firmware's store, RAM while
 * powered), with the code changes it reported; null when there is none. */
export function storeRulesViolation(model: ModelProfile, before: StoreView, after: StoreView, changes: readonly CodeChange[]): Violation | null {
  if (!after.trusted || (sameCodes(before.codes, after.codes) && before.adminCode === after.adminCode && before.oneTimeSlot === after.oneTimeSlot && before.usersDisabled === after.usersDisabled)) return null;
  const [problem] = storeProblems(model, given(after));
  if (problem) {
    // A code beyond the capacity: the count the store held; otherwise the slot at fault as it was.
    const expect = problem.slotNumber ? `codes: ${filled(before)}` : problem.slot !== undefined ? codesExpect(before, [problem.slot]) : '';
    return { property: 'S4/S11', message: `the store breaks the model's rules: ${problem.message}`, expect };
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
