// One action of every kind a trace records as an `input` line, with the fields each may carry
// (README "Trace lines"): the trace tests read their entries, the library tests apply them.
import type { Action } from '../src/twin/twin.ts';

/** Every recorded form, fields in the order the trace's `input` lines give them (README "Trace lines"). */
export const ACTIONS: Action[] = [
  { do: 'press', key: '1' },
  { do: 'hold', key: 'program' },
  { do: 'release', key: 'program', pauseMs: 24 },
  { do: 'hold-for', key: 'lock', ms: 500 },
  { do: 'type', digits: '1234', force: 'light' },
  { do: 'door', state: 'open' },
  { do: 'strike', state: 'misaligned' },
  { do: 'exterior', state: 'disconnected' },
  { do: 'exterior', state: 'connected' },
  { do: 'thumbturn', dir: 'lock' },
  { do: 'key', dir: 'unlock' },
  { do: 'push-bolt' },
  { do: 'switch', n: 3, on: false },
  { do: 'battery-out' },
  { do: 'battery-in', volts: 5.5 },
  { do: 'fault', fault: 'store-glitch' },
];
