// What a model's code store can hold, stated over a whole store: the rules the firmware's own
// operations keep one change at a time (code-store.ts) — user codes 4–8 digits (4–10 on the
// Powerbolt 264, 92640-001 and 2), unique, up to the model's capacity (seed S4; product-facts
// M14, K7, M13, K-mirror); an admin code of the model's length (M1, K7, K-mirror), always one
// where the firmware never clears it (models/admin-code-kept.ts: the 275, 264, 92640-001 and
// Powerbolt 2), and none at all on the positional models, whose codes are placed by slot
// (product-facts §3 [M15] describes no admin code for them, and their firmware never reads one:
// an inference, not a quote); a programming tag only where the model ships one (seed S12), as
// long as a programming code (assumed: no source gives the tag's length). A store given from
// outside — a scenario's `given:`, a twin built in code — is held to them, so no twin starts in a
// state its firmware could never have reached.

import type { ModelProfile } from '../models/profile.ts';
import { adminCodeAlwaysSet, adminCodeOrigin } from '../models/admin-code-kept.ts';
import { clashKey, DIGITS_ONLY, patternOnKeypad } from './code-store.ts';
import { autoLockChoiceOf } from './store-codec.ts';
import { durationWords } from '../sim/units.ts';
import { duplicateNumberWords, firstRepeatedKey } from '../numbered-keys.ts';

/** One thing wrong with a given store: which field, which slot (for a code), and why. */
export interface StoreProblem {
  field: 'codes' | 'mastercode' | 'tag' | 'userCodes' | 'oneTimeCode' | 'autoLock' | 'autoLockDelay';
  /** The user-code slot at fault, for `codes`. */
  slot?: number;
  /** Whether the slot number itself is wrong (not the code in it). */
  slotNumber?: boolean;
  message: string;
}

/** Whether the user codes open the lock, in the scenario language's words (`userCodes:`). */
export type UserCodesState = 'enabled' | 'disabled';

/** Whether the menu-set auto-lock is on, in the scenario language's words (`autoLock:`). */
export type AutoLockState = 'on' | 'off';

/** The delays a model's menu offers for auto-lock (Powerbolt 250, M9), or none. */
export function autoLockChoicesMs(p: ModelProfile): readonly number[] {
  return p.menu?.autoLockDelay?.choicesMs ?? [];
}

/** The delay a menu-set auto-lock setting (store-codec.ts autoLockSetting) names, on or off: the
 * chosen one of the menu's delays, or the model's only delay where the menu offers no choice; -1
 * where no menu item sets auto-lock (switch 2 does). The firmware's countdown and the scenario
 * words both read it. */
export function menuAutoLockDelayMs(p: ModelProfile, setting: number): number {
  if (!p.menu?.autoLock) return -1;
  return autoLockChoicesMs(p)[autoLockChoiceOf(setting)] ?? p.timing.autoLockDelayMs;
}

/** The choice (0-based) whose delay is `ms`: the first when none is given, -1 when the model
 * offers no such delay. */
export function autoLockChoice(p: ModelProfile, ms: number | undefined): number {
  return ms === undefined ? 0 : autoLockChoicesMs(p).indexOf(ms);
}

export interface GivenStore {
  /** Slot (1-based) → code. */
  codes?: Record<number, string>;
  /** The admin code, or 'none'. */
  mastercode?: string;
  /** The code printed on the programming tag. */
  tag?: string;
  /** Every user code disabled (the menus' disable item; product-facts M9, K6), or enabled. */
  userCodes?: UserCodesState;
  /** The slot (1-based) whose code opens once and is then deleted (K5, K6). */
  oneTimeCode?: number;
  /** The menu-set auto-lock on or off (Powerbolt 250, M9). */
  autoLock?: AutoLockState;
  /** The menu-set auto-lock's delay in ms, one of the model's choices (M9). */
  autoLockDelay?: number;
}

const NO_ADMIN = 'none';

function digitRange(min: number, max: number): string {
  return `${min}–${max}`;
}

