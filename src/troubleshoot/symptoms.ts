// The seed's symptom table (S7) and the doctor's questions. Each row maps an owner's complaint to
// the smallest fix that cures it: forgot one code → delete and reprogram that one code; lock
// unresponsive to all codes → factory reset; no Mastercode after moving in → factory reset; beeps
// but won't unlock → check the battery first, reset if it persists. The ranking keeps the
// seed's order of cost: the battery first when it is old or unknown (S25), a single-code repair
// before a reset (S7, S11), a reset only when the Mastercode is really lost (S3) or the code
// store corrupted (S5) — and a half-finished reset is cancelled, which erases nothing, unless its
// owner meant to erase the lock: then it is finished, not started again, and before batteries
// nobody has checked, whose change would cancel it (S24, reset-intent.ts) — and where fresh
// batteries still come first, named after them as the whole reset again, or, not meant, as
// already ended by their pack change; where only their age puts them first, not meant, the
// cancel comes first and fresh batteries go in while its pack is out. Before
// all of them on a Powerbolt 2 that "does nothing": the Lock press it wants after a code
// (product-facts M10); on a 916 whose screen shows digits at the first touch: those digits, which
// SecureScreen wants before a code (M5, M7). A fifth row the table lacks, from the seed's door
// handing claims: a bolt that goes the wrong way, stops part-way or signals a jam is handing not
// learned or spoiled (S15, S16) or a jam at the strike or a door shut on a running bolt (S17) —
// told apart by what the bolt does with the door open (S17: it runs its full range freely), and
// cured by the existing procedures (relearn the handing with the door open, line up the strike).

import { eachOwn } from './own-cite.ts';
import { hasSecureScreen } from '../firmware/secure-screen.ts';
import type { ModelProfile } from '../models/profile.ts';
import { adminCodeAlwaysSet } from '../models/admin-code-kept.ts';
import { lockKeyName, needsFirmPress, signalWords, sourceCite, spell, type DoctorProcedureId } from './procedure-kit.ts';
import { afterResetGuidance } from './after-reset.ts';
import { QuotingError, clipped, quoted } from '../printable.ts';
import { signalApplies } from './signal-scope.ts';
import { joinCites } from './cites.ts';
import { halfFinishedCite } from './confirm-press-cite.ts';
import { armedResetFix, armedResetFixAfterPack, armedResetNext, armedResetNextAfterPack, batteriesAtCancelSays, cancelResetCite, cancelTakesBatteries, finishBeforeBatteries } from './reset-intent.ts';
import { jamCite } from './jam-cite.ts';
import { DARK_PACK } from './pack-story.ts';
import { handingHowTo } from './handing-how-to.ts';
import { batteryUncheckedSays, inRankOrder, storeCorruptedSays } from './rank-order-words.ts';

export type SymptomId = 'forgot-one-code' | 'unresponsive-to-all-codes' | 'no-mastercode' | 'beeps-wont-unlock' | 'bolt-misbehaves';

export interface Symptom {
  id: SymptomId;
  /** The complaint in the owner's words. */
  says: string;
  /** The seed's answer for this row (S7; the bolt's row, S15–S17). */
  seedAnswer: string;
  cite: string;
}

export const SYMPTOMS: readonly Symptom[] = [
  { id: 'forgot-one-code', says: 'Someone forgot their code (the other codes work)', seedAnswer: 'delete and reprogram that one code', cite: 'seed S7, S11' },
  { id: 'unresponsive-to-all-codes', says: 'The lock ignores every code, even ones that used to work', seedAnswer: 'factory reset', cite: 'seed S7, S5' },
  { id: 'no-mastercode', says: 'I moved in and nobody gave me the Mastercode', seedAnswer: 'factory reset', cite: 'seed S7, S3' },
  { id: 'beeps-wont-unlock', says: 'The lock beeps when I type my code, but it will not unlock', seedAnswer: 'check the battery first; reset if it persists', cite: 'seed S7, S25' },
  { id: 'bolt-misbehaves', says: 'The bolt goes the wrong way, stops part-way or the lock signals a jam', seedAnswer: 'line up the strike plate; redo the door handing with the door open and hands off the bolt', cite: 'seed S15, S16, S17' },
];

export function findSymptom(id: string): Symptom | undefined {
  return SYMPTOMS.find((s) => s.id === id);
}

