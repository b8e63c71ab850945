// A scenario run one step at a time: each physical step applied to the twin, each `expect`
// checked against what was seen and heard since the previous one (design/architecture.md,
// Scenario files). `lockstep run` drives it to the end in one go (run.ts); the browser twin
// steps it by hand or plays it at the page clock's pace, a long `wait` in pieces — the kernel
// runs every alarm in order however time is cut, so the trace is the same. Like `lockstep run`,
// it stops at the first failed expectation.

import { ClockLimitError } from '../sim/kernel.ts';
import { hashTrace } from '../sim/trace.ts';
import type { LockTraceEntry } from '../twin/trace-entry.ts';
import { NothingShownError, Twin, type Action } from '../twin/twin.ts';
import { describeAction } from '../twin/describe-action.ts';
import { SHOWN_DIGITS } from './vocabulary.ts';
import { checkExpectation, type ExpectFailure } from './expect-check.ts';
import { ScenarioError, type Scenario, type SourcePos, type Step } from './types.ts';

export interface StepReport {
  step: Step;
  /** The twin's trace length before the step. */
  traceIndex: number;
  /** What the step put in the trace. */
  entries: readonly LockTraceEntry[];
  failures: ExpectFailure[];
}

export interface StepFailure {
  pos: SourcePos;
  failures: ExpectFailure[];
}

/** The physical action of a step, or null for an `expect`. */
export function stepToAction(step: Step): Action | null {
  if (step.do === 'expect') return null;
  const { pos: _pos, ...action } = step;
  return action as Action;
}

/** Apply a step's action; a step that would run the clock past its limit, type what a screen
 * does not show, move a door the bolt holds, press or hold a key already held down or release
 * one that is not, or put in a pack already in or pull one already out, is the file's error, at
 * the step. */
export function applyAt(step: Step, twin: Twin, action: Action): void {
  if (action.do === 'door' && twin.doorBlocked(action.state)) {
    // The twin would leave the door as it is; the file meant it to move.
    throw new ScenarioError(`door: ${action.state} — ${Twin.doorBlockedWhy(action.state)}: withdraw it first (thumbturn: unlock, key: unlock or a code)`, step.pos);
  }
  const refused = twin.actionRefusal(action);
  if (refused) throw new ScenarioError(`${describeAction(action)} — ${refused}`, step.pos);
  try {
    twin.apply(action);
  } catch (err) {
    if (err instanceof ClockLimitError) throw new ScenarioError(err.message, step.pos);
    if (err instanceof NothingShownError) throw new ScenarioError(`type: ${SHOWN_DIGITS} — ${err.message}`, step.pos);
    throw err;
  }
}

export class ScenarioStepper {
  /** Index of the next step to run. */
  next: number;
  readonly reports: StepReport[] = [];
  /** The first failed expect, with its position. */
  failure?: StepFailure;
  /** Everything the twin traced, from its start through the steps run here — kept here, since the page drains the twin's own trace between steps. */
  readonly seen: LockTraceEntry[];
  /** What was seen and heard since the previous expect. */
  private since: LockTraceEntry[] = [];
  /** What the next step has traced so far (a wait run in pieces). */
  private current: LockTraceEntry[] = [];
  /** How much of the next step, a wait, has already run. */
  private waited = 0;
  /** The trace length when the next step began, or -1 before it begins. */
  private began = -1;

  constructor(
    readonly scenario: Scenario,
    readonly twin: Twin,
    fromStep = 0,
  ) {
    this.next = fromStep;
    this.seen = twin.trace.entries.slice();
  }

  get done(): boolean {
    return this.failure !== undefined || this.next >= this.scenario.steps.length;
  }

  get ok(): boolean {
    return this.failure === undefined;
  }

  /** The step that runs next, or undefined when done. */
  get nextStep(): Step | undefined {
    return this.done ? undefined : this.scenario.steps[this.next];
  }

  /** Milliseconds of the next step (a wait) already run in pieces. */
  get waitedMs(): number {
    return this.waited;
  }

  /** Run `scenario` on `twin` up to step `next`, and `waitedMs` into it when it is a wait: where a run had got to. */
  static replayTo(scenario: Scenario, twin: Twin, next: number, waitedMs = 0): ScenarioStepper {
    const run = new ScenarioStepper(scenario, twin);
    while (!run.done && run.next < next) run.step();
    if (!run.done && run.next === next && waitedMs > 0 && run.nextStep?.do === 'wait') run.stepWithin(waitedMs);
    return run;
  }

  /**
   * The same run, carried on by `twin` — a twin in the very state this run's twin is in (the
   * browser twin's lock restored after a reload, while this run was replayed to the step it had
   * reached): what was seen, the reports and the wait under way are taken along.
   */
  continueOn(twin: Twin): ScenarioStepper {
    const next = new ScenarioStepper(this.scenario, twin, this.next);
    next.seen.length = 0;
    next.seen.push(...this.seen);
    next.reports.push(...this.reports);
    next.failure = this.failure;
    next.since = this.since.slice();
    next.current = this.current.slice();
    next.waited = this.waited;
    next.began = this.began < 0 ? -1 : Math.max(0, twin.trace.length - (this.twin.trace.length - this.began));
    return next;
  }

  /** The trace hash `lockstep run` prints, over everything seen. */
  traceHash(): string {
    return hashTrace(this.seen);
  }

  /** Run the next step whole. Returns its report, or null when the run is done. */
  step(): StepReport | null {
    return this.stepWithin(Number.POSITIVE_INFINITY);
  }

  /**
   * Run the next step, but no more than `budgetMs` of a wait: a longer wait runs in part and
   * stays next. Returns the report when the step has finished, else null.
   */
  stepWithin(budgetMs: number): StepReport | null {
    const step = this.nextStep;
    if (!step) return null;
    const twin = this.twin;
    if (this.began < 0) this.began = twin.trace.length;
    const before = twin.trace.length;
    let failures: ExpectFailure[] = [];
    if (step.do === 'expect') {
      failures = checkExpectation(twin, step.expect, this.since, step.keyPos, step.itemPos);
      this.since = [];
    } else if (step.do === 'wait') {
      const piece = Math.min(step.ms - this.waited, Math.max(0, Math.floor(budgetMs)));
      if (piece > 0) applyAt(step, twin, { do: 'wait', ms: piece });
      this.waited += piece;
    } else {
      applyAt(step, twin, stepToAction(step)!);
    }
    this.collect(before);
    if (step.do === 'wait' && this.waited < step.ms) return null;
    const report: StepReport = { step, traceIndex: this.began, entries: this.current, failures };
    this.current = [];
    this.waited = 0;
    this.began = -1;
    this.next++;
    this.reports.push(report);
    if (failures.length > 0) this.failure = { pos: step.pos, failures };
    return report;
  }

  /** Take in what the twin traced from index `from` on. */
  private collect(from: number): void {
    const entries = this.twin.trace.entries;
    for (let i = from; i < entries.length; i++) {
      const e = entries[i];
      this.seen.push(e);
      this.since.push(e);
      this.current.push(e);
    }
  }
}
