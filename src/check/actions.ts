// What the explorer can do in one step: a person's physical action, or `tick` — let time run to
// the next timer boundary (a firmware deadline, a part's alarm, or the moment a wrong entry
// leaves the lockout window), so that every timeout is a choice the explorer can take. Which
// actions an exploration offers is what its property quantifies over (seed S1: exterior inputs;
// S2/S3: interior buttons too, no battery pulls; S8/S9/S18 and the power-cut property: anything).

import type { ModelProfile } from '../models/profile.ts';
import type { Action } from '../twin/twin.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import { PRESS_MS } from '../twin/twin.ts';
import { SECURE_SCREEN_SWITCH, hasSecureScreen } from '../firmware/secure-screen.ts';
import { hasResetButton } from '../models/reset-button.ts';
import { digitsOf, freshCode, hasAdminCode, secondFreshCode, unguessableAdmin, userCode, type CheckScope, type ExplorationName } from './scope.ts';

export type KeyEdge = readonly [offsetMs: number, key: ButtonKey, down: boolean];

export interface CheckAction {
  /** Short label for reports: "press 0", "hold program", "tick". */
  label: string;
  /** What the twin is told; null for a wait computed per state: tick, or `waitUntil`. */
  act: Action | null;
  /** Where a computed wait ends other than tick's next timer boundary: `late-in-window`, the
   * late moment of the earliest open lockout window (machine.ts lateInWindow). */
  waitUntil?: 'late-in-window';
  /** Interior-button edges this action makes, relative to its start (for the hold monitor). */
  edges: readonly KeyEdge[];
  /** Precondition on the current state. */
  when: Precondition;
}

export type Precondition =
  | { kind: 'always' }
  | { kind: 'key-up'; key: ButtonKey }
  | { kind: 'key-down'; key: ButtonKey }
  | { kind: 'door'; open: boolean }
  | { kind: 'battery'; present: boolean }
  | { kind: 'exterior'; linked: boolean }
  /** Interior switch `n` is `on` (or off). */
  | { kind: 'switch'; n: 1 | 2 | 3 | 4; on: boolean }
  | { kind: 'no-fault-armed' }
  | { kind: 'timer-pending' }
  /** No timer is pending: the lock is quiet, nothing due (the long press's start). */
  | { kind: 'timer-idle' }
  /** The keypad entry's timeout is armed and is the one timer pending: an entry begun on a quiet
   * lock, nothing else running (a digit's long press in the middle of an entry). */
  | { kind: 'entry-timer-only' }
  /** A wrong-code lockout's end is pending and, besides it, at most the ends of the wrong entries'
   * lockout windows: a lockout with nothing else running (where a long press may begin in it). */
  | { kind: 'lockout-timer-only' }
  /** The ends of the wrong entries' lockout windows are the only timers pending (no firmware
   * deadline, no part's alarm), at most `maxOpen` of those windows open (one or more), the latest
   * wrong entry judged at most `maxSinceMs` ago: a lock just past a wrong entry. */
  | { kind: 'window-timer-only'; maxOpen: number; maxSinceMs: number }
  /** A wrong entry's lockout window is open while no lockout runs (`counting`: the keypad is
   * counting wrong entries towards one), or not. */
  | { kind: 'counting-wrong-entries'; counting: boolean }
  /** The late moment of the earliest open wrong entry's lockout window (machine.ts lateInWindow)
   * is still ahead, and no timer is pending but the windows' ends. */
  | { kind: 'late-in-window-ahead' }
  /** The key's contact changed and the firmware is still debouncing it (no time has passed). */
  | { kind: 'settling'; key: ButtonKey }
  /** Exactly `count` of these keys are held down. */
  | { kind: 'keys-held'; keys: readonly ButtonKey[]; count: number }
  /** The keypad entry with this digit added is not `code` as typed on the model's keys, and has
   * at most `maxLength` digits where that is given. */
  | { kind: 'entry-not'; digit: string; code: string; maxLength?: number }
  /** The keypad entry is empty (`empty`) or not. */
  | { kind: 'entry-empty'; empty: boolean }
  /** The firmware is programming (not in normal operation) and its entry is empty. */
  | { kind: 'programming-entry-empty' }
  /** Every one of these holds. */
  | { kind: 'all'; of: readonly Precondition[] }
  /** At least one of these holds. */
  | { kind: 'any'; of: readonly Precondition[] };

const ALWAYS: Precondition = { kind: 'always' };