/** The row as an owner of model p says it: the admin code by its model's name ("nobody gave me
 * the programming code" on the 275, 264 and 92640-001, product-facts §7). */
export function symptomOn(p: ModelProfile, id: SymptomId): Symptom {
  const row = findSymptom(id)!;
  return { ...row, says: row.says.replace(/\bthe Mastercode\b/, `the ${p.adminCodeName}`) };
}

// ---- answers --------------------------------------------------------------------------------

export const ANSWER_VALUES = {
  whatHappens: ['nothing', 'rejected', 'lights-no-motion', 'stalls', 'unsure'],
  led: ['none', 'red-blink', 'status-normal', 'beeps-on', 'green', 'wrong-code', 'low-battery', 'lockout', 'jam', 'solid-red', 'unsure'],
  doorOpen: ['yes', 'no'],
  batteriesChanged: ['recent', 'old', 'unknown'],
  mastercode: ['known', 'lost', 'none'],
  oldCode: ['known', 'unknown'],
  screenDigits: ['yes', 'no', 'unsure'],
  boltDoes: ['wrong-way', 'stops-partway', 'jam-signal', 'unsure'],
  runsFreeOpen: ['yes', 'no', 'unsure'],
  meantReset: ['yes', 'no', 'unsure'],
} as const;

export type QuestionId = keyof typeof ANSWER_VALUES;
export type Answers = { [K in QuestionId]?: (typeof ANSWER_VALUES)[K][number] };

/** What the doctor takes when a question was not answered (scripted runs): the cautious reading —
 * batteries of unknown age, the door closed, the row's own premise for the code questions, a
 * half-finished reset nobody is sure they meant (cancelled: nothing erased, reset-intent.ts). */
export const DEFAULT_ANSWERS: Required<Answers> = {
  whatHappens: 'unsure',
  led: 'unsure',
  doorOpen: 'no',
  batteriesChanged: 'unknown',
  mastercode: 'known',
  oldCode: 'unknown',
  screenDigits: 'unsure',
  boltDoes: 'unsure',
  runsFreeOpen: 'unsure',
  meantReset: 'unsure',
};

/** The answers with each one not given — missing, or passed blank as `undefined` by a caller from
 * code or the page — taken at its default: a blank answer never replaces its default. */
export function withDefaults(answers: Answers): Required<Answers> {
  const out: Record<string, string> = { ...DEFAULT_ANSWERS };
  for (const [id, value] of Object.entries(answers)) if (value !== undefined && Object.hasOwn(DEFAULT_ANSWERS, id)) out[id] = value;
  return out as Required<Answers>;
}

export class AnswerError extends QuotingError {}

/** `doorOpen=yes,batteriesChanged=old` → Answers; an unknown word is an AnswerError naming the allowed ones. */
export function parseAnswers(text: string): Answers {
  const out: Record<string, string> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [key, value, extra] = part.split('=').map((s) => s.trim());
    if (value === undefined || extra !== undefined) throw new AnswerError(`${quoted(part)} is not key=value`);
    if (!Object.hasOwn(ANSWER_VALUES, key)) throw new AnswerError(`unknown question ${quoted(key)} (known: ${Object.keys(ANSWER_VALUES).join(', ')})`);
    const allowed: readonly string[] = ANSWER_VALUES[key as QuestionId];
    if (!allowed.includes(value)) throw new AnswerError(`${clipped(`${key}=${value}`)}: expected one of ${allowed.join(', ')}`);
    out[key] = value;
  }
  return out as Answers;
}

// ---- questions ------------------------------------------------------------------------------

export interface Choice {
  value: string;
  name: string;
  description?: string;
}

export interface Question {
  id: QuestionId;
  message: string;
  choices: Choice[];
}

