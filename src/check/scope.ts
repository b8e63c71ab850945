// The model checker's small scope (the "small scope hypothesis": most bugs show on small
// inputs). A scope is: a reduced digit alphabet, codes and admin codes of one length (the
// model's shortest, or `--code-length`'s), the installed lock the search starts from, and the
// bounds of the search.
// The profile is otherwise the shipped one — capacity, timings, EEPROM layout — so that every
// counterexample replays with `lockstep run` on the shipped model (seed S1, S2, S3, S8, S18).

import type { ModelProfile } from '../models/profile.ts';
import type { StoreView, TwinOptions } from '../twin/twin.ts';
import type { Learned } from '../firmware/state.ts';
import { SECURE_SCREEN_SWITCH, hasSecureScreen, screenDigitsOf } from '../firmware/secure-screen.ts';
import { resetGestureKey } from '../models/reset-button.ts';

/** Two digits are enough to type a right and a wrong code, and the "0000" folklore code. */
export const DEFAULT_ALPHABET: readonly string[] = ['0', '1'];
/** The keypad exploration's digits: the whole keypad, so that a "reset code" made of any digits
 * is typed (seed S1). On the five-button keypads two digits share a key; both are offered, which
 * covers every key and more than a finger can tell apart. */
export const WHOLE_KEYPAD: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Hard cap on distinct states per exploration, so that a wide model cannot run away. */
export const DEFAULT_STATE_CAP = 500_000;
export const SCENARIO_SEED = 1;
/** The digit the admin code is made of: not in the alphabet, and on a different two-digit button
 * (1|2, 3|4, 5|6 …) than any alphabet digit, so no searched sequence can ever enter it. */
const UNGUESSABLE_DIGIT = '5';

/** exterior: keypad, Lock, key and the exterior's cable, keys held long and two together (S1);
 * window-holds: the scope's digits, Lock and time (also to a window's late moment), and Lock or a
 * digit held long and let go, or two held together, at any moment a wrong entry's lockout window
 * is open and no lockout runs (S1 and the lockout); keypad: the same as exterior on every digit of
 * the keypad, every entry of the scope's code length (S1 against a "reset code" of any digits);
 * screened: the keypad exploration on a lock with SecureScreen on (915/916 switch 4, product-facts
 * M5, M7): the waking touch, the shown digits, then every entry (S1, lockout);
 * interior: keypad, Lock and key, the cable between entries, the interior buttons and the door,
 * and where the model has a SecureScreen its switch 4 between entries, no pack pulls (S2/S3); physical: also the pack and injected power cuts; cable: the reset
 * gesture, the cable and the pack (S8/S9); switches: every interior switch flipped between entries,
 * with the scope's digits, Lock, a code typed whole, Program and time (S2/S3, S8/S9, lockout);
 * after-reset: anything but faults, from a lock that has
 * just been factory reset and not yet relearned its handing (S18); admin-gate and reset-menu: the
 * moves of programming, with every digit and the cable (S2/S3; S18 from a lock just reset);
 * store: the moves of programming with the admin code known, power cuts and the pack, from a store
 * full but one slot (power cuts, no bricking, S4/S11). */
export type ExplorationName = 'exterior' | 'window-holds' | 'keypad' | 'screened' | 'interior' | 'admin-gate' | 'physical' | 'cable' | 'switches' | 'after-reset' | 'reset-menu' | 'store';
/** A search depth for every exploration, or for some (the others keep their default). */
export type DepthOption = number | Partial<Record<ExplorationName, number>>;
export const EXPLORATIONS: readonly ExplorationName[] = ['exterior', 'window-holds', 'keypad', 'screened', 'interior', 'admin-gate', 'physical', 'cable', 'switches', 'after-reset', 'reset-menu', 'store'];

/** The shortest code of every shipped model (its profile's codes.minLength). The whole-keypad
 * explorations' depths are counted from the model's own. */
const SHORTEST_CODE = 4;
/** The keypad exploration's steps beyond an entry of the code's length (Lock, a tick, the key,
 * the cable: whatever might set off a code just typed). */
export const KEYPAD_STEPS_BEYOND_CODE = 1;
/** The screened exploration's steps before the code, beyond the digits the screen shows: the touch
 * that wakes it (secure-screen.ts: it is not a digit of anything). */
export const SCREEN_WAKING_TOUCHES = 1;
/** The digits SecureScreen shows on every shipped model that has it (the 916's profile,
 * `keypad.secureScreenDigits`); the screened exploration's default depth is counted from the
 * model's own (defaultDepth). */
