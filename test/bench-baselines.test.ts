// Keypad benchmark baselines: the XState and reducer implementations must agree with
// each other and with hand-computed outcomes of the shared keypad rules.
import { describe, expect, it } from 'vitest';
import { createReducerKeypadRunner, runReducerKeypad } from '../bench/baselines/reducer-keypad.ts';
import { measureInterleaved, measureIsolated } from '../bench/isolated-measure.ts';
import { measureHouseholdYearIsolated, planHouseholdYear } from '../bench/household-year.ts';
import { measureDefaultScopes, measureDefaultScopesOneThreadIsolated } from '../bench/check-default-scopes.ts';
import { explorationsOf } from '../src/check/explore.ts';
import { findModel } from '../src/models/index.ts';
import { KEYPAD_RUNNERS } from '../bench/keypad-runners.ts';
import { createKeysIgnoredTwin, createPressFloorRunner } from '../bench/press-floor.ts';
import { createKeypadTwin } from '../bench/twin-keypad.ts';
import { PRESS_MS, KEY_GAP_MS, PACK_ALARM } from '../src/twin/twin.ts';
import { createXStateKeypadRunner, runXStateKeypad } from '../bench/baselines/xstate-keypad.ts';
import { formatTable, measureOpsPerSecond } from '../bench/harness.ts';
import { makeKeypadWorkload, type KeypadCounters, type KeypadEvent } from '../bench/workload/keypad-workload.ts';

/** Digits typed 250 ms apart, the first at `start`. */
function typed(start: number, digits: string): KeypadEvent[] {
  return [...digits].map((key, i) => ({ t: start + i * 250, key }));
}

const baselines: Array<[string, (events: KeypadEvent[]) => KeypadCounters]> = [
  ['reducer', runReducerKeypad],
  ['xstate', runXStateKeypad],
];

describe('keypad workload', () => {
  it('is deterministic, exactly sized and time-ordered', () => {
    const a = makeKeypadWorkload(42, 5_000);
    expect(a).toEqual(makeKeypadWorkload(42, 5_000));
    expect(a).not.toEqual(makeKeypadWorkload(43, 5_000));
    expect(a).toHaveLength(5_000);
    for (let i = 0; i < a.length; i++) {
      expect(a[i]!.key).toMatch(/^(?:[0-9]|wait)$/);
      expect(Number.isInteger(a[i]!.t)).toBe(true);
      if (i > 0) expect(a[i]!.t).toBeGreaterThan(a[i - 1]!.t);
    }
  });

  it('exercises unlocks, wrong codes and lockouts', () => {
    const c = runReducerKeypad(makeKeypadWorkload(7, 10_000));
    expect(c.unlocks).toBeGreaterThan(100);
    expect(c.wrongCodes).toBeGreaterThan(100);
    expect(c.lockouts).toBeGreaterThan(10);
  });
});

describe('keypad baselines agree', () => {
  for (const seed of [1, 2, 3, 42, 1234, 0xdeadbeef]) {
    it(`seed ${seed}`, () => {
      const events = makeKeypadWorkload(seed, 20_000);
      expect(runXStateKeypad(events)).toEqual(runReducerKeypad(events));
    });
  }
});

