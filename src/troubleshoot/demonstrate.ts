// Show, don't tell: run a prescribed plan on a twin step by step, checking after each step that
// the lock answers as the instruction says, then re-diagnose the twin and confirm the symptom is
// gone the way an owner would: close the door, lock it from outside — the bolt running out, not
// the wrong way or jammed (S15, S17) — and the code opens it (seed S7, S20, S25); a forgotten code no longer does (S7 row 1); the new Mastercode is in
// charge (S21); a half-finished reset cancelled left every code where it was (S24); and none of
// the conditions that started it remain (S24, S5, S15–S18).

import { NothingShownError, type Twin } from '../twin/twin.ts';
import type { ModelProfile } from '../models/profile.ts';
import { checkExpectation, type ExpectFailure } from '../scenario/expect-check.ts';
import { diagnoseTwin, type ConditionId, type Finding } from './conditions.ts';
import { CONDITION_TITLES } from './condition-titles.ts';
import { boltWaitMs, codeEntrySteps, lockKeyName, signalWords, spell, step, type ProcedureStep } from './procedure-kit.ts';
import type { Plan, PlanStep } from './plan.ts';
import { screenOn } from '../firmware/secure-screen.ts';
import { jamCite } from './jam-cite.ts';
import type { Expectation } from '../scenario/types.ts';
import type { EventType } from '../firmware/events.ts';
import type { TraceEntry } from '../sim/trace.ts';

export interface StepOutcome<S extends ProcedureStep = PlanStep | ConfirmStep> {
  step: S;
  /** Trace indexes the step produced: [from, to). */
  from: number;
  to: number;
  failures: ExpectFailure[];
}

export interface ConfirmStep extends ProcedureStep {
  n: number;
  /** 'symptom': the trouble shown on the twin before the fix; 'confirm': the owner's check after. */
  part: 'symptom' | 'confirm';
}

/** How to tell the symptom is gone. */
export interface ConfirmSpec {
  /** Codes that must open the door, closed and locked. */
  unlocks: string[];
  /** Codes that must no longer open it (a forgotten code that was removed). */
  refuses: string[];
  /** The Mastercode / programming code the store must hold afterwards. */
  adminCode?: string;
  /** Conditions that must be gone. */
  clears: ConditionId[];
  /** What must still be stored as it was, each code in its slot (and the admin code, where the
   * owner knows one): a half-finished reset cancelled erases nothing (seed S24). */
  kept?: { codes: Record<number, string>; adminCode?: string };
  /** How the trouble shows before the fix: a known code that does not open the locked door, or
   * Program asking for a Mastercode nobody has (seed S7, S3). `typed`: how the owner typed the
   * code, where that is the trouble — without the Lock press the lock waits for (product-facts
   * M10), or straight onto a SecureScreen that wants its digits first (M5, M7); as the lock wants
   * it where absent. `pressLock`: Lock pressed, and the bolt does not run out — it turns the wrong
   * way or stalls, and the lock gives its jam warning (seed S15, S17). `dark`: the code draws
   * nothing at all — no light, no beep — and the status light is dark too, as the owner told a
   * flat pack (seed S25). */
  symptom?: { code?: string; askProgram?: boolean; typed?: 'without-lock-press' | 'straight-onto-screen' | 'light-taps'; pressLock?: boolean; dark?: boolean };
}

export interface Confirmation {
  ok: boolean;
  checks: { says: string; ok: boolean; observed?: string }[];
}

export interface Demonstration {
  ok: boolean;
  steps: StepOutcome[];
  before: Finding[];
  after: Finding[];
  confirmation: Confirmation;
}

export type StepListener = (outcome: StepOutcome, twin: Twin) => void;

/** The lock's own "no": a wrong code, a refused or timed-out programming step, a lockout. */
const REFUSALS: ReadonlySet<string> = new Set<EventType>(['wrong-code', 'programming-failed', 'programming-timeout', 'lockout']);

