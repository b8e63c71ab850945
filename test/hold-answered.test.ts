// The reset ring's line while the reset button is still held after the lock has answered the hold:
// on a Reset-button model (264, 92640-001, Powerbolt 2: 5 s, three long beeps, product-facts M11,
// S5; seed S14) an owner who holds on past the reset must read that the lock is reset and to let
// go — never to "hold Reset again", which would start another reset; on a Powerbolt 250 held with
// the bolt out (M9: the lock must be unlocked), that the lock refused it. A hold the lock has not
// answered yet is counted as before.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import type { LockTraceEntry } from '../src/twin/trace-entry.ts';
import { holdAnswer } from '../web/src/hold-answered.ts';
import { holdWords } from '../web/src/hold-words.ts';

/** The line beside the ring for `twin` with its reset gesture's button down for `heldMs`. */
function lineWhileHeld(twin: Twin, heldMs: number): string {
  return holdWords(twin.model, { armed: twin.mode === 'reset-armed', counted: twin.resetHoldCountedMs, down: true, boltRetracted: twin.bolt.state() === 'retracted', answered: holdAnswer(twin, heldMs) });
}

describe('Reset held on after the reset it made', () => {
  it.each(['powerbolt-92640-001', 'powerbolt-264', 'powerbolt-2'])('%s: the line says the lock is reset and to let go, not to hold Reset again', (id) => {
    const t = Twin.create(id, { seed: 1 });
    t.apply({ do: 'hold', key: 'reset' });
    const heldMs = t.model.timing.resetHoldMs + 2_000;
    t.apply({ do: 'wait', ms: heldMs });
    expect(t.trace.entries.some((e) => e.ch === 'event' && e.v.type === 'factory-reset')).toBe(true);
    expect(holdAnswer(t, heldMs)).toBe('reset');
    expect(lineWhileHeld(t, heldMs)).toBe(`Reset held the full ${t.model.timing.resetHoldMs / 1000} s: the lock is reset — let go of Reset`);
  });

  it('powerbolt-92640-001: read from the log the page drains the trace into, as well as from what is not drained yet', () => {
    const t = Twin.create('powerbolt-92640-001', { seed: 1 });
    const log: LockTraceEntry[] = [];
    /** As the page's session does: the twin's new entries moved into its own log. */
    const drain = () => log.push(...t.trace.entries.splice(0));
    t.apply({ do: 'hold', key: 'reset' });
    drain();
    t.apply({ do: 'wait', ms: 7_000 });
    drain();
    t.apply({ do: 'wait', ms: 100 });
    expect(t.trace.entries.some((e) => e.ch === 'event' && e.v.type === 'factory-reset')).toBe(false);
    expect(holdAnswer(t, 7_100, log)).toBe('reset');
  });

  it('powerbolt-92640-001: before the full hold, nothing is answered and the count runs', () => {
    const t = Twin.create('powerbolt-92640-001', { seed: 1 });
    t.apply({ do: 'hold', key: 'reset' });
    t.apply({ do: 'wait', ms: 2_000 });
    expect(holdAnswer(t, 2_000)).toBeNull();
    expect(lineWhileHeld(t, 2_000)).toBe('Reset held 2.0 s of 5 s');
  });

  it('powerbolt-92640-001: a reset made before this hold began is no answer to it', () => {
    const t = Twin.create('powerbolt-92640-001', { seed: 1 });
    t.apply({ do: 'hold', key: 'reset' });
    t.apply({ do: 'wait', ms: 7_000 });
    t.apply({ do: 'release', key: 'reset' });
    t.apply({ do: 'wait', ms: 3_000 });
    t.apply({ do: 'hold', key: 'reset' });
    t.apply({ do: 'wait', ms: 1_000 });
    expect(holdAnswer(t, 1_000)).toBeNull();
  });

  it('powerbolt-250: Program held 15 s with the bolt thrown is refused, and the line says so', () => {
    const t = Twin.create('powerbolt-250', { seed: 1 });
    t.apply({ do: 'thumbturn', dir: 'lock' });
    expect(t.bolt.state()).toBe('extended');
    t.apply({ do: 'hold', key: 'program' });
    const heldMs = t.model.timing.resetHoldMs + 1_000;
    t.apply({ do: 'wait', ms: heldMs });
    expect(holdAnswer(t, heldMs)).toBe('refused');
    expect(lineWhileHeld(t, heldMs)).toBe('Program held the full 15 s, and the lock refused the reset (What just happened says why) — let go of Program');
  });
});