describe.each(baselines)('%s baseline: hand-built scenarios', (_name, run) => {
  it('unlocks on the last digit of a correct code', () => {
    expect(run(typed(0, '1234'))).toEqual({ unlocks: 1, wrongCodes: 0, lockouts: 0 });
    expect(run(typed(0, '123'))).toEqual({ unlocks: 0, wrongCodes: 0, lockouts: 0 });
  });

  it('3 wrong codes within 30 s lock out for 60 s, then a correct code unlocks', () => {
    const events = [
      ...typed(0, '1234'), // unlock
      ...typed(10_000, '9999'), // wrong
      ...typed(20_000, '1243'), // wrong (prefix "12" matched until the 4th digit)
      ...typed(30_000, '0000'), // wrong -> lockout until 90_750
      ...typed(40_000, '1234'), // ignored
      { t: 60_000, key: 'wait' },
      ...typed(85_000, '5678'), // ignored
      { t: 95_000, key: 'wait' },
      ...typed(100_000, '2468'), // unlock
    ];
    expect(run(events)).toEqual({ unlocks: 2, wrongCodes: 3, lockouts: 1 });
  });

  it('a digit exactly at lockoutUntil is accepted', () => {
    const lockedAt = 30_750; // last digit of the third wrong code
    const events = [...typed(0, '9999'), ...typed(10_000, '9999'), ...typed(30_000, '9999'), ...typed(lockedAt + 60_000, '5678')];
    expect(run(events)).toEqual({ unlocks: 1, wrongCodes: 3, lockouts: 1 });
    const early = [...events.slice(0, 12), ...typed(lockedAt + 59_999, '5678')];
    expect(run(early)).toEqual({ unlocks: 0, wrongCodes: 3, lockouts: 1 });
  });

  it('wrong codes spread over more than 60 s do not lock out', () => {
    const spread = [...typed(0, '1111'), ...typed(40_000, '2222'), ...typed(80_000, '3333')];
    expect(run(spread)).toEqual({ unlocks: 0, wrongCodes: 3, lockouts: 0 });
    // A 4th wrong code makes 3 within 60 s (40_750, 80_750, 90_750).
    expect(run([...spread, ...typed(90_000, '4444')])).toEqual({ unlocks: 0, wrongCodes: 4, lockouts: 1 });
  });

  it('a pause over 5 s abandons the entry as a wrong code', () => {
    const events = [...typed(0, '12'), ...typed(250 + 5_001, '1234')];
    expect(run(events)).toEqual({ unlocks: 1, wrongCodes: 1, lockouts: 0 });
    const exactly5s = [...typed(0, '12'), ...typed(250 + 5_000, '34')];
    expect(run(exactly5s)).toEqual({ unlocks: 1, wrongCodes: 0, lockouts: 0 });
  });

  it('an abandoned entry can be the 3rd wrong code: lockout swallows the digit', () => {
    const events = [
      ...typed(0, '9999'),
      ...typed(5_000, '8888'),
      ...typed(10_000, '1'), // abandoned by the next digit...
      ...typed(20_000, '1234'), // ...at 20_000 -> lockout until 80_000; all ignored
      ...typed(80_000, '1234'), // unlock
    ];
    expect(run(events)).toEqual({ unlocks: 1, wrongCodes: 3, lockouts: 1 });
  });

  it('non-prefix digits are rejected only once 4 digits were entered', () => {
    expect(run(typed(0, '99'))).toEqual({ unlocks: 0, wrongCodes: 0, lockouts: 0 });
    expect(run(typed(0, '991234'))).toEqual({ unlocks: 0, wrongCodes: 1, lockouts: 0 }); // "9912" wrong, "34" pending
    expect(run(typed(0, '99121234'))).toEqual({ unlocks: 1, wrongCodes: 1, lockouts: 0 });
  });
});

describe('the press floor (bench/press-floor.ts)', () => {
  it('presses keys through the whole twin, whose firmware settles each one and answers none', () => {
    const standard = createKeypadTwin(3, true);
    const deaf = createKeysIgnoredTwin(3, true);
    const atPowerUp = deaf.trace.entries.length;
    for (const twin of [standard, deaf]) for (const key of '1234') twin.apply({ do: 'press', key: key as '1' });
    // The same keys, the same time: a stored code unlocks the standard twin ...
    expect(standard.trace.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'unlocked')).toBe(true);
    // ... and the deaf one, whose clock and contacts went the same way, shows nothing and moves nothing.
    expect(deaf.sim.now).toBe(standard.sim.now);
    expect(deaf.sim.now).toBe(4 * (PRESS_MS + KEY_GAP_MS));
    expect(deaf.trace.entries.slice(atPowerUp).filter((e) => e.ch !== 'input')).toEqual([]);
    expect(deaf.trace.entries.slice(atPowerUp)).toHaveLength(4);
    expect(deaf.firmware.s.buffer).toBe('');
    expect(deaf.firmware.s.tEntry).toBe(-1);
    // Every press was debounced and settled: the last key's settle left no timer armed, no key down.
    expect(deaf.firmware.s.debounceKey).toBe('');
    expect(deaf.firmware.s.keyMask).toBe(0);
    // Only the pack's watch stays set, years ahead (twin.ts PACK_ALARM).
    expect(deaf.sim.nextAlarm()?.name).toBe(PACK_ALARM);
  });

  it('its runner keeps going past the workload\'s last key, and refuses a workload without keys', () => {
    const events = makeKeypadWorkload(5, 200);
    expect(() => createPressFloorRunner(events)(1_000)).not.toThrow();
    expect(() => createPressFloorRunner([{ t: 1, key: 'wait' }])).toThrow('the workload has no key presses');
  });
});

