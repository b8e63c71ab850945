// The SmartCode 955's one-time code (menu item 7; product-facts K5, K6: "deleted immediately after
// used"): it opens the lock once and is gone; it is written with its mark, so a battery change
// keeps both; a new one replaces one not yet used (assumed); deleting it, a factory reset or a
// full store behave as for any code; the store's flags byte keeps the mark without changing the
// image of a store that has none; a snapshot holds it, and a snapshot that marks an empty slot is
// refused. The REPL's `state` says which slot opens once.
import { describe, expect, it } from 'vitest';
import { menu, events } from './menu-steps.ts';
import { Twin } from '../src/twin/twin.ts';
import { oneTimeSlotOf, storeFlags, FLAG_USERS_DISABLED } from '../src/firmware/store-codec.ts';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';
import { stateLines } from '../src/cli/repl/report.ts';
import { givenOfTwin } from '../src/scenario/given-of-twin.ts';
import { twinOptionsFromGiven } from '../src/scenario/build-twin.ts';
import type { Scenario } from '../src/scenario/types.ts';

const MENU_ONE_TIME = '7';
const MENU_DELETE = '2';
const MENU_DISABLE = '6';
/** Item 6's choice that disables every user code (1 enables them). */
const DISABLE_ALL = '0';

function lock955(codes: Record<number, string> = { 1: '1357' }): Twin {
  return Twin.create('smartcode-955', { doorOpen: true, handed: 'right', mastercode: 'none', codes });
}

function tryCode(t: Twin, code: string): boolean {
  const before = events(t, 'unlocked').length;
  t.apply({ do: 'type', digits: code });
  t.apply({ do: 'wait', ms: 2_000 });
  const opened = events(t, 'unlocked').length > before;
  t.apply({ do: 'press', key: 'lock' });
  t.apply({ do: 'wait', ms: 2_000 });
  return opened;
}

function batteryChange(t: Twin): void {
  t.apply({ do: 'battery-out' });
  t.apply({ do: 'wait', ms: 10_000 });
  t.apply({ do: 'battery-in' });
  t.apply({ do: 'wait', ms: 3_000 });
}

