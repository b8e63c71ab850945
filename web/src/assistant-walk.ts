// Walking a troubleshooter plan on the page's twin, one step at a time (issue "The browser twin",
// Assistant panel). The steps come from the troubleshooter's own procedure builders (their
// instruction, source and Twin Action); this only follows the person through them:
//  - a step is done when the person's Action is the step's own (assistant-match.ts), and — where
//    the step says what the lock answers — when the lock has answered so (the same check as a
//    scenario's `expect:`, src/scenario/expect-check.ts, over what was seen since the last one);
//  - a wait is done when the lock shows what it waits for (the red flash and beep after the 30 s
//    hold, seed S8; handing learned, S16; the bolt withdrawn on the new code, S20), or when its
//    time has passed if it waits for nothing in particular;
//  - letting go of a held button before its wait is over lets go early (seed S9), a key the step
//    did not ask for, a wrong digit or a lock that answers otherwise take the lock off the plan:
//    once it is quiet again (no keypad entry open, nothing held, handing not running) the
//    troubleshooter reads the twin and plans the rest afresh from where it is (the Replanner);
//  - a step asking for what is already so is passed over; the trouble shown before a fix
//    (demonstrate.ts symptomSteps, seed S3) is optional: doing the fix's first step skips it;
//  - "Do it for me" is the step's own action (a Deed the page performs on the twin).
// Timings are virtual milliseconds. Pure: no DOM, tested in Node.

import type { Action, Twin } from '../../src/twin/twin.ts';
import type { ButtonKey } from '../../src/hardware/buttons.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { FW_MODES, type FwMode } from '../../src/firmware/state.ts';
import { handingWaitMs, type ProcedureStep } from '../../src/troubleshoot/procedure-kit.ts';
import { checkExpectation } from '../../src/scenario/expect-check.ts';
import { describeAction } from '../../src/twin/describe-action.ts';
import { keyWords } from '../../src/troubleshoot/key-words.ts';
import { NO_PROGRESS, alreadyDone, digitsLeft, expectsHeld, lockHears, matchAction, type StepProgress } from './assistant-match.ts';

/** How long the lock may take to answer a step before the answer counts as missing. */
export const ANSWER_GRACE_MS = 3_000;
/** "Do it for me" while the lock finishes what it was doing: let this much time pass. */
export const SETTLE_EXTRA_MS = 1_000;
/** After this many refusals of the same part the walk stops and says so, rather than loop. */
export const MAX_PART_FAILURES = 3;

/** The firmware's modes in which the lock is not busy: off, idle, or waiting on a hold or a
 * press at power-up. */
const NOT_BUSY_MODES: readonly FwMode[] = ['off', 'reset-hold', 'reset-armed', 'idle', 'handing-armed'];
/** The firmware's modes in which the lock is busy: a keypad entry open, the erase or handing running. */
const BUSY_MODES: ReadonlySet<string> = new Set(FW_MODES.filter((m) => !NOT_BUSY_MODES.includes(m)));
const HOLDABLE: readonly ButtonKey[] = ['program', 'reset', 'lock'];

export interface WalkStep extends ProcedureStep {
  /** The procedure it belongs to (a DoctorProcedureId, or 'symptom' / 'confirm'). */
  part: string;
  /** Showing, not fixing (the trouble as the owner meets it): doing the next part's step instead passes it over. */
  optional?: boolean;
}

export interface WalkPlan {
  steps: WalkStep[];
  titles: Record<string, string>;
  /** Procedures this model cannot do, and why. */
  unavailable: { id: string; title: string; why: string }[];
}

export interface ReplanContext {
  /** The procedure the walk was in. */
  part: string;
  /** A factory reset erased the lock during this walk. */
  resetDone: boolean;
  /** The lock answered otherwise than the step said. */
  failed: boolean;
}

export interface Replanner {
  /** The rest of the plan, afresh from the twin as it is now. */
  replan(twin: Twin, ctx: ReplanContext): WalkPlan;
  /** Steps to add once every step is done (the owner's own check), or none. */
  finish?(twin: Twin): WalkStep[];
}