function ledChoices(p: ModelProfile, keypadDead: boolean): Choice[] {
  const sig = (value: string, name: string, signal: Parameters<typeof signalWords>[1]): Choice => ({ value, name: `${signalWords(p, signal)}`, description: `${name} — ${p.signals[signal].meaning}` });
  const unsure = { value: 'unsure', name: 'I did not notice / not sure' };
  if (keypadDead) {
    return [
      { value: 'red-blink', name: 'a single red blink every few seconds, no beep', description: 'the status light by itself' },
      { value: 'status-normal', name: 'the status light blinks green or amber every few seconds, as usual', description: 'the lock itself is awake: the keypad is not reaching it' },
      ...(signalApplies(p, 'exteriorDisconnected') ? [sig('beeps-on', 'it beeps on and on by itself', 'exteriorDisconnected')] : []),
      sig('solid-red', 'a steady red light', 'handingFailed'),
      { value: 'none', name: 'nothing at all — dark and silent' },
      unsure,
    ];
  }
  return [
    sig('green', 'the usual "right code" answer, then the bolt does not move', 'unlocked'),
    sig('wrong-code', 'the "wrong code" answer', 'wrongCode'),
    sig('low-battery', 'the low-battery warning', 'lowBattery'),
    sig('lockout', 'the keypad lockout', 'lockout'),
    sig('jam', 'the jam warning', 'jammed'),
    sig('solid-red', 'a steady red light', 'handingFailed'),
    unsure,
  ];
}

/** What a dead keypad with a lone red blink, or a status light nobody noticed, may be on a model
 * whose reset waits for a confirming press: a reset left half-finished (S24). */
const HALF_FINISHED_DOES: ReadonlySet<Answers['whatHappens']> = new Set([undefined, 'nothing']);
const HALF_FINISHED_LOOKS: ReadonlySet<Answers['led']> = new Set([undefined, 'red-blink', 'unsure']);

/** Whether the ranking may name a half-finished reset, given the answers so far (unanswered: it may). */
function halfFinishedPossible(symptom: SymptomId, p: ModelProfile, answers: Answers): boolean {
  return symptom === 'unresponsive-to-all-codes' && p.reset.confirmPress && HALF_FINISHED_DOES.has(answers.whatHappens) && HALF_FINISHED_LOOKS.has(answers.led);
}

