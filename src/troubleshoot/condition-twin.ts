// A twin put in the condition a cause describes — for any model — and what its owner knows about
// it: the doctor's demonstrations run the prescribed procedure on exactly this lock. Each
// condition is reached the way a real lock gets there: a weak pack (seed S25, S7) — for a keypad
// told dark and silent, one below what runs the electronics, so that nothing lights or sounds,
// not even the status light (product-facts G5: too low to operate) —, a reset held
// and never confirmed (S24), handing tried with the door closed (S17), a strike out of line
// (S17), wrong codes until the keypad locks (product-facts M4), a glitch in the code store (S5),
// a previous owner's Mastercode (S3, S7), the exterior's cable pulled (product-facts M5, M6),
// SecureScreen switched on (M5, M7; also wherever the owner saw its digits light up), a reset on a
// left-handed door whose handing run stalled, so that the unlearned lock turns its bolt the wrong
// way (S15, S17).

import type { ModelProfile } from '../models/profile.ts';
import { Twin, type Action, type TwinOptions } from '../twin/twin.ts';
import type { Answers, CauseId, SymptomId } from './symptoms.ts';
import { withDefaults } from './symptoms.ts';
import { HOLD_MARGIN_MS, boltWaitMs, codeEntryActions, type LockFacts } from './procedure-kit.ts';
import { factoryReset } from './procedures.ts';
import { SECURE_SCREEN_SWITCH, hasSecureScreen } from '../firmware/secure-screen.ts';
import { packStoryFromAnswers } from './pack-story.ts';
import { BROWNOUT_VOLTS } from '../hardware/battery.ts';

/** The household in the demonstrations (distinct on two-digit keypads and in their first four digits). */
export const DEMO_CODES: Readonly<Record<number, string>> = { 1: '1357', 2: '5791', 3: '3579' };
export const DEMO_ADMIN = '86420';
export const DEMO_NEW_CODE = '2580';
export const DEMO_NEW_ADMIN = '97531';
/** The slot whose code someone forgot (seed S7 row 1). */
export const FORGOTTEN_SLOT = 2;
/** The previous owner's Mastercode and codes, unknown to the new owner (seed S3, S7 row 3). */
export const PREVIOUS_ADMIN = '314159';
export const PREVIOUS_CODES: Readonly<Record<number, string>> = { 1: '2718', 2: '1414' };
export const DEMO_SEED = 7;
/** A code nobody has: typed until the keypad locks out. */
const WRONG_CODE = '0000';
/** A pack just above critical: the code is taken, the motor's load browns the lock out (s07d). */
const WEAK_ABOVE_CRITICAL_V = 0.1;
/** A pack flat below the brown-out level (hardware/battery.ts): the lock stays off, dark and
 * silent to every key, its status light dark too — the keypad the owner told of. */
const DARK_BELOW_BROWNOUT_V = 0.2;
const SETTLE_MS = 60_000;
/** Where the bolt goes the wrong way: unlearned firmware assumes a right-handed door (seed S15;
 * firmware/bolt-control.ts throwDirection). */
const WRONG_WAY_DOOR = 'left';

export interface ConditionTwin {
  twin: Twin;
  facts: LockFacts;
  /** The code the owner types when they meet the trouble (their own, from before it began). */
  ownerCode?: string;
}

function adminFor(p: ModelProfile, symptom: SymptomId, a: Required<Answers>): string | 'none' | undefined {
  if (p.programming === 'positional') return 'none';
  if (symptom === 'no-mastercode' || a.mastercode === 'lost') return PREVIOUS_ADMIN;
  if (a.mastercode === 'none') return 'none';
  return DEMO_ADMIN;
}

function run(twin: Twin, actions: readonly Action[]): void {
  for (const a of actions) twin.apply(a);
}

