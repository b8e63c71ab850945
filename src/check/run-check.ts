// One model checked end to end: every exploration, each property's verdict, and a scenario
// file for each violation found — for each property that holds, what an earlier run left at its
// file's name removed where it is lockstep's own and passes now (seed S1, S2, S3, S8, S9, S18).

import type { ModelProfile } from '../models/profile.ts';
import { explore, explorationsOf, foundDepth, type ExplorationResult, type ExploreOptions, type Found } from './explore.ts';
import { writeCounterexample, type Counterexample } from './counterexample.ts';
import { settleEarlierCounterexample, type EarlierCounterexample } from './earlier-counterexample.ts';
import type { FirmwareFactory } from './machine.ts';
import { PROPERTIES, notApplicable, type PropertyId } from './properties.ts';
import type { CheckScope } from './scope.ts';
import { guessBound, guessText, type GuessBound } from './guess-time.ts';
import { firmwareNameOf } from './firmware-name.ts';
import { lockoutNeverSeen } from './lockout-seen.ts';

export type Verdict = 'PASS' | 'FAIL' | 'N/A';

export interface PropertyVerdict {
  id: PropertyId;
  statement: string;
  verdict: Verdict;
  /** Where it was checked: exploration names with their depth and whether the bound was hit. */
  scope: string;
  message?: string;
  counterexample?: Counterexample;
  /** A property that holds: what an earlier run left at its counterexample's name, removed or kept. */
  earlierCounterexample?: EarlierCounterexample;
  /** The lockout property, when it holds: what it means for someone guessing codes. */
  guessing?: GuessBound & { text: string };
}

export interface ModelCheck {
  model: string;
  firmware: string;
  explorations: ExplorationResult[];
  properties: PropertyVerdict[];
  states: number;
  transitions: number;
  wallMs: number;
}

export interface CheckOptions extends ExploreOptions {
  firmware?: FirmwareFactory;
  firmwareName?: string;
  /** Where counterexample scenarios go. */
  outDir: string;
}

/** One model checked end to end in this thread: its explorations, one after another, then the verdicts. */
export function checkModel(model: ModelProfile, scope: CheckScope, opts: CheckOptions): ModelCheck {
  const started = performance.now();
  const results = explorationsOf(model).map((name) => explore(model, scope, name, opts));
  return modelVerdicts(model, scope, results, opts, performance.now() - started);
}

/** The shortest violation of `property` any of the explorations found, the first of them in
 * exploration order on a tie: each exploration is breadth-first, so each found its own shortest,
 * but a later one can reach the same violation in fewer steps (admin-gate types a code whole where
 * the interior exploration presses it digit by digit). */
function shortestFound(results: readonly ExplorationResult[], property: PropertyId): { r: ExplorationResult; f: Found } | null {
  let best: { r: ExplorationResult; f: Found } | null = null;
  for (const r of results) {
    const f = r.found.find((x) => x.violation.property === property);
    if (f && (best === null || foundDepth(f) < foundDepth(best.f))) best = { r, f };
  }
  return best;
}

/**
 * Each property's verdict from a model's explorations (however they were run: here, or on
 * worker threads by ./exploration-pool.ts), with a scenario file written for each violation.
 * `wallMs`: the model's wall time, from its first exploration's start to its last one's end.
 */
export function modelVerdicts(model: ModelProfile, scope: CheckScope, results: ExplorationResult[], opts: CheckOptions, wallMs: number): ModelCheck {
  const firmwareName = firmwareNameOf(opts.firmwareName);
  const properties: PropertyVerdict[] = PROPERTIES.map((p) => {
    const na = notApplicable(p.id, model);
    if (na) return { id: p.id, statement: p.statement, verdict: 'N/A', scope: na };
    const where = results.filter((r) => r.properties.includes(p.id));
    const scopeText = where.map((r) => (r.truncated === 'cap' ? `${r.name} ≤${r.completeDepth} (of ${r.depthBound}: state cap hit)` : `${r.name} ≤${r.depthBound}`)).join(', ');
    const hit = shortestFound(where, p.id);
    if (hit) {
      const { r, f } = hit;
      const cx = writeCounterexample(opts.outDir, model, scope, r, f, opts.firmware, firmwareName);
      return { id: p.id, statement: p.statement, verdict: 'FAIL', scope: `${r.name}, depth ${foundDepth(f)}`, message: f.violation.message, counterexample: cx };
    }
    const unseen = p.id === 'lockout' ? lockoutNeverSeen(model, scope.codeLength, where) : null;
    if (unseen) {
      const r = unseen.exploration;
      return { id: p.id, statement: p.statement, verdict: 'FAIL', scope: `${r.name} ≤${r.completeDepth}: never engaged`, message: unseen.message };
    }
    const pass: PropertyVerdict = { id: p.id, statement: p.statement, verdict: 'PASS', scope: scopeText };
    const earlier = settleEarlierCounterexample(opts.outDir, model, p.id, opts.firmware, firmwareName, { scope, explorations: results });
    if (earlier !== null) pass.earlierCounterexample = earlier;
    if (p.id === 'lockout') {
      const b = guessBound(model);
      pass.guessing = { ...b, text: guessText(b) };
    }
    return pass;
  });
  return {
    model: model.id,
    firmware: firmwareName,
    explorations: results,
    properties,
    states: results.reduce((a, r) => a + r.states, 0),
    transitions: results.reduce((a, r) => a + r.transitions, 0),
    wallMs,
  };
}