const SHIPPED_SCREEN_DIGITS = 2;
/** The admin-gate exploration's steps beyond an entry of the code's length: the shortest way from
 * an admin code taken to a code added. The Mastercode family: Program before the entry; Lock, a
 * new code typed whole and Lock after it. Programming at the keypad: Lock, the menu's add digit,
 * Lock, the new code, Lock. */
export const GATE_STEPS_BEYOND_CODE = { programButton: 4, atKeypad: 5 } as const;

export function gateStepsBeyondCode(model: ModelProfile): number {
  return model.programming === 'programming-code-menu' ? GATE_STEPS_BEYOND_CODE.atKeypad : GATE_STEPS_BEYOND_CODE.programButton;
}

/** The cable exploration's depth: a reset begun at a replug and confirmed takes 7 steps (Program
 * held, the cable out and in, Program released, time to the hold's end, Program pressed twice);
 * 14 leaves room for the pack and the contact's settling around them — about 110 000 states over
 * the 13 models, over two thirds of them on the 916, whose unplugged exterior beeps each second. */
const CABLE_DEPTH = 14;

/** The switches exploration's depth: the shortest ways a switch could let a guesser or an intruder
 * through take 4 and 5 steps — Program, a switch, a new code, Lock (S2/S3); three wrong codes
 * typed whole, a switch, a fourth (the lockout) — and 8 leaves room for time and the other
 * switches around them: 382 045 states over the 13 models, 3.9 s in one thread (9: 942 764,
 * 7.4 s, which would take the whole default run past its minute on two threads). */
const SWITCHES_DEPTH = 8;

/** The store exploration's depth: two adds in a row, the second refused by the store the first
 * filled, take 10 steps on the Mastercode family (Program, admin code, Lock, code, Lock, twice);
 * a delete with a power cut in its write 9. */
const STORE_DEPTH = 10;

/** The window-holds exploration's depth: a key held after a second wrong entry through a hold of
 * its own takes 8 steps on the 913 (two wrong entries, a digit held, its contact settling, the entry's
 * timeout, the hold's end), Lock held after a wrong entry 7, and 10 leaves room for time or a
 * press around them (a fourth wrong entry within the minute after a digit held through the third's
 * timeout takes all 10: the fixture held-key-forgets-wrong-entries) — 908 162 states over the 13 models (39 844 on the 913, 130 084 on the
 * Powerbolt 2, the widest); 11 more than doubles it (92 235 on the 913, 367 072 on the
 * Powerbolt 2). Our choice. */
const WINDOW_HOLDS_DEPTH = 10;

/** Default depth per exploration: each model's default scope is explored exhaustively to this
 * depth, below the state cap, in under a minute. After a reset the codes are also typed whole
 * (actions.ts typedCodes), two more actions per step: one step less there. The keypad and
 * admin-gate depths are counted from the model's shortest code (defaultDepth); these are theirs
 * for a 4-digit code and, for admin-gate, the Mastercode family. */
export const DEFAULT_DEPTH: Record<ExplorationName, number> = {
  exterior: 12,
  'window-holds': WINDOW_HOLDS_DEPTH,
  keypad: SHORTEST_CODE + KEYPAD_STEPS_BEYOND_CODE,
  screened: SCREEN_WAKING_TOUCHES + SHIPPED_SCREEN_DIGITS + SHORTEST_CODE + KEYPAD_STEPS_BEYOND_CODE,
  interior: 9,
  'admin-gate': SHORTEST_CODE + GATE_STEPS_BEYOND_CODE.programButton,
  physical: 9,
  cable: CABLE_DEPTH,
  switches: SWITCHES_DEPTH,
  'after-reset': 8,
  'reset-menu': 8,
  store: STORE_DEPTH,
};
/** The admin-gate default where programming starts at the keypad, for a 4-digit code (`--help`). */
export const GATE_DEPTH_AT_KEYPAD = SHORTEST_CODE + GATE_STEPS_BEYOND_CODE.atKeypad;
/** Models with a second interior button (the Reset button: 264, 92640-001, Powerbolt 2) have two
 * more actions per step beyond the exterior: this much less depth keeps their default scope
 * below the cap and the minute. */
export const EXTRA_BUTTON_DEPTH_CUT: Record<ExplorationName, number> = { exterior: 0, 'window-holds': 0, keypad: 0, screened: 0, interior: 1, 'admin-gate': 0, physical: 1, cable: 0, switches: 0, 'after-reset': 2, 'reset-menu': 0, store: 0 };

/** The digits an exploration presses. */
export function digitsOf(exploration: ExplorationName, scope: CheckScope): readonly string[] {
  return exploration === 'keypad' || exploration === 'screened' || exploration === 'admin-gate' || exploration === 'reset-menu' || exploration === 'store' ? WHOLE_KEYPAD : scope.alphabet;
}

