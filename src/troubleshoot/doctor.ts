// The doctor's engine, without any prompting: from an owner's symptom and answers (seed S7's
// table, ranked by symptoms.ts), or from a twin's own state (conditions.ts: the half-finished
// reset S24, cancelled unless its owner meant it, failed handing S15–S18 and why S17, critical battery S25, untrusted store S5,
// lockout M4, no Mastercode S21, untested codes S20), it names the causes in the owner's words,
// prescribes the shortest physical plan (plan.ts), says what to try if the first fix does not
// cure it, and — where a reset is prescribed — the seed's after-reset guidance (S20–S23). Each
// case carries a twin in that condition and how to confirm the cure, for demonstrate.ts.

import { chargeForVolts } from '../hardware/battery.ts';
import type { ModelProfile } from '../models/profile.ts';
import { hasSecureScreen, screenOn } from '../firmware/secure-screen.ts';
import type { Twin } from '../twin/twin.ts';
import { codesBySlot } from '../twin/store-words.ts';
import { diagnoseTwin, untestedSlots, type Finding } from './conditions.ts';
import { afterResetGuidance, type AfterReset } from './after-reset.ts';
import { conditionTwin, DEMO_NEW_ADMIN, DEMO_NEW_CODE } from './condition-twin.ts';
import { whyHandingFailed, type HandingWhy } from './handing-why.ts';
import { buildPlan, planCovers, type LeftOut, type Plan } from './plan.ts';
import { ownCite } from './own-cite.ts';
import { fixTitle } from './fix-title.ts';
import { cannotLine, leftOutLine } from './unavailable-words.ts';
import { assumedLine } from './assumed-words.ts';
import { armedResetFix, batteriesAtCancelSays, cancelTakesBatteries } from './reset-intent.ts';
import { packStoryFromTwin } from './pack-story.ts';
import { inRankOrder } from './rank-order-words.ts';
import type { DoctorProcedureId, LockFacts } from './procedure-kit.ts';
import type { ConfirmSpec } from './demonstrate.ts';
import { batteriesUnchecked, symptomOn, questionsFor, rankCauses, type Answers, type Cause, type CauseId, type QuestionId, type Symptom, type SymptomId } from './symptoms.ts';

export interface DoctorCause {
  rank: number;
  id: string;
  says: string;
  cite: string;
  fix: DoctorProcedureId;
  /** The fix as a person reads it: its procedure's title (fix-title.ts). */
  fixTitle: string;
}

export interface DoctorReport {
  model: { id: string; name: string };
  from: 'symptom' | 'twin';
  symptom?: Symptom;
  answers: Answers;
  /** Questions not answered, taken at their cautious default (symptoms.ts DEFAULT_ANSWERS). */
  assumed: QuestionId[];
  /** What the twin's own state shows (twin diagnosis only). */
  findings: Finding[];
  /** Why door handing failed, when it did. */
  handing?: HandingWhy;
  causes: DoctorCause[];
  procedure: Omit<Plan, 'facts'>;
  /** If the prescribed fix does not cure it: the next cause and its fix. */
  ifPersists?: DoctorCause;
  afterReset?: AfterReset;
  also: string[];
}

export interface DoctorCase {
  report: DoctorReport;
  /** A twin in the condition diagnosed: the one given, or one built for the top cause. */
  twin: Twin;
  plan: Plan;
  confirm: ConfirmSpec;
}

const P_REPAIR = 2; // findings of priority 1–2 are repairs; 3 is advice (conditions.ts)
const P_ADVICE = 3;
const RESET_FIXES: ReadonlySet<DoctorProcedureId> = new Set(['factory-reset', 'finish-reset']);
/** Complaints no repair of the lock explains — a code someone forgot (seed S7 row 1), a
 * Mastercode nobody handed over (S7 row 3, S3): their fix follows the repairs the twin needs
 * (a weak pack first, S25, S10), where a complaint a repair may explain waits to see whether
 * it persists. */
const NOT_FROM_REPAIRS: ReadonlySet<SymptomId> = new Set(['forgot-one-code', 'no-mastercode']);
/** Causes under which the household's codes still open the door: nothing to show by typing one. */
const CODE_WORKS: ReadonlySet<CauseId> = new Set(['code-forgotten', 'factory-code-unchanged', 'mastercode-lost']);

