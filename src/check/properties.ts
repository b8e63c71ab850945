// The properties the checker proves within its scope, each named after the seed claim it
// checks (reference/seed-claims.md), with the exploration whose actions it quantifies over.

import type { ModelProfile } from '../models/profile.ts';
import { hasAdminCode, type ExplorationName } from './scope.ts';

export type PropertyId = 'S1' | 'S2/S3' | 'S4/S11' | 'S8/S9' | 'S18' | 'lockout' | 'no-bricking' | 'power-cut' | 'battery-change';

export interface PropertyInfo {
  id: PropertyId;
  /** One line: what must hold. */
  statement: string;
  explorations: readonly ExplorationName[];
}

export const PROPERTIES: readonly PropertyInfo[] = [
  {
    id: 'S1',
    statement: "no sequence of exterior inputs (digits and Lock pressed, held, or two held together, key, the exterior's cable pulled or plugged) changes the code store (its codes, whether they are enabled, its one-time code, the Powerbolt 250's menu-set auto-lock), admin code or handing, or resets the lock",
    explorations: ['exterior', 'keypad', 'screened'],
  },
  {
    id: 'S2/S3',
    statement: 'with an admin code enabled and never entered, no sequence (interior buttons included, no pack pulls) changes a code, disables the codes, marks one for a single use or changes the menu-set auto-lock (Powerbolt 250); a button-hold factory reset leaves exactly the defaults',
    explorations: ['interior', 'admin-gate', 'switches'],
  },
  {
    id: 'S4/S11',
    statement: "at every step the store keeps the model's rules — codes of its lengths, unique as its keypad tells them apart, in slots 1 to its capacity, none typed as the programming code, a one-time mark only on a code — and a code added or deleted changes its own slot alone (a delete of all codes, every slot)",
    explorations: ['interior', 'physical', 'after-reset', 'reset-menu', 'store'],
  },
  {
    id: 'S8/S9',
    statement: "a factory reset happens only after the model's reset gesture was held, powered, for its full time — on the SmartCode models from power-up, Program held as the pack goes in (a release the debounce has not yet seen at the mark counts as held)",
    explorations: ['interior', 'physical', 'cable', 'switches', 'after-reset'],
  },
  {
    id: 'S18',
    statement: "after a factory reset no code or admin code is accepted before door handing has completed — the firmware's report of it learned counts once the motor has stopped the bolt at both end stops since the reset — and a reset leaves the handing unlearned, judged at the reset, on every model whose reset forgets it",
    explorations: ['interior', 'physical', 'after-reset', 'reset-menu'],
  },
  {
    id: 'lockout',
    statement: "the keypad judges at most the model's wrong-attempt count within any lockout window, or lockout where that is shorter (without pack pulls); and once that many fall within it, nothing typed opens the lock before the lockout is over (judged by the motor starting to withdraw the bolt)",
    explorations: ['exterior', 'screened', 'interior', 'switches'],
  },
  {
    id: 'no-bricking',
    statement: 'from every reachable state the physical reset (pack out, the reset gesture) reaches the out-of-box store — and so it does from the state with both banks of its store corrupted while the pack is out (seed S5)',
    explorations: ['physical', 'store'],
  },
  {
    id: 'power-cut',
    statement: "a power cut in the middle of any NVM write leaves the store as it was before the write or as written — never lost or untrusted — and a power-up loads the store the memory holds (the memory read by the checker's own reading of the record layout, not the firmware's decoder)",
    explorations: ['physical', 'store'],
  },
  {
    id: 'battery-change',
    statement: 'from every reachable state with the pack in, the lock powered, no button held and no store write pending or in flight, pulling the pack and putting it back leaves the firmware holding the store it held before (codes, admin code, codes enabled, one-time code, auto-lock, handing)',
    explorations: ['physical', 'after-reset'],
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
