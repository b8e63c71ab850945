// Whether a snapshot's keypad lockout follows from the wrong codes it keeps — past their times
// and order (snapshot-clock.ts) — by the model's own count, window and lockout time (seed S4,
// product-facts M4: three wrong codes within a minute lock the keypad for 60 s; the model's
// `lockout`). The firmware (firmware/entry.ts wrongCode) keeps the model's count of recent wrong
// codes, oldest first, and arms the lockout on the one that finds them all within the window of
// it, to end the lockout time after it; while the lockout runs the keypad takes no entry, so no
// wrong code joins them, and only the lockout's end (lockoutOver) or power-down (which forgets
// them too) disarms it. So a lockout is armed exactly while the wrong codes kept fill the window
// and the end they give is still to come (at that very instant it may have run, or not yet). A
// lockout with fewer wrong codes behind it, ending at another time, or missing while they say it
// runs, restored, would lock a keypad out as no lock of the model does, or leave it open to
// guesses the lock would refuse.

import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

const FIELD = 'firmware.tLockoutEnd';

/** Why the lockout (firmware.tLockoutEnd) is none the wrong codes kept give, or null. */
export function lockoutProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const { wrongAttempts, windowMs, durationMs } = p.lockout;
  const times = snap.firmware.wrongTimes; // the model's count of them (snapshot-check.ts)
  const at = snap.firmware.tLockoutEnd;
  const lastAt = times.length - 1;
  const last = times[lastAt]!;
  const first = times[0]!;
  const lastField = `firmware.wrongTimes[${lastAt}]`;
  const rule = `a ${p.id} locks its keypad out only once ${wrongAttempts} wrong codes come within ${windowMs} ms`;
  // Kept oldest first (snapshot-clock.ts): the window is full when the oldest is in it.
  const full = first >= 0 && last - first < windowMs;
  const end = last + durationMs;
  if (at >= 0) {
    if (first < 0) return { field: FIELD, message: `armed for ${at} ms, but firmware.wrongTimes[0] holds no wrong code: ${rule}` };
    if (!full) return { field: FIELD, message: `armed for ${at} ms, but firmware.wrongTimes[0] at ${first} ms is ${last - first} ms before the last (${lastField} at ${last} ms): ${rule}` };
    if (at !== end) return { field: FIELD, message: `${at} ms, not ${durationMs} ms after the last wrong code (${lastField} at ${last} ms): a ${p.id}'s lockout ends at ${end} ms` };
    return null;
  }
  if (full && end > snap.sim.now) {
    return {
      field: FIELD,
      message: `-1 (no lockout), but the ${times.length} wrong codes kept (firmware.wrongTimes[0] to ${lastField}) came within ${windowMs} ms, the last at ${last} ms: a ${p.id}'s keypad is locked out until ${end} ms`,
    };
  }
  return null;
}
