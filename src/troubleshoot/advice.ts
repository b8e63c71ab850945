// What each signal means to the owner at the door and what to do next, with the claim or fact it
// rests on. Seed: S2–S4 (Mastercode, 30 codes, duplicates), S6–S7 (the reset and the symptom
// table), S10 and S25 (low battery fails resets and masquerades as failure), S14 (firm presses),
// S15–S18 (door handing), S19–S21 and S23 (after the reset: handing, Mastercode, codes tested with
// the door open), S24 (the half-finished reset: cancelled by the pack as the doctor's cancel
// is, unless its owner meant to erase the lock — in its words and cited as it is, reset-intent.ts). Product facts: K1, K3 (status LED), M1, M14
// (programming results), M4, M10 (wrong codes and lockout; the Powerbolt 2 opens with the code
// and then its Lock button), M8, M9, M15, S1, S2 (handing and reset on the other models), S11
// (codes survive a battery change). The model's own `meaning` is always the first line; numbers
// (lockout, timeout, code lengths) come from the profile. What follows a reset or door handing is
// after-reset.ts nextAfterReset, the words practice-reset ends with too. A signal's own facts are
// cited from the model's sources for it (the Powerbolt 250's wrong code: its guide, M9, not the
// 909's table), and every citation names as borrowed what is not the model's own (own-cite.ts).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import { lockKeyName, ownedAssumptionsCite, sourceCite } from './procedure-kit.ts';
import { hasSecureScreen, screenDigitsOf } from '../firmware/secure-screen.ts';
import { joinCites } from './cites.ts';
import { grade } from '../models/source-grade.ts';
import { handingHowTo } from './handing-how-to.ts';
import { nextAfterReset } from './after-reset.ts';
import { ownCite, ownCiteInProse } from './own-cite.ts';
import { armedResetChoice, cancelResetCite } from './reset-intent.ts';

export interface Advice {
  /** The profile's own words for the signal. */
  meaning: string;
  /** What the lock is telling the owner, in plain words. */
  says: string;
  /** What to do now. */
  todo: string;
  /** The seed claims and product facts this rests on. */
  cite: string;
}

/** The steps that send the owner to the batteries (seed S25): fresh-pack-advice.ts words them
 * otherwise for an owner who says new batteries just went in. */
export const FRESH_BATTERIES_STEP = 'put in fresh batteries first';
export const CHECK_BATTERIES_STEP = 'check the batteries first';
/** The wrong code's last step: one code, or every code (seed S7's first and second rows, S25);
 * every-code-fails-advice.ts puts the second first when every code is said to fail. */
export const ONE_OR_EVERY_CODE_STEP = `If one code has stopped working, delete and reprogram that code; if every code fails, ${CHECK_BATTERIES_STEP} (seed S7, S25).`;

/** Short names a person would use for each signal. */
export const SIGNAL_LABELS: Record<SignalName, string> = {
  unlocked: 'unlocking',
  locked: 'locking',
  codeAccepted: 'programming step accepted',
  programmingFailed: 'programming refused',
  programmingTimeout: 'programming timed out',
  wrongCode: 'wrong code',
  noUserCode: 'no code programmed',
  lockout: 'keypad lockout',
  lowBattery: 'low battery',
  jammed: 'bolt jammed',
  handingFailed: 'door handing failed',
  handingDone: 'door handing done',
  resetArmed: 'reset waiting for its last press',
  resetArmedReminder: 'half-finished reset',
  resetDone: 'factory reset done',
  programEnter: 'programming open',
  programEnterAuth: 'Mastercode needed',
  menuEnter: 'programming menu open',
  mastercodeSetEnter: 'setting the Mastercode',
  mastercodeSet: 'Mastercode set',
  handingArmed: 'door handing ready to start',
  exteriorDisconnected: 'exterior assembly disconnected',
  slotSelected: 'code position counted',
};

