// From the fixes the causes call for to one physical plan: the shortest sequence of procedures
// that clears them all, in the seed's order — what costs nothing first (the Lock press a
// Powerbolt 2 wants after a code, product-facts M10; the digits a 916's SecureScreen wants before
// one, M5, M7), the pack back in and the keypad's cable plugged in (product-facts M5, M6),
// a half-finished reset cancelled where its owner did not mean it (S24), batteries before
// anything else (S25, S10), a reset only where one is called for, and after any
// reset the door handing, a Mastercode, a new code and its test with the door open (S23, S21,
// S19, S20). A fix another one already covers is
// dropped (a reset includes fresh batteries and handing; relearning the handing frees a jam).
// Each step cites the model's own guide, or says whose it borrows (own-cite.ts).

import type { ModelProfile } from '../models/profile.ts';
import type { DoctorProcedureId, LockFacts, ProcedureStep } from './procedure-kit.ts';
import { buildProcedure } from './procedures.ts';
import { ownCite } from './own-cite.ts';

export interface PlanStep extends ProcedureStep {
  /** 1-based step number across the plan. */
  n: number;
  part: DoctorProcedureId;
}

/** A procedure the plan leaves out (unavailable-words.ts says it). */
export interface LeftOut {
  id: DoctorProcedureId;
  title: string;
  why: string;
}

export interface Plan {
  /** The procedures, in order. */
  ids: DoctorProcedureId[];
  titles: Partial<Record<DoctorProcedureId, string>>;
  steps: PlanStep[];
  /** Procedures this model cannot do: each with its title, the words a person reads for it, and why. */
  unavailable: LeftOut[];
  /** What the owner knows once the plan is done. */
  facts: LockFacts;
  /** The plan includes a factory reset. */
  resets: boolean;
}

/** The seed's order (S23, S25): power and batteries, the reset, handing, then codes. */
const ORDER: readonly DoctorProcedureId[] = [
  'press-firmly',
  'code-then-lock',
  'shown-digits-first',
  'insert-pack',
  'reconnect-exterior',
  'cancel-reset',
  'wait-lockout',
  'replace-batteries',
  'try-factory-code',
  'finish-reset',
  'factory-reset',
  'clear-jam',
  'relearn-handing',
  'replace-code',
  'set-mastercode',
  'add-code',
  'test-codes-door-open',
];

const RESETS: ReadonlySet<DoctorProcedureId> = new Set(['finish-reset', 'factory-reset']);

/** What each fix already does, so that the other is not repeated. */
const COVERS: Partial<Record<DoctorProcedureId, readonly DoctorProcedureId[]>> = {
  'factory-reset': ['replace-batteries', 'wait-lockout', 'clear-jam', 'relearn-handing', 'finish-reset', 'cancel-reset', 'replace-code', 'try-factory-code', 'insert-pack'],
  'finish-reset': ['wait-lockout', 'clear-jam', 'relearn-handing', 'replace-code', 'try-factory-code', 'cancel-reset'],
  // Fresh batteries take the pack out and put it back without Program: that cancels a half-finished reset too.
  'replace-batteries': ['wait-lockout', 'insert-pack', 'cancel-reset'],
  'relearn-handing': ['clear-jam'],
  'reconnect-exterior': ['insert-pack'],
};

/** After a reset, a new code or a replaced one: what must follow (seed S19–S21, S23). */
const FOLLOW_UPS: Partial<Record<DoctorProcedureId, readonly DoctorProcedureId[]>> = {
  'factory-reset': ['set-mastercode', 'add-code', 'test-codes-door-open'],
  'finish-reset': ['set-mastercode', 'add-code', 'test-codes-door-open'],
  'try-factory-code': [],
  'replace-code': ['test-codes-door-open'],
  'add-code': ['test-codes-door-open'],
};

/** Order the fixes, drop the covered ones, add the follow-ups. A half-finished reset on a weak
 * pack cannot be finished (the erase refuses, S10): pulling the pack aborts it, so the whole
 * reset is done again on fresh batteries. */
export function arrangeFixes(fixes: readonly DoctorProcedureId[]): DoctorProcedureId[] {
  const want = new Set(fixes);
  if (want.has('finish-reset') && want.has('replace-batteries')) {
    want.delete('finish-reset');
    want.add('factory-reset');
  }
  for (const id of [...want]) for (const f of FOLLOW_UPS[id] ?? []) want.add(f);
  for (const id of [...want]) for (const covered of COVERS[id] ?? []) if (covered !== id) want.delete(covered);
  return ORDER.filter((id) => want.has(id));
}

/** Whether a plan of these procedures already does `fix` (itself, or as part of a larger one). */
export function planCovers(ids: readonly DoctorProcedureId[], fix: DoctorProcedureId): boolean {
  return ids.includes(fix) || ids.some((id) => COVERS[id]?.includes(fix) === true);
}

export function buildPlan(p: ModelProfile, fixes: readonly DoctorProcedureId[], facts: LockFacts): Plan {
  const ids = arrangeFixes(fixes);
  const plan: Plan = { ids: [], titles: {}, steps: [], unavailable: [], facts, resets: false };
  let now = facts;
  for (const id of ids) {
    const { procedure, facts: after } = buildProcedure(id, p, now);
    if (procedure.unavailable) {
      // A follow-up this model cannot do (no Mastercode on a positional model) is skipped, and said.
      plan.unavailable.push({ id, title: procedure.title, why: procedure.unavailable });
      continue;
    }
    plan.ids.push(id);
    plan.titles[id] = procedure.title;
    for (const s of procedure.steps) plan.steps.push({ ...s, cite: ownCite(p, s.cite), n: plan.steps.length + 1, part: id });
    if (RESETS.has(id)) plan.resets = true;
    now = after;
  }
  plan.facts = now;
  return plan;
}
