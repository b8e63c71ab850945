// The lockout monitor's bound (src/check/monitors.ts, src/check/lockout-span.ts): at most the
// model's wrong attempts within any span of the window, or of the lockout where that is shorter —
// on the Powerbolt 2 (5 wrong in 60 s → 45 s, product-facts M10) five per 45 s, which a sixth wrong
// code right after the lockout keeps to; a sixth inside 45 s breaks it. Product-facts M4, M10.
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { initialMonitor, observe, type MonitorState, type TransitionView } from '../src/check/monitors.ts';
import { lockoutSpanMs } from '../src/check/lockout-span.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { StoreView } from '../src/twin/twin.ts';

const store: StoreView = { trusted: true, adminCode: '86420', codes: ['2468'], handed: 'right', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };

/** Wrong codes judged at the given times, one transition each: the monitor's verdicts, in order. */
function judge(model: ModelProfile, times: number[]): string[] {
  const m: MonitorState = initialMonitor();
  const out: string[] = [];
  for (const t of times) {
    const view: TransitionView = { t0: t, now: t + 1, edges: [], entries: [{ t, ch: 'event', v: { type: 'wrong-code', source: 'keypad' } }], heldBefore: 0, poweredBefore: true, before: store, after: store, durableBefore: store, durableAfter: store };
    out.push(...observe({ model, props: new Set(['lockout']), initial: store, initialInMemory: store }, m, view).map((v) => `${v.property}@${t}`));
  }
  return out;
}

describe('lockout monitor: how many wrong codes within which span', () => {
  const pb2 = findModel('powerbolt-2')!;
  const sc913 = findModel('smartcode-913')!;
  const burst = [0, 1_000, 2_000, 3_000, 4_000];

  it('is the window where the lockout lasts as long (913: 3 per 60 s), the lockout where shorter (Powerbolt 2: 5 per 45 s)', () => {
    expect(lockoutSpanMs(sc913)).toBe(60_000);
    expect(lockoutSpanMs(pb2)).toBe(45_000);
  });

  it('Powerbolt 2: a sixth wrong code once the 45 s lockout has run out is within the bound', () => {
    expect(judge(pb2, [...burst, 4_000 + 45_000])).toEqual([]);
    expect(judge(pb2, [...burst, 45_000])).toEqual([]);
  });

  it('Powerbolt 2: a sixth wrong code inside 45 s of the first is a violation', () => {
    expect(judge(pb2, [...burst, 44_999])).toEqual(['lockout@44999']);
  });

  it('913: a fourth wrong code inside the minute is a violation, one at the minute is not', () => {
    expect(judge(sc913, [0, 1_000, 2_000, 59_999])).toEqual(['lockout@59999']);
    expect(judge(sc913, [0, 1_000, 2_000, 60_000])).toEqual([]);
  });
});

describe('lockout monitor: nothing typed opens the lock during a lockout', () => {
  const sc913 = findModel('smartcode-913')!;

  /** Wrong codes at `wrongAt`, then the motor starting to withdraw the bolt at `openAt`: the verdicts. */
  function openAfter(wrongAt: number[], openAt: number, handingDue = false): string[] {
    const m = initialMonitor();
    judgeInto(sc913, m, wrongAt);
    m.handingDue = handingDue;
    const view: TransitionView = { t0: openAt, now: openAt + 1, edges: [], entries: [{ t: openAt, ch: 'bolt', v: { motor: 'ccw', bolt: 'withdrawing' } }], heldBefore: 0, poweredBefore: true, before: store, after: store, durableBefore: store, durableAfter: store };
    return observe({ model: sc913, props: new Set(['lockout']), initial: store, initialInMemory: store }, m, view).map((v) => v.message);
  }

  it('913: the motor opening the lock inside the minute after three wrong codes is a violation', () => {
    expect(openAfter([0, 1_000, 2_000], 30_000)).toEqual([expect.stringMatching(/motor began to open the lock during a lockout, 28000 ms after wrong entry number 3/)]);
  });

  it('913: after two wrong codes, once the span has passed, or in a handing run after a reset, it is no violation', () => {
    expect(openAfter([0, 1_000], 30_000)).toEqual([]);
    expect(openAfter([0, 1_000, 2_000], 62_000)).toEqual([]);
    expect(openAfter([0, 1_000, 2_000], 30_000, true)).toEqual([]);
  });
});

/** Wrong codes judged at the given times into the monitor `m`. */
function judgeInto(model: ModelProfile, m: MonitorState, times: number[]): void {
  for (const t of times) {
    const view: TransitionView = { t0: t, now: t + 1, edges: [], entries: [{ t, ch: 'event', v: { type: 'wrong-code', source: 'keypad' } }], heldBefore: 0, poweredBefore: true, before: store, after: store, durableBefore: store, durableAfter: store };
    observe({ model, props: new Set(['lockout']), initial: store, initialInMemory: store }, m, view);
  }
}
