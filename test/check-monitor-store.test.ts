// What the S1 and S2/S3 monitors count as a change to the store (src/check/monitors.ts sameStore):
// the codes and the admin code, and also whether the user codes are enabled (the disable item;
// product-facts M9, K6) and which slot holds a one-time code (K5, K6) — disabling every code or
// marking one to be deleted once it opens changes what the lock lets in, though no code is added,
// deleted or altered; so does the Powerbolt 250's auto-lock setting (M9), the menu's, behind the
// same gate. Seed S1, S2, S3. And the power-cut property's check of a power-up: the
// store the firmware loads is the one its memory holds (seed S5).
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { initialMonitor, observe, storeExpect, type TransitionView } from '../src/check/monitors.ts';
import type { PropertyId } from '../src/check/properties.ts';
import type { StoreView } from '../src/twin/twin.ts';
import { autoLockSetting } from '../src/firmware/store-codec.ts';

const model = findModel('smartcode-955')!;
const installed: StoreView = { trusted: true, adminCode: '', codes: ['0101', '', ''], handed: 'right', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };

/** One quiet transition from the installed store to `after`: the properties that fail. */
function judge(prop: PropertyId, after: StoreView): string[] {
  const view: TransitionView = { t0: 0, now: 1, edges: [], entries: [], heldBefore: 0, poweredBefore: true, before: installed, after, durableBefore: installed, durableAfter: after };
  return observe({ model, props: new Set([prop]), initial: installed, initialInMemory: installed }, initialMonitor(), view).map((v) => v.property);
}

describe('S1 and S2/S3: a change to the store', () => {
  for (const prop of ['S1', 'S2/S3'] as const) {
    it(`${prop}: the same store is no change`, () => {
      expect(judge(prop, { ...installed, codes: [...installed.codes] })).toEqual([]);
    });

    it(`${prop}: every user code disabled is a change, with no code touched`, () => {
      expect(judge(prop, { ...installed, usersDisabled: true })).toEqual([prop]);
    });

    it(`${prop}: a code marked for a single use is a change, with no code touched`, () => {
      expect(judge(prop, { ...installed, oneTimeSlot: 0 })).toEqual([prop]);
    });

    it(`${prop}: auto-lock turned on, or its delay chosen, is a change, with no code touched`, () => {
      expect(judge(prop, { ...installed, autoLock: autoLockSetting(true, 0) })).toEqual([prop]);
      expect(judge(prop, { ...installed, autoLock: autoLockSetting(false, 2) })).toEqual([prop]);
    });
  }

  for (const prop of ['S1', 'S2/S3'] as const) {
    it(`${prop}: a change written to memory while the RAM keeps the old store is a change`, () => {
      const wiped: StoreView = { ...installed, codes: ['', '', ''] };
      const view: TransitionView = { t0: 0, now: 1, edges: [], entries: [], heldBefore: 0, poweredBefore: true, before: installed, after: installed, durableBefore: installed, durableAfter: wiped };
      const found = observe({ model, props: new Set([prop]), initial: installed, initialInMemory: installed }, initialMonitor(), view);
      expect(found.map((v) => v.property)).toEqual([prop]);
      expect(found[0].inMemoryOnly).toBe(true);
      expect(found[0].message).toMatch(/in memory .*shows at the next battery change/);
      expect(found[0].expect).toMatch(/codes: \{ 1: "0101" \}/);
    });
  }

  it("the counterexample's closing expectation names the flag that changed, in scenario words", () => {
    expect(storeExpect(model, installed, { ...installed, usersDisabled: true }, false)).toMatch(/userCodes: enabled/);
    expect(storeExpect(model, installed, { ...installed, oneTimeSlot: 1 }, false)).toMatch(/oneTimeCode: none/);
    expect(storeExpect(model, { ...installed, oneTimeSlot: 1 }, installed, false)).toMatch(/oneTimeCode: 2/);
    expect(storeExpect(model, installed, installed, false)).not.toMatch(/userCodes|oneTimeCode|autoLock/);
  });

  it("names the auto-lock setting that changed, its delay as a duration (Powerbolt 250, M9)", () => {
    const pb250 = findModel('powerbolt-250')!;
    const threeMinutesOn = { ...installed, autoLock: autoLockSetting(true, 2) };
    expect(storeExpect(pb250, threeMinutesOn, installed, false)).toMatch(/autoLock: on, autoLockDelay: 3min$/);
    expect(storeExpect(pb250, installed, threeMinutesOn, false)).toMatch(/autoLock: off, autoLockDelay: 30s$/);
    expect(storeExpect(pb250, threeMinutesOn, { ...threeMinutesOn, autoLock: autoLockSetting(false, 2) }, false)).toMatch(/autoLock: on$/);
  });
});

describe('power cut: a power-up loads the store the memory holds', () => {
  const unpowered = installed; // what the EEPROM holds, read with the lock off
  const blank: StoreView = { trusted: false, adminCode: '', codes: ['', '', ''], handed: 'none', usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };
  /** The pack goes in during the transition (a `power: on` entry): the properties that fail. */
  function powerUp(before: StoreView, after: StoreView, poweredBefore = false): string[] {
    const entries = [{ t: 0, ch: 'power' as const, v: 'on' }];
    const view: TransitionView = { t0: 0, now: 1, edges: [], entries, heldBefore: 0, poweredBefore, before, after, durableBefore: before, durableAfter: before };
    return observe({ model, props: new Set(['power-cut']), initial: installed, initialInMemory: installed }, initialMonitor(), view).map((v) => v.message);
  }

  it('the store loaded as the memory holds it passes', () => {
    expect(powerUp(unpowered, { ...installed, codes: [...installed.codes] })).toEqual([]);
  });

  it('codes dropped, a flag lost or the handing forgotten at the power-up fail', () => {
    expect(powerUp(unpowered, { ...installed, codes: ['', '', ''] })).toEqual(['a power-up left the firmware holding mastercode none, codes []; its memory holds mastercode none, codes [0101]']);
    expect(powerUp({ ...unpowered, usersDisabled: true }, installed)).toHaveLength(1);
    expect(powerUp(unpowered, { ...installed, handed: 'none' })).toHaveLength(1);
  });

  it('a memory with no good store (blank or torn) is not judged here, nor a step that began powered', () => {
    expect(powerUp(blank, installed)).toEqual([]);
    expect(powerUp(unpowered, { ...installed, codes: ['', '', ''] }, true)).toEqual([]);
  });
});