export type Phase = 'step' | 'checking' | 'settling' | 'finished';

/** What "Do it for me" does on the page. */
export type Deed = { do: 'apply'; action: Action } | { do: 'press-start'; key: ButtonKey } | { do: 'press-end'; key: ButtonKey } | { do: 'next' };

export interface Passed {
  step: WalkStep;
  /** 'done' by the person or for them; 'already' so when it came up; 'skipped' (an optional step). */
  how: 'done' | 'already' | 'skipped';
}

export interface Progress {
  doneMs: number;
  ofMs: number;
}

/** A walk as plain JSON, to be carried across a page reload (keeping.ts): everything but its replanner. */
export interface SavedWalk {
  steps: WalkStep[];
  titles: Record<string, string>;
  unavailable: { id: string; title: string; why: string }[];
  index: number;
  phase: Phase;
  seen: StepProgress;
  note: string | null;
  failure: string | null;
  passed: Passed[];
  resetDone: boolean;
  startT: number;
  checkT: number;
  downT: number;
  since: LockTraceEntry[];
  finishAdded: boolean;
  failedPart: boolean;
  failures: [string, number][];
}

function failureWords(failures: ReturnType<typeof checkExpectation>): string {
  return failures.map((f) => `${f.key}: expected ${f.expected}, observed ${f.observed}`).join('; ');
}

export class Walk {
  steps: WalkStep[];
  titles: Record<string, string>;
  unavailable: { id: string; title: string; why: string }[];
  index = 0;
  phase: Phase = 'step';
  seen: StepProgress = NO_PROGRESS;
  /** Something the person should know now (a stray action, an early release, a failed answer). */
  note: string | null = null;
  /** Set when the walk ends with the lock not answering as it should. */
  failure: string | null = null;
  readonly passed: Passed[] = [];
  /** A factory reset erased the lock during the walk. */
  resetDone = false;
  private startT = 0;
  private checkT = 0;
  private downT = 0;
  private since: LockTraceEntry[] = [];
  private finishAdded = false;
  private failedPart = false;
  private readonly failures = new Map<string, number>();

  constructor(
    plan: WalkPlan,
    private readonly replanner: Replanner,
    twin: Twin,
  ) {
    this.steps = plan.steps.slice();
    this.titles = { ...plan.titles };
    this.unavailable = plan.unavailable.slice();
    this.arrive(twin);
  }

  /** This walk as plain JSON (its replanner apart). */
  saved(): SavedWalk {
    const { steps, titles, unavailable, index, phase, seen, note, failure, passed, resetDone, startT, checkT, downT, since, finishAdded, failedPart } = this;
    const plain = { steps, titles, unavailable, index, phase, seen, note, failure, passed, resetDone, startT, checkT, downT, since, finishAdded, failedPart, failures: [...this.failures] };
    return JSON.parse(JSON.stringify(plain)) as SavedWalk;
  }

  /** A saved walk, going on with `replanner` on the twin restored with it. */
  static revive(saved: SavedWalk, replanner: Replanner): Walk {
    const walk = Object.create(Walk.prototype) as Walk;
    const { failures, passed, ...rest } = structuredClone(saved);
    Object.assign(walk, rest, { replanner, passed, failures: new Map(failures) });
    return walk;
  }

  get current(): WalkStep | undefined {
    return this.phase === 'finished' ? undefined : this.steps[this.index];
  }

