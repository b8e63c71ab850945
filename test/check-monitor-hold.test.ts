// The S8/S9 monitor's judgement of a hold (src/check/monitors.ts): a finger lifted before the hold
// time may still count as a full hold only while the firmware cannot yet have seen the release
// (bounce window + debounce, releaseUnseenMs); a reset decided while the key is still down is
// judged to the millisecond; on the SmartCode gesture, only a hold under way at power-up counts.
// Seed S8, S9.
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { holdMustSpanPowerUp, initialMonitor, observe, releaseUnseenMs, RESET_DECIDED_MODE, type TransitionView } from '../src/check/monitors.ts';
import { gestureKey } from '../src/check/scope.ts';
import type { KeyEdge } from '../src/check/actions.ts';
import type { StoreView } from '../src/twin/twin.ts';
import { BOUNCE_WINDOW_MS, keyBit } from '../src/hardware/buttons.ts';

const model = findModel('powerbolt-264')!;
const HOLD_MS = model.timing.resetHoldMs;
const KEY = gestureKey(model);
const store: StoreView = { trusted: true, adminCode: '86420', codes: ['2468'], handed: 'right', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };

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
    durableBefore: store,
    durableAfter: store,
    after: store,
  };
  return observe({ model, props: new Set(['S8/S9']), initial: store, initialInMemory: store }, initialMonitor(), view).map((v) => v.property);
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

/**
 * Where the hold began (S8: "press and hold Program; reinsert the pack while holding; keep holding
 * the full 30 s"): on a SmartCode (power-up gesture) only a hold under way as power comes up
 * counts; Program pressed on a powered lock counts for nothing, however long. The 955 resets on
 * Program held while powered [K4], so there the same hold is a full one.
 */
describe('S8/S9 monitor: on the SmartCode gesture the hold must be under way at power-up', () => {
  const smartcode = findModel('smartcode-913')!;
  const poweredGesture = findModel('smartcode-955')!;

  /** One transition: `pressedBeforePowerUp` holds Program as the pack goes in at t=0, otherwise
   * the lock is powered throughout and Program goes down at t=0; a reset is decided at `decidedAt`. */
  function judgeOn(m: typeof model, pressedBeforePowerUp: boolean, decidedAt: number): string[] {
    const key = gestureKey(m);
    const view: TransitionView = {
      t0: 0,
      now: decidedAt + 1,
      edges: pressedBeforePowerUp ? [] : [[0, key, true]],
      entries: [...(pressedBeforePowerUp ? [{ t: 0, ch: 'power' as const, v: 'on' }] : []), { t: decidedAt, ch: 'mode', v: RESET_DECIDED_MODE }],
      heldBefore: pressedBeforePowerUp ? keyBit(key) : 0,
      poweredBefore: !pressedBeforePowerUp,
      before: store,
      durableBefore: store,
      durableAfter: store,
      after: store,
    };
    return observe({ model: m, props: new Set(['S8/S9']), initial: store, initialInMemory: store }, initialMonitor(), view).map((v) => v.message);
  }

  it('tells the gestures apart: SmartCode yes, 955, Powerbolt 250 and the Reset-button models no', () => {
    expect(holdMustSpanPowerUp(smartcode)).toBe(true);
    expect(holdMustSpanPowerUp(findModel('smartcode-275')!)).toBe(true);
    expect(holdMustSpanPowerUp(poweredGesture)).toBe(false);
    expect(holdMustSpanPowerUp(findModel('powerbolt-250')!)).toBe(false);
    expect(holdMustSpanPowerUp(model)).toBe(false);
  });

  it('Program held as the pack goes in, for the full hold time: a reset is allowed', () => {
    const holdMs = smartcode.timing.resetHoldMs;
    expect(judgeOn(smartcode, true, holdMs)).toEqual([]);
    expect(judgeOn(smartcode, true, holdMs - 1)).toHaveLength(1);
  });

  it('Program pressed on a powered SmartCode and held longer than the hold time: a reset is a violation that says why', () => {
    const messages = judgeOn(smartcode, false, smartcode.timing.resetHoldMs + 5_000);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/without program held from a power-up/);
  });

  it('the same powered hold on the 955 is its reset gesture: allowed', () => {
    expect(judgeOn(poweredGesture, false, poweredGesture.timing.resetHoldMs)).toEqual([]);
  });
});
