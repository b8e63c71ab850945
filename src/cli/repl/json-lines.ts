// `lockstep repl --json`: the session as JSON Lines, for programs that drive a twin — lock-
// management software under test, a harness in another language. One object a line, each with a
// `kind`: `ready` once (the model, seed and state), `entry` for every trace entry as the twin
// records it (the same `t`, `ch`, `v` as `lockstep run --json`), then per command line `done`
// (with the state after it), `help` or `error` (what was wrong; the session goes on). Reading
// only: nothing here changes the twin.

import type { TraceEntry } from '../../sim/trace.ts';
import type { Twin } from '../../twin/twin.ts';
import { codesBySlot, setFlagWords } from '../../twin/store-words.ts';

const VOLTS_DECIMALS = 3;

/** The lock now, as plain data. */
export function stateObject(twin: Twin) {
  const store = twin.store();
  return {
    t: twin.sim.now,
    bolt: twin.bolt.state(),
    locked: twin.locked,
    door: { handing: twin.door.handing, open: twin.door.open, strikeAligned: twin.door.strikeAligned },
    exteriorConnected: twin.buttons.exteriorLinked,
    battery: twin.battery.present ? Number(twin.packVolts().toFixed(VOLTS_DECIMALS)) : null,
    powered: twin.powered,
    mode: twin.mode,
    lockedOut: twin.lockedOut,
    handed: store.handed,
    store: { trusted: store.trusted, mastercode: store.adminCode === '' ? null : store.adminCode, codes: codesBySlot(store), ...setFlagWords(store) },
  };
}

export function readyLine(twin: Twin, from: string | null): string {
  return JSON.stringify({ kind: 'ready', model: twin.model.id, name: twin.model.name, seed: twin.seed, from, state: stateObject(twin) });
}

export function entryLine(line: number, e: TraceEntry): string {
  return JSON.stringify({ kind: 'entry', line, t: e.t, ch: e.ch, v: e.v });
}

export function doneLine(line: number, command: string, twin: Twin, message?: string): string {
  return JSON.stringify({ kind: 'done', line, command, ...(message === undefined ? {} : { message }), state: stateObject(twin) });
}

export function errorLine(line: number, command: string, message: string): string {
  return JSON.stringify({ kind: 'error', line, command, message });
}

export function helpLine(line: number, commands: readonly { command: string; does: string }[]): string {
  return JSON.stringify({ kind: 'help', line, commands });
}