  /** The twin traced these entries (the page drains them into its log). */
  entries(fresh: readonly LockTraceEntry[]): void {
    for (const e of fresh) {
      this.since.push(e);
      if (e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset') this.resetDone = true;
    }
  }

  /** The page applied `a` to the twin (the person's hand, the page clock, or "Do it for me"). */
  act(a: Action, twin: Twin): void {
    if (this.phase === 'finished') return;
    if (a.do !== 'wait' && this.phase !== 'settling') this.handle(a, twin);
    this.tick(twin);
  }

  /** "Next" on a step that is only read: the person has read it. */
  acknowledge(twin: Twin): void {
    const s = this.current;
    if (this.phase === 'step' && s && !s.action) this.complete(twin);
  }

  /** Read the lock again and plan the rest of this part afresh ("Start this part again"). */
  restartPart(twin: Twin, why: string | null = null): void {
    if (this.phase === 'finished' && !this.failure) return;
    this.note = why;
    this.failure = null;
    this.failures.clear();
    this.settle(twin);
  }

  /** What "Do it for me" does now. */
  deeds(twin: Twin): Deed[] {
    const s = this.current;
    if (!s) return [];
    const now = twin.sim.now;
    if (this.phase === 'settling') {
      const held = HOLDABLE.filter((k) => twin.buttons.isHeld(k));
      if (held.length) return held.map((key) => ({ do: 'press-end', key }));
      const busy = twin.mode === 'handing' || twin.mode === 'handing-wait' ? handingWaitMs(twin.model) : twin.model.timing.programmingTimeoutMs;
      return [{ do: 'apply', action: { do: 'wait', ms: busy + SETTLE_EXTRA_MS } }];
    }
    if (this.phase === 'checking') return [{ do: 'apply', action: { do: 'wait', ms: Math.max(1, this.checkT + ANSWER_GRACE_MS - now) } }];
    const a = s.action;
    if (!a) return [{ do: 'next' }];
    switch (a.do) {
      case 'wait':
        return [{ do: 'apply', action: { do: 'wait', ms: Math.max(1, this.startT + a.ms - now) } }];
      case 'hold':
        return [{ do: 'press-start', key: a.key }];
      case 'release':
        return [{ do: 'press-end', key: a.key }];
      case 'press':
        return this.seen.down ? [{ do: 'press-end', key: a.key }] : [{ do: 'apply', action: a }];
      case 'hold-for': {
        if (!this.seen.down) return [{ do: 'apply', action: a }];
        const left = a.ms - this.heldMs(twin);
        return [...(left > 0 ? [{ do: 'apply' as const, action: { do: 'wait' as const, ms: left } }] : []), { do: 'press-end', key: a.key }];
      }
      case 'type':
        return [{ do: 'apply', action: { ...a, digits: digitsLeft(s, this.seen) } }];
      default:
        return [{ do: 'apply', action: a }];
    }
  }

  /** How far a wait or a timed hold has come, or null. */
  progress(twin: Twin): Progress | null {
    const s = this.current;
    if (!s?.action || this.phase !== 'step') return null;
    const now = twin.sim.now;
    const a = s.action;
    if (a.do === 'hold-for' && this.seen.down) return { doneMs: Math.min(a.ms, this.heldMs(twin)), ofMs: a.ms };
    if (a.do !== 'wait') return null;
    const fw = twin.firmware.s;
    if (twin.mode === 'reset-hold' && fw.tHold >= 0) {
      const of = twin.model.timing.resetHoldMs;
      return { doneMs: Math.max(0, Math.min(of, of - (fw.tHold - now))), ofMs: of };
    }
    return { doneMs: Math.max(0, Math.min(a.ms, now - this.startT)), ofMs: a.ms };
  }

  /** Keys held down on the twin now (a hold in progress). */
  held(twin: Twin): ButtonKey[] {
    return HOLDABLE.filter((k) => twin.buttons.isHeld(k));
  }

  // ---- following the person ---------------------------------------------------------------

  /** How long the step's key has been down. */
  private heldMs(twin: Twin): number {
    return this.seen.down ? twin.sim.now - this.downT : 0;
  }

  private holds(twin: Twin, s: WalkStep): string | null {
    if (!s.expect) return null;
    const failures = checkExpectation(twin, s.expect, this.since);
    return failures.length ? failureWords(failures) : null;
  }

  private handle(a: Action, twin: Twin): void {
    const p = twin.model;
    const mark = this.passed.length;
    for (let guard = 0; guard < this.steps.length + 1; guard++) {
      if (this.consumed(p, a, mark)) return;
      const s = this.current;
      if (!s) return;
      if (this.phase === 'checking') {
        // Another action came before the lock answered: it answers now, or it did not as it should.
        const wrong = this.holds(twin, s);
        if (wrong === null) {
          this.complete(twin);
          continue;
        }
        this.fail(twin, s, wrong);
        return;
      }
      if (!s.action) {
        // A step to read: doing the next one says it was read.
        const next = this.steps[this.index + 1];
        if (next && matchAction(p, next, a).kind !== 'stray') {
          this.complete(twin);
          continue;
        }
        this.stray(twin, a, s);
        return;
      }
      if (s.action.do === 'wait') {
        const wrong = s.expect ? this.holds(twin, s) : null;
        if (wrong === null) {
          this.complete(twin); // its wait is over (or it waits for nothing in particular): the action is the next step's
          continue;
        }
        if (s.optional && this.skipOptional(twin)) continue;
        this.stray(twin, a, s);
        return;
      }
      const v = matchAction(p, s, a, this.seen);
      switch (v.kind) {
        case 'done':
          this.seen = NO_PROGRESS;
          if (s.expect) {
            this.phase = 'checking';
            this.checkT = twin.sim.now;
            if (this.holds(twin, s) === null) this.complete(twin);
          } else {
            this.complete(twin);
          }
          return;
        case 'progress':
          if (!this.seen.down && v.progress.down) this.downT = twin.sim.now; // when the key went down
          this.seen = v.progress;
          return;
        case 'time':
          return;
        case 'stray':
          if (s.optional && this.skipOptional(twin)) continue; // on to the fix: the action is its first step's
          this.stray(twin, a, s, v.why);
          return;
      }
    }
  }

  /** Not this step. A release the plan still wanted held is an early release (seed S9); anything
   * else the lock heard takes it off the plan; anything it did not hear is only remarked on. */
  private stray(twin: Twin, a: Action, s: WalkStep, why?: string): void {
    if (a.do === 'release') {
      if (expectsHeld(twin.model, this.steps, this.index, a.key)) {
        this.note = `You let go of ${keyWords(twin.model)(a.key)} before the lock answered, so it does not count (seed S9: even half a second early). The rest is planned again from where the lock is now.`;
        this.settle(twin);
      }
      return; // a key coming up that nothing waits for
    }
    const key = keyWords(twin.model);
    const did = `That was “${describeAction(a, key)}”${why ? ` (${why})` : ''}`;
    const asked = s.action ? `“${describeAction(s.action, key)}”` : 'to read this step (then Next)';
    if (lockHears(a)) {
      this.note = `${did}, not ${asked}. The lock heard it, so the rest is planned again from where the lock is now, once it is quiet.`;
      this.settle(twin);
      return;
    }
    this.note = `${did}; this step is ${asked}.`;
  }

  /** Time passed (or an action was handled): waits end, answers arrive or do not, a busy lock quietens. */
  private tick(twin: Twin): void {
    const s = this.current;
    if (!s) return;
    const now = twin.sim.now;
    if (this.phase === 'settling') {
      if (this.quiet(twin)) this.replan(twin);
      return;
    }
    if (this.phase === 'checking') {
      const wrong = this.holds(twin, s);
      if (wrong === null) this.complete(twin);
      else if (now - this.checkT > ANSWER_GRACE_MS) this.fail(twin, s, wrong);
      return;
    }
    if (s.action?.do !== 'wait') return;
    if (s.expect) {
      const wrong = this.holds(twin, s);
      if (wrong === null) this.complete(twin);
      else if (now - this.startT > s.action.ms + ANSWER_GRACE_MS) this.fail(twin, s, wrong);
    } else if (now - this.startT >= s.action.ms) {
      this.complete(twin);
    }
  }

  /** The lock is quiet: no keypad entry open, no erase or handing running, nothing held. */
  private quiet(twin: Twin): boolean {
    return !BUSY_MODES.has(twin.mode) && this.held(twin).length === 0;
  }

  /** A step passed over as already so since `mark` is the one this action did: it did it. */
  private consumed(p: Twin['model'], a: Action, mark: number): boolean {
    for (let i = mark; i < this.passed.length; i++) {
      const x = this.passed[i];
      if (x.how === 'already' && matchAction(p, x.step, a).kind === 'done') {
        x.how = 'done';
        return true;
      }
    }
    return false;
  }

  /** Pass over the optional steps from here; false when there are none after them. */
  private skipOptional(twin: Twin): boolean {
    let i = this.index;
    while (this.steps[i]?.optional) i++;
    if (i >= this.steps.length) return false;
    for (; this.index < i; this.index++) this.passed.push({ step: this.steps[this.index], how: 'skipped' });
    this.phase = 'step';
    this.seen = NO_PROGRESS;
    this.since = [];
    this.arrive(twin);
    return true;
  }

  private complete(twin: Twin): void {
    const s = this.steps[this.index];
    this.passed.push({ step: s, how: 'done' });
    if (s.expect) this.since = [];
    this.index++;
    this.phase = 'step';
    this.seen = NO_PROGRESS;
    this.note = null;
    this.arrive(twin);
  }

  /** A new step comes up: pass over what is already so; at the end, the owner's check, then done. */
  private arrive(twin: Twin): void {
    this.startT = twin.sim.now;
    for (;;) {
      const s = this.steps[this.index];
      if (!s) {
        const more = !this.finishAdded && this.replanner.finish ? this.replanner.finish(twin) : [];
        this.finishAdded = true;
        if (more.length) {
          this.steps.push(...more);
          continue;
        }
        this.phase = 'finished';
        return;
      }
      // SecureScreen's digits are known once shown (product-facts M7): the step asks for those.
      if (s.action?.do === 'type-shown' && twin.screenDigits !== '') this.steps[this.index] = { ...s, action: { do: 'type', digits: twin.screenDigits } };
      if (!alreadyDone(s, twin)) return;
      this.passed.push({ step: s, how: 'already' });
      this.index++;
    }
  }

  private fail(twin: Twin, s: WalkStep, wrong: string): void {
    const n = (this.failures.get(s.part) ?? 0) + 1;
    this.failures.set(s.part, n);
    if (n >= MAX_PART_FAILURES) {
      this.note = null;
      this.failure = `The lock refused “${this.titles[s.part] ?? s.part}” ${n} times (${wrong}). Start this part again to try once more — “Do it for me” does each step exactly.`;
      this.phase = 'finished';
      return;
    }
    this.note = `The lock did not answer as this step says (${wrong}). The rest is planned again from where the lock is now.`;
    this.failedPart = true;
    if (s.part === 'confirm') this.failure = `The check did not pass: ${wrong}.`;
    this.settle(twin);
  }

  private settle(twin: Twin): void {
    this.phase = 'settling';
    this.seen = NO_PROGRESS;
    if (this.quiet(twin)) this.replan(twin);
  }

  private replan(twin: Twin): void {
    const part = this.steps[this.index]?.part ?? 'confirm';
    const plan = this.replanner.replan(twin, { part, resetDone: this.resetDone, failed: this.failedPart });
    this.failedPart = false;
    this.steps = [...this.steps.slice(0, this.index), ...plan.steps];
    Object.assign(this.titles, plan.titles);
    for (const u of plan.unavailable) if (!this.unavailable.some((x) => x.id === u.id)) this.unavailable.push(u);
    this.since = [];
    this.phase = 'step';
    if (part === 'confirm') this.finishAdded = plan.steps.length === 0; // a failed check is not repeated unless something was repaired
    const failure = this.failure;
    this.failure = null;
    this.arrive(twin);
    if (this.ended) this.failure = failure; // a failed check with nothing left to repair ends the walk, said
  }

  private get ended(): boolean {
    return this.phase === 'finished';
  }
}