/** Handing failed or not learned: it follows a reset (S15). */
const HANDING_UNLEARNED: ReadonlySet<CauseId> = new Set(['handing-failed', 'handing-wrong']);

/** A failed handing follows a reset (S15): the codes went with it, so the after-reset steps
 * follow the relearning (S23: reset, handing, a verified new code; S21). */
function fixesFor(cause: Cause): DoctorProcedureId[] {
  return HANDING_UNLEARNED.has(cause.id) ? [cause.fix, 'set-mastercode', 'add-code'] : [cause.fix];
}

/** Numbered, most likely first, each citing the model's own guide or saying whose it borrows (own-cite.ts). */
function ranked(p: ModelProfile, causes: readonly Omit<DoctorCause, 'rank' | 'fixTitle'>[], plan: Plan): DoctorCause[] {
  return causes.map((c, i) => ({ rank: i + 1, ...c, cite: ownCite(p, c.cite), fixTitle: fixTitle(p, c.fix, plan) }));
}

/** The cause's own fix, where the plan left it out. */
function leftOutFix(plan: Plan, fix: DoctorProcedureId): LeftOut | undefined {
  return plan.unavailable.find((u) => u.id === fix);
}

function publicPlan(plan: Plan): Omit<Plan, 'facts'> {
  const { facts: _facts, ...rest } = plan;
  return rest;
}

/** How the owner tells that the cure worked (seed S7, S20, S21). */
function confirmSpec(plan: Plan, before: readonly Finding[], facts: LockFacts, forgotten?: string): ConfirmSpec {
  const added = plan.ids.includes('add-code') || plan.ids.includes('replace-code');
  const known = Object.values(plan.facts.codes).filter((c) => c !== '');
  const unlocks = added ? [plan.facts.newCode] : known.length ? [known[0]] : [];
  const refuses = forgotten !== undefined && !Object.values(plan.facts.codes).includes(forgotten) ? [forgotten] : [];
  const adminSet = plan.ids.includes('set-mastercode') || plan.ids.includes('try-factory-code');
  const skipped = new Set(plan.unavailable.map((u) => u.id));
  const spec: ConfirmSpec = { unlocks, refuses, clears: before.filter((f) => !skipped.has(f.fix)).map((f) => f.id) };
  if (adminSet) spec.adminCode = plan.facts.adminCode ?? facts.newAdminCode;
  // A half-finished reset cancelled: the owner's codes are all still there (seed S24).
  if (plan.ids.includes('cancel-reset') && !plan.resets) spec.kept = { codes: { ...plan.facts.codes }, ...(plan.facts.adminCode ? { adminCode: plan.facts.adminCode } : {}) };
  return spec;
}

// ---- from the owner's story -----------------------------------------------------------------

export function examineSymptom(p: ModelProfile, symptomId: SymptomId, answers: Answers): DoctorCase {
  const symptom = symptomOn(p, symptomId);
  // What the interview would still ask, given the answers: a question they skip is not assumed.
  const assumed = questionsFor(symptomId, p, answers).map((q) => q.id);
  const causes = rankCauses(symptomId, p, answers);
  const also: string[] = [];
  // The first cause whose fix this model can do; a fix it cannot do is said, not hidden.
  let chosen = 0;
  let made = conditionTwin(p, symptomId, causes[0].id, answers);
  let plan = buildPlan(p, fixesFor(causes[0]), made.facts);
  let out = leftOutFix(plan, causes[chosen].fix);
  while (out && chosen + 1 < causes.length) {
    also.push(cannotLine(out, p.name));
    chosen++;
    made = conditionTwin(p, symptomId, causes[chosen].id, answers);
    plan = buildPlan(p, fixesFor(causes[chosen]), made.facts);
    out = leftOutFix(plan, causes[chosen].fix);
  }
  for (const u of plan.unavailable) if (u.id !== causes[chosen].fix) also.push(leftOutLine(u));
  const list = ranked(p, causes.slice(chosen), plan);
  const next = list.find((c) => !planCovers(plan.ids, c.fix));
  const before = diagnoseTwin(made.twin);
  const forgotten = made.facts.forgotten ? made.twin.store().codes[made.facts.forgotten.slot - 1] : undefined;
  const report: DoctorReport = {
    model: { id: p.id, name: p.name },
    from: 'symptom',
    // The seed's table cites claims about one model (S11, the 250's keypad delete): as this model's.
    symptom: { ...symptom, cite: ownCite(p, symptom.cite) },
    answers: { ...answers },
    assumed,
    findings: [],
    causes: list,
    procedure: publicPlan(plan),
    also,
  };
  if (next) report.ifPersists = next;
  if (plan.resets || HANDING_UNLEARNED.has(causes[chosen].id)) report.afterReset = afterResetGuidance(p);
  const takenAs = assumedLine(p, symptomId, answers, assumed);
  if (takenAs) also.push(takenAs);
  const confirm = confirmSpec(plan, before.filter((f) => f.priority <= P_REPAIR), made.facts, forgotten);
  const top = list[0].id as CauseId;
  // The bolt's trouble is met at the Lock press, not in a code (seed S15, S17).
  if (symptomId === 'bolt-misbehaves') confirm.symptom = { pressLock: true };
  else if (top === 'mastercode-lost') confirm.symptom = { askProgram: true };
  else if (top === 'light-presses' && made.ownerCode) confirm.symptom = { code: made.ownerCode, typed: 'light-taps' };
  else if (top === 'code-not-confirmed' && made.ownerCode) confirm.symptom = { code: made.ownerCode, typed: 'without-lock-press' };
  else if (top === 'secure-screen-on' && made.ownerCode) confirm.symptom = { code: made.ownerCode, typed: 'straight-onto-screen' };
  // A keypad told dark and silent is shown so, its status light included (seed S25).
  else if (top === 'battery-critical' && made.facts.pack?.shows === 'dark' && made.ownerCode) confirm.symptom = { code: made.ownerCode, dark: true };
  else if (!CODE_WORKS.has(top) && made.ownerCode) confirm.symptom = { code: made.ownerCode };
  return { report, twin: made.twin, plan, confirm };
}