/** The next questions for this symptom, given what is answered so far — only what the ranking uses. */
export function questionsFor(symptom: SymptomId, p: ModelProfile, answers: Answers): Question[] {
  const out: Question[] = [];
  const name = p.adminCodeName;
  const codesNeedAdmin = p.programming !== 'positional';
  const ask = (q: Question) => {
    if (answers[q.id] === undefined) out.push(q);
  };
  if (symptom === 'unresponsive-to-all-codes') {
    ask({
      id: 'whatHappens',
      message: 'What does the lock do when you type a code?',
      choices: [
        { value: 'nothing', name: 'Nothing: no light, no beep' },
        { value: 'rejected', name: 'It lights and beeps, and the bolt stays put' },
        { value: 'lights-no-motion', name: 'It answers as if the code were right, then nothing moves' },
        { value: 'stalls', name: 'The motor starts, and the bolt stops part-way' },
        { value: 'unsure', name: 'Not sure' },
      ],
    });
  }
  if (symptom === 'unresponsive-to-all-codes' || symptom === 'beeps-wont-unlock') {
    const dead = answers.whatHappens === 'nothing';
    ask({ id: 'led', message: dead ? 'What does the light on the lock do by itself?' : 'What light and beeps does it give when you type your code?', choices: ledChoices(p, dead) });
    if (hasSecureScreen(p) && !dead) {
      ask({
        id: 'screenDigits',
        message: 'When you first touch the screen, do a few digits light up by themselves before you type?',
        choices: [
          { value: 'yes', name: 'Yes — a couple of digits light up', description: 'SecureScreen (switch 4): they are to be touched first' },
          { value: 'no', name: 'No — the keypad just lights up' },
          { value: 'unsure', name: 'Not sure' },
        ],
      });
    }
    // The lone red blink of a reset left half-finished (S24) — seen, or not noticed: whether
    // it was meant decides between cancelling it, which erases nothing, and finishing it.
    if (halfFinishedPossible(symptom, p, answers)) {
      ask({
        id: 'meantReset',
        message: 'Did you, or anyone, mean to erase the lock — every code — and start again?',
        choices: [
          { value: 'yes', name: 'Yes — we want it erased', description: 'a reset left half-finished is then finished: every code goes' },
          { value: 'no', name: 'No — we want to keep our codes', description: 'a reset left half-finished is then cancelled: nothing is erased yet' },
          { value: 'unsure', name: 'Not sure' },
        ],
      });
    }
    ask({
      id: 'batteriesChanged',
      message: 'When were the batteries last changed?',
      choices: [
        { value: 'recent', name: 'In the last few months' },
        { value: 'old', name: 'A year or more ago' },
        { value: 'unknown', name: "I don't know" },
      ],
    });
  }
  if (symptom === 'forgot-one-code' && codesNeedAdmin) {
    ask({
      id: 'mastercode',
      message: `Do you know the lock's ${name}?`,
      choices: [
        { value: 'known', name: `Yes, I know the ${name}` },
        // Not where the model always has one (models/admin-code-kept.ts): the 264's is 0000 until changed.
        ...(adminCodeAlwaysSet(p) ? [] : [{ value: 'none', name: `None was ever set (Program gives one beep, not three)` }]),
        { value: 'lost', name: `One is set and nobody knows it` },
      ],
    });
    ask({
      id: 'oldCode',
      message: 'Does anyone still have the forgotten code written down?',
      choices: [
        { value: 'known', name: 'Yes — we have its digits on record' },
        { value: 'unknown', name: 'No — nobody knows it any more' },
      ],
    });
  }
  if (symptom === 'bolt-misbehaves') {
    ask({
      id: 'boltDoes',
      message: 'What does the bolt do?',
      choices: [
        { value: 'wrong-way', name: 'It goes the wrong way: it withdraws when it should lock, or the other way round' },
        { value: 'stops-partway', name: 'It stops part-way, or does not withdraw fully' },
        { value: 'jam-signal', name: `The lock gives ${signalWords(p, 'jammed')}`, description: `the jam warning — ${p.signals.jammed.meaning}` },
        { value: 'unsure', name: 'Not sure' },
      ],
    });
    // A bolt that goes the wrong way is the handing whatever the door does (S15).
    if (answers.boltDoes !== 'wrong-way') {
      ask({
        id: 'runsFreeOpen',
        message: `With the door open, press ${lockKeyName(p)}: does the bolt run all the way out, freely?`,
        choices: [
          { value: 'yes', name: 'Yes — it only stops when the door is closed', description: 'the strike plate or the door frame is in its way' },
          { value: 'no', name: 'No — it stops or goes the wrong way with the door open too', description: 'the lock does not know which way its bolt turns' },
          { value: 'unsure', name: 'Not tried / not sure' },
        ],
      });
    }
  }
  ask({ id: 'doorOpen', message: 'Is the door open right now?', choices: [{ value: 'yes', name: 'Yes, it is open' }, { value: 'no', name: 'No, it is closed' }] });
  return out;
}

// ---- causes ---------------------------------------------------------------------------------

export type CauseId =
  | 'battery-critical'
  | 'battery-weak'
  | 'battery-unchecked'
  | 'reset-half-finished'
  | 'lockout'
  | 'handing-failed'
  | 'handing-wrong'
  | 'bolt-jam'
  | 'store-corrupted'
  | 'code-forgotten'
  | 'mastercode-lost'
  | 'factory-code-unchanged'
  | 'exterior-unplugged'
  | 'code-not-confirmed'
  | 'secure-screen-on'
  | 'light-presses';

export interface Cause {
  id: CauseId;
  says: string;
  cite: string;
  fix: DoctorProcedureId;
}

function cause(id: CauseId, says: string, cite: string, fix: DoctorProcedureId): Cause {
  return { id, says, cite, fix };
}

/** The keypad gives no light and no beep, and nothing else was seen that explains it: dark and
 * silent, or the owner did not notice what the status light does. Fresh batteries first, then the
 * keypad's cable, then the rest — never a reset straight away (seed S7, S25). */
function keypadDark(a: Required<Answers>): boolean {
  return a.whatHappens === 'nothing' && (a.led === 'none' || a.led === 'unsure');
}