/** Why an exploration has nothing to search on the model, or null when it has: the screened
 * exploration needs a SecureScreen. */
export function explorationNotApplicable(exploration: ExplorationName, model: ModelProfile): string | null {
  if (exploration === 'screened' && !hasSecureScreen(model)) return 'the model has no SecureScreen';
  return null;
}

export interface CheckScope {
  alphabet: readonly string[];
  /** The length of the codes and admin code the search installs and types, and the longest
   * entry taken for a code; by default the model's minimum length (real codes, shortest form). */
  codeLength: number;
  depth: Record<ExplorationName, number>;
  stateCap: number;
}

/** The model's default depth per exploration (exterior inputs are the same on every model); the
 * whole-keypad explorations' are counted from the scope's code length (`codeLength`, by default
 * the model's shortest code). */
export function defaultDepth(model: ModelProfile, codeLength = model.codes.minLength): Record<ExplorationName, number> {
  const extra = model.reset.gesture === 'reset-button';
  const out = { ...DEFAULT_DEPTH };
  for (const e of EXPLORATIONS) out[e] -= extra ? EXTRA_BUTTON_DEPTH_CUT[e] : 0;
  out.keypad = codeLength + KEYPAD_STEPS_BEYOND_CODE;
  out.screened = SCREEN_WAKING_TOUCHES + screenDigitsOf(model) + codeLength + KEYPAD_STEPS_BEYOND_CODE;
  out['admin-gate'] = codeLength + gateStepsBeyondCode(model);
  return out;
}

/** The model's default scope, with `depth` (DepthOption) and `codeLength` where given. */
export function defaultScope(model: ModelProfile, depth?: DepthOption, stateCap = DEFAULT_STATE_CAP, codeLength = model.codes.minLength): CheckScope {
  const d =
    typeof depth === 'number'
      ? (Object.fromEntries(EXPLORATIONS.map((e) => [e, depth])) as Record<ExplorationName, number>)
      : { ...defaultDepth(model, codeLength), ...depth };
  return { alphabet: DEFAULT_ALPHABET, codeLength, depth: d, stateCap };
}

/** Why `codeLength` is no length of the model's codes and admin codes, or null when it is. */
export function codeLengthProblem(model: ModelProfile, codeLength: number): string | null {
  const c = model.codes;
  const lo = Math.max(c.minLength, hasAdminCode(model) ? c.adminMinLength : 0);
  const hi = Math.min(c.maxLength, hasAdminCode(model) ? c.adminMaxLength : Infinity);
  if (codeLength >= lo && codeLength <= hi) return null;
  return `${model.id} takes codes${hasAdminCode(model) ? ' and admin codes' : ''} of ${lo} to ${hi} digits, not ${codeLength}`;
}

/** The shipped profile with codes and admin codes from the model's shortest up to the scope's
 * code length, the length of every code the search installs and types. Entry and programming
 * outcomes are the same as the shipped profile's for such codes (longer entries are refused
 * either way), so counterexamples replay on the shipped model. */
export function scopeProfile(model: ModelProfile, scope: CheckScope): ModelProfile {
  const n = scope.codeLength;
  return { ...model, codes: { ...model.codes, maxLength: n, adminMaxLength: n } };
}

/** Whether the model has an admin code (Mastercode / programming code) at all. */
export function hasAdminCode(model: ModelProfile): boolean {
  return model.programming !== 'positional';
}

/** The key whose hold is the model's reset gesture (seed S8; product-facts M9, M11). */
export const gestureKey = resetGestureKey;

/** A user code typed from the alphabet: 0101… */
export function userCode(scope: CheckScope): string {
  let code = '';
  for (let i = 0; i < scope.codeLength; i++) code += scope.alphabet[i % scope.alphabet.length];
  return code;
}

/** A code the installed lock does not hold (1010, its user code's digits swapped; reversed, an
 * odd-length 01010 would be itself): what the admin-gate exploration types whole where
 * programming would add it. */
export function freshCode(scope: CheckScope): string {
  const [a, b] = scope.alphabet;
  return [...userCode(scope)].map((d) => (d === a ? b : a)).join('');
}

/** A second code the installed lock does not hold (0011): with freshCode, two adds in a row, the
 * second to a store the first has filled (seed S4). */
export function secondFreshCode(scope: CheckScope): string {
  const [a, b] = scope.alphabet;
  const half = Math.floor(scope.codeLength / 2);
  return a.repeat(half) + b.repeat(scope.codeLength - half);
}

export function unguessableAdmin(scope: CheckScope): string {
  return UNGUESSABLE_DIGIT.repeat(scope.codeLength);
}

