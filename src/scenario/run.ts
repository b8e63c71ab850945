// Running a scenario on a twin in one go, as `lockstep run` does: build the installed lock from
// `given` (or a saved snapshot file), then the step-wise runner (stepper.ts) to the end. Stops
// at the first failed expectation.

import { hashTrace } from '../sim/trace.ts';
import type { Twin } from '../twin/twin.ts';
import { buildTwinWith } from './build-twin.ts';
import { readSnapshotFile } from './load.ts';
import { ScenarioStepper, type StepFailure, type StepReport } from './stepper.ts';
import type { Scenario } from './types.ts';

export { twinOptionsFromGiven } from './build-twin.ts';
export { applyAt, stepToAction, type StepReport } from './stepper.ts';

export interface RunResult {
  scenario: Scenario;
  twin: Twin;
  ok: boolean;
  /** The first failed expect, with its position. */
  failure?: StepFailure;
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

/** Build the twin a scenario starts from, reading a snapshot from disk; bad model or snapshot is a ScenarioError. */
export function buildTwin(scn: Scenario): Twin {
  return buildTwinWith(scn, readSnapshotFile);
}

export function runScenario(scn: Scenario, opts: RunOptions = {}): RunResult {
  const twin = opts.twin ?? buildTwin(scn);
  const run = new ScenarioStepper(scn, twin, opts.fromStep);
  for (let report = run.step(); report; report = run.step()) opts.onStep?.(report, twin);
  return { scenario: scn, twin, ok: run.ok, failure: run.failure, steps: run.reports, traceHash: hashTrace(twin.trace.entries) };
}
