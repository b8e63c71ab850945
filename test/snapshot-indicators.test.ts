// A snapshot's light and beeper are timed as their alarms are (src/twin/snapshot-indicators.ts):
// a real snapshot with both on, and one with both off, are accepted; an end without its alarm, an
// alarm without its end, or the two at different times, edited in, is refused naming the field.
import { describe, expect, it } from 'vitest';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, verdict } from './snapshot-verdict.ts';

/** A 913 answering a wrong code: its light and beeper on. */
function signalling(): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 2, trace: false, doorOpen: true, codes: { 1: '1357' }, mastercode: 'none' });
  t.apply({ do: 'wait', ms: 10_000 });
  t.apply({ do: 'type', digits: '2468' });
  return t.snapshot();
}

const on = signalling();

describe('the light and the beeper end as their alarms run', () => {
  it('accepts a real snapshot with both on, and one with both off', () => {
    expect(on.indicators.ledUntil).toBe(on.sim.alarms.led![0]);
    expect(on.indicators.beepUntil).toBe(on.sim.alarms.beeper![0]);
    expect(verdict(on)).toBe('accepted');
    const fresh = Twin.create('smartcode-913', { seed: 2, trace: false, doorOpen: true });
    fresh.apply({ do: 'wait', ms: 10_000 });
    const quiet = fresh.snapshot();
    expect([quiet.indicators.ledUntil, quiet.indicators.beepUntil]).toEqual([-1, -1]);
    expect(verdict(quiet)).toBe('accepted');
  });

  it('refuses an end with no alarm to run it', () => {
    expect(verdict(edited(on, (s) => delete s.sim.alarms.led))).toBe(
      `indicators.ledUntil: ${on.indicators.ledUntil} ms, but no alarm is set to end the light then (sim.alarms.led): the light and its alarm are set together`,
    );
    expect(verdict(edited(on, (s) => delete s.sim.alarms.beeper))).toBe(
      `indicators.beepUntil: ${on.indicators.beepUntil} ms, but no alarm is set to end the beeper then (sim.alarms.beeper): the beeper and its alarm are set together`,
    );
  });

  it('refuses an alarm with the part off', () => {
    expect(verdict(edited(on, (s) => (s.indicators.ledUntil = -1)))).toBe(`sim.alarms.led: due at ${on.sim.alarms.led![0]} ms, but the light is off (indicators.ledUntil -1): the alarm is set only to end the light`);
  });

  it('refuses an end other than the time its alarm is due', () => {
    const at = on.indicators.beepUntil + 1_000;
    expect(verdict(edited(on, (s) => (s.indicators.beepUntil = at)))).toBe(`indicators.beepUntil: ${at} ms, but the beeper's alarm (sim.alarms.beeper) is due at ${on.sim.alarms.beeper![0]} ms: it is set for the very end`);
  });
});