function batteryCause(p: ModelProfile, a: Required<Answers>): Cause | null {
  if (a.led === 'low-battery') return cause('battery-critical', `${signalWords(p, 'lowBattery')} is the low-battery warning: the pack is too weak to move the bolt. Replace the batteries.`, joinCites('seed S25', sourceCite(p, 'signals.lowBattery'), 'product-facts G4, G5'), 'replace-batteries');
  if (keypadDark(a)) return cause('battery-critical', `No light and no sound at all: ${DARK_PACK}.`, 'seed S25; product-facts G4, G5', 'replace-batteries');
  if (a.led === 'green' || a.whatHappens === 'lights-no-motion')
    return cause('battery-weak', 'The lock takes the code, then nothing moves: the motor\'s load drags a weak pack down and the lock restarts. It looks like a broken lock; it is a battery question.', 'seed S25, S7; product-facts G4', 'replace-batteries');
  // Said first here; inRankOrder says "next" where something cheaper ranks before it.
  if (a.batteriesChanged !== 'recent') return cause('battery-unchecked', batteryUncheckedSays(a.batteriesChanged, true), 'seed S25, S7', 'replace-batteries');
  return null;
}

/** Whether the ranking for `symptom` names batteries merely unchecked — old, or their age not
 * known (S25) — given the answers (unanswered: the cautious default); a twin's reading folds
 * them into a cancel as the story's does (doctor.ts, reset-intent.ts cancelTakesBatteries). */
export function batteriesUnchecked(symptom: SymptomId, p: ModelProfile, answers: Answers): boolean {
  if (symptom !== 'unresponsive-to-all-codes' && symptom !== 'beeps-wont-unlock') return false;
  return batteryCause(p, withDefaults(answers))?.id === 'battery-unchecked';
}

/** Its words name what came before it once the list is ranked (inRankOrder). */
const STORE_CORRUPTED = (p: ModelProfile) => cause('store-corrupted', storeCorruptedSays(p, 'none'), 'seed S5, S7', 'factory-reset');

const DARK_KEYPAD_CABLE = cause('exterior-unplugged', 'If fresh batteries do not wake the keypad, and the Program button inside still answers: the cable from the outside keypad to the interior assembly is unplugged or loose (with the status light switched off, nothing else shows it). Plug it back in before any reset: every code is still stored.', 'product-facts M5, M6, K3; seed S7', 'reconnect-exterior');

/** The keypad dead while the lock itself is awake (its status light as usual, or the 915/916's endless beeping): the cable from the exterior assembly (product-facts M5, M6). */
function exteriorCause(p: ModelProfile, a: Required<Answers>): Cause | null {
  if (a.whatHappens !== 'nothing' || (a.led !== 'status-normal' && a.led !== 'beeps-on')) return null;
  const heard = a.led === 'beeps-on' ? `The lock sounding ${signalWords(p, 'exteriorDisconnected')} on and on means` : 'A keypad that gets no light and no beep while the status light blinks as usual means';
  return cause('exterior-unplugged', `${heard} the cable from the outside keypad to the interior assembly is unplugged or loose: no key reaches the lock, but every code is still stored. Plug it back in; a factory reset would not help.`, 'product-facts M5, M6; seed S7', 'reconnect-exterior');
}

/** What light taps on a keypad that wants firm presses look like (seed S14): nothing at all, or
 * nothing the owner noticed. */
const TAPPED_DOES: ReadonlySet<Answers['whatHappens']> = new Set(['nothing', 'unsure']);
const TAPPED_LOOKS: ReadonlySet<Answers['led']> = new Set(['none', 'status-normal', 'unsure']);

/** A 92640-001 owner who taps lightly: no key is registered, and the lock looks dead. First,
 * because it costs nothing and a reset would restore the defaults for nothing (seed S14). */
function lightPressCause(p: ModelProfile, a: Required<Answers>): Cause | null {
  if (!needsFirmPress(p) || !TAPPED_DOES.has(a.whatHappens) || !TAPPED_LOOKS.has(a.led)) return null;
  return cause(
    'light-presses',
    `This keypad (${p.name}) needs a firm, deliberate press: a light tap is not registered at all — no light, no beep — and the lock looks dead. Press each button firmly, then see whether your code opens it.`,
    'seed S14',
    'press-firmly',
  );
}

/** What a lock that waits for its Lock button after a code (product-facts M10) shows an owner who
 * stops at the last digit: nothing, then — once the entry times out — its wrong-code answer; or
 * nothing they noticed. */
const UNCONFIRMED_DOES: ReadonlySet<Answers['whatHappens']> = new Set(['nothing', 'rejected', 'unsure']);
const UNCONFIRMED_LOOKS: ReadonlySet<Answers['led']> = new Set(['status-normal', 'wrong-code', 'unsure']);

