// Running a scenario on a twin: build the installed lock from `given` (or a saved snapshot),
// apply each physical step, check each `expect`. Stops at the first failed expectation.

import { readFileSync } from 'node:fs';
import { findModel, MODELS } from '../models/index.ts';
import { hashTrace } from '../sim/trace.ts';
import { Twin, type Action, type TwinOptions, type TwinSnapshot } from '../twin/twin.ts';
import { checkExpectation, type ExpectFailure } from './expect-check.ts';
import { ScenarioError, type Scenario, type SourcePos, type Step } from './types.ts';

export interface StepReport {
  step: Step;
  traceIndex: number; // trace length before the step
  failures: ExpectFailure[];
}

export interface RunResult {
  scenario: Scenario;
  twin: Twin;
  ok: boolean;
  /** The first failed expect, with its position. */
  failure?: { pos: SourcePos; failures: ExpectFailure[] };
  steps: StepReport[];
  traceHash: string;
}

export interface RunOptions {
  /** Called after each step has run (for live rendering, snapshots). */
  onStep?: (report: StepReport, twin: Twin) => void;
  /** Start from this twin instead of building one (used by snapshot continuation tests). */
  twin?: Twin;
  /** Run steps from this index (with `twin`). */
  fromStep?: number;
}

export function twinOptionsFromGiven(scn: Scenario): TwinOptions {
  const g = scn.given;
  return {
    seed: scn.seed,
    door: g.door,
    handed: g.handed,
    mastercode: g.mastercode,
    codes: g.codes,
    battery: g.battery,
    doorOpen: g.doorState === undefined ? undefined : g.doorState === 'open',
    strikeAligned: g.strike === undefined ? undefined : g.strike === 'aligned',
    boltExtended: g.bolt === 'extended',
    switches: g.switches,
    tag: g.tag,
  };
}

/** Build the twin a scenario starts from; bad model or snapshot is a ScenarioError. */
export function buildTwin(scn: Scenario): Twin {
  const model = findModel(scn.model);
  if (!model) {
    throw new ScenarioError(`unknown model "${scn.model}" (known: ${MODELS.map((m) => m.id).join(', ')})`, scn.givenPos.snapshot ?? { file: scn.file, line: 1, col: 1 });
  }
  if (scn.given.snapshot) {
    const pos = scn.givenPos.snapshot ?? { file: scn.file, line: 1, col: 1 };
    let snap: TwinSnapshot;
    try {
      snap = JSON.parse(readFileSync(scn.given.snapshot, 'utf8')) as TwinSnapshot;
    } catch (err) {
      throw new ScenarioError(`cannot read snapshot ${scn.given.snapshot}: ${(err as Error).message}`, pos);
    }
    if (snap.format !== 1 || snap.model !== scn.model) {
      throw new ScenarioError(`snapshot ${scn.given.snapshot} is not a format-1 snapshot of ${scn.model}`, pos);
    }
    return Twin.restore(snap);
  }
  try {
    return new Twin(model, twinOptionsFromGiven(scn));
  } catch (err) {
    throw new ScenarioError((err as Error).message, scn.givenPos.codes ?? { file: scn.file, line: 1, col: 1 });
  }
}

export function stepToAction(step: Step): Action | null {
  if (step.do === 'expect') return null;
  const { pos: _pos, ...action } = step;
  return action as Action;
}

export function runScenario(scn: Scenario, opts: RunOptions = {}): RunResult {
  const twin = opts.twin ?? buildTwin(scn);
  const steps: StepReport[] = [];
  let mark = twin.trace.length;
  let failure: RunResult['failure'];
  for (let i = opts.fromStep ?? 0; i < scn.steps.length; i++) {
    const step = scn.steps[i];
    const report: StepReport = { step, traceIndex: twin.trace.length, failures: [] };
    if (step.do === 'expect') {
      report.failures = checkExpectation(twin, step.expect, twin.trace.since(mark), step.keyPos);
      mark = twin.trace.length;
    } else {
      twin.apply(stepToAction(step)!);
    }
    steps.push(report);
    opts.onStep?.(report, twin);
    if (report.failures.length > 0) {
      failure = { pos: step.pos, failures: report.failures };
      break;
    }
  }
  return { scenario: scn, twin, ok: failure === undefined, failure, steps, traceHash: hashTrace(twin.trace.entries) };
}
