// `expect:` words held to the model a scenario runs on, as `given:` is (given-for-model.ts,
// firmware/store-rules.ts): an expectation of something the model's store can never hold is
// refused at its place rather than checked — the menu-set auto-lock and its delay only where a
// menu sets them (product-facts M9: the Powerbolt 250; elsewhere switch 2 turns auto-lock on and
// the store keeps nothing of it, so `autoLock: off` would pass with auto-lock on), every code
// disabled only where a menu item does it (M9, K6), a one-time code only where a menu item adds one
// (K5, K6), an admin code only where there is one (M15), slots and counts within the model's
// capacity (seed S4; product-facts M14, K7, M13) (design/architecture.md, Scenario files).
import { clippedWords } from '../printable.ts';
import { storeProblems, type GivenStore } from '../firmware/store-rules.ts';
import { entries, type Entry, type YValue } from './nodes.ts';
import { failAt, type ModelContext } from './source.ts';
import type { Expectation } from './types.ts';
import { LOWEST_SLOT, MASTERCODE_NONE, ONE_TIME_NONE } from './vocabulary.ts';

/** The store words of `e` that a `given:` would be held to the model's rules for. */
function storeWordsOf(e: Expectation, positional: boolean): GivenStore {
  return {
    // Any admin code is refused on a positional model; elsewhere its digits are the store's to say.
    ...(positional && e.mastercode !== undefined && e.mastercode !== MASTERCODE_NONE ? { mastercode: e.mastercode } : {}),
    ...(e.userCodes !== undefined ? { userCodes: e.userCodes } : {}),
    ...(e.autoLock !== undefined ? { autoLock: e.autoLock } : {}),
    ...(e.autoLockDelay !== undefined ? { autoLockDelay: e.autoLockDelay } : {}),
  };
}

/** Throw a ScenarioError at the first word of the expectation `e` (read from `found`) that model `ctx.model` could never show. */
export function checkExpectForModel(ctx: ModelContext, found: readonly Entry[], e: Expectation): void {
  const p = ctx.model;
  const capacity = p.codes.capacity;
  const valueOf = (key: string): YValue => found.find((entry) => entry.key === key)!.value;
  const [problem] = storeProblems(p, storeWordsOf(e, p.programming === 'positional'));
  if (problem) failAt(ctx, valueOf(problem.field), clippedWords(problem.message));
  if (e.oneTimeCode !== undefined && e.oneTimeCode !== ONE_TIME_NONE) {
    if (!p.menu?.oneTime) failAt(ctx, valueOf('oneTimeCode'), `a ${p.id} keeps no one-time code (no menu item adds one): expect oneTimeCode: ${ONE_TIME_NONE} or leave it out`);
    if (e.oneTimeCode > capacity) failAt(ctx, valueOf('oneTimeCode'), `slot ${e.oneTimeCode} is outside ${LOWEST_SLOT}..${capacity} for ${p.id}`);
  }
  if (typeof e.codes === 'number' && e.codes > capacity) failAt(ctx, valueOf('codes'), `a ${p.id} holds at most ${capacity} codes`);
  if (typeof e.codes === 'object') {
    const beyond = entries(ctx, valueOf('codes'), 'expected codes').find((entry) => Number(entry.key) > capacity);
    if (beyond) failAt(ctx, beyond.keyNode, `slot ${Number(beyond.key)} is outside ${LOWEST_SLOT}..${capacity} for ${p.id}`);
  }
}
