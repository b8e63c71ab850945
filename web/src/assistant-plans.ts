// What the Assistant panel walks, taken whole from the troubleshooter (src/troubleshoot/): no
// instruction is written here.
//  - The seed's story (seed S3, S7 row 3, S8, S9, S15–S21, S23): the lock came with the house and
//    its Mastercode with nobody; the trouble as the new owner meets it (Program asks for a
//    Mastercode nobody has — demonstrate.ts symptomSteps), then the plan the doctor makes for a
//    factory reset (plan.ts buildPlan: the reset, door handing, a new Mastercode where the model
//    has one, a user code, and the code tested with the door open — S23's order, S21, S19, S20).
//  - "Something's wrong": the owner's complaint (the seed's symptom table, S7 — symptoms.ts)
//    and the twin's own condition (conditions.ts diagnoseTwin, through doctor.ts examineTwin: a
//    weak pack S25, a half-finished reset S24 — cancelled, since nothing is erased yet —, handing
//    not learned S15–S18, a lockout M4…), the plan it prescribes, then the owner's own check
//    from outside (demonstrate.ts confirmationSteps, S7, S20).
//  - When the lock leaves the plan, the rest is planned afresh the same way: what the twin now
//    shows wrong, plus what the plan still had to do.
// Every source is printed as the doctor prints it for the model (own-cite.ts ownCite): its own, or
// said to be borrowed — the 913's Program-button guide M1 on a 916, the 250's S11 left out.
// The page drains the twin's trace into its log (session.ts); the doctor reads the trace for
// codes never tested (S20) and for a reset already done, so it is lent the log while it reads.

import type { Twin } from '../../src/twin/twin.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { buildPlan, type Plan } from '../../src/troubleshoot/plan.ts';
import { examineTwin, factsFromTwin } from '../../src/troubleshoot/doctor.ts';
import { diagnoseTwin } from '../../src/troubleshoot/conditions.ts';
import { confirmationSteps, symptomSteps, type ConfirmSpec } from '../../src/troubleshoot/demonstrate.ts';
import { afterResetGuidance } from '../../src/troubleshoot/after-reset.ts';
import { symptomOn, type SymptomId } from '../../src/troubleshoot/symptoms.ts';
import { sourceCite, spell, type DoctorProcedureId, type LockFacts } from '../../src/troubleshoot/procedure-kit.ts';
import { joinCites } from '../../src/troubleshoot/cites.ts';
import { ownCite } from '../../src/troubleshoot/own-cite.ts';
import { cannotLine, leftOutLine } from '../../src/troubleshoot/unavailable-words.ts';
import type { ReplanContext, Replanner, WalkPlan, WalkStep } from './assistant-walk.ts';
import { STORY_TITLE, symptomAnswer } from './assistant-words.ts';

/** The story's source, as the Assistant prints it for model p. */
export function storyCite(p: ModelProfile): string {
  return ownCite(p, STORY_SOURCE);
}

/** A reading whose source is written as the seed or product-facts give it, cited for model p. */
function ownReading(p: ModelProfile, says: string, cite: string): Reading {
  return { says, cite: ownCite(p, cite) };
}

/** Steps whose sources are written as given (demonstrate.ts), cited for model p. */
function ownSteps<S extends { cite: string }>(p: ModelProfile, steps: S[]): S[] {
  return steps.map((s) => ({ ...s, cite: ownCite(p, s.cite) }));
}

/** Findings of this priority or more urgent are repairs; the rest is advice (conditions.ts). */
const REPAIR_PRIORITY = 2;
const RESETS: ReadonlySet<DoctorProcedureId> = new Set(['factory-reset', 'finish-reset']);
/** The seed's claims the story as a whole follows. */
const STORY_SOURCE = 'seed S3, S8, S9, S15–S21, S23';
const SHOWN_PART = 'symptom';
/** The part of a walk that checks the fix as the owner would from outside (demonstrate.ts confirmationSteps). */
export const CONFIRM_PART = 'confirm';

export interface Reading {
  says: string;
  cite: string;
  /** Said at the walk's end only while the twin's admin code is still this one, the code a reset
   * leaves (assistant-summary.ts stillDue): advice to set or change it is done once it is the
   * owner's own (seed S21). */
  whileAdminCode?: string;
}

export interface Guide {
  kind: 'story' | 'symptom';
  title: string;
  /** What the troubleshooter read on the lock and decided, in plain words with sources. */
  read: Reading[];
  plan: WalkPlan;
  replanner: KeptReplanner;
  /** Nothing can be walked on this model, and why. */
  unavailable?: string;
  /** Said once the walk is done. */
  after: Reading[];
}

/** A guide as plain JSON, to be carried across a page reload: its replanner as what it goes by. */
export interface SavedGuide extends Omit<Guide, 'replanner'> {
  replan: ReplanData;
}

