// A pack left to run down (seed S25): the twin's electronics draw their idle current whether the
// lock is used or not, and one alarm browns them out at the moment that draw alone runs the pack
// too low — with nobody at the door, exactly when the pack says, through snapshots too. The
// pack's volts as shown include the drain up to the moment they are read.
import { describe, expect, it } from 'vitest';
import { Twin, PACK_ALARM, PACK_LOOK_MS } from '../src/twin/twin.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { givenOfTwin } from '../src/scenario/given-of-twin.ts';
import { diagnoseTwin } from '../src/troubleshoot/conditions.ts';

const MODEL = 'smartcode-913';
const CODE = '1357';
const DAY_MS = 86_400_000;

function lock(battery: number): Twin {
  return Twin.create(MODEL, { seed: 3, codes: { 1: CODE }, mastercode: 'none', battery });
}

function powerEntries(twin: Twin): { t: number; v: unknown }[] {
  return twin.trace.entries.filter((e) => e.ch === 'power').map((e) => ({ t: e.t, v: e.v }));
}

describe('a pack left to run down', () => {
  it('browns the electronics out by itself at the moment its idle draw runs it too low', () => {
    const twin = lock(4.3);
    const runsOut = twin.battery.idleRunsOutAt();
    expect(runsOut).toBeGreaterThan(12 * DAY_MS);
    expect(runsOut).toBeLessThan(13 * DAY_MS);
    twin.apply({ do: 'wait', ms: runsOut - 1 });
    expect(twin.powered).toBe(true);
    twin.apply({ do: 'wait', ms: 1 });
    expect(twin.powered).toBe(false);
    expect(powerEntries(twin).slice(-2)).toEqual([
      { t: runsOut, v: 'brown-out' },
      { t: runsOut, v: 'off' },
    ]);
    // Dead: the right code gets nothing, and no reboot brings it back on the same pack.
    twin.apply({ do: 'type', digits: CODE });
    twin.apply({ do: 'wait', ms: DAY_MS });
    expect(twin.powered).toBe(false);
    expect(twin.trace.entries.filter((e) => e.t > runsOut && (e.ch === 'led' || e.ch === 'beep'))).toEqual([]);
    // A fresh pack: on again, the code kept.
    twin.apply({ do: 'battery-out' });
    twin.apply({ do: 'battery-in', volts: 6 });
    expect(twin.powered).toBe(true);
    expect(twin.store().codes[0]).toBe(CODE);
  });

  it('a load that drains the pack brings its watch nearer', () => {
    const twin = lock(4.3);
    const idleOnly = twin.battery.idleRunsOutAt();
    twin.apply({ do: 'type', digits: CODE }); // answered by the critical-battery signal: ten flashes, ten beeps
    twin.apply({ do: 'wait', ms: 5_000 });
    const runsOut = twin.battery.idleRunsOutAt();
    expect(runsOut).toBeLessThan(idleOnly - 60_000); // the signal's draw: minutes of idling
    twin.apply({ do: 'wait', ms: runsOut - 1 - twin.sim.now });
    expect(twin.powered).toBe(true);
    twin.apply({ do: 'wait', ms: 1 });
    expect(twin.powered).toBe(false);
    expect(powerEntries(twin).find((e) => e.v === 'brown-out')).toEqual({ t: runsOut, v: 'brown-out' });
  });

  it('looks at the pack at least every PACK_LOOK_MS, each look leaving the pack as it was', () => {
    const twin = lock(6);
    const charge = twin.battery.chargeMAs;
    twin.apply({ do: 'wait', ms: 3 * PACK_LOOK_MS });
    expect(twin.powered).toBe(true);
    expect(twin.battery.chargeMAs).toBe(charge); // looked at, not accounted: no rounding creeps in
    const due = twin.sim.alarmList.find((a) => a.name === PACK_ALARM)!.at;
    expect(due).toBeGreaterThan(twin.sim.now);
    expect(due).toBeLessThanOrEqual(twin.sim.now + PACK_LOOK_MS);
  });

  it('a fresh pack lasts about four years idle; the volts shown include the drain so far', () => {
    const twin = lock(6);
    const years = twin.battery.idleRunsOutAt() / (365.25 * DAY_MS);
    expect(years).toBeGreaterThan(4);
    expect(years).toBeLessThan(4.2);
    twin.apply({ do: 'wait', ms: 365 * DAY_MS });
    expect(twin.powered).toBe(true);
    expect(twin.packVolts()).toBeLessThan(5.9);
    expect(givenOfTwin(twin).given.battery).toBeCloseTo(twin.packVolts(), 2);
  });

  it('runs out at the same moment after a snapshot, and a snapshot from before the watch gets it', () => {
    const twin = lock(4.3);
    const runsOut = twin.battery.idleRunsOutAt();
    twin.apply({ do: 'wait', ms: 5 * DAY_MS });
    const snap = twin.snapshot();
    expect(snap.sim.alarms[PACK_ALARM]?.[0]).toBeLessThanOrEqual(runsOut);

    const restored = Twin.restore(checkSnapshot(JSON.parse(JSON.stringify(snap))));
    restored.apply({ do: 'wait', ms: 10 * DAY_MS });
    expect(powerEntries(restored)[0]).toEqual({ t: runsOut, v: 'brown-out' });

    const older = JSON.parse(JSON.stringify(snap));
    delete older.sim.alarms[PACK_ALARM];
    const fromOlder = Twin.restore(checkSnapshot(older));
    fromOlder.apply({ do: 'wait', ms: 10 * DAY_MS });
    expect(powerEntries(fromOlder)[0]).toEqual({ t: runsOut, v: 'brown-out' });
  });

  it('the doctor reads a pack run down while idle as flat, the lock dark and silent', () => {
    const twin = lock(4.3);
    expect(diagnoseTwin(twin).find((f) => f.id === 'battery-critical')?.says).toMatch(/beeps but will not move the bolt/);
    twin.apply({ do: 'wait', ms: 14 * DAY_MS });
    const flat = diagnoseTwin(twin).find((f) => f.id === 'battery-critical');
    expect(flat?.says).toMatch(/^The batteries are flat \(4\.1\d V\): too low even to run the lock's electronics, so it is dark and silent/);
    expect(flat?.fix).toBe('replace-batteries');
  });
});
