// The status LED's slow blink and switch 1 (product-facts K3: every 6 s on the 913, green
// unlocked, amber locked, red low battery; M16: every 5 s on the Weiser SmartCode 5 / 909, whose
// "low battery RED LED cannot be disabled"; the 910, which M16 does not describe, as K3 — the
// better-graded source, conflict 7), and the scenario word that checks it, `status`.
// The 913 darkening its red with the switch is assumed (K3 is silent); a 909 profile without the
// M16 fact is the broken fixture the check must catch.
import { describe, expect, it } from 'vitest';
import type { ModelProfile } from '../src/models/profile.ts';
import { Twin } from '../src/twin/twin.ts';
import { checkExpectation } from '../src/scenario/expect-check.ts';
import { describeExpectation } from '../src/scenario/describe-expectation.ts';
import { modelOf } from './model-of.ts';

const CODE = '1357';
const LOW_PACK_VOLTS = 4.7;
const FRESH_PACK_VOLTS = 6.0;
const BOLT_MS = 3_000;

/** A lock on the door, bolt back, with switch 1 as given and a pack of `volts` put in. */
function lockWith(m: ModelProfile, switch1: boolean, volts: number): Twin {
  const t = new Twin(m, { seed: 1, trace: true, codes: { 1: CODE }, door: 'right', handed: 'right', doorOpen: true, switches: { 1: switch1 } });
  t.apply({ do: 'battery-out' });
  t.apply({ do: 'battery-in', volts });
  return t;
}

function status(t: Twin): string {
  const c = t.indicators.status;
  return c === null ? 'off' : `${c} every ${t.indicators.statusEveryMs} ms`;
}

describe('the status blink (switch 1)', () => {
  it('comes every 6 s on the 913 and the 910 (K3) and every 5 s on the 909 (M16): green unlocked, amber locked', () => {
    for (const [id, every] of [['smartcode-913', 6_000], ['smartcode-909', 5_000], ['smartcode-910', 6_000]] as const) {
      const t = lockWith(modelOf(id), true, FRESH_PACK_VOLTS);
      expect(status(t), id).toBe(`green every ${every} ms`);
      t.apply({ do: 'press', key: 'lock' });
      t.apply({ do: 'wait', ms: BOLT_MS });
      expect(status(t), id).toBe(`amber every ${every} ms`);
      t.apply({ do: 'switch', n: 1, on: false });
      expect(status(t), id).toBe('off');
    }
  });

  it('on a low pack with switch 1 off: red on the 909 (M16), dark on the 913 and 910 (assumed: K3 is silent)', () => {
    expect(status(lockWith(modelOf('smartcode-909'), false, LOW_PACK_VOLTS))).toBe('red every 5000 ms');
    expect(status(lockWith(modelOf('smartcode-910'), false, LOW_PACK_VOLTS))).toBe('off'); // the 909's keypad, but K3's status LED
    expect(status(lockWith(modelOf('smartcode-910'), true, LOW_PACK_VOLTS))).toBe('red every 6000 ms');
    expect(status(lockWith(modelOf('smartcode-913'), false, LOW_PACK_VOLTS))).toBe('off');
    // On a fresh pack switch 1 off darkens both.
    expect(status(lockWith(modelOf('smartcode-909'), false, FRESH_PACK_VOLTS))).toBe('off');
  });

  it('only the 909 keeps its low-battery red with switch 1 off', () => {
    const keeping = ['smartcode-909'];
    for (const id of ['smartcode-913', 'smartcode-914', 'smartcode-916', 'smartcode-275', 'smartcode-955', 'smartcode-910', 'homeconnect-620', 'powerbolt-250', 'powerbolt-264', 'powerbolt-2', 'powerbolt-240', ...keeping]) {
      expect(modelOf(id).battery.lowBlinkIgnoresLedSwitch, id).toBe(keeping.includes(id));
    }
  });
});

describe('the scenario word `status`', () => {
  it('passes on the 909 and is caught on a 909 profile without M16 (deliberately broken fixture)', () => {
    const want = { status: { color: 'red' as const, every: '5s' } };
    expect(checkExpectation(lockWith(modelOf('smartcode-909'), false, LOW_PACK_VOLTS), want, [])).toEqual([]);
    const withoutM16: ModelProfile = { ...modelOf('smartcode-909'), battery: { ...modelOf('smartcode-909').battery, lowBlinkIgnoresLedSwitch: false } };
    expect(checkExpectation(lockWith(withoutM16, false, LOW_PACK_VOLTS), want, [])).toEqual([{ key: 'status', pos: undefined, expected: 'red every 5 s', observed: 'off' }]);
  });

  it('checks the colour alone, or the colour and how often', () => {
    const t = lockWith(modelOf('smartcode-913'), true, FRESH_PACK_VOLTS);
    expect(checkExpectation(t, { status: 'green' as const }, [])).toEqual([]);
    expect(checkExpectation(t, { status: { color: 'green' as const, every: '6s' } }, [])).toEqual([]);
    expect(checkExpectation(t, { status: { color: 'green' as const, every: '5000ms' } }, [])[0]).toMatchObject({ expected: 'green every 5 s', observed: 'green every 6 s' });
    expect(checkExpectation(t, { status: 'off' as const }, [])[0]).toMatchObject({ expected: 'off', observed: 'green every 6 s' });
  });

  it('reads in plain words', () => {
    expect(describeExpectation({ status: { color: 'red', every: '5s' } })).toBe('check: the status light blinks red every 5s');
    expect(describeExpectation({ status: 'amber' })).toBe('check: the status light blinks amber');
    expect(describeExpectation({ status: 'off' })).toBe('check: the status light is dark');
  });
});
