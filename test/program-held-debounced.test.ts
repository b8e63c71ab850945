// The firmware takes Program as held from its key as read, its contact debounced (seed S14), also
// at the normal start that follows a reset hold refused: the Powerbolt 250's reset wants the bolt
// retracted (product-facts M9), and a hold refused for a thrown bolt returns to normal operation
// (firmware.ts continueBoot). Program let go in the hold's last milliseconds is still settling
// then; pressed again before it settles, it never changes its read level, so a start that took the
// contact's level would take Program as up for as long as it is then held.
import { expect, it } from 'vitest';
import { keyBit } from '../src/hardware/buttons.ts';
import { Twin } from '../src/twin/twin.ts';

const PROGRAM = keyBit('program');
/** Program let go this long before its hold would end: less than the debounce time. */
const LET_GO_BEFORE_MS = 10;
/** Then pressed again this long after the hold's end: before the release settles. */
const PRESSED_AGAIN_AFTER_MS = 2;
const SETTLED_MS = 100;

it('powerbolt-250: Program let go and pressed again around a reset hold refused for the bolt is still taken as held', () => {
  const t = Twin.create('powerbolt-250', { seed: 6, trace: true, doorOpen: true });
  t.apply({ do: 'wait', ms: 10_000 });
  t.apply({ do: 'thumbturn', dir: 'lock' });
  t.apply({ do: 'wait', ms: 5_000 });
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'wait', ms: SETTLED_MS });
  const holdEnds = t.snapshot().firmware.tHold;
  expect(holdEnds).toBeGreaterThan(0);
  t.apply({ do: 'wait', ms: holdEnds - LET_GO_BEFORE_MS - t.snapshot().sim.now });
  t.apply({ do: 'release', key: 'program', pauseMs: 0 });
  t.apply({ do: 'wait', ms: LET_GO_BEFORE_MS + PRESSED_AGAIN_AFTER_MS });
  const refused = t.snapshot().firmware;
  expect(t.trace.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'reset-failed')).toBe(true);
  expect(refused.mode).toBe('idle');
  expect(refused.debounceKey).toBe('program');
  expect(refused.keyMask & PROGRAM).not.toBe(0);
  expect(refused.programHeld, 'Program still read as down as the lock starts again').toBe(true);

  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'wait', ms: SETTLED_MS });
  const held = t.snapshot().firmware;
  expect(held.debounceKey).toBe('');
  expect(held.keyMask & PROGRAM).not.toBe(0);
  expect(held.programHeld, 'Program held, and read as down').toBe(true);
});
