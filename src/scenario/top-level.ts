// The top-level shape of a scenario file — `name`, `model` (one of ours), optional `seed` and
// `given`, and a non-empty `steps` sequence — checked with zod, each issue reported at the node
// at fault (design/architecture.md, Scenario files).
import { quoted } from '../printable.ts';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { deref, describe, type Entry, type YValue } from './nodes.ts';
import { modelIdSuggestion } from './model-id.ts';
import { posOf, sourceOf, type SourceContext } from './source.ts';
import { ScenarioError } from './types.ts';
import { DEFAULT_SEED, SEED_MAX, SEED_RULE, seedFromText } from '../sim/seed.ts';

const SEED_ERROR = `"seed" must be ${SEED_RULE}`;

function requiredString(key: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `missing "${key}"` : `"${key}" must be a string`) })
    .min(1, { error: `"${key}" must not be empty` });
}

const TOP_LEVEL = z.strictObject({
  name: requiredString('name'),
  model: z
    .string({ error: (issue) => (issue.input === undefined ? 'missing "model"' : typeof issue.input === 'number' ? modelIdSuggestion(String(issue.input)) : undefined) ?? '"model" must be a string' })
    .min(1, { error: '"model" must not be empty' })
    .refine((id) => findModel(id) !== undefined, {
      error: (issue) => modelIdSuggestion(String(issue.input)) ?? unknownModelMessage(String(issue.input)),
    }),
  seed: z
    .number({ error: SEED_ERROR })
    .int({ error: SEED_ERROR })
    .min(0, { error: SEED_ERROR })
    .max(SEED_MAX, { error: SEED_ERROR })
    .default(DEFAULT_SEED),
  given: z.record(z.string(), z.unknown(), { error: '"given" must be a mapping' }).nullable().optional(),
  steps: z
    .array(z.unknown(), { error: (issue) => (issue.input === undefined ? 'missing "steps"' : '"steps" must be a sequence of steps') })
    .min(1, { error: '"steps" must hold at least one step' }),
});

const TOP_LEVEL_KEYS_HINT = Object.keys(TOP_LEVEL.shape).join(', ');

/** The checked top-level values; `given` and `steps` are left as nodes for their own readers. A
 * value that is wrong (its mistake recorded) is left undefined — `model`, `given`, `steps` — or
 * its default, so the reading can go on with the rest (mistakes.ts). */
export interface TopLevel {
  name: string;
  model: string | undefined;
  seed: number;
  given: YValue | undefined;
  steps: YValue | undefined;
}

/** A value as zod sees it: scalars as themselves, mappings and sequences by shape only. */
function shallow(node: YValue): unknown {
  if (isMap(node)) return {};
  if (isSeq(node)) return node.items;
  return node.value;
}

interface Located {
  at: Node;
  message: string;
  /** The top-level key it speaks of, when it is one that is there; undefined for a missing or unknown key. */
  key?: string;
}

/** Check the top-level mapping `root` (already split into entries); each issue is recorded at its
 * node in ctx.mistakes, and the values that are right are given back. */
export function checkTopLevel(ctx: SourceContext, root: Node, found: readonly Entry[]): TopLevel {
  const byKey = new Map(found.map((entry) => [entry.key, entry]));
  const result = TOP_LEVEL.safeParse(Object.fromEntries(found.map((entry) => [entry.key, shallow(entry.value)])));
  const wrong = new Set<string>();
  if (!result.success) {
    const located = result.error.issues.map((issue): Located => {
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const at = byKey.get(key)?.keyNode ?? root;
        return { at, message: `unknown top-level key ${quoted(key)} (expected one of: ${TOP_LEVEL_KEYS_HINT})` };
      }
      const key = String(issue.path[0]);
      const value = byKey.get(key)?.value;
      const at = value ?? root;
      // A seed that is no number says what it is (`seed: "7"`), as the other values' messages do.
      const got = key === 'seed' && value && !(isScalar(value) && typeof value.value === 'number') ? `, got ${describe(value)}` : '';
      return { at, message: issue.message + got, key };
    });
    for (const issue of located) if (issue.key !== undefined) wrong.add(issue.key);
    // A missing key beside an unknown one is often that key misspelt (`nme: t`): the unknown key,
    // whose message lists the keys expected, says more than `missing "name"`, so it is said alone.
    const present = located.filter((issue) => issue.at !== root);
    const unknownKey = present.some((issue) => issue.key === undefined);
    for (const issue of unknownKey ? present : located) ctx.mistakes.add(new ScenarioError(issue.message, posOf(ctx, issue.at)));
  }
  // YAML reads 0x10, 0o17, 1e3 and -0 as whole numbers too: a seed is written in decimal digits.
  const seed = byKey.get('seed');
  if (seed && !wrong.has('seed')) {
    const seedText = sourceOf(ctx, deref(ctx, seed.value, seed.value));
    if (seedFromText(seedText) === undefined) ctx.mistakes.add(new ScenarioError(`${SEED_ERROR} in decimal digits, got ${quoted(seedText)}`, posOf(ctx, seed.value)));
  }
  const valueOf = (key: string): YValue | undefined => (wrong.has(key) ? undefined : byKey.get(key)?.value);
  const model = valueOf('model');
  // Where zod found an issue, the name and seed are never used: the reading ends refused.
  return {
    name: result.data?.name ?? '',
    model: result.data?.model ?? (model && isScalar(model) && typeof model.value === 'string' && findModel(model.value) ? model.value : undefined),
    seed: result.data?.seed ?? DEFAULT_SEED,
    given: valueOf('given'),
    steps: valueOf('steps'),
  };
}