/** How one code is like another that the model would refuse beside it. */
function clashReason(p: ModelProfile): string {
  if (p.codes.uniquePrefixLength > 0) return `begins with the same ${p.codes.uniquePrefixLength} digits as`;
  if (p.keypad.digitsPerKey > 1) return `is typed with the same keys (two digits to a key) as`;
  return 'is the same as';
}

/** The user codes' problems for model `p`, in slot order: slots within its capacity, digits of its
 * length, each unique as the model wants it (seed S4). */
export function codeProblems(p: ModelProfile, codes: Record<number, string>): StoreProblem[] {
  const problems: StoreProblem[] = [];
  const { capacity, minLength, maxLength } = p.codes;
  const seen = new Map<string, number>();
  const keys = Object.keys(codes);
  // One slot given twice, spelt two ways (`{ 1: …, '01': … }`): said as a scenario says it, and
  // a later spelling checked no further (it would only clash with the first).
  const repeated = firstRepeatedKey(keys);
  if (repeated) {
    problems.push({ field: 'codes', slot: repeated.n, slotNumber: true, message: `${duplicateNumberWords('code slot', repeated.n)} (given as "${repeated.first}" and as "${repeated.again}")` });
  }
  const slots = keys
    .filter((key, i) => keys.findIndex((other) => Number(other) === Number(key)) === i)
    .map((key) => ({ slot: Number(key), code: codes[key as unknown as number]! }))
    .sort((a, b) => a.slot - b.slot);
  const codeIn = new Map(slots.map(({ slot, code }) => [slot, code]));
  for (const { slot, code } of slots) {
    if (!(Number.isInteger(slot) && slot >= 1 && slot <= capacity)) {
      problems.push({ field: 'codes', slot, slotNumber: true, message: `slot ${slot} is outside 1..${capacity} for ${p.id}` });
      continue;
    }
    if (!DIGITS_ONLY.test(code)) {
      problems.push({ field: 'codes', slot, message: `code "${code}" in slot ${slot} must be digits only` });
      continue;
    }
    if (code.length < minLength || code.length > maxLength) {
      problems.push({ field: 'codes', slot, message: `code "${code}" in slot ${slot} has ${code.length} digits; a ${p.id} code has ${digitRange(minLength, maxLength)}` });
      continue;
    }
    const key = clashKey(p, code);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ field: 'codes', slot, message: `code "${code}" in slot ${slot} ${clashReason(p)} slot ${first}'s "${codeIn.get(first)}": a ${p.id} refuses it (seed S4)` });
      continue;
    }
    seen.set(key, slot);
  }
  return problems;
}

/** The admin code's problems for model `p`: none on a positional model, else digits of its
 * length, and `none` only where the model can be without one (models/admin-code-kept.ts). */
export function adminProblems(p: ModelProfile, admin: string): StoreProblem[] {
  if (admin === NO_ADMIN && adminCodeAlwaysSet(p)) {
    const name = p.adminCodeName;
    return [{ field: 'mastercode', message: `a ${p.id} always has a ${name} (${adminCodeOrigin(p)}; its menu changes it but never clears it): give its digits or leave mastercode out` }];
  }
  if (admin === NO_ADMIN) return [];
  if (p.programming === 'positional') {
    return [{ field: 'mastercode', message: `a ${p.id} has no Mastercode or programming code (its codes are placed by slot): give mastercode: none or leave it out` }];
  }
  if (!DIGITS_ONLY.test(admin)) return [{ field: 'mastercode', message: `mastercode "${admin}" must be digits only, or ${NO_ADMIN}` }];
  const { adminMinLength, adminMaxLength } = p.codes;
  if (admin.length < adminMinLength || admin.length > adminMaxLength) {
    return [{ field: 'mastercode', message: `mastercode "${admin}" has ${admin.length} digits; a ${p.id}'s has ${digitRange(adminMinLength, adminMaxLength)}` }];
  }
  return [];
}

function tagProblems(p: ModelProfile, tag: string): StoreProblem[] {
  if (p.defaults.adminCode !== 'tag') return [{ field: 'tag', message: `a ${p.id} ships no programming tag` }];
  const { adminMinLength, adminMaxLength } = p.codes;
  if (tag.length < adminMinLength || tag.length > adminMaxLength) {
    return [{ field: 'tag', message: `tag "${tag}" has ${tag.length} digits; a ${p.id}'s programming code has ${digitRange(adminMinLength, adminMaxLength)}` }];
  }
  return [];
}

