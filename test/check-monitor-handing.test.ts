// What the S18 monitor counts as door handing completed (src/check/monitors.ts): the firmware's
// "handing learned" after the motor has stopped the bolt at both end stops since the reset —
// handing learns the bolt's direction by running it out and back (seed S15–S18; handing.ts). A
// report with no such run is no handing, so a code accepted after it still breaks S18 (the
// broken fixture test/fixtures/broken-firmware/handing-without-bolt-run.ts is caught this way).
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { BOTH_ENDS, initialMonitor, observe, watched, type MonitorState, type TransitionView } from '../src/check/monitors.ts';
import type { TraceEntry } from '../src/sim/trace.ts';
import type { StoreView } from '../src/twin/twin.ts';

const model = findModel('smartcode-913')!;
const blank: StoreView = { trusted: true, adminCode: '', codes: ['', '', ''], handed: 'none', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };
const learned: StoreView = { ...blank, handed: 'right' };
const withCode: StoreView = { ...learned, codes: ['0101', '', ''] };

const stopped = (t: number, state: string): TraceEntry => ({ t, ch: 'bolt', v: { stopped: state } });
const event = (t: number, type: string): TraceEntry => ({ t, ch: 'event', v: { type } });

/** A lock just reset, its handing due (as the after-reset explorations start). */
function due(): MonitorState {
  return { ...initialMonitor(), handingDue: true, bypassed: true };
}

function step(m: MonitorState, entries: TraceEntry[], before: StoreView, after: StoreView): string[] {
  const view: TransitionView = { t0: 0, now: 100, edges: [], entries, heldBefore: 0, poweredBefore: true, before, after, durableBefore: before, durableAfter: after };
  return observe({ model, props: new Set(['S18']), initial: blank, initialInMemory: blank }, m, view).map((v) => v.message);
}

describe('S18: handing is the bolt run to both ends, not the firmware saying so', () => {
  it('a report of handing learned after the bolt stopped at both ends clears the handing due; a code added after it is allowed', () => {
    const m = due();
    expect(step(m, [stopped(10, 'extended'), stopped(20, 'retracted'), event(21, 'handing-learned')], blank, learned)).toEqual([]);
    expect(m.handingDue).toBe(false);
    expect(step(m, [event(50, 'code-added')], learned, withCode)).toEqual([]);
  });

  it('a code written to memory while the RAM keeps the blank store breaks S18 too', () => {
    const view: TransitionView = { t0: 0, now: 100, edges: [], entries: [], heldBefore: 0, poweredBefore: true, before: blank, after: blank, durableBefore: blank, durableAfter: withCode };
    const found = observe({ model, props: new Set(['S18']), initial: blank, initialInMemory: blank }, due(), view);
    expect(found.map((v) => v.message)).toEqual([expect.stringMatching(/store in memory changed after a reset, before door handing completed/)]);
    expect(found[0].inMemoryOnly).toBe(true);
  });

  it('a report with no bolt run leaves it due, and the code added next breaks S18', () => {
    const m = due();
    expect(step(m, [event(21, 'handing-learned')], blank, learned)).toEqual([]);
    expect(m.handingDue).toBe(true);
    expect(step(m, [event(50, 'code-added')], learned, withCode)).toEqual([expect.stringMatching(/code-added accepted after a reset, before door handing completed/)]);
  });

  it('one end is not enough (a run stopped short: a jam, a hand on the bolt), nor are ends stopped at before the reset', () => {
    const m = due();
    step(m, [stopped(10, 'extended'), event(21, 'handing-learned')], blank, learned);
    expect(m.handingDue).toBe(true);
    expect(m.handingEnds).not.toBe(BOTH_ENDS);

    const before = initialMonitor(); // installed, handing learned long ago
    step(before, [stopped(5, 'extended'), stopped(6, 'retracted'), event(7, 'factory-reset'), event(21, 'handing-learned')], withCode, blank);
    expect(before.handingDue).toBe(true);
  });

  it('a bolt left between the ends (jammed, partial) is no end stop, and only end stops are watched', () => {
    expect(watched(stopped(1, 'extended'))).toBe(true);
    expect(watched(stopped(1, 'retracted'))).toBe(true);
    expect(watched(stopped(1, 'jammed'))).toBe(false);
    expect(watched(stopped(1, 'partial'))).toBe(false);
    expect(watched({ t: 1, ch: 'bolt', v: { motor: 'cw', bolt: 'throwing' } })).toBe(false);
  });
});
