// What is at a counterexample's name under --out when its property held in this run (seed S1,
// S2, S3, S8, S9, S18; design/architecture.md "Scenario files — the shared language of tests,
// docs, bug reports"). A file lockstep wrote for that model and property in an earlier run, still
// exactly as written (the digest in its header, ./counterexample-digest.ts), whose scenario now
// passes on the firmware checked, belongs to no run any more: it is removed, so that no one
// replays a violation that is gone. Anything else is left as it is and reported: a file lockstep
// did not write (nothing of the user's is lost), one of lockstep's that a person has edited since
// or that carries no digest (notes added to it are theirs), a symbolic link (its target is not
// lockstep's to judge), one whose scenario still fails — said as what is known: the property
// held within this run's scope, and whether that scope covered the file's path
// (./counterexample-coverage.ts): where it did, the scenario fails for a reason the property does
// not judge; where it did not, the run neither confirms nor refutes it.

import { lstatSync, unlinkSync } from 'node:fs';
import type { ModelProfile } from '../models/profile.ts';
import { printable } from '../printable.ts';
import { parseScenario } from '../scenario/load.ts';
import { InputFileError, readCappedBytes, SCENARIO_MAX_BYTES } from '../scenario/read-file.ts';
import { ScenarioError } from '../scenario/types.ts';
import { scenarioTextOf } from '../scenario/utf8-text.ts';
import { fileErrorCode } from '../cli/write-atomic.ts';
import { digestVerdict } from './counterexample-digest.ts';
import { pathCoverage } from './counterexample-coverage.ts';
import type { ExplorationResult } from './explore.ts';
import type { CheckScope } from './scope.ts';
import { counterexampleFile, counterexampleHeader, runOnShipped } from './counterexample.ts';
import type { FirmwareFactory } from './machine.ts';
import type { PropertyId } from './properties.ts';

export interface EarlierCounterexample {
  file: string;
  /** Removed: lockstep's own counterexample of the property, whose scenario passes now. */
  removed: boolean;
  /** What the file was and why it was removed or kept, as the report gives it. */
  why: string;
}

const OURS = 'a counterexample lockstep wrote before';

/** Whether `text` is the file lockstep writes for `property` on `model`: its generated header
 * first, the model named. */
function isOwn(text: string, model: ModelProfile, property: PropertyId): boolean {
  return text.startsWith(`${counterexampleHeader(property)} `) && new RegExp(`^model: ${model.id}$`, 'm').test(text);
}

function kept(file: string, why: string): EarlierCounterexample {
  return { file, removed: false, why };
}

/** Why lockstep's own counterexample whose scenario still fails is kept: what this run knows of it. */
function stillFailsWhy(file: string, text: string, property: PropertyId, firmwareName: string, run: CheckedRun): string {
  const held = `${OURS}; ${property} was not violated within this run's scope`;
  const replay = `left as it is — replay it with \`lockstep run ${file}\` to see why`;
  const c = pathCoverage(text, property, run.scope, run.explorations);
  if (c.kind === 'unrecorded') {
    return `${held}, yet its scenario still fails on ${firmwareName} (the file does not record the depth its path was found at, so whether this run covered it is not known); ${replay}`;
  }
  if (c.kind === 'not-covered') {
    return `${held}, which does not cover the file's path (${c.steps} steps of the ${c.exploration} exploration; ${c.why}), yet its scenario still fails on ${firmwareName}; ${replay}`;
  }
  return (
    `${held}, which covers the file's path (${c.steps} steps of the ${c.exploration} exploration, searched completely to depth ${c.completeDepth}), ` +
    `yet its scenario still fails on ${firmwareName}: not a violation past the scope — the scenario fails for a reason the property does not judge; ${replay}`
  );
}

/** What this run searched: its scope (the model's) and the explorations that ran. */
export interface CheckedRun {
  scope: CheckScope;
  explorations: readonly ExplorationResult[];
}

/** The file an earlier run left at the name of `property`'s counterexample on `model` in `dir`,
 * removed where it is lockstep's own and its scenario passes; null when nothing is there. */
export function settleEarlierCounterexample(
  dir: string,
  model: ModelProfile,
  property: PropertyId,
  firmware: FirmwareFactory | undefined,
  firmwareName: string,
  run: CheckedRun,
): EarlierCounterexample | null {
  const file = counterexampleFile(dir, model.id, property);
  let text: string;
  try {
    if (lstatSync(file).isSymbolicLink()) return kept(file, 'a symbolic link; left as it is');
    text = scenarioTextOf(readCappedBytes(file, SCENARIO_MAX_BYTES, 'scenario file'), file);
  } catch (err) {
    if (fileErrorCode(err) === 'ENOENT') return null;
    if (fileErrorCode(err) === undefined && !(err instanceof ScenarioError) && !(err instanceof InputFileError)) throw err;
    return kept(file, `could not be read (${printable((err as Error).message)}); left as it is`);
  }
  const notOurs = kept(file, `not a counterexample lockstep wrote for ${model.id} and ${property}; left as it is`);
  if (!isOwn(text, model, property)) return notOurs;
  const digest = digestVerdict(text);
  if (digest === 'edited') return kept(file, `${OURS}, edited since (it no longer matches the digest lockstep recorded in it); left as it is`);
  if (digest === 'no-digest') return kept(file, `${OURS}, but it carries no digest of what was written, so it cannot be told unedited; left as it is`);
  let passes: boolean;
  try {
    passes = runOnShipped(parseScenario(text, file), firmware).ok;
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    return notOurs; // edited past what a scenario may be: no longer the file lockstep wrote
  }
  if (!passes) return kept(file, stillFailsWhy(file, text, property, firmwareName, run));
  try {
    unlinkSync(file);
  } catch (err) {
    if (fileErrorCode(err) === undefined) throw err;
    return kept(file, `${OURS}; ${property} holds now and its scenario passes, but it could not be removed (${printable((err as Error).message)})`);
  }
  return { file, removed: true, why: `${OURS}; ${property} holds now and its scenario passes` };
}