/** A Powerbolt 2 owner who types a code and stops: the lock waits for its Lock button (M10). First,
 * because it costs nothing: one press shows it — and the wrong-code answer it gives meanwhile is
 * also what a corrupted store gives, whose cure erases every code. */
function unconfirmedCause(p: ModelProfile, a: Required<Answers>): Cause | null {
  if (p.keypad.unlockWith !== 'lock-button' || !UNCONFIRMED_DOES.has(a.whatHappens) || !UNCONFIRMED_LOOKS.has(a.led)) return null;
  const after = p.timing.entryTimeoutMs / 1000;
  return cause(
    'code-not-confirmed',
    `The ${p.name} opens only when ${lockKeyName(p)} is pressed after the code: typed alone, even the right code does nothing, and ${after} s later the lock gives up on it with ${signalWords(p, 'wrongCode')}. Type your code, then press ${lockKeyName(p)} once — before anything else.`,
    'product-facts M10',
    'code-then-lock',
  );
}

/** What an owner who types a code straight onto a SecureScreen meets (product-facts M5, M7): the
 * lock lights and beeps its wrong-code answer, or they did not notice. */
const SCREENED_DOES: ReadonlySet<Answers['whatHappens']> = new Set(['rejected', 'unsure']);
const SCREENED_LOOKS: ReadonlySet<Answers['led']> = new Set(['wrong-code', 'unsure']);

/** A 915/916 with SecureScreen on, its owner typing the code straight on: the first touch wakes
 * the screen and the next digits are taken for the ones it shows (secure-screen.ts). */
function screenCause(p: ModelProfile, a: Required<Answers>): Cause | null {
  if (!hasSecureScreen(p) || a.screenDigits === 'no' || !SCREENED_DOES.has(a.whatHappens) || !SCREENED_LOOKS.has(a.led)) return null;
  const seen = a.screenDigits === 'yes' ? 'The digits that light up at the first touch are SecureScreen (switch 4)' : 'If a few digits light up at the first touch, that is SecureScreen (switch 4)';
  return cause(
    'secure-screen-on',
    `${seen}: they are to be touched first, then the code. Typed straight on, a code's digits are taken for the ones shown, and every code gets ${signalWords(p, 'wrongCode')}. Touch the digits shown, then your code — or turn switch 4 off. A reset would not help: it leaves the switch as it is.`,
    'product-facts M5, M7',
    'shown-digits-first',
  );
}

/** A reset held the full time and never confirmed (seed S24), as the doctor and decode's reading
 * of a reset that did not take (reset-failure-reading.ts) both say it, cited from the model's own
 * source for the confirming press (confirm-press-cite.ts). */
export function halfFinishedReset(p: ModelProfile): Cause {
  return cause('reset-half-finished', `A dead keypad with a lone red blink every few seconds is a reset left half-finished: someone held Program the full ${p.timing.resetHoldMs / 1000} s and never gave it the confirming press. The lock ignores the keypad until then.`, halfFinishedCite(p), 'finish-reset');
}

/** The half-finished reset as the doctor ranks it: nothing is erased until the confirming press,
 * so it is cancelled unless the owner meant to erase the lock (reset-intent.ts). */
function halfFinishedCause(p: ModelProfile, a: Required<Answers>): Cause {
  const base = halfFinishedReset(p);
  return { ...base, says: `${base.says} ${armedResetNext(a.meantReset)}`, fix: armedResetFix(a.meantReset) };
}

/** The half-finished reset named after fresh batteries: their pack change has ended it, so an
 * owner who meant it does the whole factory reset again — no press finishes it any more — and for
 * one who did not, the battery step was the cancel: nothing erased, nothing more to do
 * (reset-intent.ts). Cited as the cancel it was. */
function afterFreshPack(p: ModelProfile, a: Required<Answers>, causes: readonly Cause[]): Cause[] {
  const pack = causes.findIndex((c) => c.fix === 'replace-batteries');
  return causes.map((c, i) => {
    if (pack < 0 || i < pack || c.id !== 'reset-half-finished') return c;
    const base = halfFinishedReset(p);
    return { ...base, says: `${base.says} ${armedResetNextAfterPack(a.meantReset)}`, cite: cancelResetCite(p), fix: armedResetFixAfterPack(a.meantReset) };
  });
}

