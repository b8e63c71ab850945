// Why `lockstep check` judges no part of these seed claims (reference/seed-claims.md), so that
// `lockstep claims` can say each is shown by scenarios only, and why. The claims the checker does
// judge are declared with its properties (./properties.ts, `claims`); a claim is in one list or
// the other, never both (test/claims-checked-by.test.ts).

import type { ClaimId } from './properties.ts';

/** Where the checker cannot see a weak pack: its charge is pinned at every restore (./machine.ts). */
const PACK_PINNED = "the checker pins the pack's charge to a fresh pack's at every step, so no weak pack is ever explored";

export const CLAIMS_NOT_CHECKED: Readonly<Partial<Record<ClaimId, string>>> = {
  S7: 'the symptom table is advice, a fix for each symptom (`lockstep doctor`, `lockstep decode`), not a rule about the states the firmware may reach',
  S10: PACK_PINNED,
  S13: 'it is about the part numbers printed on the lock or its box (`lockstep identify`, `lockstep models`), not about what the lock does',
  S14: "the checker presses every key firmly (a light tap is not among its moves), and the 92640-001 resets as its profile says, the standard Powerbolt's gesture",
  S16: 'the handing run is something the lock must do, not a state it must never reach, and no move of the checker pushes the bolt by hand',
  S17: "a jam is the bolt's mechanics, which no property judges, and no move of the checker misaligns the strike plate",
  S20: 'advice to the owner (test a new code with the door open): what a person does, not a rule the firmware keeps',
  S21: 'advice to the owner: without a Mastercode anyone at the Program button may add or delete codes, as the lock allows',
  S22: 'advice on how to lay out the slots; the capacity itself is S4',
  S23: "the order of the owner's steps; what each step guards is judged by the S8/S9 and S18 properties",
  S24: 'a half-finished reset is a state to show and recognise (the twin, `lockstep doctor`), not one the firmware must never reach',
  S25: `${PACK_PINNED}; what to check first is the troubleshooter's advice`,
};