/** The installed lock every exploration starts from: handed, door closed, one user code, and an
 * admin code nobody in the search can type (where the model has one); the physical exploration
 * also holds a code in the model's last slot, so that its physical reset must wipe that slot too
 * (no bricking), and the store exploration starts from a store full but one slot (storeStart).
 * After a reset: the model's out-of-box store, not yet handed. As scenario `given:`. */
export interface InitialLock {
  door: 'right';
  handed: 'right' | 'none';
  doorState: 'closed';
  codes: Record<number, string>;
  mastercode: string | 'none';
  /** The switches set otherwise than the model ships them (the screened exploration: 4 on). */
  switches?: Partial<Record<1 | 2 | 3 | 4, boolean>>;
}

/** Whether an exploration starts from a lock just factory reset, its handing not yet relearned. */
export function startsAfterReset(exploration: ExplorationName): boolean {
  return exploration === 'after-reset' || exploration === 'reset-menu';
}

export function initialLock(model: ModelProfile, scope: CheckScope, exploration: ExplorationName): InitialLock {
  const installed: InitialLock = { door: 'right', handed: 'right', doorState: 'closed', codes: { 1: userCode(scope) }, mastercode: hasAdminCode(model) ? unguessableAdmin(scope) : 'none' };
  if (startsAfterReset(exploration)) {
    const d = model.defaults;
    return { door: 'right', handed: 'none', doorState: 'closed', codes: { ...d.userCodesAfterReset }, mastercode: d.adminCodeAfterReset === '' ? 'none' : d.adminCodeAfterReset };
  }
  if (exploration === 'store') return storeStart(model, scope);
  if (exploration === 'physical') return { ...installed, codes: { ...installed.codes, [model.codes.capacity]: fillerCode(scope, 0) } };
  return { ...installed, ...(exploration === 'screened' ? { switches: { [SECURE_SCREEN_SWITCH]: true } } : {}) };
}

/** The slot the store exploration's start leaves free: the one an add fills. */
export const FREE_SLOT = 2;
/** The digits of the codes that fill the rest of that store: none in the alphabet or the admin
 * code's, and on keys of their own (3|4, 5|6, 7|8 on the five-button keypads), so that no searched
 * sequence types one; 5 only beside another, so that none is the scope's admin code. */
const FILLER_DIGITS = ['3', '7', '5'] as const;

/** The `i`-th code (from 0) made of FILLER_DIGITS, of the scope's code length. */
export function fillerCode(scope: CheckScope, i: number): string {
  let code = '';
  for (let n = i, k = 0; k < scope.codeLength; k++, n = Math.floor(n / FILLER_DIGITS.length)) code = FILLER_DIGITS[n % FILLER_DIGITS.length] + code;
  return code;
}

/**
 * The store exploration's start (power cuts, no bricking, S4/S11): the installed lock with its
 * store full but slot 2 — the scope's user code in slot 1 and a code no search types in every
 * slot from 3 to the model's capacity. So an add fills the store (and a power cut can tear it), a
 * second is refused (seed S4), a delete leaves the codes after it (S11) and a factory reset must
 * wipe the last slot too (S6).
 */
export function storeStart(model: ModelProfile, scope: CheckScope): InitialLock {
  const codes: Record<number, string> = { 1: userCode(scope) };
  for (let slot = FREE_SLOT + 1; slot <= model.codes.capacity; slot++) codes[slot] = fillerCode(scope, slot - FREE_SLOT - 1);
  return { door: 'right', handed: 'right', doorState: 'closed', codes, mastercode: hasAdminCode(model) ? unguessableAdmin(scope) : 'none' };
}

export function twinOptions(init: InitialLock): TwinOptions {
  return { seed: SCENARIO_SEED, door: init.door, handed: init.handed, doorOpen: false, codes: init.codes, mastercode: init.mastercode, ...(init.switches ? { switches: init.switches } : {}) };
}

/** The store a factory reset leaves — the model's after-reset admin code and codes, every code
 * enabled, no one-time code — with `handed` as it is (a reset forgets it only on some models). */
export function outOfBoxStore(model: ModelProfile, handed: Learned): StoreView {
  return { trusted: true, adminCode: model.defaults.adminCodeAfterReset, codes: afterResetCodes(model), handed, usersDisabled: false, oneTimeSlot: -1, autoLock: 0 };
}

/** The store a factory reset leaves (the model's after-reset defaults), as admin + codes. */
export function afterResetCodes(model: ModelProfile): string[] {
  const codes = new Array<string>(model.codes.capacity).fill('');
  for (const [slot, code] of Object.entries(model.defaults.userCodesAfterReset)) codes[Number(slot) - 1] = code;
  return codes;
}
