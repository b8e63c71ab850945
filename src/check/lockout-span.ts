// The span the lockout property bounds (issue "Prove it"; product-facts S4, M4, M10). The
// firmware locks the keypad for D ms once it has judged A wrong entries within a window of W ms.
// Any A + 1 wrong entries in a row then span at least min(W, D): either their first A fall within
// W, and the last one waits out the lockout that the A-th began (D or more after it), or their
// first A already span W. Where the lockout lasts as long as the window (3 wrong in 60 s → 60 s)
// that is the window; on the Powerbolt 2 (5 wrong in 60 s → 45 s, M10) a wrong entry right after
// the lockout is the sixth within the minute, and the bound is 5 per 45 s — found by the checker
// at depth 13 of the exterior exploration (`lockstep check`, README "What is proven").

import type { ModelProfile } from '../models/profile.ts';

/** No more than the model's wrongAttempts wrong entries are judged within any span this long. */
export function lockoutSpanMs(model: ModelProfile): number {
  return Math.min(model.lockout.windowMs, model.lockout.durationMs);
}