export function saveGuide(g: Guide): SavedGuide {
  const { replanner: r, ...rest } = g;
  return JSON.parse(JSON.stringify({ ...rest, replan: r.data() })) as SavedGuide;
}

/** A saved guide, its replanner reading the page's log through `log`. */
export function reviveGuide(saved: SavedGuide, log: () => readonly LockTraceEntry[]): Guide {
  const { replan, ...rest } = structuredClone(saved);
  return { ...rest, replanner: replanner(replan, log) };
}

/** Run `fn` with the page's log in the twin's trace, as the doctor expects to find it. */
export function withLog<T>(twin: Twin, log: readonly LockTraceEntry[], fn: () => T): T {
  const own = twin.trace.entries;
  const kept = own.splice(0, own.length);
  own.push(...log, ...kept);
  try {
    return fn();
  } finally {
    own.length = 0;
    own.push(...kept);
  }
}

function walkPlan(plan: Plan, before: WalkStep[] = [], titles: Record<string, string> = {}): WalkPlan {
  const t: Record<string, string> = { ...titles };
  for (const [id, title] of Object.entries(plan.titles)) if (title) t[id] = title;
  return { steps: [...before, ...plan.steps.map((s) => ({ ...s }))], titles: t, unavailable: plan.unavailable.map((u) => ({ ...u })) };
}

/** What a replanner goes by: plain JSON, so that a walk's replanner survives a page reload. */
export interface ReplanData {
  ids: DoctorProcedureId[];
  /** The Mastercode the owner does not know ('' when none was set: nothing is lost). */
  lostCode: string;
  /** The owner knows no admin code at all until a reset (the story, seed S3). */
  lostAlways: boolean;
  forgotten?: LockFacts['forgotten'];
  /** The owner's own check once every step is done (a symptom's walk), or none. */
  confirm?: ConfirmSpec;
}

/** A replanner that can say what it goes by now. */
export interface KeptReplanner extends Replanner {
  data(): ReplanData;
}

/** Plans the rest afresh: what the twin now shows wrong, and what the plan still had to do. */
export function replanner(setup: ReplanData, log: () => readonly LockTraceEntry[]): KeptReplanner {
  let ids = setup.ids.slice();
  let lostAlways = setup.lostAlways;
  const confirm = setup.confirm;
  return {
    finish: confirm ? (t: Twin): WalkStep[] => ownSteps(t.model, confirmationSteps(t.model, t, confirm)).map((s) => ({ ...s, part: CONFIRM_PART })) : undefined,
    data: () => ({ ...setup, ids: ids.slice(), lostAlways }),
    replan(twin: Twin, ctx: ReplanContext): WalkPlan {
      const p = twin.model;
      const at = ids.indexOf(ctx.part as DoctorProcedureId);
      let rest: DoctorProcedureId[] = ctx.part === CONFIRM_PART ? [] : at >= 0 ? ids.slice(at) : ids.slice();
      if (ctx.failed && ctx.part === 'try-factory-code') {
        // The factory code was refused: it was changed, so on to the reset (its own instruction says so).
        lostAlways = true;
        rest = rest.map((id) => (id === 'try-factory-code' ? 'factory-reset' : id));
      }
      if (ctx.resetDone) rest = rest.filter((id) => !RESETS.has(id));
      if (twin.mode === 'reset-armed') rest = rest.map((id) => (id === 'factory-reset' ? 'finish-reset' : id));
      return withLog(twin, log(), () => {
        const repairs = diagnoseTwin(twin)
          .filter((f) => f.priority <= REPAIR_PRIORITY)
          .map((f) => f.fix);
        const admin = twin.store().adminCode;
        const lost = !ctx.resetDone && (lostAlways || (setup.lostCode !== '' && admin === setup.lostCode));
        const facts: LockFacts = { ...factsFromTwin(twin, lost) };
        if (setup.forgotten && rest.includes('replace-code')) facts.forgotten = setup.forgotten;
        const plan = buildPlan(p, [...repairs, ...rest], facts);
        ids = plan.ids.slice();
        return walkPlan(plan);
      });
    },
  };
}

function afterWords(twin: Twin, resets: boolean): Reading[] {
  if (!resets) return [];
  const a = afterResetGuidance(twin.model);
  const p = twin.model;
  const admin: Reading = { ...ownReading(p, a.setMastercode, 'seed S21'), ...(p.programming === 'positional' ? {} : { whileAdminCode: p.defaults.adminCodeAfterReset }) };
  const out: Reading[] = [ownReading(p, a.order, 'seed S23'), admin, ownReading(p, a.slotPlan, 'seed S22')];
  if (a.restored) out.push({ says: a.restored, cite: a.cite });
  return out;
}

/** Where the story's premise — a Mastercode set by someone else and lost — does not hold for this
 * lock: a model with none (its reset clears the previous owner's codes, seed S6, S7), or one still
 * at its factory code, which opens the menu with no reset at all (seed S12; the doctor's
 * "try the factory code" first). Said before the walk, which still shows the story's reset. */