/** Build the twin for `cause` on model `p`, as the owner who answered `answers` has it. */
export function conditionTwin(p: ModelProfile, symptom: SymptomId, cause: CauseId, answers: Answers): ConditionTwin {
  const a = withDefaults(answers);
  const doorOpen = a.doorOpen === 'yes';
  const inherited = symptom === 'no-mastercode' || cause === 'mastercode-lost';
  const door = cause === 'handing-wrong' ? WRONG_WAY_DOOR : 'right';
  const unlearned = cause === 'handing-failed' || cause === 'handing-wrong';
  const opts: TwinOptions = {
    seed: DEMO_SEED,
    door,
    handed: door,
    codes: inherited ? { ...PREVIOUS_CODES } : { ...DEMO_CODES },
    doorOpen,
    boltExtended: !doorOpen,
  };
  const screen = hasSecureScreen(p) && (cause === 'secure-screen-on' || a.screenDigits === 'yes');
  if (screen) opts.switches = { [SECURE_SCREEN_SWITCH]: true };
  const admin = cause === 'factory-code-unchanged' ? undefined : adminFor(p, symptom, a);
  if (admin !== undefined) opts.mastercode = admin;
  const pack = packStoryFromAnswers(a, symptom === 'beeps-wont-unlock');
  if (cause === 'battery-critical') opts.battery = pack.shows === 'dark' ? BROWNOUT_VOLTS - DARK_BELOW_BROWNOUT_V : p.battery.criticalVolts;
  if (cause === 'battery-weak' || cause === 'battery-unchecked') opts.battery = p.battery.criticalVolts + WEAK_ABOVE_CRITICAL_V;
  if (unlearned) {
    opts.doorOpen = false;
    opts.boltExtended = false;
  }
  if (cause === 'bolt-jam') {
    opts.strikeAligned = false;
    opts.doorOpen = false;
    opts.boltExtended = false;
  }
  const twin = new Twin(p, opts);
  const knownAdmin = admin === undefined || admin === PREVIOUS_ADMIN ? null : admin === 'none' ? '' : admin;
  const facts: LockFacts = {
    adminCode: knownAdmin,
    codes: inherited ? {} : { ...DEMO_CODES },
    untested: [],
    handed: !unlearned,
    doorOpen: opts.doorOpen ?? false,
    tag: twin.tag,
    newCode: DEMO_NEW_CODE,
    newAdminCode: DEMO_NEW_ADMIN,
    ...(screen ? { screen } : {}),
    pack,
  };
  if (symptom === 'forgot-one-code') facts.forgotten = { slot: FORGOTTEN_SLOT, code: a.oldCode === 'known' || p.programming === 'positional' ? DEMO_CODES[FORGOTTEN_SLOT] : null };
  switch (cause) {
    case 'reset-half-finished':
      run(twin, halfFinishedReset(p, doorOpen));
      break;
    case 'handing-failed':
    case 'handing-wrong': {
      // How it happens (S15, S17): a factory reset done with the door shut — the handing run that
      // follows stalls in the strike. The codes are gone with the reset; on a left-handed door the
      // unlearned lock then turns its bolt the wrong way.
      const reset = factoryReset(p, { ...facts, doorOpen: true });
      run(twin, reset.procedure.steps.flatMap((s) => (s.action ? [s.action] : [])));
      Object.assign(facts, { ...reset.facts, handed: false, doorOpen: false });
      // Where the stalled run left the bolt out, its owner withdraws it by hand to use the door.
      if (cause === 'handing-wrong') run(twin, [{ do: 'thumbturn', dir: 'unlock' }]);
      break;
    }
    case 'bolt-jam':
      run(twin, [{ do: 'press', key: 'lock' }, { do: 'wait', ms: boltWaitMs(p) }]);
      break;
    case 'lockout':
      for (let i = 0; i < p.lockout.wrongAttempts; i++) run(twin, codeEntryActions(p, WRONG_CODE));
      break;
    case 'store-corrupted':
      run(twin, [{ do: 'fault', fault: 'store-glitch' }]);
      break;
    case 'exterior-unplugged':
      run(twin, [{ do: 'exterior', state: 'disconnected' }]);
      break;
    default:
      break;
  }
  if (cause !== 'lockout') twin.apply({ do: 'wait', ms: SETTLE_MS });
  return inherited ? { twin, facts } : { twin, facts, ownerCode: DEMO_CODES[1] };
}

/** The reset gesture held the full time and never confirmed; then the door shut and locked (S24). */
function halfFinishedReset(p: ModelProfile, leaveOpen: boolean): Action[] {
  const hold = p.timing.resetHoldMs + HOLD_MARGIN_MS;
  const prep: Action[] = [{ do: 'thumbturn', dir: 'unlock' }, { do: 'door', state: 'open' }];
  const gesture: Action[] =
    p.reset.gesture === 'power-up-program-hold'
      ? [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: hold }, { do: 'release', key: 'program' }]
      : [{ do: 'hold', key: 'program' }, { do: 'wait', ms: hold }, { do: 'release', key: 'program' }];
  const leave: Action[] = leaveOpen ? [] : [{ do: 'door', state: 'closed' }, { do: 'key', dir: 'lock' }];
  return [...prep, ...gesture, ...leave];
}
