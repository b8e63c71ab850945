// What Twin.apply refuses before it does anything (README "Use it from code"; the project's rule
// on bad input: a clear error naming what was wrong and where): an action whose shape no lock
// takes, as a program in plain JavaScript can pass one — a key spelt another way ("Program",
// which the key bits read as the Reset button: held, it reset a Powerbolt 264), a kind of action
// there is none of, a letter to type or no digit at all, a word a door or switch does not know.
// A cheap look at the fields an action is done by, not checkAction's schema: apply is the hot
// path of every run and search. Its times are the clock's to refuse (VirtualTimeError,
// ClockLimitError), as before.

import type { Action } from './twin.ts';
import { HIGHEST_PACK_VOLTS, LOWEST_PACK_VOLTS } from '../hardware/battery.ts';
import { shown } from '../printable.ts';

/** Every kind of action, in the order Action declares them. */
export const ACTION_KINDS = [
  'press', 'hold', 'release', 'hold-for', 'type', 'type-shown', 'battery-out', 'battery-in', 'door',
  'strike', 'exterior', 'thumbturn', 'key', 'push-bolt', 'switch', 'wait', 'fault',
] as const satisfies readonly Action['do'][];
// Every kind Action declares is listed above.
const EVERY_KIND: Exclude<Action['do'], (typeof ACTION_KINDS)[number]> extends never ? true : never = true;
void EVERY_KIND;

const KINDS: ReadonlySet<unknown> = new Set(ACTION_KINDS);
const CHAR_0 = 48;
const CHAR_9 = 57;

/** One of hardware/buttons.ts BUTTON_KEYS (a digit, lock, program, reset), by comparisons rather
 * than a set lookup: every press of a run comes through here. */
function isKey(k: unknown): boolean {
  if (typeof k !== 'string') return false;
  if (k.length === 1) {
    const c = k.charCodeAt(0);
    return c >= CHAR_0 && c <= CHAR_9;
  }
  return k === 'lock' || k === 'program' || k === 'reset';
}

/** A press of a key there is: the action a run does most, looked at by this small function the
 * engine can inline into apply before the whole of actionShapeProblem is asked. */
export function isKeyPress(a: Action): a is Extract<Action, { do: 'press' }> {
  return typeof a === 'object' && a !== null && a.do === 'press' && isKey(a.key);
}

/** The switches on the interior's board, numbered from 1. */
const SWITCH_COUNT = 4;

function onlyDigits(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) return false;
  }
  return true;
}

/** Why `value` cannot be typed, named as `field` (`action.digits`, `addCodeSequence(code)`): not
 * digits 0–9, or none — or null. The one wording of a bad code, for an action and for the code a
 * keypad sequence is built around (troubleshoot/code-argument.ts). */
export function digitsProblem(field: string, value: unknown): string | null {
  if (!onlyDigits(value)) return `${field}: ${shown(value)} must be digits 0–9`;
  // Typing nothing is no press: it would be traced as an input and do nothing.
  if (value === '') return `${field}: "" types no digit: give one or more digits 0–9`;
  return null;
}

/** `field: value is neither a nor b`, or null when `value` is one of the two. */
function eitherOf(name: string, field: string, value: unknown, a: string | boolean, b: string | boolean): string | null {
  return value === a || value === b ? null : `${name}.${field}: ${shown(value)} is neither ${a} nor ${b}`;
}

/** Why no lock can do `a` as it is written, naming the field (`action.key: "Program" is no key …`),
 * or null. `name` is what the caller calls the action in the message. */
export function actionShapeProblem(a: Action, name = 'action'): string | null {
  if (typeof a !== 'object' || a === null) return `${name}: ${shown(a)} is no action object`;
  switch (a.do) {
    case 'press':
    case 'hold':
    case 'release':
    case 'hold-for':
      return isKey(a.key) ? null : `${name}.key: ${shown(a.key)} is no key (the keys: 0–9, lock, program, reset)`;
    case 'type':
      return digitsProblem(`${name}.digits`, a.digits) ?? (a.force === undefined ? null : eitherOf(name, 'force', a.force, 'firm', 'light'));
    case 'battery-in': {
      const v: unknown = a.volts;
      if (v === undefined || (typeof v === 'number' && v >= LOWEST_PACK_VOLTS && v <= HIGHEST_PACK_VOLTS)) return null;
      return `${name}.volts: ${shown(v)} is no pack voltage (${LOWEST_PACK_VOLTS}–${HIGHEST_PACK_VOLTS} V)`;
    }
    case 'door':
      return eitherOf(name, 'state', a.state, 'open', 'closed');
    case 'strike':
      return eitherOf(name, 'state', a.state, 'aligned', 'misaligned');
    case 'exterior':
      return eitherOf(name, 'state', a.state, 'connected', 'disconnected');
    case 'thumbturn':
    case 'key':
      return eitherOf(name, 'dir', a.dir, 'lock', 'unlock');
    case 'switch': {
      const n: unknown = a.n;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > SWITCH_COUNT) return `${name}.n: ${shown(n)} is no switch (1–${SWITCH_COUNT})`;
      return eitherOf(name, 'on', a.on, true, false);
    }
    case 'fault':
      return eitherOf(name, 'fault', a.fault, 'store-glitch', 'power-cut-mid-write');
    default:
      return KINDS.has(a.do) ? null : `${name}.do: ${shown(a.do)} is no action (the actions: ${ACTION_KINDS.join(', ')})`;
  }
}