describe('955 one-time code (menu 7)', () => {
  it('opens the lock once, across a battery change, and is deleted as it opens', () => {
    const t = lock955();
    menu(t, MENU_ONE_TIME, '8642');
    expect(events(t, 'one-time-code-added')).toEqual([{ type: 'one-time-code-added', slot: 2, source: 'keypad' }]);
    expect(stateLines(t).find((l) => l.includes('codes'))).toMatch(/2 \(slot 2 opens once\)/);
    batteryChange(t);
    expect(t.firmware.s.oneTimeSlot).toBe(1);
    expect(tryCode(t, '8642')).toBe(true);
    expect(events(t, 'one-time-code-used')).toEqual([{ type: 'one-time-code-used', slot: 2 }]);
    expect(t.store().codes.slice(0, 2)).toEqual(['1357', '']);
    expect(stateLines(t).find((l) => l.includes('codes'))).not.toMatch(/opens once/);
    expect(tryCode(t, '8642')).toBe(false);
    batteryChange(t);
    expect(t.store().codes.slice(0, 2)).toEqual(['1357', '']);
    expect(tryCode(t, '1357')).toBe(true);
    expect(tryCode(t, '1357')).toBe(true); // a permanent code stays
  });

  it('a new one-time code replaces one not yet used (assumed), even in a full store', () => {
    const t = lock955();
    menu(t, MENU_ONE_TIME, '8642');
    menu(t, MENU_ONE_TIME, '9753');
    expect(t.store().codes.filter((c) => c !== '')).toEqual(['1357', '9753']);
    expect(tryCode(t, '8642')).toBe(false);
    const full = lock955(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [i + 1, String(1000 + i * 7)])));
    const capacity = full.store().codes.length;
    full.apply({ do: 'wait', ms: 1 });
    expect(full.store().codes.filter((c) => c !== '').length).toBe(capacity);
    menu(full, MENU_ONE_TIME, '8642');
    expect((events(full, 'programming-failed') as Array<{ reason: string }>).at(-1)?.reason).toBe('full');
    expect(full.firmware.s.oneTimeSlot).toBe(-1);
  });

  it('a refused replacement keeps the one-time code it would have replaced', () => {
    const t = lock955();
    menu(t, MENU_ONE_TIME, '8642');
    menu(t, MENU_ONE_TIME, '1357'); // the permanent code: a duplicate
    expect((events(t, 'programming-failed') as Array<{ reason: string }>).at(-1)?.reason).toBe('duplicate');
    expect(t.firmware.s.oneTimeSlot).toBe(1);
    expect(tryCode(t, '8642')).toBe(true);
  });

  it('deleting it from the menu, or a factory reset, leaves no mark behind', () => {
    const t = lock955();
    menu(t, MENU_ONE_TIME, '8642');
    menu(t, MENU_DELETE, '8642', '8642');
    expect(t.firmware.s.oneTimeSlot).toBe(-1);
    menu(t, '1', '8642'); // the same code, now permanent
    expect(tryCode(t, '8642')).toBe(true);
    expect(tryCode(t, '8642')).toBe(true);
    menu(t, MENU_ONE_TIME, '2468');
    t.apply({ do: 'hold-for', key: 'program', ms: 31_000 });
    t.apply({ do: 'press', key: 'program' });
    t.apply({ do: 'wait', ms: 5_000 });
    expect(events(t, 'factory-reset').length).toBe(1);
    expect(t.firmware.s.oneTimeSlot).toBe(-1);
  });

  it('the flags byte: users-disabled bit as before, the mark in the other seven, none reads -1', () => {
    expect(storeFlags(false, -1)).toBe(0);
    expect(storeFlags(true, -1)).toBe(FLAG_USERS_DISABLED);
    for (const slot of [0, 1, 29, 125]) {
      expect(oneTimeSlotOf(storeFlags(false, slot))).toBe(slot);
      expect(oneTimeSlotOf(storeFlags(true, slot))).toBe(slot);
      expect(storeFlags(true, slot) & FLAG_USERS_DISABLED).toBe(FLAG_USERS_DISABLED);
    }
    expect(oneTimeSlotOf(FLAG_USERS_DISABLED)).toBe(-1);
  });

  it('a snapshot holds it (and leaves it out when there is none); one marking an empty slot is refused', () => {
    const t = lock955();
    expect('oneTimeSlot' in t.snapshot().firmware).toBe(false);
    menu(t, MENU_ONE_TIME, '8642');
    const snap = t.snapshot();
    expect(snap.firmware.oneTimeSlot).toBe(1);
    const back = Twin.restore(checkSnapshot(JSON.parse(JSON.stringify(snap))));
    expect(back.firmware.s.oneTimeSlot).toBe(1);
    const bad = JSON.parse(JSON.stringify(snap));
    bad.firmware.oneTimeSlot = 5;
    expect(() => checkSnapshot(bad)).toThrow(SnapshotError);
    expect(() => checkSnapshot(bad)).toThrow('firmware.oneTimeSlot: slot 6 holds no code to use once');
  });
});

describe('a given carries the store\'s flags', () => {
  it('a one-time code and disabled codes are in the given taken from the twin, and a twin built from it holds them', () => {
    const t = lock955();
    expect(givenOfTwin(t).given).not.toHaveProperty('oneTimeCode');
    expect(givenOfTwin(t).given).not.toHaveProperty('userCodes');
    menu(t, MENU_ONE_TIME, '8642');
    menu(t, MENU_DISABLE, DISABLE_ALL);
    const { given, notes } = givenOfTwin(t);
    expect(given).toMatchObject({ codes: { 1: '1357', 2: '8642' }, oneTimeCode: 2, userCodes: 'disabled' });
    expect(notes).toEqual([]);
    const again = Twin.create('smartcode-955', twinOptionsFromGiven({ model: 'smartcode-955', given } as Scenario));
    expect(again.store()).toMatchObject({ oneTimeSlot: 1, usersDisabled: true, codes: t.store().codes });
  });
});