/** A refusal the step did not ask for, since the previous check: an instruction followed as the
 * manual says draws none, so one means a step went wrong — even when the event the check asks
 * for came earlier in the same window (a code deleted at its first entry, its second entry then
 * a wrong code). */
function unaskedRefusals(expect: Expectation, window: readonly TraceEntry[]): ExpectFailure[] {
  const asked = new Set<string>([expect.event ?? []].flat());
  const refused = window
    .filter((e) => e.ch === 'event')
    .map((e) => (e.v as { type: string }).type)
    .filter((type) => REFUSALS.has(type) && !asked.has(type));
  return refused.length ? [{ key: 'event', expected: 'no refusal from the lock', observed: refused.join(', ') }] : [];
}

/** Run steps on the twin; each step's expectation sees what happened since the last checked one.
 * `stopAtFailure`: end at the first step answered otherwise, leaving the rest undone (perform). */
export function runSteps<S extends ProcedureStep = PlanStep | ConfirmStep>(twin: Twin, steps: readonly S[], onStep?: (outcome: StepOutcome<S>, twin: Twin) => void, stopAtFailure = false): StepOutcome<S>[] {
  const out: StepOutcome<S>[] = [];
  let mark = twin.trace.length;
  for (const s of steps) {
    const from = twin.trace.length;
    let failures: ExpectFailure[] = [];
    try {
      if (s.action) twin.apply(s.action);
    } catch (err) {
      if (!(err instanceof NothingShownError)) throw err;
      failures = [{ key: 'event', expected: 'digits on the screen to touch', observed: err.message }];
    }
    if (s.expect) {
      const window = twin.trace.since(mark);
      // The trouble shown before the fix is the lock saying no; every other step follows the manual.
      const showsTrouble = (s as { part?: string }).part === 'symptom';
      failures = [...failures, ...checkExpectation(twin, s.expect, window), ...(showsTrouble ? [] : unaskedRefusals(s.expect, window))];
      mark = twin.trace.length;
    }
    const outcome = { step: s, from, to: twin.trace.length, failures };
    out.push(outcome);
    onStep?.(outcome, twin);
    if (stopAtFailure && failures.length > 0) break;
  }
  return out;
}

/** The owner's own check, from outside with the door closed (seed S20: only after the open-door test). */
export function confirmationSteps(p: ModelProfile, twin: Twin, spec: ConfirmSpec): ConfirmStep[] {
  const steps: ProcedureStep[] = [];
  if (spec.unlocks.length + spec.refuses.length > 0 && twin.door.open) steps.push(step('Step outside and close the door.', 'seed S20', { do: 'door', state: 'closed' }));
  const screen = screenOn(twin.firmware);
  const lockUp = () => [
    step(`Press ${lockKeyName(p)}.`, 'seed S20', { do: 'press', key: 'lock' }),
    step('The bolt runs out: the door is locked.', 'seed S20', { do: 'wait', ms: boltWaitMs(p) }, { locked: true }),
  ];
  for (const code of spec.refuses) {
    steps.push(...lockUp(), ...codeEntrySteps(p, `Type the old code ${spell(code)}.`, 'seed S7', code, screen), step(`The old code ${spell(code)} is refused now.`, 'seed S7', { do: 'wait', ms: boltWaitMs(p) }, { event: 'wrong-code', noEvent: 'unlocked', locked: true }));
  }
  for (const code of spec.unlocks) {
    steps.push(...lockUp(), ...codeEntrySteps(p, `Type ${spell(code)}.`, 'seed S7, S25', code, screen), step(`${spell(code)} opens the door: the bolt withdraws.`, 'seed S7', { do: 'wait', ms: boltWaitMs(p) }, { event: 'unlocked', locked: false }));
  }
  if (spec.kept) steps.push(keptStep(p, spec.kept));
  if (spec.adminCode !== undefined) steps.push(step(`The lock's ${p.adminCodeName} is now yours.`, 'seed S21', undefined, { mastercode: spec.adminCode }));
  return steps.map((s, i) => ({ ...s, n: i + 1, part: 'confirm' as const }));
}

