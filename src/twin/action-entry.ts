// The `input` entry the trace records for a person's action (design/architecture.md "sim/": the
// trace is an append-only record of everything observable): a copy of the action's own, with its
// fields in the order the trace's `input` lines give them (trace-check.ts ACTION, twin.ts
// `Action`). The twin used to record the caller's object itself, so a program that changed or
// reused its action object after `apply` rewrote the trace of what had already happened, and one
// that wrote the same action with its fields in another order, or with a field no action has,
// got another trace hash for the same run.

import type { Action } from './twin.ts';

/** The actions the trace records as they are (`wait` shows on the clock; `type-shown` is traced as the `type` it becomes). */
export type TracedAction = Exclude<Action, { do: 'wait' } | { do: 'type-shown' }>;

/** A fresh copy of `a` as its `input` entry: its own fields only, in the trace's order, an optional field left out when not given. */
export function actionEntry(a: TracedAction): TracedAction {
  switch (a.do) {
    case 'press':
    case 'hold':
      return { do: a.do, key: a.key };
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