// ---- from the twin's own state --------------------------------------------------------------

/** What the owner of this twin knows: its codes and Mastercode (unless told they are lost). */
export function factsFromTwin(twin: Twin, lostAdmin = false): LockFacts {
  const store = twin.store();
  const codes = store.trusted ? codesBySlot(store) : {};
  const facts: LockFacts = {
    adminCode: store.trusted && !lostAdmin ? store.adminCode : null,
    codes,
    untested: untestedSlots(twin.trace.entries),
    handed: store.handed !== 'none',
    doorOpen: twin.door.open,
    tag: twin.tag,
    newCode: DEMO_NEW_CODE,
    newAdminCode: DEMO_NEW_ADMIN,
  };
  if (twin.mode === 'reset-hold') facts.holdLeftMs = Math.max(0, twin.firmware.s.tHold - twin.sim.now);
  if (twin.buttons.isHeld('program')) facts.programHeld = true;
  if (screenOn(twin.firmware)) facts.screen = true;
  const pack = packStoryFromTwin(twin);
  if (pack.shows) facts.pack = pack;
  return facts;
}

export interface TwinExamOptions {
  /** What the owner says besides (e.g. no-mastercode: the twin's Mastercode is unknown to them). */
  symptom?: SymptomId;
  answers?: Answers;
  /** The code someone forgot (seed S7 row 1): its slot, and its digits when they are on record. */
  forgotten?: LockFacts['forgotten'];
}

