// The properties the checker proves within its scope, each named after the seed claim it
// checks (reference/seed-claims.md), with the exploration whose actions it quantifies over and
// every seed claim its monitor or probe judges (`lockstep claims` and the README's claims table
// are built from these lists; ./claims-not-checked.ts says why the others are not checked).

import type { ModelProfile } from '../models/profile.ts';
import { hasAdminCode, type ExplorationName } from './scope.ts';

export type PropertyId = 'S1' | 'S2/S3' | 'S4/S11' | 'S8/S9' | 'S18' | 'lockout' | 'no-bricking' | 'power-cut' | 'battery-change';

/** A seed claim's id, S1…S25 (reference/seed-claims.md). */
export type ClaimId = `S${number}`;

/** A seed claim a property judges: the whole claim, or only the `part` of it said. */
export interface ClaimChecked {
  id: ClaimId;
  /** What of the claim the property judges, where it is not the whole claim. */
  part?: string;
}

export interface PropertyInfo {
  id: PropertyId;
  /** One line: what must hold. */
  statement: string;
  explorations: readonly ExplorationName[];
  /** The seed claims its monitor (./monitors.ts) or probe judges; none for the properties that
   * check product facts the seed does not state (the lockout, power cuts, battery changes). */
  claims: readonly ClaimChecked[];
}

export const PROPERTIES: readonly PropertyInfo[] = [
  {
    id: 'S1',
    statement: "no sequence of exterior inputs (digits and Lock pressed, held, or two held together, key, the exterior's cable pulled or plugged) changes the code store (its codes, whether they are enabled, its one-time code, the Powerbolt 250's menu-set auto-lock), admin code or handing, or resets the lock",
    explorations: ['exterior', 'window-holds', 'keypad', 'screened'],
    claims: [{ id: 'S1' }],
  },
  {
    id: 'S2/S3',
    statement: 'with an admin code enabled and never entered, no sequence (interior buttons included, no pack pulls) changes a code, disables the codes, marks one for a single use or changes the menu-set auto-lock (Powerbolt 250); a button-hold factory reset leaves exactly the defaults',
    explorations: ['interior', 'admin-gate', 'switches'],
    claims: [
      { id: 'S2' },
      { id: 'S3' },
      { id: 'S12', part: "with `--code-length 5` (admin-gate, on the 275): the programming tag's 5-digit code refused once the lock is personalised" },
    ],
  },
  {
    id: 'S4/S11',
    statement: "at every step the store keeps the model's rules — codes of its lengths, unique as its keypad tells them apart, in slots 1 to its capacity, none typed as the programming code, a one-time mark only on a code — and a code added or deleted changes its own slot alone (a delete of all codes, every slot)",
    explorations: ['interior', 'physical', 'after-reset', 'reset-menu', 'store'],
    claims: [{ id: 'S4' }, { id: 'S11', part: 'a code deleted changes its own slot alone: the other codes stay' }],
  },
  {
    id: 'S8/S9',
    statement: "a factory reset happens only after the model's reset gesture was held, powered, for its full time — on the SmartCode models from power-up, Program held as the pack goes in (a release the debounce has not yet seen at the mark counts as held)",
    explorations: ['interior', 'physical', 'cable', 'switches', 'after-reset'],
    claims: [{ id: 'S8', part: 'no reset without the full gesture: on the SmartCodes Program held as the pack goes in, then the full 30 s' }, { id: 'S9' }],
  },
  {
    id: 'S18',
    statement: "after a factory reset no code or admin code is accepted before door handing has completed — the firmware's report of it learned counts once the motor has stopped the bolt at both end stops since the reset — and a reset leaves the handing unlearned, judged at the reset, on every model whose reset forgets it",
    explorations: ['interior', 'physical', 'after-reset', 'reset-menu'],
    claims: [{ id: 'S15', part: 'a reset forgets the handing (judged at the reset)' }, { id: 'S18' }],
  },
  {
    id: 'lockout',
    statement: "the keypad judges at most the model's wrong-attempt count within any lockout window, or lockout where that is shorter (without pack pulls); and once that many fall within it, nothing typed opens the lock before the lockout is over (judged by the motor starting to withdraw the bolt)",
    explorations: ['exterior', 'window-holds', 'screened', 'interior', 'switches'],
    claims: [],
  },
  {
    id: 'no-bricking',
    statement: 'from every reachable state the physical reset (pack out, the reset gesture) reaches the out-of-box store — and so it does from the state with both banks of its store corrupted while the pack is out (seed S5)',
    explorations: ['physical', 'store'],
    claims: [
      { id: 'S5', part: 'a factory reset recovers a store corrupted in both banks' },
      { id: 'S6', part: 'the physical reset wipes every code and leaves the out-of-box store, from every reachable state' },
      { id: 'S8', part: 'the reset sequence resets the lock from every reachable state' },
      { id: 'S12', part: "after a reset the programming code is 0-0-0-0 (the 275's out-of-box store)" },
      { id: 'S19', part: 'after a SmartCode reset the Mastercode is null (the out-of-box store)' },
    ],
  },
  {
    id: 'power-cut',
    statement: "a power cut in the middle of any NVM write leaves the store as it was before the write or as written — never lost or untrusted — and a power-up loads the store the memory holds (the memory read by the checker's own reading of the record layout, not the firmware's decoder)",
    explorations: ['physical', 'store'],
    claims: [],
  },
  {
    id: 'battery-change',
    statement: 'from every reachable state with the pack in, the lock powered, no button held and no store write pending or in flight, pulling the pack and putting it back leaves the firmware holding the store it held before (codes, admin code, codes enabled, one-time code, auto-lock, handing)',
    explorations: ['physical', 'after-reset'],
    claims: [],
  },
];

/** Why a property does not apply to a model, or null when it does. */
export function notApplicable(id: PropertyId, model: ModelProfile): string | null {
  if (id === 'S2/S3' && !hasAdminCode(model)) return 'the model has no admin code (positional programming)';
  return null;
}

export function propertyInfo(id: PropertyId): PropertyInfo {
  return PROPERTIES.find((p) => p.id === id)!;
}
