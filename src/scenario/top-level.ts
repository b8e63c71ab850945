// The top-level shape of a scenario file — `name`, `model` (one of ours), optional `seed` and
// `given`, and a non-empty `steps` sequence — checked with zod, each issue reported at the node
// at fault (design/architecture.md, Scenario files).
import { quoted } from '../printable.ts';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import { findModel, unknownModelMessage } from '../models/index.ts';
import { deref, describe, type Entry, type YValue } from './nodes.ts';
import { modelIdSuggestion } from './model-id.ts';
import { failAt, sourceOf, type SourceContext } from './source.ts';
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

/** The checked top-level values; `given` and `steps` are left as nodes for their own readers. */
export interface TopLevel {
  name: string;
  model: string;
  seed: number;
  given: YValue | undefined;
  steps: YValue;
}

/** A value as zod sees it: scalars as themselves, mappings and sequences by shape only. */
function shallow(node: YValue): unknown {
  if (isMap(node)) return {};
  if (isSeq(node)) return node.items;
  return node.value;
}

/** Check the top-level mapping `root` (already split into entries); throw on the first issue in file order. */
export function checkTopLevel(ctx: SourceContext, root: Node, found: readonly Entry[]): TopLevel {
  const byKey = new Map(found.map((entry) => [entry.key, entry]));
  const result = TOP_LEVEL.safeParse(Object.fromEntries(found.map((entry) => [entry.key, shallow(entry.value)])));
  if (!result.success) {
    const located = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const at = byKey.get(key)?.keyNode ?? root;
        return { at, message: `unknown top-level key ${quoted(key)} (expected one of: ${TOP_LEVEL_KEYS_HINT})` };
      }
      const value = byKey.get(String(issue.path[0]))?.value;
      const at = value ?? root;
      // A seed that is no number says what it is (`seed: "7"`), as the other values' messages do.
      const got = issue.path[0] === 'seed' && value && !(isScalar(value) && typeof value.value === 'number') ? `, got ${describe(value)}` : '';
      return { at, message: issue.message + got };
    });
    // A key that is there and wrong comes first (in file order): a missing key is often a
    // misspelt one (`nme: t`), which says more than `missing "name"`.
    const present = located.filter((issue) => issue.at !== root);
    const offset = (node: Node): number => node.range?.[0] ?? 0;
    const first = (present.length > 0 ? present : located).reduce((a, b) => (offset(b.at) < offset(a.at) ? b : a));
    return failAt(ctx, first.at, first.message);
  }
  // YAML reads 0x10, 0o17, 1e3 and -0 as whole numbers too: a seed is written in decimal digits.
  const seed = byKey.get('seed');
  const seedText = seed && sourceOf(ctx, deref(ctx, seed.value, seed.value));
  if (seed && seedFromText(seedText!) === undefined) return failAt(ctx, seed.value, `${SEED_ERROR} in decimal digits, got ${quoted(seedText!)}`);
  const steps = byKey.get('steps');
  if (!steps) return failAt(ctx, root, 'missing "steps"');
  return { ...result.data, given: byKey.get('given')?.value, steps: steps.value };
}