type Entry = (m: ModelProfile) => Omit<Advice, 'meaning'>;

const MS_PER_S = 1000;
/** The grades of a source that say it does not document the fact (models/source-grade.ts). */
const GRADES_OWNED_UP_TO: ReadonlySet<string> = new Set(['assumed', 'inferred', 'unverified']);
/** The ordinary keypad's press force (smartcode-913 profile); firmer keypads miss light taps (seed S14). */
const STANDARD_PRESS_N = 2.0;
const seconds = (ms: number) => Math.round(ms / MS_PER_S);

/** Whether the profile owns up to its code lengths as assumed, inferred or unverified. */
function lengthsOwnedUpTo(m: ModelProfile): boolean {
  return ['codes.minLength', 'codes.maxLength'].some((key) => GRADES_OWNED_UP_TO.has(grade(m.sources[key] ?? 'assumed')));
}

function lockoutWords(m: ModelProfile): string {
  const { wrongAttempts, windowMs, durationMs } = m.lockout;
  const windowText = windowMs === 60_000 ? 'a minute' : `${seconds(windowMs)} s`;
  return `${wrongAttempts} wrong codes within ${windowText} lock the keypad for ${seconds(durationMs)} s`;
}

const ADVICE: Record<SignalName, Entry> = {
  unlocked: (m) => ({
    says: 'The code was right and the bolt is drawing back.',
    todo: `Nothing to do. If the bolt does not actually move, ${FRESH_BATTERIES_STEP}.`,
    cite: joinCites(sourceCite(m, 'signals.unlocked'), 'seed S25'),
  }),
  locked: (m) => ({
    says: 'The lock is throwing the bolt.',
    todo: 'Nothing to do. If the door does not end up locked, check the bolt lines up with the strike plate.',
    cite: joinCites(sourceCite(m, 'signals.locked'), 'seed S17'),
  }),
  codeAccepted: (m) => ({
    says: 'The programming step you just did was taken.',
    todo: 'Test the new code now with the door open, before you close it.',
    cite: joinCites(sourceCite(m, 'signals.codeAccepted'), 'seed S20'),
  }),
  programmingFailed: (m) => {
    // The positional models have no admin code, and a code written to a position replaces the one
    // there, so their memory is never full (product-facts §3 [M15], §5 [M13]).
    const positional = m.programming === 'positional';
    return {
      says: 'The lock refused the change.',
      todo: [
        'Usual causes:',
        ...(positional ? [] : [`the ${m.adminCodeName} was missing or wrong (seed S2);`]),
        `the code is already in the lock or not ${m.codes.minLength}–${m.codes.maxLength} digits;`,
        ...(positional ? [] : [`all ${m.codes.capacity} slots are full — delete one first (seed S4);`]),
        'door handing is not done yet — no code is accepted until it is (seed S18).',
        ...(positional ? ['This lock has no Mastercode, and a new code replaces the one at the position you chose.'] : []),
        ...(m.reset.requiresBoltRetracted ? ['A reset also fails this way unless the bolt is retracted (product-facts M9).'] : []),
      ].join(' '),
      cite: joinCites(
        positional ? 'seed S4, S18' : 'seed S2, S4, S18',
        sourceCite(m, 'signals.programmingFailed'),
        m.reset.requiresBoltRetracted ? sourceCite(m, 'reset.requiresBoltRetracted') : '',
        // The code lengths it names, where its profile does not have them from a source of the
        // model's line (assumed on the Powerbolt 250, unverified on the 264).
        lengthsOwnedUpTo(m) ? sourceCite(m, 'codes.minLength', 'codes.maxLength') : '',
      ),
    };
  },
  programmingTimeout: (m) => ({
    says: `Programming gave up: no key for ${seconds(m.timing.programmingTimeoutMs)} s.`,
    todo: `Start again from the beginning, with no pause longer than ${seconds(m.timing.programmingTimeoutMs)} s between presses.`,
    cite: sourceCite(m, 'signals.programmingTimeout', 'timing.programmingTimeoutMs'),
  }),
  wrongCode: (m) => ({
    says: 'The lock did not accept that code (or no code is programmed).',
    todo: `Try once more, slowly and firmly${m.keypad.minForceN > STANDARD_PRESS_N ? ' — this keypad misses light taps (seed S14)' : ''}${m.keypad.unlockWith === 'lock-button' ? `, then press ${lockKeyName(m)}: this lock opens only with that press after the code, and gives this answer ${seconds(m.timing.entryTimeoutMs)} s after a code typed without it` : ''}${hasSecureScreen(m) ? `; if digits lit up at your first touch, that is SecureScreen (switch 4): touch those ${screenDigitsOf(m)} first, then the code, or this answer comes at the first that differs` : ''}. Careful: ${lockoutWords(m)}. ${ONE_OR_EVERY_CODE_STEP}`,
    cite: joinCites(
      sourceCite(m, 'signals.wrongCode'),
      // What its profile owns up to of the lockout it warns of (the Powerbolt 250's window and
      // length); the signal's source gives the rest.
      ownedAssumptionsCite(m, 'lockout'),
      m.keypad.unlockWith === 'lock-button' ? 'product-facts M10' : '',
      hasSecureScreen(m) ? sourceCite(m, 'keypad.secureScreenDigits') : '',
      m.keypad.minForceN > STANDARD_PRESS_N ? 'seed S7, S14' : 'seed S7',
    ),
  }),
  noUserCode: (m) => ({
    says: 'The lock has no user code yet, so no code can open it: only the key does.',
    todo: `Add a code${m.programming === 'mastercode-program-button' ? ' (set a Mastercode too)' : ''} and test it with the door open before you close it.`,
    cite: joinCites(sourceCite(m, 'signals.noUserCode'), 'seed S19, S20, S21'),
  }),
  lockout: (m) => ({
    says: `${lockoutWords(m)[0].toUpperCase()}${lockoutWords(m).slice(1)}; it opens again by itself and no code is lost.`,
    todo: `Wait ${seconds(m.lockout.durationMs) === 60 ? 'a minute' : `${seconds(m.lockout.durationMs)} s`}, then enter the code slowly.`,
    cite: sourceCite(m, 'signals.lockout', 'lockout'),
  }),
  lowBattery: (m) => ({
    says: 'The batteries are too weak to drive the bolt reliably.',
    todo: 'Replace all four AA batteries; a weak pack also makes resets fail. Codes are kept when you change them.',
    cite: joinCites('seed S10, S25', sourceCite(m, 'signals.lowBattery'), 'product-facts S11'),
  }),
  jammed: (m) => ({
    says: 'The bolt met resistance and stopped part-way.',
    todo: `Open the door and try again: with the door open the bolt should run freely. If it only jams with the door closed, the strike plate is out of line. Lock by hand meanwhile. Right after a reset? Redo door handing: ${handingHowTo(m, { afterReset: true }).how}.`,
    cite: joinCites('seed S15, S17', sourceCite(m, 'signals.jammed'), handingHowTo(m).cite),
  }),
  handingFailed: (m) => ({
    says: 'The lock tried to learn which way the bolt turns and could not finish.',
    todo: `Open the door, check the strike plate and keep hands off the bolt; then ${handingHowTo(m).how}. No code is accepted until this works.`,
    cite: joinCites('seed S15, S16, S17, S18', sourceCite(m, 'signals.handingFailed'), handingHowTo(m).cite),
  }),
  handingDone: (m) => {
    const next = nextAfterReset(m);
    return { says: 'Door handing is learned: the lock is ready for codes.', todo: next.afterHanding, cite: joinCites(sourceCite(m, 'signals.handingDone'), next.afterHandingCite) };
  },
  resetArmed: (m) => ({
    says: 'A factory reset is waiting for one more press.',
    todo: armedResetChoice(),
    cite: joinCites('seed S8', sourceCite(m, 'signals.resetArmed'), cancelResetCite(m)),
  }),
  exteriorDisconnected: (m) => ({
    says: 'The cable from the outside keypad to the inside assembly is unplugged or loose: no key you press outside reaches the lock.',
    todo: 'Take off the interior assembly, plug the cable from the exterior assembly back in, and put it back. A factory reset does not help: the codes are still there once the keypad is connected again.',
    cite: joinCites(sourceCite(m, 'signals.exteriorDisconnected'), 'seed S7'),
  }),
  resetArmedReminder: (m) => ({
    says: 'A half-finished reset: the lock is waiting and ignores the keypad until then.',
    todo: armedResetChoice(),
    cite: cancelResetCite(m),
  }),
  resetDone: (m) => {
    const next = nextAfterReset(m);
    return { says: next.says, todo: next.todo, cite: joinCites(sourceCite(m, 'signals.resetDone'), next.cite) };
  },
  programEnter: (m) => ({
    says: 'Programming is open and no Mastercode is set.',
    todo: `Enter a ${m.codes.minLength}–${m.codes.maxLength} digit code and press ${lockKeyName(m)}; test it with the door open. Set a Mastercode soon: without one anyone inside can change codes.`,
    cite: joinCites(sourceCite(m, 'signals.programEnter'), 'seed S20, S21'),
  }),
  programEnterAuth: (m) => ({
    says: 'A Mastercode is set: it must come first.',
    todo: `Enter the Mastercode and press ${lockKeyName(m)}, then continue. Lost it? No button combination gets past this; only a factory reset does.`,
    cite: joinCites('seed S2, S3', sourceCite(m, 'signals.programEnterAuth')),
  }),
  menuEnter: (m) => ({
    says: 'The programming menu is open.',
    todo: `Press ${m.menu ? `${m.menu.add} to add or ${m.menu.delete} to delete a code` : 'the menu digit'}, then ${lockKeyName(m)}.`,
    cite: joinCites(sourceCite(m, 'signals.menuEnter', 'menu'), 'seed S11'),
  }),
  mastercodeSetEnter: (m) => ({
    says: 'Mastercode programming is open.',
    todo: `Enter the new Mastercode (${m.codes.adminMinLength}–${m.codes.adminMaxLength} digits), ${lockKeyName(m)}, enter it again, ${lockKeyName(m)}.`,
    cite: joinCites(sourceCite(m, 'signals.mastercodeSetEnter'), 'seed S21'),
  }),
  mastercodeSet: (m) => ({
    says: 'The new Mastercode is stored (or, after the clearing sequence, gone).',
    todo: `Press Program once to check: green and three beeps means the lock now asks for the Mastercode first ${ownCiteInProse(m, 'product-facts M1')}. Keep it somewhere safe: without it only a factory reset reprograms the lock (seed S3).`,
    cite: joinCites(sourceCite(m, 'signals.mastercodeSet'), 'seed S2, S3, S21'),
  }),
  handingArmed: (m) => ({
    says: 'Door handing is ready to start.',
    todo: 'Open the door, then press Program once: the bolt extends and retracts by itself. Hands off.',
    cite: joinCites(sourceCite(m, 'signals.handingArmed'), 'seed S16'),
  }),
  slotSelected: (m) => ({
    says: 'Program press counted: one code position further.',
    todo: `Press Program as many times as the position number, then enter the code and press ${lockKeyName(m)}.`,
    cite: sourceCite(m, 'signals.slotSelected'),
  }),
};

/** The advice for a signal on this model, its citation the model's own guide or saying whose it
 * borrows (own-cite.ts). */
export function adviceFor(model: ModelProfile, name: SignalName): Advice {
  const advice = ADVICE[name](model);
  return { meaning: model.signals[name].meaning, ...advice, cite: ownCite(model, advice.cite) };
}
