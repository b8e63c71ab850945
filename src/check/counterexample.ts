// A violation's shortest path, written as a scenario file that `lockstep run` replays
// (design/architecture.md "Scenario files — the shared language of tests, docs, bug reports").
// The path is re-run on the checker's machine to recover each tick's length; the closing
// `expect:` states the property, so the file fails while the firmware violates it and passes
// once it is fixed. Before it is reported, the file is run by the scenario runner on the shipped
// model with the same firmware, and the report says whether it reproduced.

import { existsSync, mkdirSync } from 'node:fs';
import { fileErrorCode, writeFileAtomic } from '../cli/write-atomic.ts';
import { printable } from '../printable.ts';
import { join } from 'node:path';
import { findModel } from '../models/index.ts';
import type { ModelProfile } from '../models/profile.ts';
import { parseScenario } from '../scenario/load.ts';
import { runScenario, twinOptionsFromGiven, type RunResult } from '../scenario/run.ts';
import type { Scenario } from '../scenario/types.ts';
import { Twin, type Action } from '../twin/twin.ts';
import { scenarioStep } from './actions.ts';
import type { ExplorationResult, Found } from './explore.ts';
import { foundDepth, machineFor } from './explore.ts';
import type { FirmwareFactory } from './machine.ts';
import { storeExpect } from './monitors.ts';
import { notApplicable, PROPERTIES, propertyInfo, type PropertyId } from './properties.ts';
import { CORRUPT_STORE, outOfBoxExpect, releaseAndPull, resetGesture } from './recovery.ts';
import { BATTERY_CHANGE } from './battery-change.ts';
import { withDigest } from './counterexample-digest.ts';
import { digitsOf, SCENARIO_SEED, type CheckScope, type InitialLock } from './scope.ts';

/** The comment before a violation's settling wait: the path ends above it. */
export const SETTLE_COMMENT = '# the path ends here; let what it set off land';

/** After a torn write the pack is back within POWER_CUT_RESTORE_MS (1 s); wait past it. */
const AFTER_CUT_MS = 2_000;
/** A violation in memory alone (monitors.ts Violation.inMemoryOnly) is shown by a battery change:
 * the lock starts up from what its memory holds, which this leaves time for. */
const REBOOT_SETTLE_MS = 2_000;
const IN_MEMORY_COMMENT = `${SETTLE_COMMENT}: the change is in memory only, so a battery change loads it, then the property:`;

export interface Counterexample {
  file: string;
  /** The file is on disk. False when writing it failed at the end of the run (the disk full, a
   * permission changed since the run began): `writeError` says why; the verdict stands. */
  written: boolean;
  writeError?: string;
  /** A regular file of the same name was there before and has been replaced. */
  replaced: boolean;
  /** The scenario's steps, its closing `expect:` among them. */
  steps: number;
  /** Of those, the actions the search took to the violation (the depth the report gives); the
   * rest settle the lock and check the property. */
  searchSteps: number;
  /** The scenario runner, on the shipped model with the same firmware, failed as it should. */
  reproduced: boolean;
  replayNote: string;
}

function givenYaml(init: InitialLock): string[] {
  const codes = Object.entries(init.codes).map(([slot, code]) => `${slot}: "${code}"`);
  return [
    'given:',
    `  door: ${init.door}`,
    `  handed: ${init.handed}`,
    `  doorState: ${init.doorState}`,
    `  mastercode: ${init.mastercode === 'none' ? 'none' : `"${init.mastercode}"`}`,
    `  codes: { ${codes.join(', ')} }`,
    ...(init.switches ? [`  switches: { ${Object.entries(init.switches).map(([n, on]) => `${n}: ${on ? 'on' : 'off'}`).join(', ')} }`] : []),
  ];
}

/** The scenario steps of a found violation, re-run on a fresh machine. */
export function counterexampleSteps(model: ModelProfile, scope: CheckScope, res: ExplorationResult, f: Found, firmware?: FirmwareFactory): string[] {
  const m = machineFor(model, scope, res.name, firmware);
  const steps: string[] = [];
  let st = m.initial;
  const run = (i: number): Action => {
    const r = m.step(st, res.actions[i]);
    st = r.state;
    return r.applied;
  };
  for (const i of f.path) steps.push(scenarioStep(run(i)));
  const v = f.violation;
  if (v.property === 'no-bricking') {
    steps.push(v.storeCorrupted ? '# the physical reset, from here with the store corrupted while the pack is out:' : '# the physical reset, from here:');
    const corrupt = v.storeCorrupted ? [CORRUPT_STORE] : [];
    for (const a of [...releaseAndPull(m, st), ...corrupt, ...resetGesture(model)]) steps.push(scenarioStep(a));
    steps.push(`expect: { ${outOfBoxExpect(model)} }`);
    return steps;
  }
  if (v.property === 'battery-change') {
    steps.push('# a battery change, from here:');
    for (const a of BATTERY_CHANGE) steps.push(scenarioStep(a));
    steps.push(`expect: { ${v.expect} }`);
    return steps;
  }
  if (v.property === 'power-cut') {
    m.restore(st);
    const before = m.store();
    steps.push(scenarioStep(run(f.action)));
    steps.push(`${SETTLE_COMMENT} (${AFTER_CUT_MS} ms), then the property:`, `wait: ${AFTER_CUT_MS}ms`);
    steps.push(`expect: { ${storeExpect(model, before, before, false)} }`);
    return steps;
  }
  if (v.checkpointBefore) steps.push(`expect: { ${v.checkpointBefore} }`);
  steps.push(scenarioStep(run(f.action)));
  if (v.settleMs !== undefined) steps.push(`${SETTLE_COMMENT} (${v.settleMs} ms), then the property:`, `wait: ${v.settleMs}ms`);
  if (v.inMemoryOnly) steps.push(IN_MEMORY_COMMENT, 'battery: out', 'battery: in', `wait: ${REBOOT_SETTLE_MS}ms`);
  steps.push(`expect: { ${v.expect} }`);
  return steps;
}

