// An action the lock as it stands rules out — a pack put in over one still in, a pack pulled that
// is out, a key pressed or held while it is held down, a key released that is not, the Reset
// button of a model without one — is refused by Twin.apply as an ActionError naming the action
// and why, in twin.actionRefusal's words, with nothing done and nothing traced (README "Use it
// from code"). It used to be done and traced: a second pack refreshed the charge of the first, a
// press of a held key released it. twin.applyAnyway does it as the hardware would.
import { describe, expect, it } from 'vitest';
import { ActionError, Twin, lockState, type Action } from '../src/index.ts';

/** `action` is refused on `twin` as it stands: the error, its words — the action, then
 * actionRefusal's why — and nothing changed. */
function refusedNow(twin: Twin, action: Action, message: RegExp): void {
  const before = JSON.stringify(twin.snapshot());
  const state = lockState(twin);
  const traced = twin.trace.length;
  expect(() => twin.apply(action)).toThrow(ActionError);
  expect(() => twin.apply(action)).toThrow(message);
  expect(() => twin.apply(action)).toThrow(` — ${twin.actionRefusal(action)}`);
  expect(JSON.stringify(twin.snapshot())).toBe(before);
  expect(lockState(twin)).toEqual(state);
  expect(twin.trace.length).toBe(traced);
}

describe('Twin.apply refuses what the lock as it stands rules out', () => {
  it('a pack put in over one still in, and one pulled that is out', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    twin.apply({ do: 'wait', ms: 1_000 });
    refusedNow(twin, { do: 'battery-in', volts: 6 }, /^action: insert the battery pack \(6 V\) — the battery pack is already in: pull it first$/);
    twin.apply({ do: 'battery-out' });
    refusedNow(twin, { do: 'battery-out' }, /^action: pull the battery pack — the battery pack is already out: put it in first$/);
  });

  it('Program pressed while the pack is out and Program is held down', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    twin.apply({ do: 'battery-out' });
    twin.apply({ do: 'hold', key: 'program' });
    refusedNow(twin, { do: 'press', key: 'program' }, /^action: press program — Program is already held down: release it first$/);
    refusedNow(twin, { do: 'hold', key: 'program' }, /^action: hold program down — Program is already held down/);
    refusedNow(twin, { do: 'hold-for', key: 'program', ms: 5_000 }, /^action: hold program for 5 s — Program is already held down/);
    expect(twin.buttons.isHeld('program')).toBe(true); // the press did not let it go
  });

  it('a key released that is not held, digits typed while one of them is held, a Reset button the model lacks', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    refusedNow(twin, { do: 'release', key: '5' }, /^action: release 5 — key 5 is not held down: hold it first$/);
    twin.apply({ do: 'hold', key: '3' });
    refusedNow(twin, { do: 'type', digits: '1234' }, /^action: type 1234 — key 3 is already held down: release it first$/);
    refusedNow(twin, { do: 'press', key: 'reset' }, /^action: press reset — the SmartCode 913 has no Reset button: its factory reset is a hold of Program$/);
  });

  it("the digits a SecureScreen shows, typed while one of them is held down", () => {
    const twin = Twin.create('smartcode-916', { codes: { 1: '2468' }, boltExtended: true, switches: { 4: true } });
    twin.apply({ do: 'press', key: '5' }); // a touch wakes the screen
    const shown = twin.screenDigits;
    expect(shown).not.toBe('');
    twin.apply({ do: 'hold', key: shown[0] as '0' });
    expect(twin.screenDigits).toBe(shown);
    refusedNow(twin, { do: 'type-shown' }, new RegExp(`^action: type the digits the screen shows — key ${shown[0]} is already held down: release it first$`));
  });

  it('a press on a lock with no pack is a press: it is done and traced, and the dark lock does nothing', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    twin.apply({ do: 'battery-out' });
    const traced = twin.trace.length;
    expect(twin.actionRefusal({ do: 'press', key: '1' })).toBeNull();
    twin.apply({ do: 'press', key: '1' });
    expect(twin.trace.length).toBe(traced + 1);
  });
});

describe('twin.applyAnyway: the raw hardware, for a caller that means it', () => {
  it('does what apply refuses, and traces it', () => {
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    const traced = twin.trace.length;
    twin.applyAnyway({ do: 'battery-in', volts: 6 });
    expect(twin.trace.length).toBe(traced + 1);
    twin.apply({ do: 'hold', key: 'program' });
    twin.applyAnyway({ do: 'press', key: 'program' }); // the contact is already closed: the press lets it go
    expect(twin.buttons.isHeld('program')).toBe(false);
  });

  it('still refuses an action of no shape, naming the field', () => {
    const twin = Twin.create('smartcode-913');
    expect(() => twin.applyAnyway({ do: 'press', key: 'Program' as 'program' })).toThrow(/^action\.key: "Program" is no key/);
    expect(twin.trace.length).toBe(Twin.create('smartcode-913').trace.length);
  });
});
