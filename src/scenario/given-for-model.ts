// The `given:` store held to the model's rules (firmware/store-rules.ts: code lengths,
// uniqueness, capacity, the admin code and the programming tag — seed S4; product-facts M14, K7,
// M13, M15), each problem reported at the value at fault: a slot's code, a slot number, the
// Mastercode, the tag (design/architecture.md, Scenario files).
import { clippedWords } from '../printable.ts';
import type { Node } from 'yaml';
import { storeProblems, type StoreProblem } from '../firmware/store-rules.ts';
import type { ModelProfile } from '../models/profile.ts';
import { entries, type YValue } from './nodes.ts';
import { failAt, type SourceContext } from './source.ts';
import type { Given } from './types.ts';

/** The node a problem speaks of, in the `given:` mapping `givenNode`. */
function nodeOf(ctx: SourceContext, givenNode: YValue, problem: StoreProblem): Node {
  const field = entries(ctx, givenNode, 'given').find((e) => e.key === problem.field);
  if (!field) return givenNode;
  if (problem.slot === undefined) return field.value;
  const slot = entries(ctx, field.value, 'given codes').find((e) => Number(e.key) === problem.slot);
  if (!slot) return field.value;
  return problem.slotNumber ? slot.keyNode : slot.value;
}

/** Throw a ScenarioError at the first value of `given` that model `p` could never hold. */
export function checkGivenForModel(ctx: SourceContext, givenNode: YValue | undefined, given: Given, p: ModelProfile): void {
  const [problem] = storeProblems(p, given);
  if (problem && givenNode) failAt(ctx, nodeOf(ctx, givenNode, problem), clippedWords(problem.message));
}