/** The button edges a twin action makes, relative to its start (twin.ts apply). */
export function edgesOf(a: Action): KeyEdge[] {
  switch (a.do) {
    case 'press':
      return [[0, a.key, true], [PRESS_MS, a.key, false]];
    case 'hold':
      return [[0, a.key, true]];
    case 'release':
      return [[0, a.key, false]];
    case 'hold-for':
      return [[0, a.key, true], [a.ms, a.key, false]];
    default:
      return [];
  }
}

function press(key: ButtonKey, when: Precondition = ALWAYS): CheckAction {
  const act: Action = { do: 'press', key };
  return { label: `press ${key}`, act, edges: edgesOf(act), when };
}

function holdRelease(key: ButtonKey): CheckAction[] {
  const hold: Action = { do: 'hold', key };
  const release: Action = { do: 'release', key };
  return [
    { label: `hold ${key}`, act: hold, edges: edgesOf(hold), when: { kind: 'key-up', key } },
    { label: `release ${key}`, act: release, edges: edgesOf(release), when: { kind: 'key-down', key } },
  ];
}

export const TICK: CheckAction = { label: 'tick', act: null, edges: [], when: { kind: 'timer-pending' } };
const POWER_CUT: CheckAction = { label: 'power cut mid-write', act: { do: 'fault', fault: 'power-cut-mid-write' }, edges: [], when: { kind: 'no-fault-armed' } };

/** The actions of one exploration, in a fixed order (the order breaks ties between equally short
 * counterexamples). The thumbturn is left out: it runs the same code path as the key. */
export function actionsFor(exploration: ExplorationName, model: ModelProfile, scope: CheckScope): CheckAction[] {
  if (exploration === 'admin-gate') return gateActions(model, scope);
  if (exploration === 'reset-menu') return resetMenuActions(model, scope);
  if (exploration === 'cable') return cableActions(model);
  if (exploration === 'switches') return switchesActions(model, scope);
  if (exploration === 'store') return storeActions(model, scope);
  if (exploration === 'window-holds') return windowHoldsActions(scope);
  const wholeKeypad = exploration === 'keypad' || exploration === 'screened';
  const out: CheckAction[] = wholeKeypad ? keypadDigits(model, scope) : scope.alphabet.map((d) => press(d as ButtonKey));
  out.push(press('lock'));
  out.push({ label: 'key unlock', act: { do: 'key', dir: 'unlock' }, edges: [], when: ALWAYS });
  out.push({ label: 'key lock', act: { do: 'key', dir: 'lock' }, edges: [], when: ALWAYS });
  const exteriorOnly = exploration === 'exterior' || wholeKeypad;
  if (exteriorOnly) {
    out.push(...exteriorCable());
  } else {
    out.push(press('program', { kind: 'key-up', key: 'program' }));
    out.push(...holdRelease('program'));
    if (hasResetButton(model)) out.push(...holdRelease('reset'));
    // A tap of Reset in the interior exploration only (S2/S3): in the physical and after-reset
    // ones it added 12 % and 8 % on the 264, the Powerbolt 2's physical to within 4 % of the cap.
    if (exploration === 'interior') out.push(...resetPress(model, { kind: 'key-up', key: 'reset' }));
    out.push({ label: 'door open', act: { do: 'door', state: 'open' }, edges: [], when: { kind: 'door', open: false } });
    out.push({ label: 'door closed', act: { do: 'door', state: 'closed' }, edges: [], when: { kind: 'door', open: true } });
  }
  if (exploration === 'physical' || exploration === 'after-reset') out.push(...packMoves());
  if (exploration === 'physical') {
    out.push(POWER_CUT);
  }
  if (exploration === 'after-reset') out.push(...typedCodes(model, scope));
  if (exploration === 'exterior') return exteriorMoves(out, scope);
  out.push(TICK);
  // Last, so that among equally short counterexamples one without the cable is written.
  if (!exteriorOnly) out.push(...exteriorCableBetweenEntries());
  if (!exteriorOnly && hasSecureScreen(model)) out.push(...secureScreenSwitchBetweenEntries());
  return out;
}

