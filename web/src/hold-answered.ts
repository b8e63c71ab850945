// Whether the lock has already answered the reset hold under way: the hold reached its full time
// and the lock reset (the 264 / 92640-001 / Powerbolt 2's Reset held 5 s: three long beeps,
// product-facts M11, S5; seed S14), is erasing its store, or refused the reset (the Powerbolt 250's
// 15 s hold with the bolt out, M9; a pack too weak, seed S10). A button held on past that answer
// counts nothing more (firmware/reset.ts), and the ring's line says to let go (hold-words.ts)
// rather than to hold it again, which would start another reset. Read from the twin's own events
// since the button went down, drained into the page's log or not yet; pure, no DOM.

import type { Twin } from '../../src/twin/twin.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';

export type HoldAnswer = 'resetting' | 'reset' | 'refused';

/** The lock's answer to a hold begun `heldMs` of virtual time ago, or null when it has given none
 * (or no button is down: `heldMs` below 0). Read from the twin's trace and from `drained`, the log
 * the page moves those entries into (session.ts): the newest first, either may hold the answer. */
export function holdAnswer(twin: Twin, heldMs: number, drained: readonly LockTraceEntry[] = []): HoldAnswer | null {
  if (heldMs < 0) return null;
  const since = twin.sim.now - heldMs;
  for (const entries of [twin.trace.entries, drained]) {
    for (let i = entries.length - 1; i >= 0 && entries[i].t >= since; i--) {
      const e = entries[i];
      if (e.ch !== 'event') continue;
      if (e.v.type === 'factory-reset') return 'reset';
      if (e.v.type === 'reset-failed') return 'refused';
    }
  }
  return twin.mode === 'resetting' ? 'resetting' : null;
}