describe('harness', () => {
  it('runner factories keep going across workload wrap-around', () => {
    const events = makeKeypadWorkload(5, 1_000);
    expect(() => createReducerKeypadRunner(events)(2_500)).not.toThrow();
    expect(() => createXStateKeypadRunner(events)(2_500)).not.toThrow();
  });

  it('measureIsolated times a runner in a worker of its own and returns its figures', async () => {
    const r = await measureIsolated('twin-trace-off', 9, 1_000, { minTimeMs: 5, warmupMs: 5, rounds: 3 });
    expect(r.label).toBe(KEYPAD_RUNNERS['twin-trace-off'].label);
    expect(r.rounds).toBe(3);
    expect(r.opsPerSec.min).toBeGreaterThan(0);
    expect(r.opsPerSec.min).toBeLessThanOrEqual(r.opsPerSec.max);
  });

  it('measureInterleaved measures every runner once per pass, interleaved, and takes the median of the passes', async () => {
    const order: string[] = [];
    const passes = 3;
    const m = await measureInterleaved(['reducer', 'kernel-floor'], 9, 1_000, { minTimeMs: 5, warmupMs: 5, rounds: 2 }, passes, (pass, runner) =>
      order.push(`${pass}:${runner}`),
    );
    expect(order).toEqual(['1:reducer', '1:kernel-floor', '2:reducer', '2:kernel-floor', '3:reducer', '3:kernel-floor']);
    for (const runner of ['reducer', 'kernel-floor'] as const) {
      const r = m.get(runner)!;
      expect(r.label).toBe(KEYPAD_RUNNERS[runner].label);
      expect(r.passMedians).toHaveLength(passes);
      expect(r.rounds).toBe(2 * passes);
      expect(r.opsPerSec.median).toBe([...r.passMedians].sort((a, b) => a - b)[1]);
      expect(r.opsPerSec.min).toBeLessThanOrEqual(Math.min(...r.passMedians));
      expect(r.opsPerSec.max).toBeGreaterThanOrEqual(Math.max(...r.passMedians));
    }
    await expect(measureInterleaved(['reducer'], 9, 1_000, {}, 0)).rejects.toThrow('passes must be a whole number >= 1, got 0');
  });

  it('the household year is timed in fresh isolates, every one living through the same year', async () => {
    const r = await measureHouseholdYearIsolated(2024, 1, 2);
    expect(r.isolateMedians).toHaveLength(2);
    expect(r.wallMs.runs).toBe(2);
    expect(r.wallMs.median).toBe((r.isolateMedians[0]! + r.isolateMedians[1]!) / 2);
    expect(r.deterministic).toBe(true);
    expect(r.plan.actions).toHaveLength(planHouseholdYear(2024).actions.length);
    expect(r.eventCounts['unlocked/keypad']).toBe(r.plan.keypadUnlocks);
    await expect(measureHouseholdYearIsolated(2024, 1, 0)).rejects.toThrow('isolates must be a whole number >= 1, got 0');
  });

  it('the one-thread default-scope run in a fresh isolate explores what the same run in this thread explores', async () => {
    const isolated = await measureDefaultScopesOneThreadIsolated(['smartcode-913']);
    const here = await measureDefaultScopes(['smartcode-913'], 1);
    expect(isolated.jobs).toBe(1);
    expect(isolated.explorations).toBe(explorationsOf(findModel('smartcode-913')!).length);
    expect(isolated.states).toBe(here.states);
    expect(isolated.transitions).toBe(here.transitions);
    await expect(measureDefaultScopesOneThreadIsolated(['no-such-lock'])).rejects.toThrow('unknown model no-such-lock');
  }, 60_000);

  it('measureIsolated fails with the runner named when the worker cannot measure', async () => {
    await expect(measureIsolated('reducer', 9, 1_000, { minTimeMs: -1 })).rejects.toThrow('measureOpsPerSecond(reducer baseline (switch, mutable)): invalid options');
  });

  it('measureOpsPerSecond reports ordered stats', () => {
    const events = makeKeypadWorkload(9, 1_000);
    const r = measureOpsPerSecond('reducer', () => createReducerKeypadRunner(events), {
      minTimeMs: 5,
      warmupMs: 5,
      rounds: 3,
    });
    expect(r.label).toBe('reducer');
    expect(r.rounds).toBe(3);
    expect(r.opsPerSec.min).toBeGreaterThan(0);
    expect(r.opsPerSec.min).toBeLessThanOrEqual(r.opsPerSec.median);
    expect(r.opsPerSec.median).toBeLessThanOrEqual(r.opsPerSec.max);
  });

  it('formatTable aligns columns', () => {
    const out = formatTable([
      { name: 'a', ops: 1234.5 },
      { name: 'longer', ops: 7 },
    ]);
    expect(out.split('\n')).toEqual(['name        ops', '------  -------', 'a       1,234.5', 'longer        7']);
  });
});
