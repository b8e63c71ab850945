// The `input` entry the trace records for a person's action (design/architecture.md "sim/": the
// trace is an append-only record of everything observable): a copy of the action's own, with its
// fields in the order the trace's `input` lines give them (trace-check.ts ACTION, twin.ts
// `Action`). The twin used to record the caller's object itself, so a program that changed or
// reused its action object after `apply` rewrote the trace of what had already happened, and one
// that wrote the same action with its fields in another order, or with a field no action has,
// got another trace hash for the same run.

import type { Action } from './twin.ts';
import { BUTTON_KEYS, type ButtonKey } from '../hardware/buttons.ts';

/** The actions the trace records as they are (`wait` shows on the clock; `type-shown` is traced as the `type` it becomes). */
export type TracedAction = Exclude<Action, { do: 'wait' } | { do: 'type-shown' }>;

/** The entries of a press and a hold of each key, made once and frozen: the two actions a run
 * records most (every key press of a keypad workload), each the same whatever twin records it, so
 * no entry is made per press (with the trace on, that copy cost a tenth of a key press), and
 * frozen, so that no reader of one trace can change what another says. */
const KEY_ENTRIES: Record<'press' | 'hold', Partial<Record<ButtonKey, TracedAction>>> = {
  // No prototype: a key that is no key ("constructor", from a caller in plain JavaScript) finds nothing.
  press: Object.create(null) as Partial<Record<ButtonKey, TracedAction>>,
  hold: Object.create(null) as Partial<Record<ButtonKey, TracedAction>>,
};
for (const key of BUTTON_KEYS) {
  KEY_ENTRIES.press[key] = Object.freeze({ do: 'press', key });
  KEY_ENTRIES.hold[key] = Object.freeze({ do: 'hold', key });
}

/** `a` as its `input` entry: its own fields only, in the trace's order, an optional field left out
 * when not given — a fresh copy, or for a press or hold of a key the one frozen entry for it. */
export function actionEntry(a: TracedAction): TracedAction {
  switch (a.do) {
    case 'press':
    case 'hold':
      return KEY_ENTRIES[a.do][a.key] ?? { do: a.do, key: a.key };
    case 'release':
      return a.pauseMs === undefined ? { do: a.do, key: a.key } : { do: a.do, key: a.key, pauseMs: a.pauseMs };
    case 'hold-for':
      return { do: a.do, key: a.key, ms: a.ms };
    case 'type':
      return a.force === undefined ? { do: a.do, digits: a.digits } : { do: a.do, digits: a.digits, force: a.force };
    case 'battery-out':
    case 'push-bolt':
      return { do: a.do };
    case 'battery-in':
      return a.volts === undefined ? { do: a.do } : { do: a.do, volts: a.volts };
    case 'door':
      return { do: a.do, state: a.state };
    case 'strike':
      return { do: a.do, state: a.state };
    case 'exterior':
      return { do: a.do, state: a.state };
    case 'thumbturn':
    case 'key':
      return { do: a.do, dir: a.dir };
    case 'switch':
      return { do: a.do, n: a.n, on: a.on };
    case 'fault':
      return { do: a.do, fault: a.fault };
  }
}