export function examineTwin(twin: Twin, opts: TwinExamOptions = {}): DoctorCase {
  const p = twin.model;
  // A half-finished reset is cancelled unless its owner says they meant it (reset-intent.ts).
  const findings = diagnoseTwin(twin).map((f) => ({ ...f, cite: ownCite(p, f.cite), fix: f.id === 'reset-armed' ? armedResetFix(opts.answers?.meantReset) : f.fix }));
  const why = findings.some((f) => f.id === 'handing-not-learned' || f.id === 'bolt-jammed') ? whyHandingFailed(twin) : null;
  const handing = why ? { ...why, cite: ownCite(p, why.cite) } : undefined;
  const causes: Omit<DoctorCause, 'rank' | 'fixTitle'>[] = findings.map((f) => ({
    id: f.id,
    says: f.id === 'handing-not-learned' && handing ? `${f.says} ${handing.says}` : f.says,
    cite: f.id === 'handing-not-learned' && handing ? `${f.cite}; ${handing.cite}` : f.cite,
    fix: f.fix,
  }));
  const lostAdmin = opts.symptom === 'no-mastercode' || opts.answers?.mastercode === 'lost';
  const facts = factsFromTwin(twin, lostAdmin);
  if (opts.forgotten) facts.forgotten = opts.forgotten;
  // Batteries the owner changed recently are re-seated before fresh ones (pack-story.ts).
  if (opts.answers?.batteriesChanged === 'recent') facts.pack = { ...facts.pack, recent: true };
  const also: string[] = [];
  if (!twin.battery.present && twin.battery.stateOfCharge <= chargeForVolts(p.battery.lowVolts)) {
    // The pack that came out is itself weak: fresh batteries, not the same pack (seed S25, S10).
    causes.push({ id: 'battery-low', says: 'The pack that was taken out is weak: put fresh batteries in rather than the same pack.', cite: 'seed S25, S10; product-facts G4', fix: 'replace-batteries' });
  }
  const repairs = findings.some((f) => f.priority <= P_REPAIR);
  const wasReset = twin.trace.entries.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset');
  // Advice joins the plan when nothing needs repair, or in the after-reset phase (seed S23:
  // reset, handing, a verified new code); an untested code is always tested (S20).
  const afterResetPhase = findings.some((f) => RESET_FIXES.has(f.fix)) || (wasReset && findings.some((f) => f.id === 'no-codes'));
  const fixes: DoctorProcedureId[] = [];
  for (const c of causes) {
    const advice = findings.find((f) => f.id === c.id)?.priority === P_ADVICE;
    if (!advice || !repairs || afterResetPhase || c.fix === 'test-codes-door-open') fixes.push(c.fix);
    else also.push(`${c.says} (${c.cite}) — once the lock works again.`);
  }
  let symptomCauses: Cause[] = [];
  if (opts.symptom) {
    // Whether the screen lights digits at a touch, the twin knows (a 915/916's SecureScreen, M5, M7).
    const seen: Answers = hasSecureScreen(p) ? { screenDigits: screenOn(twin.firmware) ? 'yes' : 'no' } : {};
    const told: Answers = { ...seen, ...(opts.answers ?? {}) };
    symptomCauses = rankCauses(opts.symptom, p, told);
    // Batteries nobody has checked beside a half-finished reset cancelled: fresh ones go in while
    // the cancel has the pack out, one act (reset-intent.ts cancelTakesBatteries), as from the story.
    const battery = batteriesUnchecked(opts.symptom, p, told) ? 'battery-unchecked' : undefined;
    if (findings.some((f) => f.id === 'reset-armed') && cancelTakesBatteries(told.meantReset, battery)) {
      const age = told.batteriesChanged === 'old' ? 'old' : 'unknown';
      symptomCauses = symptomCauses.filter((c) => c.id !== battery);
      facts.pack = { ...facts.pack, unchecked: age };
      for (const c of causes) if (c.id === 'reset-armed') c.says = `${c.says} ${batteriesAtCancelSays(age)}`;
    }
    if (!repairs && symptomCauses.length) fixes.unshift(symptomCauses[0].fix);
    else if (NOT_FROM_REPAIRS.has(opts.symptom) && symptomCauses.length) fixes.push(symptomCauses[0].fix);
    for (const c of symptomCauses) if (!causes.some((x) => x.fix === c.fix)) causes.push(c);
  }
  const plan = buildPlan(p, fixes, facts);
  for (const u of plan.unavailable) also.push(leftOutLine(u));
  // The symptom's causes follow the twin's own: their words, after the causes ranked before them.
  const inOrder = inRankOrder(p, opts.answers?.batteriesChanged, causes);
  if (findings.length === 0 && !opts.symptom) also.push('Nothing wrong found: the lock is powered, its code store is sound, the door handing is learned and no warning is active.');
  const list = ranked(p, inOrder, plan);
  const report: DoctorReport = {
    model: { id: p.id, name: p.name },
    from: 'twin',
    answers: { ...(opts.answers ?? {}) },
    assumed: [],
    findings,
    causes: list,
    procedure: publicPlan(plan),
    also,
  };
  if (opts.symptom) report.symptom = symptomOn(p, opts.symptom);
  if (handing) report.handing = handing;
  const next = list.find((c) => !planCovers(plan.ids, c.fix));
  if (next && plan.ids.length) report.ifPersists = next;
  if (plan.resets || afterResetPhase) {
    report.afterReset = afterResetGuidance(p);
  }
  return { report, twin, plan, confirm: confirmSpec(plan, findings.filter((f) => fixes.includes(f.fix)), facts, opts.forgotten?.code ?? undefined) };
}
