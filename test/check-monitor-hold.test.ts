// The S8/S9 monitor's judgement of a hold (src/check/monitors.ts): a finger lifted before the hold
// time may still count as a full hold only while the firmware cannot yet have seen the release
// (bounce window + debounce, releaseUnseenMs); a reset decided while the key is still down is
// judged to the millisecond. Seed S8, S9.
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { initialMonitor, observe, releaseUnseenMs, RESET_DECIDED_MODE, type TransitionView } from '../src/check/monitors.ts';
import { gestureKey } from '../src/check/scope.ts';
import type { KeyEdge } from '../src/check/actions.ts';
import type { StoreView } from '../src/twin/twin.ts';
import { BOUNCE_WINDOW_MS } from '../src/hardware/buttons.ts';

const model = findModel('powerbolt-264')!;
const HOLD_MS = model.timing.resetHoldMs;
const KEY = gestureKey(model);
const store: StoreView = { trusted: true, adminCode: '86420', codes: ['2468'], handed: 'right' };

/** One transition, powered throughout: the gesture key's edges, then a reset decided at `decidedAt`. */
function judge(edges: KeyEdge[], decidedAt: number): string[] {
  const view: TransitionView = {
    t0: 0,
    now: decidedAt + 1,
    edges,
    entries: [{ t: decidedAt, ch: 'mode', v: RESET_DECIDED_MODE }],
    heldBefore: 0,
    poweredBefore: true,
    before: store,
    after: store,
  };
  return observe({ model, props: new Set(['S8/S9']), initial: store }, initialMonitor(), view).map((v) => v.property);
}

describe('S8/S9 monitor: how short a hold may be', () => {
  const unseen = releaseUnseenMs(model);

  it('is the bounce window plus the debounce, a few tens of ms', () => {
    expect(unseen).toBe(model.timing.debounceMs + BOUNCE_WINDOW_MS);
    expect(unseen).toBeLessThan(HOLD_MS / 100);
  });

  it('a release the firmware could not yet have seen still counts as the full hold', () => {
    expect(judge([[0, KEY, true], [HOLD_MS - unseen, KEY, false]], HOLD_MS + 2)).toEqual([]);
    expect(judge([[0, KEY, true], [HOLD_MS, KEY, false]], HOLD_MS + 2)).toEqual([]);
  });

  it('a release one millisecond earlier than that is a short hold: a reset after it is a violation', () => {
    expect(judge([[0, KEY, true], [HOLD_MS - unseen - 1, KEY, false]], HOLD_MS + 2)).toEqual(['S8/S9']);
    expect(judge([[0, KEY, true], [HOLD_MS / 2, KEY, false]], HOLD_MS + 2)).toEqual(['S8/S9']);
  });

  it('a reset decided while the key is still down needs the whole hold time, with no allowance', () => {
    expect(judge([[0, KEY, true]], HOLD_MS)).toEqual([]);
    expect(judge([[0, KEY, true]], HOLD_MS - 1)).toEqual(['S8/S9']);
  });
});