/**
 * The reset-menu exploration (S18 over every item of programming): from a lock just reset, only
 * the moves of programming — every digit as an entry of one while programming (a menu item, a
 * slot, 0 or 1 to disable or enable), the codes anyone may know typed whole (the default admin
 * code, the scope's user code, the codes a reset leaves), Lock, Program, and time (handing runs
 * on timers). The after-reset exploration presses 0 and 1 only, which reach menu items 0 and 1;
 * this one reaches every item of a menu that opens before handing (delete, a new admin code,
 * disable) to a depth of 8: admin code, Lock, item, Lock, code, Lock, code, Lock. Single digits
 * in normal operation would be wrong entries only, whose times multiply the states (on the
 * Powerbolt 2, five wrong entries a minute: 370 895 states at depth 8); whole codes there still are.
 * The exterior's cable is pulled and plugged back at any step, so that a replug cannot stand in
 * for door handing (the after-reset exploration pulls it between entries only).
 * There are no door or pack moves: where handing is not a menu item it either starts by itself
 * and fails against the closed door, or waits for a power-up gesture (909, 620) that is never
 * made, so every item refuses there — that refusal is what the search sees; the after-reset
 * exploration has the door and the pack.
 */
function resetMenuActions(model: ModelProfile, scope: CheckScope): CheckAction[] {
  const digits = digitsOf('reset-menu', scope).map((d) => press(d as ButtonKey, { kind: 'programming-entry-empty' }));
  const codes = distinct([...knownAfterReset(model, scope), ...Object.values(model.defaults.userCodesAfterReset)]).map(typed);
  return [...digits, ...codes, press('lock'), press('program', { kind: 'key-up', key: 'program' }), ...exteriorCable(), TICK];
}

/**
 * The store exploration (power cuts, no bricking and S4/S11 over codes added and deleted): from
 * the installed lock with a store full but one slot (scope.ts storeStart), only the moves of
 * programming, with the admin code known — Program; the admin code typed whole where it is asked
 * for (at the Mastercode prompt; between entries where programming starts at the keypad); while
 * programming with an empty entry, every digit as an entry of one (a menu item, a slot) and, as
 * one step each, the installed user code (a delete's code) and two codes the lock does not hold
 * (an add that fills the store, and one more that must be refused: seed S4); Lock after an entry
 * or while programming — and a power cut in the middle of the next write, the pack out and in,
 * and time; no door, key, cable, switch or hold. On the 913 an add is 5 steps (Program, admin,
 * Lock, code, Lock), a delete 8 (Program, Lock, admin, Lock, code, Lock, code, Lock), a second
 * add 10. The physical exploration, whose admin code no search types, never reaches a code
 * added; given these moves there it grew 73 % on the 913 (181 616 → 314 028 states) and passed
 * the state cap on the menu models.
 */
function storeActions(model: ModelProfile, scope: CheckScope): CheckAction[] {
  const admin = hasAdminCode(model) ? [{ ...typed(unguessableAdmin(scope)), when: model.programming === 'programming-code-menu' ? EMPTY_ENTRY : PROGRAMMING_EMPTY }] : [];
  const codes = [userCode(scope), freshCode(scope), secondFreshCode(scope)].map((c): CheckAction => ({ ...typed(c), when: PROGRAMMING_EMPTY }));
  return [
    ...digitsOf('store', scope).map((d) => press(d as ButtonKey, PROGRAMMING_EMPTY)),
    press('lock', { kind: 'any', of: [SOME_ENTRY, PROGRAMMING_EMPTY] }),
    press('program', EMPTY_ENTRY),
    ...admin,
    ...codes,
    POWER_CUT,
    ...packMoves(),
    TICK,
  ];
}

/** Every digit of the keypad (the keypad exploration, seed S1). S1 excuses a sequence that
 * carries the admin code where programming starts at the keypad: there a digit that would
 * complete the admin code in the entry is not offered — what follows it is programming, which
 * S1 allows. (The scope's admin code, 5555, is the one entry of its length left out.) */
function keypadDigits(model: ModelProfile, scope: CheckScope): CheckAction[] {
  const admin = model.programming === 'programming-code-menu' ? unguessableAdmin(scope) : '';
  return digitsOf('keypad', scope).map((d) => press(d as ButtonKey, admin === '' ? ALWAYS : { kind: 'entry-not', digit: d, code: admin }));
}

const EMPTY_ENTRY: Precondition = { kind: 'entry-empty', empty: true };
const SOME_ENTRY: Precondition = { kind: 'entry-empty', empty: false };
const PROGRAMMING_EMPTY: Precondition = { kind: 'programming-entry-empty' };
const LINKED: Precondition = { kind: 'exterior', linked: true };