/** The look at the lock's memory after a cancel: every code where it was, nothing erased (S24). */
function keptStep(p: ModelProfile, kept: NonNullable<ConfirmSpec['kept']>): ProcedureStep {
  const slots = Object.keys(kept.codes);
  const codes = slots.length === 0 ? 'No code was erased' : `Every code is still stored — slot${slots.length > 1 ? 's' : ''} ${slots.join(', ')}, as before`;
  const admin = kept.adminCode ? `, and the ${p.adminCodeName} too` : '';
  const expect: Expectation = { codes: { ...kept.codes } };
  if (kept.adminCode) expect.mastercode = kept.adminCode;
  return step(`${codes}${admin}: the reset was never confirmed, so nothing was erased.`, 'seed S24', undefined, expect);
}

/** Whether Lock runs the bolt on this twin: not on a lock that is key-only with no codes (the
 * Powerbolt 250 after a reset, product-facts M9), where the trouble cannot be met at Lock. */
function lockRunsBolt(p: ModelProfile, twin: Twin): boolean {
  const store = twin.store();
  return !store.usersDisabled && !(p.lockButtonNeedsCodes && store.codes.every((c) => c === ''));
}

/** The trouble as the owner meets it, shown on the twin before the fix. */
export function symptomSteps(p: ModelProfile, twin: Twin, spec: ConfirmSpec): ConfirmStep[] {
  const steps: ProcedureStep[] = [];
  const code = spec.symptom?.code;
  if (code && twin.locked) {
    const says = `The trouble as you meet it: the door is locked; type ${spell(code)}.`;
    if (spec.symptom?.typed === 'without-lock-press') {
      steps.push(
        step(`${says} Stop there, as on a SmartCode.`, 'seed S7; product-facts M10', { do: 'type', digits: code }),
        step(`…nothing, and ${p.timing.entryTimeoutMs / 1000} s later ${signalWords(p, 'wrongCode')}: the door stays locked.`, 'product-facts M10', { do: 'wait', ms: p.timing.entryTimeoutMs + ENTRY_GIVE_UP_MARGIN_MS }, { event: 'wrong-code', noEvent: 'unlocked', locked: true }),
      );
    } else if (spec.symptom?.typed === 'light-taps') {
      steps.push(
        step(`${says} With light taps, as on a lighter keypad.`, 'seed S14', { do: 'type', digits: code, force: 'light' }),
        step('…no light, no beep: the taps were not registered, and the door stays locked.', 'seed S14', { do: 'wait', ms: boltWaitMs(p) }, { noEvent: 'unlocked', locked: true }),
      );
    } else if (spec.symptom?.typed === 'straight-onto-screen') {
      steps.push(
        step(`${says} Straight on, as on any keypad.`, 'seed S7; product-facts M7', { do: 'type', digits: code }),
        step(`…${signalWords(p, 'wrongCode')}: the first touch only woke the screen, and the next digits were taken for the ones it showed. The door stays locked, and ${p.timing.entryTimeoutMs / 1000} s later the screen goes dark.`, 'product-facts M5, M7', { do: 'wait', ms: p.timing.entryTimeoutMs + ENTRY_GIVE_UP_MARGIN_MS }, { event: ['secure-screen', 'wrong-code'], noEvent: 'unlocked', locked: true }),
      );
    } else if (spec.symptom?.dark) {
      steps.push(
        ...codeEntrySteps(p, says, 'seed S7', code),
        step('…no light, no beep, and the status light stays dark: the door stays locked.', 'seed S7, S25', { do: 'wait', ms: boltWaitMs(p) }, { led: 'off', beep: false, status: 'off', noEvent: 'unlocked', locked: true }),
      );
    } else {
      steps.push(
        ...codeEntrySteps(p, says, 'seed S7', code),
        step('…and the door stays locked.', 'seed S7', { do: 'wait', ms: boltWaitMs(p) }, { noEvent: 'unlocked', locked: true }),
      );
    }
  }
  if (spec.symptom?.pressLock && lockRunsBolt(p, twin)) {
    steps.push(
      step(`The trouble as you meet it: press ${lockKeyName(p)} to lock the door.`, 'seed S15, S17', { do: 'press', key: 'lock' }),
      step(`…the bolt does not run out — it turns the wrong way or stalls — and the lock gives ${signalWords(p, 'jammed')}: the door stays unlocked.`, jamCite(p), { do: 'wait', ms: boltWaitMs(p) }, { event: 'jam', noEvent: 'locked', locked: false }),
    );
  }
  if (spec.symptom?.askProgram && p.programming === 'mastercode-program-button') {
    steps.push(
      step(`The trouble as you meet it: press Program — ${signalWords(p, 'programEnterAuth')}: the lock wants a Mastercode nobody has.`, 'seed S3; product-facts M1', { do: 'press', key: 'program' }, { mode: 'prog-auth' }),
      step(`Without it, programming gives up after ${p.timing.programmingTimeoutMs / 1000} s.`, 'seed S3; product-facts M1', { do: 'wait', ms: p.timing.programmingTimeoutMs + PROGRAMMING_GIVE_UP_MARGIN_MS }, { event: 'programming-timeout', mode: 'idle' }),
    );
  }
  return steps.map((s, i) => ({ ...s, n: i + 1, part: 'symptom' as const }));
}

