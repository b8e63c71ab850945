// Whether what a person just did on the page does the assistant's current step (issue "The browser
// twin", Assistant panel). A step is one physical thing from the troubleshooter's procedures
// (src/troubleshoot/procedures.ts: a Twin Action, its instruction and its source); the page turns
// a person's clicks and holds into Actions too (session.ts), so a step is done when the person's
// Action is the step's own — read the way the lock reads it:
//  - a press is a key going down and coming up (a click is a `hold` then a `release`);
//  - typed digits count as each key goes down, and on a two-digit keypad the key "1 2" types
//    either of its digits (product-facts §3, M10; keypad-layout.ts);
//  - the key outside and the thumbturn inside move the bolt alike (product-facts §8);
//  - the pack goes in fresh where the step says fresh: a weak pack fails a reset (seed S10, S25).
// Some steps ask for what is already so (the door is open, the bolt already withdrawn): those
// are passed over, as a person would. Pure: no DOM, tested in Node.

import type { Action, Twin } from '../../src/twin/twin.ts';
import type { ButtonKey } from '../../src/hardware/buttons.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import type { ProcedureStep } from '../../src/troubleshoot/procedure-kit.ts';
import { TWO_DIGIT_KEYS, digitSent } from './keypad-layout.ts';

/** A pack within this many volts of the one the step names is that pack (fresh 6.0 V vs weak 4.6 V). */
export const PACK_VOLTS_TOLERANCE = 0.5;

/** What the step has seen of the person so far. */
export interface StepProgress {
  /** Digits typed in this step, in the order the keys went down. */
  typed: string;
  /** The step's key went down and has not come up yet (a press or a timed hold under way). */
  down: boolean;
}

export const NO_PROGRESS: StepProgress = { typed: '', down: false };

export type Verdict =
  /** The step is done. */
  | { kind: 'done' }
  /** Part of it: digits typed so far, or the key down and not yet up. */
  | { kind: 'progress'; progress: StepProgress }
  /** Time passing: whether a wait is over is the walker's to judge. */
  | { kind: 'time' }
  /** Not this step. `heard`: the lock noticed it (a key, the pack), so its state may have moved on. */
  | { kind: 'stray'; heard: boolean; why?: string };

const DIGITS = /^[0-9]$/;

/** The key a digit is typed on, on this model's keypad: on a two-digit keypad both of a key's digits are one key. */
export function keyOf(p: ModelProfile, k: string): string {
  if (!DIGITS.test(k) || p.keypad.digitsPerKey !== 2) return k;
  const pair = TWO_DIGIT_KEYS.find((d) => d.includes(k));
  return pair ? digitSent(p, pair) : k;
}

function sameKey(p: ModelProfile, a: string, b: string): boolean {
  return keyOf(p, a) === keyOf(p, b);
}

/** Whether `typed` is the start of `want` as the keypad reads it. */
function typedPrefix(p: ModelProfile, typed: string, want: string): boolean {
  if (typed.length > want.length) return false;
  for (let i = 0; i < typed.length; i++) if (!sameKey(p, typed[i], want[i])) return false;
  return true;
}

/** Actions the lock itself notices: a key, the pack, a push on the bolt, an injected fault, the exterior's cable. */
export function lockHears(a: Action): boolean {
  return a.do === 'press' || a.do === 'hold' || a.do === 'hold-for' || a.do === 'type' || a.do === 'battery-out' || a.do === 'battery-in' || a.do === 'push-bolt' || a.do === 'fault' || a.do === 'exterior';
}

function stray(a: Action, why?: string): Verdict {
  return { kind: 'stray', heard: lockHears(a), why };
}