/**
 * The admin-gate exploration (S2/S3 against an entry other than the admin code taken for it):
 * only the moves of programming. Every digit, while the entry is shorter than the scope's code
 * length, but the one completing the admin code (S2/S3's premise: it is never entered); Lock
 * after an entry, and while programming with an empty entry (the Mastercode family's delete
 * begins with Program, Lock: product-facts S9, S14); Program and a new code typed whole before
 * one; while programming with an empty entry, the installed user code typed whole (a delete's
 * code, twice, fits the depth); the Reset button pressed where the model has one (a short press,
 * which opens nothing); no time, door, key or hold.
 * Every entry of four digits then meets the gate the same few ways, so the search reaches a
 * code added (where the gate let a wrong entry through) in 8–9 steps below the state cap, and a
 * code deleted (where Lock skipped the Mastercode) in 6; with
 * the interior's other moves, every entry is met again after each of their prefixes and the
 * search passes the cap at depth 6. The exterior's cable is pulled and plugged back at any step,
 * so that Program pressed, or a code typed, with the keypad unplugged or just replugged meets the
 * gate too, and so does an entry the cable was pulled in the middle of (the fixture
 * unplugged-mid-entry-opens-programming, which the interior exploration, pulling it between
 * entries only, passes). While it is out no digit, Lock or code is offered: from the unplugged
 * exterior they reach nothing, and offered there they more than doubled the states (154 956 →
 * 327 766 on the 913) for a press that only lets 400 ms pass; this way the cable at any step adds
 * 40 % (167 051 → 233 636). Lock on an empty entry and the user code while programming add 38 % on
 * the 913 (233 636 → 322 782).
 */
function gateActions(model: ModelProfile, scope: CheckScope): CheckAction[] {
  const admin = unguessableAdmin(scope);
  const digits = digitsOf('admin-gate', scope).map((d) => press(d as ButtonKey, { kind: 'all', of: [{ kind: 'entry-not', digit: d, code: admin, maxLength: scope.codeLength }, LINKED] }));
  return [
    ...digits,
    press('lock', { kind: 'all', of: [{ kind: 'any', of: [SOME_ENTRY, PROGRAMMING_EMPTY] }, LINKED] }),
    press('program', EMPTY_ENTRY),
    { ...typed(freshCode(scope)), when: { kind: 'all', of: [EMPTY_ENTRY, LINKED] } },
    { ...typed(userCode(scope)), when: { kind: 'all', of: [PROGRAMMING_EMPTY, LINKED] } },
    ...resetPress(model, EMPTY_ENTRY),
    ...exteriorCable(),
  ];
}

/** The Reset button pressed and let go at once (where the model has one; product-facts M11): a
 * tap, not the reset's hold, which must open nothing — not the programming menu either. */
function resetPress(model: ModelProfile, when: Precondition): CheckAction[] {
  return hasResetButton(model) ? [press('reset', when)] : [];
}

/**
 * The cable exploration (S8/S9 with the exterior's cable): the interior's reset gesture — Program
 * (and the Reset button where there is one) pressed, held and released — with the exterior's cable
 * pulled and plugged back, the pack out and in, and time; no keypad, door or key. A reset begun by
 * plugging the exterior back in while Program is held — a boot path run at a replug, no
 * power-up — is in reach here in 7 steps, and in the interior and physical explorations, which
 * pull the cable between entries; the exterior exploration pulls it but never touches Program.
 */
function cableActions(model: ModelProfile): CheckAction[] {
  return [
    press('program', { kind: 'key-up', key: 'program' }),
    ...holdRelease('program'),
    ...(model.reset.gesture === 'reset-button' ? holdRelease('reset') : []),
    ...exteriorCable(),
    ...packMoves(),
    TICK,
  ];
}

/**
 * The switches exploration (S2/S3, S8/S9 and the lockout with the interior switches): every
 * switch — 1 status LED, 2 auto-lock, 3 audio, and 4 where it is SecureScreen (915/916) — flipped
 * between entries, one away from where the lock ships it at a time, with the scope's digits, Lock,
 * a code the lock does not hold typed whole, Program where an admin code guards programming, and
 * time; no key, door, pack or cable. The interior, physical and after-reset explorations flip only
 * switch 4 on the 916 (secureScreenSwitchBetweenEntries): switch 2 flipped there passed the state
 * cap on the 264 and the Powerbolt 2. Here a lockout a switch ends, or a programming prompt a
 * switch opens, is in reach.
 */
function switchesActions(model: ModelProfile, scope: CheckScope): CheckAction[] {
  const switches = SWITCH_NUMBERS.filter((n) => n !== SECURE_SCREEN_SWITCH || hasSecureScreen(model));
  return [
    ...scope.alphabet.map((d) => press(d as ButtonKey)),
    press('lock'),
    // A code the lock does not hold, typed whole: a wrong entry in one step (the lockout), or a new
    // code where programming was opened.
    { ...typed(freshCode(scope)), when: EMPTY_ENTRY },
    // Programming, where an admin code guards it (S2/S3); on the positional models it is open to
    // anyone inside, and the lockout is all there is to prove.
    ...(hasAdminCode(model) ? [press('program', { kind: 'key-up', key: 'program' })] : []),
    TICK,
    ...switches.flatMap((n) => switchAwayAndBack(model, switches, n)),
  ];
}