const PROGRAMMING_GIVE_UP_MARGIN_MS = 1_000;
/** Past the entry timeout, when a code typed without its Lock press is given up on. */
const ENTRY_GIVE_UP_MARGIN_MS = 1_000;

/** Show the trouble, run the plan on the twin, then the owner's check, then diagnose again. */
export function demonstrate(twin: Twin, plan: Plan, spec: ConfirmSpec, onStep?: StepListener): Demonstration {
  const before = diagnoseTwin(twin);
  const checks: Confirmation['checks'] = [];
  const shown = runSteps(twin, symptomSteps(twin.model, twin, spec), onStep);
  if (shown.length) {
    const ok = shown.every((s) => s.failures.length === 0);
    checks.push({ says: 'before the fix, the twin shows the trouble', ok, observed: ok ? undefined : describeFailures(shown) });
  }
  const steps = runSteps(twin, plan.steps, onStep);
  const stepsOk = steps.every((s) => s.failures.length === 0);
  checks.push({ says: 'every step answered as the instructions say', ok: stepsOk, observed: stepsOk ? undefined : describeFailures(steps) });
  const confirm = runSteps(twin, confirmationSteps(twin.model, twin, spec), onStep);
  for (const c of confirm) {
    if (!c.step.expect) continue;
    checks.push({ says: c.step.says, ok: c.failures.length === 0, observed: c.failures.length ? describe(c.failures) : undefined });
  }
  const after = diagnoseTwin(twin);
  for (const id of spec.clears) {
    const still = after.find((f) => f.id === id);
    checks.push({ says: `no longer: ${CONDITION_TITLES[id]}`, ok: !still, observed: still?.says });
  }
  const ok = checks.every((c) => c.ok);
  return { ok, steps: [...shown, ...steps, ...confirm], before, after, confirmation: { ok, checks } };
}

function describe(failures: readonly ExpectFailure[]): string {
  return failures.map((f) => `${f.key}: expected ${f.expected}, observed ${f.observed}`).join('; ');
}

function describeFailures(steps: readonly StepOutcome[]): string {
  return steps
    .filter((s) => s.failures.length)
    .map((s) => `step ${s.step.n} (${s.step.says.slice(0, 40)}…): ${describe(s.failures)}`)
    .join(' | ');
}