/** Does action `a`, done now, do `step` (given what the step has seen so far)? */
export function matchAction(p: ModelProfile, step: ProcedureStep, a: Action, seen: StepProgress = NO_PROGRESS): Verdict {
  if (a.do === 'wait') return { kind: 'time' };
  const want = step.action;
  if (!want || want.do === 'wait') return stray(a);
  switch (want.do) {
    case 'press':
      if (a.do === 'press' && sameKey(p, a.key, want.key)) return { kind: 'done' };
      if (a.do === 'hold' && sameKey(p, a.key, want.key)) return { kind: 'progress', progress: { ...seen, down: true } };
      if (a.do === 'release' && sameKey(p, a.key, want.key) && seen.down) return { kind: 'done' };
      return stray(a);
    case 'hold':
      return a.do === 'hold' && sameKey(p, a.key, want.key) ? { kind: 'done' } : stray(a);
    case 'release':
      return a.do === 'release' && sameKey(p, a.key, want.key) ? { kind: 'done' } : stray(a);
    case 'hold-for':
      if (a.do === 'hold-for' && sameKey(p, a.key, want.key)) return { kind: 'done' };
      if (a.do === 'hold' && sameKey(p, a.key, want.key)) return { kind: 'progress', progress: { ...seen, down: true } };
      if (a.do === 'release' && sameKey(p, a.key, want.key) && seen.down) return { kind: 'done' };
      return stray(a);
    case 'type': {
      let more: string;
      if (a.do === 'type') more = a.digits;
      else if (a.do === 'hold' && DIGITS.test(a.key)) more = a.key;
      else if (a.do === 'release' && DIGITS.test(a.key)) return { kind: 'progress', progress: seen }; // a digit coming up: counted as it went down
      else return stray(a);
      const typed = seen.typed + more;
      if (!typedPrefix(p, typed, want.digits)) return stray(a, `typed ${typed.split('').join('-')}, not the start of ${want.digits.split('').join('-')}`);
      return typed.length === want.digits.length ? { kind: 'done' } : { kind: 'progress', progress: { ...seen, typed } };
    }
    case 'battery-out':
      return a.do === 'battery-out' ? { kind: 'done' } : stray(a);
    case 'battery-in': {
      if (a.do !== 'battery-in') return stray(a);
      if (want.volts === undefined || a.volts === undefined || Math.abs(a.volts - want.volts) <= PACK_VOLTS_TOLERANCE) return { kind: 'done' };
      return stray(a, `that pack reads ${a.volts} V; the step wants ${want.volts} V`);
    }
    case 'door':
      return a.do === 'door' && a.state === want.state ? { kind: 'done' } : stray(a);
    case 'strike':
      return a.do === 'strike' && a.state === want.state ? { kind: 'done' } : stray(a);
    case 'exterior':
      return a.do === 'exterior' && a.state === want.state ? { kind: 'done' } : stray(a);
    case 'thumbturn':
    case 'key':
      return (a.do === 'thumbturn' || a.do === 'key') && a.dir === want.dir ? { kind: 'done' } : stray(a);
    case 'push-bolt':
      return a.do === 'push-bolt' ? { kind: 'done' } : stray(a);
    case 'switch':
      return a.do === 'switch' && a.n === want.n && a.on === want.on ? { kind: 'done' } : stray(a);
    case 'fault':
      return a.do === 'fault' && a.fault === want.fault ? { kind: 'done' } : stray(a);
    case 'type-shown':
      // The walk turns it into the shown digits as it comes up (assistant-walk.ts arrive); still
      // here, the screen showed none then.
      return stray(a, 'the screen shows no digits to touch: touch it to wake it');
  }
}

/** The step asks for what the lock already is: the door already open, the bolt already withdrawn,
 * the pack already out, the strike already in line. Key presses and the pack going in are never
 * "already so": they are events the lock has to see. */
export function alreadyDone(step: ProcedureStep, twin: Twin): boolean {
  const a = step.action;
  if (!a) return false;
  switch (a.do) {
    case 'door':
      return twin.door.open === (a.state === 'open');
    case 'strike':
      return twin.door.strikeAligned === (a.state === 'aligned');
    case 'exterior':
      return twin.buttons.exteriorLinked === (a.state === 'connected');
    case 'thumbturn':
    case 'key':
      return twin.bolt.state() === (a.dir === 'unlock' ? 'retracted' : 'extended');
    case 'battery-out':
      return !twin.battery.present;
    case 'press':
      // The touch that wakes SecureScreen, with its digits already on the screen (M7).
      return step.expect?.event === 'secure-screen' && twin.screenDigits !== '';
    default:
      return false;
  }
}

/** The digits a type step still wants, given what was typed. */
export function digitsLeft(step: ProcedureStep, seen: StepProgress): string {
  return step.action?.do === 'type' ? step.action.digits.slice(seen.typed.length) : '';
}

/** The key a step holds, presses or releases, if any. */
export function stepKey(step: ProcedureStep): ButtonKey | null {
  const a = step.action;
  return a && (a.do === 'press' || a.do === 'hold' || a.do === 'release' || a.do === 'hold-for') ? a.key : null;
}

/** From step `from` on, the steps still expect `key` to be held: a release of it comes before
 * any new press of it. A person letting go now lets go early (seed S9). */
export function expectsHeld(p: ModelProfile, steps: readonly ProcedureStep[], from: number, key: string): boolean {
  for (let i = from; i < steps.length; i++) {
    const a = steps[i].action;
    if (!a || !('key' in a) || !sameKey(p, a.key, key)) continue;
    return a.do === 'release';
  }
  return false;
}
