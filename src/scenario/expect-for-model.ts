// `expect:` words held to the model a scenario runs on, as `given:` is (given-for-model.ts,
// firmware/store-rules.ts): an expectation of something the model's store can never hold is
// refused at its place rather than checked — the menu-set auto-lock and its delay only where a
// menu sets them (product-facts M9: the Powerbolt 250; elsewhere switch 2 turns auto-lock on and
// the store keeps nothing of it, so `autoLock: off` would pass with auto-lock on), every code
// disabled only where a menu item does it (M9, K6), a one-time code only where a menu item adds one
// (K5, K6), an admin code only where there is one (M15) and then of the model's length (M1, K7,
// K-mirror), slots and counts within the model's capacity, and the codes expected in them of the
// model's length (product-facts M14, K7, M13) (design/architecture.md, Scenario files). A rule
// that speaks of the store as a whole — codes unique as the model wants them (seed S4), a user
// code typed as the programming code — is not held here: a counterexample the checker writes
// against a deliberately broken firmware expects the duplicate that firmware stored, and the
// programming code an expectation meets may have changed since the start, and `mastercode: none` can hold on any model once its
// store is untrusted (seed S5: the firmware holds such a store empty). A `mode` is held to the
// modes the model's firmware has (firmware/model-modes.ts): a 913's Mastercode steps are no
// Powerbolt's, and such an expectation would fail as if the lock had misbehaved.
import { clippedWords } from '../printable.ts';
import { modesOf } from '../firmware/model-modes.ts';
import { adminProblems, codeProblems, storeProblems, type GivenStore, type StoreProblem } from '../firmware/store-rules.ts';
import { entries, type Entry, type YValue } from './nodes.ts';
import { failAt, type ModelContext } from './source.ts';
import type { Expectation } from './types.ts';
import { LOWEST_SLOT, MASTERCODE_NONE, MASTERCODE_SET, ONE_TIME_NONE } from './vocabulary.ts';

/** The store flags of `e` that a `given:` would be held to the model's rules for. */
function flagWordsOf(e: Expectation): GivenStore {
  return {
    ...(e.userCodes !== undefined ? { userCodes: e.userCodes } : {}),
    ...(e.autoLock !== undefined ? { autoLock: e.autoLock } : {}),
    ...(e.autoLockDelay !== undefined ? { autoLockDelay: e.autoLockDelay } : {}),
  };
}

/** What is wrong with the admin code `e` expects: any on a positional model (`set` too), else
 * digits of the model's length; `none` can hold anywhere (an untrusted store). */
function expectedAdminProblems(ctx: ModelContext, mastercode: string | undefined): StoreProblem[] {
  if (mastercode === undefined || mastercode === MASTERCODE_NONE) return [];
  if (mastercode === MASTERCODE_SET && ctx.model.programming !== 'positional') return [];
  return adminProblems(ctx.model, mastercode);
}

/** The codes of an expected slot map, empty slots (null) left out. */
function filledSlots(codes: Record<number, string | null>): Record<number, string> {
  return Object.fromEntries(Object.entries(codes).filter((slot): slot is [string, string] => slot[1] !== null));
}

/** Throw a ScenarioError at the first word of the expectation `e` (read from `found`) that model `ctx.model` could never show. */
export function checkExpectForModel(ctx: ModelContext, found: readonly Entry[], e: Expectation): void {
  const p = ctx.model;
  const capacity = p.codes.capacity;
  const valueOf = (key: string): YValue => found.find((entry) => entry.key === key)!.value;
  const [problem] = [...expectedAdminProblems(ctx, e.mastercode), ...storeProblems(p, flagWordsOf(e))];
  if (problem) failAt(ctx, valueOf(problem.field), clippedWords(problem.message));
  if (e.mode !== undefined && !modesOf(p).has(e.mode)) failAt(ctx, valueOf('mode'), `a ${p.id} is never in mode ${e.mode}: its firmware's modes are ${[...modesOf(p)].join(', ')}`);
  if (e.oneTimeCode !== undefined && e.oneTimeCode !== ONE_TIME_NONE) {
    if (!p.menu?.oneTime) failAt(ctx, valueOf('oneTimeCode'), `a ${p.id} keeps no one-time code (no menu item adds one): expect oneTimeCode: ${ONE_TIME_NONE} or leave it out`);
    if (e.oneTimeCode > capacity) failAt(ctx, valueOf('oneTimeCode'), `slot ${e.oneTimeCode} is outside ${LOWEST_SLOT}..${capacity} for ${p.id}`);
  }
  if (typeof e.codes === 'number' && e.codes > capacity) failAt(ctx, valueOf('codes'), `a ${p.id} holds at most ${capacity} codes`);
  if (typeof e.codes === 'object') {
    const slots = entries(ctx, valueOf('codes'), 'expected codes');
    const beyond = slots.find((entry) => Number(entry.key) > capacity);
    if (beyond) failAt(ctx, beyond.keyNode, `slot ${Number(beyond.key)} is outside ${LOWEST_SLOT}..${capacity} for ${p.id}`);
    // Each slot alone: a code of the model's digits and length. Not uniqueness — a counterexample
    // the checker writes against a broken firmware expects the duplicate that firmware stored.
    for (const [slot, code] of Object.entries(filledSlots(e.codes))) {
      const [codeProblem] = codeProblems(p, { [slot]: code });
      if (codeProblem) failAt(ctx, slots.find((entry) => Number(entry.key) === codeProblem.slot)!.value, clippedWords(codeProblem.message));
    }
  }
}