/** The interior switches by number (product-facts K3). */
const SWITCH_NUMBERS = [1, 2, 3, 4] as const;

/** Switch `n` flipped from where the model ships it while every other switch is where it ships,
 * and flipped back; both between entries. One switch away at a time: each flip and its return
 * are reached from every state the other moves reach, in about half the states of every
 * combination of switches (4 settings instead of 8; at depth 9, 942 764 states over the 13 models
 * against 1 751 940). */
function switchAwayAndBack(model: ModelProfile, switches: readonly (1 | 2 | 3 | 4)[], n: 1 | 2 | 3 | 4): CheckAction[] {
  const shipped = (m: 1 | 2 | 3 | 4) => model.defaults.switches[m - 1];
  const othersShipped: Precondition[] = switches.filter((m) => m !== n).map((m) => ({ kind: 'switch', n: m, on: shipped(m) }));
  return [switchFlip(n, !shipped(n), othersShipped), switchFlip(n, shipped(n))];
}

/** Switch `n` turned `on` (or off) from the other position, while the keypad entry is empty and
 * `also` holds. */
function switchFlip(n: 1 | 2 | 3 | 4, on: boolean, also: readonly Precondition[] = []): CheckAction {
  return {
    label: `switch ${n} ${on ? 'on' : 'off'}`,
    act: { do: 'switch', n, on },
    edges: [],
    when: { kind: 'all', of: [{ kind: 'switch', n, on: !on }, ...also, EMPTY_ENTRY] },
  };
}

/** The exterior's keys the exterior exploration holds down: Lock and the scope's digits. */
function holdableKeys(scope: CheckScope): ButtonKey[] {
  return ['lock', ...scope.alphabet.map((d) => d as ButtonKey)];
}

/** Exactly `count` of `keys` held down. */
function keysHeld(keys: readonly ButtonKey[], count: number): Precondition {
  return { kind: 'keys-held', keys, count };
}

/** `a` while none of the exterior's holdable keys is held (the exterior exploration's long presses
 * and chords: while a key is held only time runs, a key is let go, or a chord's second key goes
 * down). */
function noKeyHeld(a: CheckAction, scope: CheckScope): CheckAction {
  const none = keysHeld(holdableKeys(scope), 0);
  return { ...a, when: a.when.kind === 'always' ? none : { kind: 'all', of: [a.when, none] } };
}

/** A quiet lock: an empty entry and no timer pending (where every long press may begin). */
const QUIET: Precondition = { kind: 'all', of: [EMPTY_ENTRY, { kind: 'timer-idle' }] };
/** An entry begun on a quiet lock: digits typed, their timeout the one timer pending (where a
 * long press may also begin). */
const MID_ENTRY: Precondition = { kind: 'all', of: [SOME_ENTRY, { kind: 'entry-timer-only' }] };
/** A wrong-code lockout with nothing else running: its end and the wrong entries' windows the only
 * timers pending (where a long press may also begin). */
const LOCKED_OUT: Precondition = { kind: 'lockout-timer-only' };
/** How long after a wrong entry is judged a digit may still be held down "right after" it: the
 * step that judged it — an entry's timeout, reached by a tick (TICK_SLACK_MS past it), or Lock
 * confirming the entry as its press settles (product-facts M10: the Powerbolt 2) — ends within a
 * natural press of it. */
const JUST_JUDGED_MS = PRESS_MS;
/** The wrong entries a digit is held after: the first of the lockout's count (product-facts S4,
 * M10: 3, or 5 on the Powerbolt 2, within one minute). */
const WRONG_ENTRIES_BEFORE_HOLD = 1;
/** Right after the first wrong entry, inside its lockout window, with an empty entry and nothing
 * else running (where a digit's long press may also begin). */
const JUST_WRONG: Precondition = { kind: 'all', of: [EMPTY_ENTRY, { kind: 'window-timer-only', maxOpen: WRONG_ENTRIES_BEFORE_HOLD, maxSinceMs: JUST_JUDGED_MS }] };
/** No wrong entry is being counted towards a lockout (a chord's first key was held from a quiet
 * lock, in an entry begun on one, or inside a lockout: not right after a wrong entry). */
const NOT_COUNTING: Precondition = { kind: 'counting-wrong-entries', counting: false };

