// A twin's actions and state in the words of the scenario language (design/architecture.md,
// Scenario files): what a recording writes so that `lockstep run` replays it — the terminal's
// `repl record` and the browser twin's recorder alike.

import { durationWords } from './duration.ts';
import type { Expectation } from './types.ts';
import { KEY_GAP_MS, type Action, type Twin } from '../twin/twin.ts';
import { setFlagWords } from '../twin/store-words.ts';
import { SHOWN_DIGITS } from './vocabulary.ts';

export { durationWords };

/** One action as a scenario step, e.g. `{ hold: { key: program, for: 5s } }`. */
export function stepWords(a: Action): Record<string, unknown> {
  switch (a.do) {
    case 'press':
    case 'hold':
      return { [a.do]: a.key };
    case 'release':
      return a.pauseMs === undefined || a.pauseMs === KEY_GAP_MS ? { release: a.key } : { release: { key: a.key, pause: durationWords(a.pauseMs) } };
    case 'hold-for':
      return { hold: { key: a.key, for: durationWords(a.ms) } };
    case 'type':
      return { type: a.force ? { digits: a.digits, force: a.force } : a.digits };
    case 'type-shown':
      return { type: SHOWN_DIGITS };
    case 'battery-out':
      return { battery: 'out' };
    case 'battery-in':
      return { battery: a.volts === undefined ? 'in' : { in: a.volts } };
    case 'door':
    case 'strike':
    case 'exterior':
      return { [a.do]: a.state };
    case 'thumbturn':
    case 'key':
      return { [a.do]: a.dir };
    case 'push-bolt':
      return { bolt: 'push' };
    case 'switch':
      // A number key, as the scenario language reads switch numbers.
      return { switch: new Map([[a.n, a.on ? 'on' : 'off']]) };
    case 'wait':
      return { wait: durationWords(a.ms) };
    case 'fault':
      return { fault: a.fault };
  }
}

/** An expectation as a scenario file writes it: a delay as a duration (`autoLockDelay: 3min`),
 * not in ms as the scenario types hold it. */
export function expectationWords(e: Expectation): Record<string, unknown> {
  return { ...e, ...(e.autoLockDelay === undefined ? {} : { autoLockDelay: durationWords(e.autoLockDelay) }) };
}

/** The state now, in expectation words: what a replay must reach (the store's flags only when
 * set, setFlagWords). */
export function stateExpectation(twin: Twin): Expectation {
  const store = twin.store();
  return {
    bolt: twin.bolt.state(),
    locked: twin.locked,
    handed: store.handed,
    codes: store.codes.filter((c) => c !== '').length,
    mastercode: store.adminCode === '' ? 'none' : store.adminCode,
    ...setFlagWords(twin.model, store),
    lockout: twin.lockedOut,
    store: store.trusted ? 'ok' : 'untrusted',
    power: twin.powered ? 'on' : 'off',
    mode: twin.mode,
  };
}
