// What the seed says to do right after a factory reset, in the model's words: the order (S23),
// a slot plan that keeps the code list auditable (S22: 1–5 family, 6–10 recurring visitors), a
// Mastercode set at once (S21), every new code tested with the door open (S20), and what the
// reset put back (S19 blank slate; S12 0-0-0-0 on the 275; product-facts M11 1-2-3-4 / 0-0-0-0).
// nextAfterReset is the short form every place that confirms a reset says — the decoder's advice
// for the reset and handing signals and practice-reset's last line — so they cannot drift apart:
// no Mastercode to set on the positional models (909, 910, 240: codes go by position, product-
// facts M15, M13), and on the models whose reset restores factory codes, those codes named and
// to be changed at once. What it cites is the model's own guide, or says whose it borrows (own-cite.ts).

import type { ModelProfile } from '../models/profile.ts';
import { sourceCite, spell } from './procedure-kit.ts';
import { handingHowTo } from './handing-how-to.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';

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
    cite: joinCites('seed S19–S23', restored.length ? sourceCite(p, 'defaults.adminCodeAfterReset') : ''),
  };
}

export interface NextAfterReset {
  /** What the reset leaves in the lock. */
  says: string;
  /** What to do next, in order (seed S23): door handing, the admin code, codes tested with the door open. */
  todo: string;
  /** What to do once door handing is learned: the same, from the admin code on. */
  afterHanding: string;
  cite: string;
  /** The references for afterHanding alone. */
  afterHandingCite: string;
}

/** After door handing, on model p as a reset leaves it: the admin-code and code steps, as the
 * tail of the "Next, in this order" list (`then`) and as sentences of their own (`now`). */
function codeSteps(p: ModelProfile): { then: string; now: string; cite: string } {
  const name = p.adminCodeName;
  const admin = p.defaults.adminCodeAfterReset;
  const users = Object.values(p.defaults.userCodesAfterReset);
  if (p.programming === 'positional') {
    const none = 'This model has no Mastercode (codes go by position): anyone who reaches the interior Program button can change codes, so keep it out of reach.';
    return {
      then: `codes, each at its own position, tested with the door open. ${none}`,
      now: `Add codes, each at its own position, and test each with the door open. ${none}`,
      cite: p.slotSelection === 'digit' ? 'seed S23, S20; product-facts M13' : 'seed S23, S20; product-facts M15',
    };
  }
  if (admin !== '') {
    const change = `change the ${name} from ${spell(admin)}${users.length ? ` and user code ${users.map(spell).join(', ')}` : ''} at once (everyone knows the factory ${users.length ? 'ones' : 'one'})`;
    const codes = users.length ? 'test each code with the door open' : 'add codes and test each with the door open';
    return {
      then: `${change}, then ${codes}.`,
      now: `${change[0].toUpperCase()}${change.slice(1)}, then ${codes}.`,
      cite: joinCites('seed S23, S21, S20', sourceCite(p, 'defaults.adminCodeAfterReset')),
    };
  }
  return {
    then: `a ${name}, then codes tested with the door open.`,
    now: `Set a ${name} now, then add codes and test each with the door open.`,
    cite: 'seed S23, S21, S20',
  };
}

/** What a factory reset leaves on model p and what to do next (seed S6, S12, S19–S23; product-facts M11). */
export function nextAfterReset(p: ModelProfile): NextAfterReset {
  const name = p.adminCodeName;
  const admin = p.defaults.adminCodeAfterReset;
  const users = Object.entries(p.defaults.userCodesAfterReset);
  const says = users.length
    ? `The factory defaults are back: the ${name} is ${spell(admin)} and user code ${users.map(([slot, code]) => `${spell(code)} (slot ${slot})`).join(', ')}; every other code is erased.`
    : admin !== ''
      ? `Every user code is erased; the ${name} is back to ${spell(admin)}${p.defaults.adminCode === 'tag' ? ', not the code on the programming tag' : ''}.`
      : 'Every code is erased: the lock is as it left the factory.';
  const handing = p.handing.trigger === 'auto' ? 'door handing (it starts by itself — door open, hands off)' : `door handing (${handingHowTo(p, { afterReset: true }).how})`;
  const codes = codeSteps(p);
  return {
    says,
    todo: `Next, in this order: ${handing}, then ${codes.then}`,
    afterHanding: codes.now,
    cite: ownCite(p, joinCites('seed S6', codes.cite, p.handing.trigger === 'auto' ? 'seed S16' : handingHowTo(p).cite)),
    afterHandingCite: ownCite(p, codes.cite),
  };
}