/**
 * The exterior's keys held and let go (seed S1: "No sequence of keypad presses, of any length or
 * timing"): every other press is a natural one of 120 ms, so a hidden long press — a key held
 * through a firmware deadline — was out of reach (the fixtures lock-held-resets,
 * lock-held-mid-entry-resets, lock-held-in-lockout-resets, digit-held-resets,
 * digit-held-mid-entry-resets, digit-held-in-lockout-resets, digit-held-after-wrong-entry-resets). Held with no other key down; while
 * it is held only time runs (each timer boundary a choice), a chord's second key goes down
 * (exteriorChords), or it is let go — the other moves wait until every key is up.
 * Lock is held from a quiet lock (an empty entry, no timer pending), not during a motor run or
 * whatever else runs: held at any moment, amid every exterior move, it took the 913's exterior exploration
 * from 69 342 states past the 500 000-state cap at depth 12, and from the quiet lock with the other
 * moves allowed during it to 144 069 (the Powerbolt 2's to the cap); this way 71 688. It is also
 * held in the middle of an entry begun on a quiet lock, as a digit is (Lock ends the entry: it is
 * judged where Lock confirms a code or the programming code is typed at the keypad, dropped as the
 * bolt locks elsewhere): with the chords, 131 016 → 142 286 states on the 913 and 398 841 →
 * 437 920 on the Powerbolt 2.
 * A digit is held from a quiet lock, and in the middle of an entry begun on one (its timeout the
 * one timer pending): the first digit of an entry held long, or a later one. Held in the middle
 * of any entry, whatever else ran, the digits took the 913 from 71 688 states to 256 724 and the
 * Powerbolt 2 to the cap; from a quiet lock alone to 84 084, and this way to 107 645.
 * Lock and the digits are also held inside a wrong-code lockout with nothing else running (its end
 * and the wrong entries' windows the only timers pending): 142 286 → 156 132 states on the 913,
 * 437 920 → 439 278 on the Powerbolt 2 (five wrong entries before its lockout: few fit the depth).
 * A digit is also held right after the first wrong entry, inside its lockout window (the fixture
 * digit-held-after-wrong-entry-resets): with an empty entry, the window's end the one timer
 * pending, the wrong entry judged within the step just taken (JUST_JUDGED_MS), and no chord begun
 * there; Lock is not held there: 156 132 → 167 269 states on the 913, 439 278 → 452 969 on the Powerbolt 2. Held at any
 * moment of the window (each moment's own timing of the window's end, and the states after the
 * key is let go, are new ones) the digits took the 913 to 255 618 states and the Powerbolt 2 to
 * 876 362, past the cap (with an entry begun since as well, the 913 to 466 949); at any moment
 * of the first wrong entry's window, the Powerbolt 2 to 528 943; right after a wrong entry while
 * as many as are left before the lockout are counted, 496 707, within 1 % of the cap (two:
 * 478 466); with chords begun there too, 465 090. The window-holds exploration holds Lock and the
 * digits, and begins chords, at any moment of the window, with fewer other moves
 * (windowHoldsActions).
 */
function longPress(scope: CheckScope, key: ButtonKey): CheckAction[] {
  const [hold, release] = holdRelease(key);
  const from: Precondition = { kind: 'any', of: key === 'lock' ? [QUIET, MID_ENTRY, LOCKED_OUT] : [QUIET, MID_ENTRY, LOCKED_OUT, JUST_WRONG] };
  return [{ ...hold, when: { kind: 'all', of: [hold.when, keysHeld(holdableKeys(scope), 0), from] } }, release];
}

/**
 * Two of the exterior's keys held together (seed S1; the fixture chord-held-resets): the second
 * goes down as the first does, before the first's contact has settled (no time between them), and
 * each is let go on its own, with only time running until both are up. A second key held at any
 * moment of a long press, or again once one of the two is let go (chords rolling from key to key),
 * took the 913 from 107 645 states to 200 612 and the Powerbolt 2 to the cap; this way 131 016.
 * No third key, and no chord begun in a wrong entry's lockout window (the window-holds
 * exploration's: windowHoldsActions).
 */
function exteriorChords(scope: CheckScope): CheckAction[] {
  return chordsWhile(scope, NOT_COUNTING);
}

/** A second of the exterior's holdable keys going down as one does, before its contact has
 * settled, while `also` holds. */
