// Whether a snapshot's key debounce is one the firmware leaves (seed S14: a key registers once
// its contact has been quiet for the debounce time). A contact's edge names the key settling, the
// time its bounce ended and the deadline the debounce time after it, all three at once
// (firmware.ts keyEdge); the key settling, or power-down, clears the key and the deadline
// together (settleKey, powerDown), and nothing else sets either. A contact's bounce ends at most
// the bounce window after its edge (hardware/buttons.ts bounceEnd). So a deadline is armed exactly
// while a key is settling, at its quiet time plus the model's debounce time, and that quiet time
// is never more than the bounce window after the clock. A deadline with no key, a key with none,
// or one at another time, restored, would settle a key no contact moved, never settle one that
// did, or read it at a moment no lock of the model does.

import { BOUNCE_WINDOW_MS } from '../hardware/buttons.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** Why the key settling, its quiet time and its deadline disagree, or null. */
export function debounceProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const { debounceKey: key, debounceQuietFrom: quietFrom, tDebounce: at } = snap.firmware;
  const now = snap.sim.now;
  const debounceMs = p.timing.debounceMs;
  if (key === '') {
    if (at < 0) return null;
    return { field: 'firmware.tDebounce', message: `armed for ${at} ms, but no key is settling (firmware.debounceKey ''): the deadline is set only as a contact's edge names its key` };
  }
  if (at < 0) return { field: 'firmware.debounceKey', message: `"${key}" settling, but no deadline to settle it (firmware.tDebounce -1): a contact's edge sets both` };
  if (quietFrom > now + BOUNCE_WINDOW_MS) {
    return { field: 'firmware.debounceQuietFrom', message: `${quietFrom} ms, more than ${BOUNCE_WINDOW_MS} ms after the clock (sim.now) at ${now} ms: a contact's bounce ends at most the bounce window after its edge` };
  }
  const due = quietFrom + debounceMs;
  if (at !== due) {
    return { field: 'firmware.tDebounce', message: `${at} ms, not ${debounceMs} ms after the contact went quiet (firmware.debounceQuietFrom at ${quietFrom} ms): a ${p.id} reads "${key}" at ${due} ms` };
  }
  return null;
}