function storyPremise(twin: Twin): Reading | null {
  const p = twin.model;
  if (p.programming === 'positional') {
    return ownReading(p, `The ${p.name} has no Mastercode: in the story's place, the reset is how a new owner clears the previous owner's codes, which cannot be listed or removed one by one.`, 'seed S6, S7');
  }
  const factory = p.defaults.adminCode;
  const admin = twin.store().adminCode;
  if (factory !== '' && factory !== 'tag' && admin === factory) {
    // sourceCite is already this model's; the 275's S12 is left out where it backs the claim.
    return ownReading(p, `This lock still has its factory ${p.adminCodeName}, ${spell(factory)}: with it the menu opens and no reset is needed — try it first. The story is for a lock whose ${p.adminCodeName} was changed and lost; the walk below is that reset.`, joinCites('seed S12', sourceCite(p, 'defaults.adminCode')));
  }
  return null;
}

/** The seed's story on the twin as it is now (the page's fresh lock is the inherited one, seed S3). */
export function storyGuide(twin: Twin, log: () => readonly LockTraceEntry[]): Guide {
  const p = twin.model;
  const lostCode = twin.store().adminCode;
  const row = symptomOn(p, 'no-mastercode');
  return withLog(twin, log(), () => {
    const plan = buildPlan(p, ['factory-reset'], factsFromTwin(twin, true));
    const read: Reading[] = [ownReading(p, symptomAnswer(row), row.cite)];
    const premise = storyPremise(twin);
    if (premise) read.push(premise);
    for (const u of plan.unavailable) read.push({ says: leftOutLine(u), cite: '' });
    const guide: Omit<Guide, 'plan' | 'replanner'> = { kind: 'story', title: STORY_TITLE, read, after: afterWords(twin, true) };
    const missing = plan.unavailable.find((u) => RESETS.has(u.id));
    const shown = lostCode !== '' && !missing ? ownSteps(p, symptomSteps(p, twin, { unlocks: [], refuses: [], clears: [], symptom: { askProgram: true } })) : [];
    const before: WalkStep[] = shown.map((s) => ({ ...s, part: SHOWN_PART, optional: true }));
    const walk = walkPlan(plan, before, before.length ? { [SHOWN_PART]: 'The trouble as you meet it' } : {});
    const replan = replanner({ ids: plan.ids, lostCode, lostAlways: true }, log);
    if (missing) return { ...guide, plan: walk, replanner: replan, unavailable: `The ${p.name} cannot be factory reset this way: ${missing.why}.` };
    return { ...guide, plan: walk, replanner: replan };
  });
}

/** "Something's wrong": the owner's complaint, the twin's own condition, the doctor's plan. */
export function symptomGuide(twin: Twin, log: () => readonly LockTraceEntry[], symptom: SymptomId, forgotten?: LockFacts['forgotten']): Guide {
  const p = twin.model;
  const row = symptomOn(p, symptom);
  const lostCode = symptom === 'no-mastercode' ? twin.store().adminCode : '';
  return withLog(twin, log(), () => {
    const c = examineTwin(twin, { symptom, forgotten });
    const r = c.report;
    const read: Reading[] = [];
    if (r.findings.length) for (const f of r.findings) read.push({ says: f.says, cite: f.cite });
    else read.push(ownReading(p, 'The lock shows nothing wrong by itself: powered, its code memory sound, the door handing learned, no warning active.', 'seed S24, S5, S15, S25'));
    if (r.handing) read.push({ says: r.handing.says, cite: r.handing.cite });
    read.push(ownReading(p, symptomAnswer(row), row.cite));
    const top = r.causes.find((x) => c.plan.ids.includes(x.fix)) ?? r.causes[0];
    if (top && !r.findings.some((f) => f.id === top.id)) read.push({ says: top.says, cite: top.cite });
    for (const line of r.also) read.push({ says: line, cite: '' });
    const spec: ConfirmSpec = c.confirm;
    const after = afterWords(twin, c.plan.resets);
    if (r.ifPersists) after.push({ says: `If it comes back: ${r.ifPersists.says}`, cite: r.ifPersists.cite });
    const plan = walkPlan(c.plan, [], { [CONFIRM_PART]: 'Check it as you would from outside' });
    const guide: Guide = {
      kind: 'symptom',
      title: row.says,
      read,
      plan,
      replanner: replanner({ ids: c.plan.ids, lostCode, lostAlways: false, forgotten, confirm: spec }, log),
      after,
    };
    const first = r.causes[0] ? c.plan.unavailable.find((u) => u.id === r.causes[0].fix) : undefined;
    if (first) guide.unavailable = cannotLine(first, p.name);
    else if (!plan.steps.length) {
      const why = c.plan.unavailable.map((u) => u.why).join('; ');
      guide.unavailable = why ? `Nothing the ${p.name} can do for this from here: ${why}.` : 'Nothing to do: the lock is working as it should.';
    }
    return guide;
  });
}