function chordsWhile(scope: CheckScope, also: Precondition): CheckAction[] {
  const keys = holdableKeys(scope);
  const oneHeld = keysHeld(keys, 1);
  return keys.map((key): CheckAction => {
    const [hold] = holdRelease(key);
    const justDown = keys.filter((k) => k !== key).map((k): Precondition => ({ kind: 'all', of: [{ kind: 'key-down', key: k }, { kind: 'settling', key: k }] }));
    return { ...hold, label: `hold ${key} with it`, when: { kind: 'all', of: [hold.when, oneHeld, { kind: 'any', of: justDown }, also] } };
  });
}

/** A wrong entry's lockout window is open and no lockout runs: the keypad is counting wrong
 * entries towards one (where the window-holds exploration holds its keys). */
const COUNTING: Precondition = { kind: 'counting-wrong-entries', counting: true };

/** Time run to the late moment of the earliest open wrong entry's window (a window-age class:
 * tick alone reaches a window's late moments only where an earlier window ends first), with the
 * entry empty and no lockout running. */
const LATE_IN_WINDOW: CheckAction = { label: 'wait late in the window', act: null, waitUntil: 'late-in-window', edges: [], when: { kind: 'all', of: [EMPTY_ENTRY, COUNTING, { kind: 'late-in-window-ahead' }] } };

/**
 * The window-holds exploration (seed S1: "No sequence of keypad presses, of any length or
 * timing"; and the lockout, product-facts M4, M10, which a held key might get around as well —
 * the fixture held-key-forgets-wrong-entries): the exterior exploration holds a key inside a wrong entry's lockout window only right
 * after the first wrong entry, only a digit and no chord (JUST_WRONG), because held at every
 * moment of the window amid all its other moves the digits took the Powerbolt 2 past the state
 * cap. Here the moves are few — the scope's digits and Lock pressed, and time — and while a wrong
 * entry's window is open and no lockout runs (COUNTING) Lock and each digit are held down at ANY
 * moment: right after a wrong entry, later in its window (after time ran to any boundary: the
 * bolt's run, an entry's timeout, a contact settling), after a second wrong entry, in the middle
 * of an entry begun in the window, while the bolt runs; and a second key goes down as the first
 * does (a chord, as exteriorChords). Time runs to the next timer boundary, or to the late moment
 * of the earliest open window (LATE_IN_WINDOW: a window-age class; after one wrong entry alone,
 * ticks carried a key no further than about 3 s into its window). While a key is held only time
 * runs, it is let go, or the chord's second key goes down (the fixtures
 * lock-held-after-wrong-entry-resets, digit-held-late-in-window-resets,
 * digit-held-after-second-wrong-entry-resets, chord-held-after-wrong-entry-resets,
 * digit-held-late-in-first-window-resets, which the exterior exploration passes at its depth of
 * 12). No key turn or cable (the exterior exploration's), and no hold inside a lockout whatever
 * else runs. At depth 10: 39 844 states on the 913, 130 084 on the Powerbolt 2 (32 653 and
 * 102 792 without the wait to a window's late moment; 18 282 and 58 633 without the chords too).
 */
function windowHoldsActions(scope: CheckScope): CheckAction[] {
  const keys = holdableKeys(scope);
  const presses = [...scope.alphabet.map((d) => press(d as ButtonKey)), press('lock')].map((a) => noKeyHeld(a, scope));
  const holds = keys.flatMap((key): CheckAction[] => {
    const [hold, release] = holdRelease(key);
    return [{ ...hold, when: { kind: 'all', of: [hold.when, keysHeld(keys, 0), COUNTING] } }, release];
  });
  return [...presses, TICK, LATE_IN_WINDOW, ...holds, ...chordsWhile(scope, COUNTING)];
}

/** The exterior exploration's moves: `out` while no key is held, Lock's long press, time, then the
 * digits' long presses and the chords — after the tick, so that among equally short
 * counterexamples the one written before they were explored still is. */
function exteriorMoves(out: readonly CheckAction[], scope: CheckScope): CheckAction[] {
  const digits = scope.alphabet.flatMap((d) => longPress(scope, d as ButtonKey));
  return [...out.map((a) => noKeyHeld(a, scope)), ...longPress(scope, 'lock'), TICK, ...digits, ...exteriorChords(scope)];
}

function packMoves(): CheckAction[] {
  return [
    { label: 'battery out', act: { do: 'battery-out' }, edges: [], when: { kind: 'battery', present: true } },
    { label: 'battery in', act: { do: 'battery-in' }, edges: [], when: { kind: 'battery', present: false } },
  ];
}

