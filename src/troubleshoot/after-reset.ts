// What the seed says to do right after a factory reset, in the model's words: the order (S23),
// a slot plan that keeps the code list auditable (S22: 1–5 family, 6–10 recurring visitors), a
// Mastercode set at once (S21), every new code tested with the door open (S20), and what the
// reset put back (S19 blank slate; S12 0-0-0-0 on the 275; product-facts M11 1-2-3-4 / 0-0-0-0).

import type { ModelProfile } from '../models/profile.ts';
import { spell } from './procedure-kit.ts';

export interface AfterReset {
  order: string;
  slotPlan: string;
  setMastercode: string;
  testDoorOpen: string;
  /** What the reset restored, when it is not a blank slate. */
  restored?: string;
  cite: string;
}

const FAMILY_SLOTS = 5; // seed S22: "1–5 family"
const VISITOR_LAST_SLOT = 10; // seed S22: "6–10 recurring visitors"

function range(from: number, to: number): string {
  return from === to ? `slot ${from}` : `slots ${from}–${to}`;
}

export function afterResetGuidance(p: ModelProfile): AfterReset {
  const cap = p.codes.capacity;
  const family = range(1, Math.min(FAMILY_SLOTS, cap));
  const visitors = cap > FAMILY_SLOTS ? range(FAMILY_SLOTS + 1, Math.min(VISITOR_LAST_SLOT, cap)) : null;
  const how =
    p.programming === 'positional'
      ? 'choose each code\'s position as you program it'
      : 'the lock fills the first free slot, so program the family\'s codes first, then the visitors\'';
  const slotPlan = `Keep the list auditable: ${family} for the family${visitors ? `, ${visitors} for recurring visitors` : ''} (${cap} slots in all; most households use fewer than six) — ${how}. Write down who has which slot.`;
  const name = p.adminCodeName;
  const setMastercode =
    p.programming === 'positional'
      ? 'This model has no Mastercode: anyone who reaches the interior Program button can add or delete codes, so keep the interior out of reach.'
      : p.defaults.adminCodeAfterReset !== ''
        ? `Change the ${name} from ${spell(p.defaults.adminCodeAfterReset)} now: everyone knows the factory one.`
        : `Set a ${name} now: without one, anyone who can reach the Program button can add or delete codes.`;
  const restored: string[] = [];
  if (p.defaults.adminCodeAfterReset !== '') restored.push(`the ${name} is ${spell(p.defaults.adminCodeAfterReset)}`);
  const userDefaults = Object.entries(p.defaults.userCodesAfterReset);
  if (userDefaults.length) restored.push(`user code ${userDefaults.map(([slot, code]) => `${spell(code)} (slot ${slot})`).join(', ')} is back — delete or replace it`);
  return {
    order: 'Reset, then door handing, then a new code verified with the door open — in that order, every time.',
    slotPlan,
    setMastercode,
    testDoorOpen: 'Test every new code with the door open before you close it: a code mis-entered while programming, found only once the door is locked, leaves you outside.',
    restored: restored.length ? `After the reset ${restored.join('; ')}.` : undefined,
    cite: 'seed S19–S23; product-facts M11, S12',
  };
}
