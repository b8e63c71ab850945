// The SmartCode 913's factory reset as a twin's actions (seed S8: the pack out, Program held as it
// goes back in, 30 s, let go, then pressed once more), for tests that stop a twin inside the reset's
// writes: test/snapshot-reset-erase.test.ts and test/snapshot-store-banks.test.ts.
import type { Twin } from '../src/twin/twin.ts';

/** Longer than the 913's 30 s reset hold (models/smartcode-913.ts), so the hold counts. */
const HOLD_PAST_RESET_MS = 30_500;
/** The confirming press's time down: a natural press. */
const CONFIRM_PRESS_MS = 120;

/** Applies the 913's reset up to and including the confirming press's release, which starts the
 * erase as it is let go (firmware/reset.ts). */
export function apply913Reset(t: Twin): void {
  t.apply({ do: 'battery-out' });
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'battery-in', volts: 6 });
  t.apply({ do: 'wait', ms: HOLD_PAST_RESET_MS });
  t.apply({ do: 'release', key: 'program' });
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'wait', ms: CONFIRM_PRESS_MS });
  t.apply({ do: 'release', key: 'program', pauseMs: 0 });
}