/** The store's flags: each only on a model whose firmware can set it — codes disabled where a
 * menu item disables them (955, Powerbolt 250), a one-time code where a menu item adds one (955),
 * and then in a slot that holds a code (the model's default codes where none are given). */
function flagProblems(p: ModelProfile, given: GivenStore): StoreProblem[] {
  const problems: StoreProblem[] = [];
  if (given.userCodes === 'disabled' && !p.menu?.disableAll) {
    problems.push({ field: 'userCodes', message: `a ${p.id} has no way to disable its user codes (no menu item does it): give userCodes: enabled or leave it out` });
  }
  if (given.oneTimeCode !== undefined) {
    const codes = given.codes ?? p.defaults.userCodes;
    if (!p.menu?.oneTime) problems.push({ field: 'oneTimeCode', message: `a ${p.id} keeps no one-time code (no menu item adds one)` });
    else if (!codes[given.oneTimeCode]) problems.push({ field: 'oneTimeCode', message: `slot ${given.oneTimeCode} holds no code to use once: give the code under codes too` });
  }
  return [...problems, ...autoLockProblems(p, given)];
}

/** The menu-set auto-lock only where a menu item sets it (Powerbolt 250; elsewhere switch 2
 * turns auto-lock on and the store keeps nothing of it), its delay one the menu offers. */
function autoLockProblems(p: ModelProfile, given: GivenStore): StoreProblem[] {
  const problems: StoreProblem[] = [];
  if (given.autoLock !== undefined && !p.menu?.autoLock) {
    problems.push({ field: 'autoLock', message: `a ${p.id} keeps no auto-lock setting (no menu item sets it; switch 2 turns its auto-lock on)` });
  }
  if (given.autoLockDelay !== undefined && autoLockChoice(p, given.autoLockDelay) < 0) {
    const choices = autoLockChoicesMs(p);
    problems.push({
      field: 'autoLockDelay',
      message: choices.length === 0 ? `a ${p.id} offers no choice of auto-lock delay` : `a ${p.id}'s auto-lock delay is one of ${choices.map(durationWords).join(', ')}`,
    });
  }
  return problems;
}

/** On a menu-family lock, a user code typed as the programming code (product-facts §7: "The
 * programming code cannot be the same as any user code"; code-store.ts refuses to store one): the
 * given one, or the model's default or the given tag when none is given. */
function programmingCodeClashes(p: ModelProfile, given: GivenStore): StoreProblem[] {
  if (p.programming !== 'programming-code-menu') return [];
  const fallback = p.defaults.adminCode === 'tag' ? (given.tag ?? '') : p.defaults.adminCode;
  const admin = given.mastercode === undefined ? fallback : given.mastercode === NO_ADMIN ? '' : given.mastercode;
  if (admin === '') return [];
  const pattern = patternOnKeypad(p.keypad.digitsPerKey, admin);
  const codes = given.codes ?? p.defaults.userCodes;
  return Object.entries(codes)
    .filter(([, code]) => code !== '' && patternOnKeypad(p.keypad.digitsPerKey, code) === pattern)
    .map(([slot, code]) => ({ field: 'codes' as const, slot: Number(slot), message: `code "${code}" in slot ${slot} is typed as the programming code "${admin}": a ${p.id} refuses a user code equal to its programming code (product-facts §7)` }));
}

/** Everything wrong with a given store for model `p`: codes in slot order, then the admin code,
 * the tag and the flags. */
export function storeProblems(p: ModelProfile, given: GivenStore): StoreProblem[] {
  return [
    ...(given.codes ? codeProblems(p, given.codes) : []),
    ...(given.mastercode !== undefined ? adminProblems(p, given.mastercode) : []),
    ...(given.tag !== undefined ? tagProblems(p, given.tag) : []),
    ...programmingCodeClashes(p, given),
    ...flagProblems(p, given),
  ];
}
