// Every model's firmware reports a factory reset let go early as not registered (seed S9): the
// `reset-not-registered` event, why `released-early`, for each reset gesture — Program held as the
// pack goes in (the SmartCode line, K1; the 620's too, past the short release that is its door
// handing, M8), Program held while powered (Powerbolt 250 [M9], 955 [K4]) and the Reset button
// (264, 92640-001, Powerbolt 2 [M11]). A press of Program that opens the 250's menu is no reset
// attempt and says nothing of one; a hold held the full time is no early release.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { MODELS } from '../src/models/index.ts';
import { resetGestureKey } from '../src/models/reset-button.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { LockEvent } from '../src/firmware/io.ts';
import { RESET_ATTEMPT_MIN_MS } from '../src/firmware/early-release.ts';

/** The model's reset gesture, let go `heldMs` after it began counting; the events that followed.
 * `noAdminCode`: a model whose Program press opens the menu only without one (250, 955: K5). */
function letGo(m: ModelProfile, heldMs: number, noAdminCode = false): LockEvent[] {
  const twin = Twin.create(m.id, { ...(noAdminCode ? { mastercode: 'none' } : {}), codes: { 1: '1357' }, doorOpen: true, handed: 'right' });
  const key = resetGestureKey(m);
  if (m.reset.gesture === 'power-up-program-hold') twin.apply({ do: 'battery-out' });
  twin.apply({ do: 'hold', key });
  if (m.reset.gesture === 'power-up-program-hold') twin.apply({ do: 'battery-in' });
  const from = twin.trace.length;
  twin.apply({ do: 'wait', ms: heldMs });
  twin.apply({ do: 'release', key });
  twin.apply({ do: 'wait', ms: 2_000 });
  return twin.trace.entries
    .slice(from)
    .filter((e) => e.ch === 'event')
    .map((e) => e.v as LockEvent);
}

/** A hold past the point every gesture counts as a reset attempt, a second short of its time. */
function earlyMs(m: ModelProfile): number {
  return m.timing.resetHoldMs - 1_000;
}

describe('a reset gesture let go early, on every model', () => {
  for (const m of MODELS) {
    it(`${m.id} (${m.reset.gesture}) reports reset-not-registered, why released-early`, () => {
      expect(earlyMs(m)).toBeGreaterThanOrEqual(m.reset.gesture === 'reset-button' ? 0 : RESET_ATTEMPT_MIN_MS);
      const events = letGo(m, earlyMs(m));
      const told = events.filter((e) => e.type === 'reset-not-registered');
      expect(told).toHaveLength(1);
      expect(told[0].why).toBe('released-early');
      expect(told[0].reason).toBe(`${resetGestureKey(m) === 'reset' ? 'Reset' : 'Program'} released early`);
      expect(events.some((e) => e.type === 'reset-armed' || e.type === 'factory-reset')).toBe(false);
    });
  }

  it('a Powerbolt 250 press of Program that opens its menu tells no reset attempt', () => {
    const events = letGo(MODELS.find((m) => m.id === 'powerbolt-250')!, 300, true);
    expect(events.map((e) => e.type)).toContain('programming-opened');
    expect(events.some((e) => e.type === 'reset-not-registered')).toBe(false);
  });

  it("the Home Connect 620's short release that arms door handing tells no reset attempt (M8)", () => {
    const events = letGo(MODELS.find((m) => m.id === 'homeconnect-620')!, 1_000);
    expect(events.some((e) => e.type === 'reset-not-registered')).toBe(false);
  });

  it('a hold held the full time is no early release (a 250, a 264)', () => {
    for (const id of ['powerbolt-250', 'powerbolt-264']) {
      const m = MODELS.find((x) => x.id === id)!;
      const events = letGo(m, m.timing.resetHoldMs + 500);
      expect(events.some((e) => e.type === 'reset-not-registered'), id).toBe(false);
    }
  });
});