/** How a counterexample file of `property` opens: what tells lockstep's own file from another
 * (./earlier-counterexample.ts). */
export function counterexampleHeader(property: PropertyId): string {
  return `# Counterexample written by \`lockstep check\` — property ${property}:`;
}

export function scenarioText(model: ModelProfile, scope: CheckScope, res: ExplorationResult, f: Found, steps: string[], firmwareName: string): string {
  const p = propertyInfo(f.violation.property);
  const lines = [
    `${counterexampleHeader(p.id)} ${p.statement}.`,
    `# Found: ${f.violation.message}.`,
    `# Exploration "${res.name}" on ${firmwareName}; scope: digits {${digitsOf(res.name, scope).join(',')}}, ${scope.codeLength}-digit codes, depth ${res.depthBound}; found at depth ${foundDepth(f)}.`,
    '# A shortest path (breadth-first). Each `wait:` is a timer boundary the explorer chose to reach.',
    '# The last `expect:` states the property: it fails while the firmware violates it.',
    `name: ${JSON.stringify(`${p.id} counterexample — ${f.violation.message}`)}`,
    `model: ${model.id}`,
    `seed: ${SCENARIO_SEED}`,
    ...givenYaml(res.init),
    'steps:',
    ...steps.map((s) => (s.startsWith('#') ? `  ${s}` : `  - ${s}`)),
  ];
  return withDigest(lines);
}

/** Run a scenario on the shipped model with `firmware`. */
export function runOnShipped(scn: Scenario, firmware?: FirmwareFactory): RunResult {
  const model = findModel(scn.model)!;
  const twin = new Twin(model, { ...twinOptionsFromGiven(scn), firmware });
  return runScenario(scn, { twin });
}

/** Run the scenario text on the shipped model with `firmware`: does its last expect fail? */
export function replay(text: string, file: string, firmware?: FirmwareFactory): { failed: boolean; note: string } {
  const scn = parseScenario(text, file);
  const r = runOnShipped(scn, firmware);
  if (r.ok) return { failed: false, note: 'the scenario passes on the shipped model: the violation is specific to the reduced scope' };
  const last = scn.steps.length - 1;
  const at = r.steps.length - 1;
  const first = r.failure!.failures[0];
  const where = at === last ? 'at the closing expect' : `at step ${at + 1} of ${scn.steps.length}, before the closing expect`;
  return { failed: at === last, note: `fails ${where}: expected ${first.key} ${first.expected}, observed ${first.observed}` };
}

export function writeCounterexample(
  dir: string,
  model: ModelProfile,
  scope: CheckScope,
  res: ExplorationResult,
  f: Found,
  firmware: FirmwareFactory | undefined,
  firmwareName: string,
): Counterexample {
  const steps = counterexampleSteps(model, scope, res, f, firmware);
  const text = scenarioText(model, scope, res, f, steps, firmwareName);
  const file = counterexampleFile(dir, model.id, f.violation.property);
  const replaced = existsSync(file);
  const writeError = writeWhole(dir, file, text);
  const r = replay(text, file, firmware);
  return {
    file,
    written: writeError === undefined,
    ...(writeError === undefined ? {} : { writeError }),
    replaced: replaced && writeError === undefined,
    steps: steps.filter((s) => !s.startsWith('#')).length,
    searchSteps: foundDepth(f),
    reproduced: r.failed,
    replayNote: r.note,
  };
}

/** Write `text` to `file` in `dir` (made if missing): undefined when done, or why it could not
 * be, when the system refused (a bug still throws). The verdict is worth more than the file: a
 * run that found a violation reports it whether or not its scenario could be saved. */
function writeWhole(dir: string, file: string, text: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, text);
    return undefined;
  } catch (err) {
    if (fileErrorCode(err) === undefined) throw err;
    return printable((err as Error).message);
  }
}

/** The file a violation of `property` on model `modelId` is written to, in folder `dir`. */
export function counterexampleFile(dir: string, modelId: string, property: PropertyId): string {
  return join(dir, `${modelId}-${property.replace('/', '-')}.yaml`);
}

/** Every file a check of `model` may write into `dir`: one per property that applies to it.
 * Known before the search, so that a name already taken by what cannot be replaced is refused
 * before the run rather than after it. */
export function counterexampleFiles(dir: string, model: ModelProfile): string[] {
  return PROPERTIES.filter((p) => notApplicable(p.id, model) === null).map((p) => counterexampleFile(dir, model.id, p.id));
}
