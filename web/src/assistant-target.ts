// Which control on the drawn lock a step touches, so the Assistant panel can point at it (issue
// "The browser twin"): the Program or Reset button in the hold ring (seed S8; product-facts M11),
// the pack's Pull / Insert fresh / Insert weak buttons (S8, S10, S25), the door and strike
// toggles (S17, S20), the thumbturn (S16, S17), a switch, the keypad key for the next digit to
// type — on a two-digit keypad the key that carries it (product-facts §3, M10) — and the Lock /
// Kwikset button. A wait has nothing to touch: it points at the held button while a hold goes on
// (S8: keep holding), at the bolt while it moves by itself (S16 handing, S20 the test), else at
// the status LED to watch. Every selector is read from the attributes web/src/lock-view.ts
// documents in its header; this file is the one place that knows them. Pure: no DOM.

import type { ButtonKey } from '../../src/hardware/buttons.ts';
import type { ProcedureStep } from '../../src/troubleshoot/procedure-kit.ts';
import { digitsLeft, type StepProgress } from './assistant-match.ts';

export const WEAK_PACK_BELOW_VOLTS = 5.0; // a pack under this is the page's weak one (lock-view WEAK_PACK_VOLTS 4.6 V)

export interface Target {
  /** CSS selector of the control (or the part to watch). */
  selector: string;
  /** 'touch': the person acts on it; 'watch': the person looks at it while time passes. */
  kind: 'touch' | 'watch';
}

export const LED = '#lock .led';
export const BOLT = '#lock .bolt';

/** The drawn lock's button for a twin key. */
export function keySelector(key: ButtonKey | string): string {
  if (key === 'program') return '#program';
  if (key === 'reset') return '#reset';
  if (key === 'lock') return '#lock .keypad button[data-key="lock"]';
  return `#lock .keypad button[data-digits*="${key}"]`;
}

/** Expectations the bolt answers: it moves by itself (handing) or runs out and back (the test). */
function boltToWatch(step: ProcedureStep): boolean {
  const e = step.expect;
  if (!e) return false;
  const events = e.event === undefined ? [] : typeof e.event === 'string' ? [e.event] : e.event;
  return e.locked !== undefined || e.bolt !== undefined || events.some((x) => x.startsWith('handing') || x === 'unlocked' || x === 'locked') || e.mode === 'handing';
}

/**
 * The part a step points at. `held`: the keys held down now (a hold in progress is pointed at,
 * whatever the step); `checking`: the step's action is done and the lock's answer is awaited.
 */
export function targetFor(step: ProcedureStep, seen: StepProgress, held: readonly ButtonKey[], checking = false): Target | null {
  const a = step.action;
  if (!a) return null;
  const touch = (selector: string): Target => ({ selector, kind: 'touch' });
  if (checking) return { selector: boltToWatch(step) ? BOLT : LED, kind: 'watch' };
  switch (a.do) {
    case 'wait':
      if (held.length) return touch(keySelector(held[0]));
      return { selector: boltToWatch(step) ? BOLT : LED, kind: 'watch' };
    case 'press':
    case 'hold':
    case 'release':
    case 'hold-for':
      return touch(keySelector(a.key));
    case 'type': {
      const next = digitsLeft(step, seen)[0];
      return next === undefined ? null : touch(keySelector(next));
    }
    case 'battery-out':
      return touch('#battery-out');
    case 'battery-in':
      return touch(a.volts !== undefined && a.volts < WEAK_PACK_BELOW_VOLTS ? '#battery-in-weak' : '#battery-in-fresh');
    case 'door':
      return touch('#door-toggle');
    case 'strike':
      return touch('#strike-toggle');
    case 'exterior':
      return touch('#exterior-toggle');
    case 'thumbturn':
    case 'key':
      return touch(a.dir === 'unlock' ? '#thumb-unlock' : '#thumb-lock');
    case 'switch':
      return touch(`#switch-${a.n}`);
    case 'push-bolt':
      return { selector: BOLT, kind: 'watch' };
    case 'fault':
    case 'type-shown':
      return null;
  }
}
