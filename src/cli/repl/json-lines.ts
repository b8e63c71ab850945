// `lockstep repl --json`: the session as JSON Lines, for programs that drive a twin — lock-
// management software under test, a harness in another language. One object a line, each with a
// `kind`: `ready` once (the model, seed and state), `entry` for every trace entry as the twin
// records it (the same `t`, `ch`, `v` as `lockstep run --json`; those recorded before any command,
// at power-up, come right after `ready` as line 0), then per command line — `quit` too — `done`
// (with the state after it; a `load`'s with the twin now driven, as `ready` names it, a
// `save`'s with the snapshot it wrote, a `record`'s with the files it wrote), `help` or `error` (what was wrong, its `reason` an id of
// error-reasons.ts; the session goes on); and when piped input ends (or at `quit`), `end`: the
// lines read, those not accepted and those lockstep failed on (line-tally.ts), and the exit code.
// Reading only: nothing here changes the twin.

import type { TraceEntry } from '../../sim/trace.ts';
import type { Twin } from '../../twin/twin.ts';
import { lockState } from '../../twin/lock-state.ts';
import type { ReplErrorReason } from './error-reasons.ts';
import type { Recorded } from './record.ts';
import type { LineTally } from './line-tally.ts';

/** The twin a session drives: its model, the model's name, its seed, and the snapshot it was
 * loaded from (null for a fresh lock) — what `ready` says, and the `done` of a `load`. */
export interface DrivenTwin {
  model: string;
  name: string;
  seed: number;
  from: string | null;
}

export function drivenTwin(twin: Twin, from: string | null): DrivenTwin {
  return { model: twin.model.id, name: twin.model.name, seed: twin.seed, from };
}

export function readyLine(twin: Twin, from: string | null): string {
  return JSON.stringify({ kind: 'ready', ...drivenTwin(twin, from), state: lockState(twin) });
}

export function entryLine(line: number, e: TraceEntry): string {
  return JSON.stringify({ kind: 'entry', line, t: e.t, ch: e.ch, v: e.v });
}

/** What a `record` wrote, as its `done` says it: the record's path, its steps, the start copy or null. */
export type RecordedFiles = Pick<Recorded, 'file' | 'steps' | 'startCopy'>;

/** What a `save` wrote, as its `done` says it: the snapshot's full path. */
export interface SavedFile {
  file: string;
}

/** A command done; `driven` after a `load`, which changes the twin the session drives, and
 * `written` after a `save` or a `record`. */
export function doneLine(line: number, command: string, twin: Twin, message?: string, driven?: DrivenTwin, written?: RecordedFiles | SavedFile): string {
  return JSON.stringify({ kind: 'done', line, command, ...(message === undefined ? {} : { message }), ...driven, ...written, state: lockState(twin) });
}

/** A session that could not start (unknown model, bad seed, unreadable snapshot): in place of `ready`, line 0. */
export function startErrorLine(message: string): string {
  const reason: ReplErrorReason = 'cannot-start';
  return JSON.stringify({ kind: 'error', line: 0, command: null, reason, message });
}

export function errorLine(line: number, command: string, reason: ReplErrorReason, message: string): string {
  return JSON.stringify({ kind: 'error', line, command, reason, message });
}

export function helpLine(line: number, commands: readonly { command: string; does: string }[]): string {
  return JSON.stringify({ kind: 'help', line, commands });
}

/** Piped input has ended: how many lines were read, which could not be run, and the exit code. */
export function endLine(lines: number, tally: LineTally): string {
  return JSON.stringify({ kind: 'end', lines, notAccepted: tally.notAccepted, internal: tally.internal, exit: tally.exitCode() });
}