/** The exterior assembly's cable pulled and plugged back (product-facts M5, M6): it runs from
 * the outside half of the lock, within reach of someone outside who pries that half off the door,
 * so it is one of S1's exterior inputs; the cable exploration pulls it with the reset gesture, and
 * the admin-gate and reset-menu explorations with the moves of programming (admin-gate offers no
 * keypad move while it is out); the interior,
 * physical and after-reset explorations pull it between entries (exteriorCableBetweenEntries). */
function exteriorCable(): CheckAction[] {
  return [
    { label: 'exterior disconnected', act: { do: 'exterior', state: 'disconnected' }, edges: [], when: { kind: 'exterior', linked: true } },
    { label: 'exterior connected', act: { do: 'exterior', state: 'connected' }, edges: [], when: { kind: 'exterior', linked: false } },
  ];
}

/** The cable pulled and plugged back while the keypad entry is empty: between entries, with
 * Program, the door, the pack and time. Pulled between entries it adds 10–21 % to the interior,
 * physical and after-reset explorations (up to 80 % on the 916, whose unplugged exterior beeps
 * every second); an entry the cable is pulled in the middle of is the admin-gate exploration's. */
function exteriorCableBetweenEntries(): CheckAction[] {
  return exteriorCable().map((a): CheckAction => ({ ...a, when: { kind: 'all', of: [a.when, EMPTY_ENTRY] } }));
}

/** SecureScreen (switch 4 on a 915/916, product-facts M5, M7) switched on and off while the keypad
 * entry is empty, in the explorations with the interior's moves: an interior input, so S2/S3,
 * S8/S9, S18 and the lockout hold with it flipped (on the 916: interior 178 555 → 279 924 states,
 * physical 261 160 → 401 695, after-reset 147 579 → 222 580). Switch 2 (auto-lock) flipped the
 * same way passed the state cap in the physical exploration of the 264 and the Powerbolt 2, so
 * switches 1–3 stay as the lock ships there; the switches exploration flips them (switchesActions),
 * and the fuzzers flip every switch. */
function secureScreenSwitchBetweenEntries(): CheckAction[] {
  return [true, false].map((on) => switchFlip(SECURE_SCREEN_SWITCH, on));
}

/** After a reset (seed S18) the admin code is the model's known default (0-0-0-0 on the 275 and
 * Powerbolts) and anyone may try the scope's user code: each is also offered typed whole, as one
 * step, so that programming at the keypad — admin code, menu digit, new code — fits the depth. */
function typedCodes(model: ModelProfile, scope: CheckScope): CheckAction[] {
  return knownAfterReset(model, scope).map(typed);
}

/** The model's default admin code (where it has one) and the scope's user code. */
function knownAfterReset(model: ModelProfile, scope: CheckScope): string[] {
  return distinct([model.defaults.adminCodeAfterReset, userCode(scope)].filter((c) => c !== ''));
}

function distinct(codes: readonly string[]): string[] {
  return codes.filter((c, i) => codes.indexOf(c) === i);
}

function typed(digits: string): CheckAction {
  return { label: `type ${digits}`, act: { do: 'type', digits }, edges: [], when: ALWAYS };
}

/** A key as a scenario names it: a digit quoted ("0"), as the shipped scenarios write it. */
function keyYaml(key: ButtonKey): string {
  return /^[0-9]$/.test(key) ? `"${key}"` : key;
}

/** The scenario step for an action (design/architecture.md "Scenario files"). */
export function scenarioStep(a: Action): string {
  switch (a.do) {
    case 'press':
      return `press: ${keyYaml(a.key)}`;
    case 'hold':
      return `hold: ${keyYaml(a.key)}`;
    case 'release':
      return a.pauseMs === undefined ? `release: ${keyYaml(a.key)}` : `release: { key: ${keyYaml(a.key)}, pause: ${a.pauseMs}ms }`;
    case 'hold-for':
      return `hold: { key: ${keyYaml(a.key)}, for: ${a.ms}ms }`;
    case 'type':
      return `type: "${a.digits}"`;
    case 'type-shown':
      return 'type: shown';
    case 'key':
      return `key: ${a.dir}`;
    case 'door':
      return `door: ${a.state}`;
    case 'exterior':
      return `exterior: ${a.state}`;
    case 'switch':
      return `switch: { ${a.n}: ${a.on ? 'on' : 'off'} }`;
    case 'battery-out':
      return 'battery: out';
    case 'battery-in':
      return a.volts === undefined ? 'battery: in' : `battery: { in: ${a.volts} }`;
    case 'fault':
      return `fault: ${a.fault}`;
    case 'wait':
      return `wait: ${a.ms}ms`;
    default:
      throw new Error(`no scenario step for ${JSON.stringify(a)}`);
  }
}
