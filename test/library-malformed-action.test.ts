// An action a twin cannot do, from a program in plain JavaScript, is refused by Twin.apply as an
// ActionError naming the field (src/index.ts, README "Use it from code"), before any part of it
// is done: no time passed, nothing traced, no key down. A key spelt another way used to reach the
// key bits as the Reset button ("Program" held the Reset button of a Powerbolt 264 and reset the
// lock), an action of no kind was traced and did nothing, a letter typed was no press.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './recorded-actions.ts';
import { ActionError, Twin, enterCode, lockState, type Action } from '../src/index.ts';
import { BUTTON_KEYS } from '../src/hardware/buttons.ts';

/** `value` as the Action a caller in plain JavaScript may pass, no type check on it. */
const untyped = (value: unknown): Action => value as Action;

function refused(value: unknown, field: RegExp, id = 'powerbolt-264'): void {
  const twin = Twin.create(id, { codes: { 1: '1234' } });
  const traced = twin.trace.entries.length;
  expect(() => twin.apply(untyped(value))).toThrow(ActionError);
  expect(() => twin.apply(untyped(value))).toThrow(field);
  expect(twin.sim.now).toBe(0);
  expect(twin.trace.entries.length).toBe(traced);
  expect(twin.actionRefusal(untyped(value))).toMatch(field);
}

describe('Twin.apply refuses an action it cannot do, naming the field', () => {
  it('a key that is no key: "Program" does not hold the Reset button of a Powerbolt 264', () => {
    refused({ do: 'hold', key: 'Program' }, /^action\.key: "Program" is no key \(the keys: 0–9, lock, program, reset\)$/);
    refused({ do: 'press', key: 'banana' }, /^action\.key: "banana" is no key/);
    refused({ do: 'hold-for', key: 'Lock', ms: 1_000 }, /^action\.key: "Lock" is no key/);
    refused({ do: 'release', key: 7 }, /^action\.key: 7 is no key/);
    const twin = Twin.create('powerbolt-264', { codes: { 1: '1234' } });
    expect(() => twin.apply(untyped({ do: 'hold', key: 'Program' }))).toThrow(ActionError);
    twin.apply({ do: 'wait', ms: 10_000 });
    expect(lockState(twin).store.codes).toEqual({ 1: '1234' });
    expect(twin.trace.entries.filter((e) => e.ch === 'event')).toEqual([]);
  });

  it('an action of no kind, or no action at all', () => {
    refused({ do: 'fly' }, /^action\.do: "fly" is no action \(the actions: press, hold, release, hold-for, type, type-shown, battery-out, battery-in, door, strike, exterior, thumbturn, key, push-bolt, switch, wait, fault\)$/);
    refused({ key: 'lock' }, /^action\.do: undefined is no action/);
    refused(null, /^action: null is no action object/);
    refused('press', /^action: "press" is no action object/);
  });

  it('digits that are not digits, and a force no finger has', () => {
    refused({ do: 'type', digits: '12a4' }, /^action\.digits: "12a4" must be digits 0–9$/);
    refused({ do: 'type', digits: 1234 }, /^action\.digits: 1234 must be digits 0–9$/);
    refused({ do: 'type', digits: '' }, /^action\.digits: "" types no digit: give one or more digits 0–9$/);
    refused({ do: 'type', digits: '', force: 'light' }, /^action\.digits: "" types no digit/);
    refused({ do: 'type', digits: '1234', force: 'hard' }, /^action\.force: "hard" is neither firm nor light$/);
    const twin = Twin.create('smartcode-913', { codes: { 1: '1234' } });
    expect(() => enterCode(twin, untyped(1234) as unknown as string)).toThrow(/^action\.digits: 1234 must be digits 0–9$/);
  });

  it('a word or number the action does not take', () => {
    refused({ do: 'door', state: 'Open' }, /^action\.state: "Open" is neither open nor closed$/);
    refused({ do: 'strike', state: 'off' }, /^action\.state: "off" is neither aligned nor misaligned$/);
    refused({ do: 'exterior', state: true }, /^action\.state: true is neither connected nor disconnected$/);
    refused({ do: 'thumbturn', dir: 'Lock' }, /^action\.dir: "Lock" is neither lock nor unlock$/);
    refused({ do: 'key', dir: undefined }, /^action\.dir: undefined is neither lock nor unlock$/);
    refused({ do: 'switch', n: 5, on: true }, /^action\.n: 5 is no switch \(1–4\)$/);
    refused({ do: 'switch', n: 2, on: 'yes' }, /^action\.on: "yes" is neither true nor false$/);
    refused({ do: 'fault', fault: 'glitch' }, /^action\.fault: "glitch" is neither store-glitch nor power-cut-mid-write$/);
    refused({ do: 'battery-in', volts: '6' }, /^action\.volts: "6" is no pack voltage \(0–7 V\)$/, 'smartcode-913');
    refused({ do: 'battery-in', volts: 12 }, /^action\.volts: 12 is no pack voltage \(0–7 V\)$/, 'smartcode-913');
  });

  it('takes every key there is', () => {
    const twin = Twin.create('powerbolt-264');
    for (const key of BUTTON_KEYS) expect(twin.actionRefusal({ do: 'press', key }), key).toBeNull();
  });

  it('and still takes every action as before', () => {
    const twin = Twin.create('powerbolt-264', { codes: { 1: '1234' } });
    // Every recorded kind, then a pack put back without a voltage, a cut mid-write and a wait.
    const actions: Action[] = [...ACTIONS, { do: 'battery-out' }, { do: 'battery-in' }, { do: 'fault', fault: 'power-cut-mid-write' }, { do: 'wait', ms: 1_000 }];
    for (const a of actions) expect(() => twin.apply(a), a.do).not.toThrow();
    expect(twin.trace.entries.filter((e) => e.ch === 'input')).toHaveLength(actions.length - 1);
  });
});
