// A scenario's twin as the doctor examines it: the installed lock after the scenario's steps —
// all of them, or only the first N (`lockstep doctor --scenario FILE --until-step N`), since a
// shipped scenario usually ends with the lock repaired. Expectations are not checked here (that
// is `lockstep run`); the steps are only applied. Along the way it notes where the lock first
// showed each trouble, so that a report on a healthy end state can point back to it (seed S24:
// the half-finished reset; S17 failed handing; S25 critical battery; S5 corrupted store).

import type { Twin } from '../twin/twin.ts';
import { applyAt, buildTwin, stepToAction } from '../scenario/run.ts';
import type { Scenario } from '../scenario/types.ts';
import { diagnoseTwin, type ConditionId } from './conditions.ts';

export interface TroubledPoint {
  /** 1-based index of the step in the scenario's `steps:` list. */
  step: number;
  line: number;
  /** Conditions first seen after this step. */
  conditions: ConditionId[];
}

export interface ScenarioState {
  twin: Twin;
  /** How many steps were applied (expect steps included in the count). */
  ranSteps: number;
  troubled: TroubledPoint[];
}

/** Work in progress rather than trouble: a reset hold being counted, handing running, the pack
 * out for a moment during a gesture. */
const IN_PROGRESS: ReadonlySet<ConditionId> = new Set(['reset-holding', 'handing-running', 'powered-off']);
const P_REPAIR = 2;

/** What is wrong with stopping `scn` after `untilStep` steps, or null: a count the scenario has
 * no steps for is the option's fault, said as the option (not at a place in the file, which holds
 * no mistake). */
export function untilStepProblem(scn: Scenario, untilStep: number): string | null {
  const steps = scn.steps.length;
  if (Number.isInteger(untilStep) && untilStep >= 0 && untilStep <= steps) return null;
  return `--until-step ${untilStep}: ${scn.file} has ${steps} step${steps === 1 ? '' : 's'}, so it stops after 0 to ${steps} of them`;
}

export function twinFromScenario(scn: Scenario, untilStep?: number): ScenarioState {
  const problem = untilStep === undefined ? null : untilStepProblem(scn, untilStep);
  if (problem !== null) throw new RangeError(problem);
  const twin = buildTwin(scn);
  const last = untilStep ?? scn.steps.length;
  const seen = new Set<ConditionId>();
  const troubled: TroubledPoint[] = [];
  for (let i = 0; i < last; i++) {
    const action = stepToAction(scn.steps[i]);
    if (!action) continue;
    applyAt(scn.steps[i], twin, action);
    const fresh = diagnoseTwin(twin)
      .filter((f) => f.priority <= P_REPAIR && !IN_PROGRESS.has(f.id) && !seen.has(f.id))
      .map((f) => f.id);
    for (const id of fresh) seen.add(id);
    if (fresh.length) troubled.push({ step: i + 1, line: scn.steps[i].pos.line, conditions: fresh });
  }
  return { twin, ranSteps: last, troubled };
}