/** The half-finished reset cancelled with the batteries folded in: fresh ones go in while the
 * cancel has the pack out (reset-intent.ts cancelTakesBatteries). Its words name their seed claim
 * (S25) themselves; the cause cites the reset's sources, as every telling of it does. */
function withBatteriesAtCancel(c: Cause, a: Required<Answers>): Cause {
  return { ...c, says: `${c.says} ${batteriesAtCancelSays(a.batteriesChanged)}` };
}

function signalCauses(p: ModelProfile, a: Required<Answers>): Cause[] {
  const out: Cause[] = [];
  if (a.whatHappens === 'nothing' && a.led === 'red-blink' && p.reset.confirmPress) out.push(halfFinishedCause(p, a));
  if (a.led === 'solid-red' || (a.whatHappens === 'stalls' && a.led !== 'jam'))
    out.push(cause('handing-failed', 'A steady red light means door handing failed: the lock does not know which way its bolt turns and refuses codes until it does. Usually the door was closed or the strike plate is out of line.', 'seed S15–S18; product-facts K3, M3', 'relearn-handing'));
  if (a.led === 'jam') out.push(cause('bolt-jam', `${signalWords(p, 'jammed')} means the bolt jammed: the strike plate or the door frame is in its way.`, jamCite(p), 'clear-jam'));
  return out;
}

/** The bolt going the wrong way or stopping short after a reset, or after a handing run that was
 * interrupted (S15, S16): the handing redone with the door open, by the model's own trigger. */
function handingWrongCause(p: ModelProfile): Cause {
  const redo = handingHowTo(p);
  return cause(
    'handing-wrong',
    `A bolt that goes the wrong way, stops short or jams with the door open is door handing not learned, or spoiled: a factory reset forgets which way the bolt turns, and a handing run that was interrupted, or whose bolt was pushed, does not learn it. Redo the door handing with the door open and hands off the bolt — on the ${p.name}: ${redo.how}.`,
    joinCites('seed S15, S16', redo.cite),
    'relearn-handing',
  );
}

/** A bolt that stalls with the door closed and runs its full range with it open (S17). */
function strikeJamCause(p: ModelProfile): Cause {
  return cause(
    'bolt-jam',
    `A bolt that stalls part-way or gives ${signalWords(p, 'jammed')} with the door closed, and runs its full range with the door open, is jammed: the strike plate is out of line, or the door was shut while the bolt ran. Line up the strike plate so that the bolt enters its hole without rubbing.`,
    jamCite(p),
    'clear-jam',
  );
}

