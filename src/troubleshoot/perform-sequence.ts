// A documented keypad sequence (keypad-sequences.ts: add, delete, delete all, set the Mastercode
// or programming code, door handing from the menu) done on a twin step by step, each step's
// answer checked against what the model's manual says it shows (product-facts M1, M14, K5, K6,
// §5–§7, §9, M15, M13) — the doctor's runSteps (demonstrate.ts) on one sequence. What the
// library's `perform` runs for a program driving a twin.

import type { LockTraceEntry } from '../twin/trace-entry.ts';
import type { Twin } from '../twin/twin.ts';
import type { ExpectFailure } from '../scenario/expect-check.ts';
import { isUnavailable, type Sequence } from './keypad-sequences.ts';
import { runSteps } from './demonstrate.ts';
import { checkSequence } from './sequence-check.ts';
import { ownCite } from './own-cite.ts';

export interface PerformedStep {
  /** What the owner does, in plain words, and what the instruction rests on. */
  says: string;
  cite: string;
  /** Where the step's answer differs from the manual's (empty: as the manual says). */
  failures: ExpectFailure[];
}

export interface Performance {
  /** Every step answered as the manual says. */
  ok: boolean;
  /** The steps done, in order: all of them when ok, else up to and with the first one the lock
   * answered otherwise (its `failures` say how), where perform stopped. */
  steps: PerformedStep[];
  /** The trace entries the sequence produced — also when the twin's trace is off, which then
   * keeps none of them. */
  entries: LockTraceEntry[];
}

/** The error `perform` throws for a sequence the model cannot do (the reason in plain words). */
export class UnavailableSequenceError extends Error {
  override name = 'UnavailableSequenceError';
}

/**
 * The manual's answers — a flash, beeps, an event — are read from what the lock showed, its trace:
 * on a twin whose trace is off (`trace: false`, for speed) the trace is on while the sequence
 * runs, else every such answer would read as not seen and a sequence the lock took would fail. It
 * is off again after, and the twin keeps none of the entries, as it would have kept none.
 * What is no sequence, or a step whose action no lock takes, is refused before any step is done
 * (sequence-check.ts). It stops at the first step the lock answers otherwise, as the owner stops
 * at its red flash: the steps after it would land on a lock no longer programming — the code to
 * delete typed at the keypad opens the door, a new code and Lock throw the bolt, and each unknown
 * entry counts towards the lockout (product-facts M4, M14).
 */
export function perform(twin: Twin, sequence: Sequence): Performance {
  checkSequence(sequence);
  if (isUnavailable(sequence)) throw new UnavailableSequenceError(sequence.unavailable);
  const traced = twin.trace.enabled;
  const start = twin.trace.length;
  twin.trace.enabled = true;
  try {
    const steps = runSteps(twin, sequence, undefined, true).map(({ step, failures }) => ({ says: step.says, cite: ownCite(twin.model, step.cite), failures }));
    return { ok: steps.every((s) => s.failures.length === 0), steps, entries: twin.trace.since(start) };
  } finally {
    twin.trace.enabled = traced;
    if (!traced) twin.trace.entries.length = start;
  }
}
