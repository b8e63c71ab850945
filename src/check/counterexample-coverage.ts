// Whether a check run covered the path of a counterexample an earlier run wrote (seed S1, S2, S3,
// S8, S9, S18; ./earlier-counterexample.ts). Each counterexample's header names the exploration
// that found it, the digits and code length it pressed, and the depth its path was found at
// (./counterexample.ts scenarioText). A run covers that path where the same exploration, checking
// the same property with the same digits and code length, searched every sequence of up to that
// many steps (its completeDepth): then the property held along the path, and a scenario of it
// that still fails does not fail for a violation past the run's scope. Where the run stopped
// short, or the file does not record its depth, the run neither confirms nor refutes it.

import type { ExplorationResult } from './explore.ts';
import type { PropertyId } from './properties.ts';
import { digitsOf, type CheckScope } from './scope.ts';

/** The header line that says where the path was found: `found at depth N` closes it. */
const FOUND_LINE = /^# Exploration "([a-z-]+)" on .*; scope: digits \{([^}]*)\}, (\d+)-digit codes, depth \d+; found at depth (\d+)\.$/m;

export type PathCoverage =
  /** The file does not record the depth its path was found at (written before the header did). */
  | { kind: 'unrecorded' }
  | { kind: 'covered'; exploration: string; steps: number; completeDepth: number }
  /** `why`: what the run lacked — the depth, the exploration, the digits or the code length. */
  | { kind: 'not-covered'; exploration: string; steps: number; why: string };

export function pathCoverage(text: string, property: PropertyId, scope: CheckScope, explorations: readonly ExplorationResult[]): PathCoverage {
  const m = FOUND_LINE.exec(text);
  if (!m) return { kind: 'unrecorded' };
  const [, exploration, digits, codeLength, depth] = m;
  const steps = Number(depth);
  const r = explorations.find((e) => e.name === exploration && e.properties.includes(property));
  const notCovered = (why: string): PathCoverage => ({ kind: 'not-covered', exploration, steps, why });
  if (!r) return notCovered(`this run did not search that exploration for ${property}`);
  if (Number(codeLength) !== scope.codeLength) return notCovered(`this run typed ${scope.codeLength}-digit codes, the path ${codeLength}-digit ones`);
  if (digitsOf(r.name, scope).join(',') !== digits) return notCovered(`this run pressed digits {${digitsOf(r.name, scope).join(',')}}, the path {${digits}}`);
  if (r.completeDepth < steps) return notCovered(`this run searched it completely to depth ${r.completeDepth}`);
  return { kind: 'covered', exploration, steps, completeDepth: r.completeDepth };
}