/** The likely causes, most likely and cheapest first. */
export function rankCauses(symptom: SymptomId, p: ModelProfile, answers: Answers): Cause[] {
  const a = withDefaults(answers);
  const name = p.adminCodeName;
  const out: Cause[] = [];
  const factoryAdmin = p.programming === 'programming-code-menu' && p.defaults.adminCode !== '';
  // Out of the box the 275's programming code is its tag's, after a reset 0-0-0-0 (seed S12): a
  // lock nobody personalised has one or the other, the box's first.
  const afterReset = p.defaults.adminCodeAfterReset;
  const tryFactory = () =>
    p.defaults.adminCode === 'tag'
      ? cause('factory-code-unchanged', `The ${name} may never have been changed: the code printed on the lock's programming tag still opens the menu until someone personalises it, and if a previous owner reset the lock and never personalised it, then ${spell(afterReset)} does, the code a reset leaves. Try the tag's code, then ${spell(afterReset)}, before resetting.`, `seed S12; product-facts ${eachOwn('§7', '§5')}`, 'try-factory-code')
      : cause('factory-code-unchanged', `The ${name} may never have been changed: the factory ${spell(p.defaults.adminCode)} still opens the menu until someone personalises it. Try it before resetting.`, `seed S12; product-facts ${eachOwn('§7', '§5')}`, 'try-factory-code');
  // What the reset leaves: a blank slate, or the factory codes back (after-reset.ts).
  const restored = afterResetGuidance(p).restored;
  const leaves = restored ? `It erases every other code. ${restored}` : 'It erases every code, so the new owner starts clean.';
  const leavesCite = restored ? sourceCite(p, 'defaults.adminCodeAfterReset') : '';
  const lost = () =>
    p.programming === 'positional'
      ? cause('mastercode-lost', "This model has no Mastercode, and the previous owner's codes cannot be listed or removed one by one: a factory reset clears them.", 'seed S6, S7', 'factory-reset')
      : cause('mastercode-lost', `Without the ${name} no button combination adds, deletes or changes a code, and there is no universal code: a factory reset is the way. ${leaves}`, joinCites('seed S3, S1, S7', leavesCite), 'factory-reset');
  switch (symptom) {
    case 'forgot-one-code': {
      if (p.programming !== 'positional' && a.mastercode === 'lost') {
        if (factoryAdmin) out.push(tryFactory());
        out.push(lost());
        break;
      }
      const how = p.programming === 'positional' ? 'write a new code into its position' : a.oldCode === 'known' ? 'delete that one code and program a new one' : 'remove that one code and program a new one';
      out.push(cause('code-forgotten', `One forgotten code is not a reason to reset: ${how}. The other codes, the ${name} and the door handing stay as they are.`, 'seed S7, S11', 'replace-code'));
      break;
    }
    case 'no-mastercode':
      if (factoryAdmin) out.push(tryFactory());
      out.push(lost());
      break;
    case 'beeps-wont-unlock':
    case 'unresponsive-to-all-codes': {
      // Neither when the owner hears beeps: those answer registered presses (light taps), and on a
      // Powerbolt 2 they come at the Lock press (the press not forgotten).
      const tapped = symptom === 'unresponsive-to-all-codes' ? lightPressCause(p, a) : null;
      if (tapped) out.push(tapped);
      const unconfirmed = symptom === 'unresponsive-to-all-codes' ? unconfirmedCause(p, a) : null;
      if (unconfirmed) out.push(unconfirmed);
      const screened = screenCause(p, a);
      if (screened && a.screenDigits === 'yes') out.push(screened);
      const exterior = exteriorCause(p, a);
      if (exterior) out.push(exterior);
      if (a.led === 'lockout') out.push(cause('lockout', `${signalWords(p, 'lockout')} is the keypad lockout after ${p.lockout.wrongAttempts} wrong codes: it ends by itself after ${p.lockout.durationMs / 1000} s.`, sourceCite(p, 'signals.lockout', 'lockout'), 'wait-lockout'));
      const battery = batteryCause(p, a);
      const signals = signalCauses(p, a);
      const halfFinished = signals.some((c) => c.id === 'reset-half-finished');
      // A half-finished reset its owner meant: the press before a pack change, which would cancel it.
      const finishFirst = finishBeforeBatteries(a.meantReset, battery?.id) && halfFinished;
      // One they did not mean: the cancel first, fresh batteries fitted while its pack is out.
      const cancelFolds = cancelTakesBatteries(a.meantReset, battery?.id) && halfFinished;
      if (finishFirst) out.push(...signals);
      if (cancelFolds) out.push(...signals.map((c) => (c.id === 'reset-half-finished' ? withBatteriesAtCancel(c, a) : c)));
      if (battery && !cancelFolds) out.push(battery);
      if (!finishFirst && !cancelFolds) out.push(...signals);
      // Dark and silent could also be a lock whose status light is switched off, its keypad
      // unplugged: if fresh batteries do not wake the keypad, the cable before a reset.
      if (keypadDark(a)) out.push(DARK_KEYPAD_CABLE);
      // The status light not noticed: it may be the lone red blink of a reset left half-finished.
      if (keypadDark(a) && a.led === 'unsure' && p.reset.confirmPress) out.push(halfFinishedCause(p, a));
      // Not sure the screen shows digits: look before a reset, which would erase every code for nothing.
      if (screened && a.screenDigits !== 'yes') out.push(screened);
      out.push(STORE_CORRUPTED(p));
      // Each cause's words after the steps ranked before it: "if it persists" follows the plan.
      return inRankOrder(p, a.batteriesChanged, afterFreshPack(p, a, out));
    }
    case 'bolt-misbehaves': {
      // The strike first where nothing points at the handing: it costs a look, and its check is
      // S17's own test (door open, the bolt runs freely); the handing if it persists.
      const handingFirst = a.boltDoes === 'wrong-way' || a.runsFreeOpen === 'no';
      const causes = [strikeJamCause(p), handingWrongCause(p)];
      out.push(...(handingFirst ? causes.reverse() : causes));
      break;
    }
  }
  return out;
}
