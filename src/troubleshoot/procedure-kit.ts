// The parts every repair procedure is made of: a step is one physical thing the owner does (a
// Twin Action) with its instruction in plain words and the claim it rests on, and, where the lock
// answers, what it should show (a scenario Expectation, checked when the procedure runs on a
// twin). Also what the doctor knows about the lock as a procedure begins (LockFacts), the waits
// the steps use, and the lock's signals in words (product-facts M1, M4, K1, K3).

import type { Action } from '../twin/twin.ts';
import { LIGHT_TAP_N, type ButtonKey } from '../hardware/buttons.ts';
import { screenDigitsOf } from '../firmware/secure-screen.ts';
import type { Expectation } from '../scenario/types.ts';
import type { ModelProfile, SignalName } from '../models/profile.ts';
import { lockKeyWord } from '../models/lock-key-word.ts';
import type { ProcedureId } from './conditions.ts';
import { eachOwn, isOwnRef, ownCite } from './own-cite.ts';
import { checkModelArgument } from './model-argument.ts';
import type { PackStory } from './pack-story.ts';

/** Every procedure the doctor can prescribe: the troubleshooter's, plus the single-code repair
 * of seed S7 row 1, the factory-code check that comes before a reset on tagged models (S12), the
 * Lock press a Powerbolt 2 wants after a code (product-facts M10), and the digits a 916's
 * SecureScreen wants before one (M5, M7). */
export type DoctorProcedureId = ProcedureId | 'replace-code' | 'try-factory-code' | 'code-then-lock' | 'shown-digits-first' | 'press-firmly';

export interface ProcedureStep {
  /** What the owner does, in plain words. */
  says: string;
  /** What the instruction rests on (seed S…, product-facts …). */
  cite: string;
  /** The physical action on a twin; absent for a look-and-check step. */
  action?: Action;
  /** What the lock shows once the step is done. */
  expect?: Expectation;
}

export interface Procedure {
  id: DoctorProcedureId;
  title: string;
  cite: string;
  steps: ProcedureStep[];
  /** Set when this model cannot do it, with the reason in plain words. */
  unavailable?: string;
}

/** What the owner knows about the lock (and what the lock holds) as a procedure begins. */
export interface LockFacts {
  /** The Mastercode / programming code: '' none set, null lost or unknown. */
  adminCode: string | null;
  /** User codes the owner knows, by slot. */
  codes: Record<number, string>;
  /** Slots whose codes were programmed and not yet tried with the door open (seed S20). */
  untested: number[];
  handed: boolean;
  doorOpen: boolean;
  /** The code printed on the programming tag (models that ship one, seed S12). */
  tag: string;
  /** The new user code and Mastercode the owner picks (the twin uses these digits). */
  newCode: string;
  newAdminCode: string;
  /** The code someone forgot: its slot, and its digits when the owner still has them on record. */
  forgotten?: { slot: number; code: string | null };
  /** Program is being held for a reset right now; so many ms are left to hold. */
  holdLeftMs?: number;
  /** Program is still pressed (a reset hold the owner has not let go of). */
  programHeld?: boolean;
  /** SecureScreen is on (a 915/916's switch 4, product-facts M5, M7): every code is entered after
   * the digits the screen shows (codeEntrySteps). A switch, so a factory reset leaves it as it is. */
  screen?: boolean;
  /** What the owner told of the lock and its pack, for the battery step's words (pack-story.ts). */
  pack?: PackStory;
}

export type ProcedureBuilder = (p: ModelProfile, facts: LockFacts) => { procedure: Procedure; facts: LockFacts };

// ---- waits ----------------------------------------------------------------------------------

/** Hold a little past the hold time: a second longer does no harm, a second short fails (S9). */
export const HOLD_MARGIN_MS = 1_000;
/** After a lock or unlock: the bolt's travel and a little more. */
export function boltWaitMs(p: ModelProfile): number {
  return p.bolt.travelMs + BOLT_SETTLE_MS;
}
const BOLT_SETTLE_MS = 1_100;
/** Door handing: the start delay, then up to three bolt runs and the memory write (S16). */
export function handingWaitMs(p: ModelProfile): number {
  return p.timing.handingStartDelayMs + HANDING_RUN_MS;
}
const HANDING_RUN_MS = 7_000;
/** The short hold at pack insertion that starts manual handing on the 620 (product-facts M8). */
export const SHORT_HOLD_MS = 1_000;
/** After the pack goes back in: the lock boots and reads its memory. */
export const BOOT_WAIT_MS = 2_000;

// ---- step builders --------------------------------------------------------------------------

export function step(says: string, cite: string, action?: Action, expect?: Expectation): ProcedureStep {
  const s: ProcedureStep = { says, cite };
  if (action) s.action = action;
  if (expect) s.expect = expect;
  return s;
}

/** Wait out door handing, the step that checks it: the lock answers with handing-learned, and a
 * bolt that jams (the door closed, a hand on it) with handing-failed instead (seed S16; G1, G2). */
export function handingWaitStep(p: ModelProfile): ProcedureStep {
  const done = `the bolt runs out and back once by itself and the lock shows ${signalWords(p, 'handingDone')}. Keep the door open and your hands off the bolt while it runs — pushing it spoils the learning (S16).`;
  return step(`Wait: ${done}`, `seed S16; product-facts ${eachOwn('G1', 'G2')}`, { do: 'wait', ms: handingWaitMs(p) }, { event: 'handing-learned' });
}

export function unavailable(id: DoctorProcedureId, title: string, cite: string, why: string): Procedure {
  return { id, title, cite, steps: [], unavailable: why };
}

/** Digits as the owner reads them: 86420 → 8-6-4-2-0. */
export function spell(code: string): string {
  return code.split('').join('-');
}

/** The actions that enter a code at the keypad in normal operation: the digits, and on a lock
 * that opens only with the Lock button after them (Powerbolt 2 [M10]), that press. */
export function codeEntryActions(p: ModelProfile, code: string): Action[] {
  checkModelArgument(p, 'codeEntryActions');
  const typed: Action = { do: 'type', digits: code };
  return p.keypad.unlockWith === 'lock-button' ? [typed, { do: 'press', key: 'lock' }] : [typed];
}

/** Steps that type `code` at the keypad (`says`: the instruction for the digits), with the Lock
 * press after them on a lock that opens only with it (product-facts M10), and on a lock with
 * SecureScreen on (`screen`, product-facts M5, M7) first the touch that wakes the screen and the
 * digits it shows — known only as the screen shows them, so the step types what it shows
 * (`type-shown`). */
export function codeEntrySteps(p: ModelProfile, says: string, cite: string, code: string, screen = false): ProcedureStep[] {
  const [typed, confirm] = codeEntryActions(p, code);
  const steps = screen ? screenSteps(p, code) : [];
  steps.push(step(says, cite, typed));
  if (confirm) steps.push(step(`Press ${lockKeyName(p)}: this lock opens only with that press after a code.`, 'product-facts M10', confirm));
  return steps;
}

/** SecureScreen's two steps before a code: the waking touch (the code's first digit, which is
 * not taken for a digit of anything) and the digits then shown. */
function screenSteps(p: ModelProfile, code: string): ProcedureStep[] {
  const n = screenDigitsOf(p);
  return [
    step(`Touch the screen to wake it: it shows ${n} random digits (SecureScreen).`, 'product-facts M5, M7', { do: 'press', key: code[0] as ButtonKey }, { event: 'secure-screen' }),
    step('Touch the digits it shows, in the order shown.', 'product-facts M7 ("displays random digits to be pressed before entering user code")', { do: 'type-shown' }),
  ];
}

/** Whether a light tap goes unregistered on this model's keypad: the 92640-001's wants firm,
 * deliberate presses (seed S14). */
export function needsFirmPress(p: ModelProfile): boolean {
  return p.keypad.minForceN > LIGHT_TAP_N;
}

/** The mark drawn beside the Lock word where the touchscreen's checkmark shares the key. */
const CHECKMARK = '✓';

/** The exterior confirm button's name on this model, its word alone: Lock or Kwikset. */
export { lockKeyWord };

/** The confirm key as the model's keypad draws it, and as every step names it: "✓ Lock" where
 * the touchscreen's checkmark shares it (profile `keypad.lockKeyCheckmark`, product-facts M7). */
export function lockKeyName(p: ModelProfile): string {
  return p.keypad.lockKeyCheckmark ? `${CHECKMARK} ${lockKeyWord(p)}` : lockKeyWord(p);
}

// ---- the lock's signals in words -------------------------------------------------------------

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}

/** A reference in a profile's source text: a seed claim or a product fact (K1, M5, G4, S2, K-mirror, §7). */
const SOURCE_REF = /\b(seed|product-facts)\b|(;)|(K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b)/g;

/** How a citation says that the profile's source text for a fact begins with "assumed:",
 * "inferred:" or "unverified:" (models/profile.ts sources): the references are those the
 * assumption leans on, not the model's own guide, and the citation must not pass for one. */
const QUALIFIED: Readonly<Record<string, string>> = { assumed: 'assumed from', inferred: 'inferred from', unverified: 'unverified' };
const QUALIFIER = /^(assumed|inferred|unverified):/;
/** The qualifiers that say a note's fact is taken from its references rather than given by them. */
const TAKEN_FROM: ReadonlySet<string> = new Set(['assumed', 'inferred']);

/** One reference of a profile's source text, with the group ("seed", "product-facts") it counts under. */
interface NamedRef {
  group: string;
  ref: string;
}

/** The references a profile's source text names, each under the last "seed" or "product-facts"
 * before it in its clause (up to a semicolon); product-facts where none is named. */
function namedRefs(text: string): NamedRef[] {
  const out: NamedRef[] = [];
  let group = 'product-facts';
  for (const [, word, semicolon, ref] of text.matchAll(SOURCE_REF)) {
    if (word) group = word;
    else if (semicolon) group = 'product-facts';
    else out.push({ group, ref });
  }
  return out;
}

/** A clause of a profile's source text that owns up to part of the fact in its own words: "the
 * green flash: assumed (…)" beside the reference that gives the three long beeps. */
const OWNED_ASSUMPTION = /^([^();:]+?):\s*assumed\b/;

/** The clauses of a source text, split at the semicolons outside brackets: "…: assumed (S5 enters
 * it once; the 913 …)" is one clause. */
function topLevelClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ';' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((c) => c.trim());
}

/** What a source text owns up to as assumed, each as a citation clause of its own, the way the
 * troubleshooter says its own assumptions ("the pack cycle cancelling it: assumed"), without the
 * reasons in brackets: "the green flash: assumed". */
function ownedAssumptions(text: string): string[] {
  return topLevelClauses(text).flatMap((c) => {
    const what = OWNED_ASSUMPTION.exec(c)?.[1].trim();
    return what ? [`${what}: assumed`] : [];
  });
}

/** Only what the profile's source for `key` owns up to as assumed in words ("the green flash:
 * assumed"): for a step that cites its own references for the rest of the fact. */
export function ownedAssumptionsCite(p: ModelProfile, key: string): string {
  return ownedAssumptions(p.sources[key] ?? '').join('; ');
}

/** The references the profile's sources for `keys` name, as a citation ("product-facts M5, M6",
 * "seed S8; product-facts K1"), so the troubleshooter cites the model's own guide for its facts
 * (the 916's lockout: its M5/M6, not the 909's M4). A fact its profile gives as assumed, inferred
 * or unverified is cited so ("assumed from product-facts M4": the 264's lockout, taken from the
 * SmartCode's), and so is a reference that is not the model's own document (own-cite.ts: the
 * 913's lockout from the 909's table, M4). An assumed or inferred note that takes another model's
 * source may also name the model's own for what they give: those are cited as its own (the Home
 * Connect 620's confirming press, "assumed: as the 913 (product-facts K1 step 3); G3 gives only
 * the 30 s hold": "product-facts G3; assumed from product-facts K1"). A note that names only the
 * model's own sources takes its fact from them, and stays cited as assumed from them. A part of
 * the fact its source owns up to in words ("the green flash: assumed", beside the reference that
 * gives the beeps) is cited so, after the references. */
export function sourceCite(p: ModelProfile, ...keys: string[]): string {
  const groups = new Map<string, string[]>();
  const add = (group: string, ref: string) => {
    const refs = groups.get(group) ?? [];
    if (!refs.includes(ref)) refs.push(ref);
    groups.set(group, refs);
  };
  for (const key of keys) {
    const text = p.sources[key] ?? '';
    const qualifier = QUALIFIER.exec(text)?.[1];
    const prefix = qualifier === undefined ? '' : `${QUALIFIED[qualifier]} `;
    const refs = namedRefs(text);
    const facts = refs.filter((r) => r.group === 'product-facts');
    const takesAnothers = qualifier !== undefined && TAKEN_FROM.has(qualifier) && facts.some((r) => !isOwnRef(p, r.ref));
    const ownHere = (r: NamedRef) => takesAnothers && r.group === 'product-facts' && isOwnRef(p, r.ref);
    for (const r of refs.filter(ownHere)) add(r.group, r.ref);
    for (const r of refs.filter((x) => !ownHere(x))) add(prefix + r.group, r.ref);
  }
  const owned = [...new Set(keys.flatMap((key) => ownedAssumptions(p.sources[key] ?? '')))];
  return ownCite(p, [...[...groups].map(([group, refs]) => `${group} ${refs.join(', ')}`), ...owned].join('; '));
}

/** "a green flash and two beeps", "solid red for 5 s", "red ×10 and ten beeps". */
export function signalWords(p: ModelProfile, name: SignalName): string {
  const s = p.signals[name];
  let light: string;
  if (s.count === 0 && s.solidMs) light = `solid ${s.color} for ${s.solidMs / 1000} s`;
  else if (s.altColor) light = `alternating ${s.color}/${s.altColor} ×${s.count}`;
  else if (s.count === 1) light = `a ${s.color} flash`;
  else if (s.count > 1) light = `${s.color} ×${s.count}`;
  else light = '';
  const beeps = s.beeps === 0 ? '' : s.beeps === 1 ? (s.longBeep ? 'a long beep' : 'a beep') : `${countWord(s.beeps)} ${s.longBeep ? 'long ' : ''}beeps`;
  if (light && beeps) return `${light} and ${beeps}`;
  return light || beeps || 'nothing';
}

/** The signal with the sound another source gives it, where the sources disagree (profile
 * `otherSound`), and the light a further one gives in words (`otherLight`): "a green flash and two
 * beeps (or, by another source, a long beep about 15 s later: product-facts conflict 1)"; just
 * signalWords where they agree. */
export function signalWordsBothSources(p: ModelProfile, name: SignalName): string {
  const { otherSound: o, otherLight } = p.signals[name];
  if (!o && !otherLight) return signalWords(p, name);
  const others: string[] = [];
  if (o) {
    const sound = o.beeps === 0 ? 'no beep' : o.beeps === 1 ? (o.longBeep ? 'a long beep' : 'a beep') : `${countWord(o.beeps)} ${o.longBeep ? 'long ' : ''}beeps`;
    const later = o.afterMs ? ` about ${o.afterMs / 1000} s later` : '';
    others.push(`, by another source, ${sound}${later}`);
  }
  if (otherLight) others.push(`, by ${o ? 'another' : 'another source'}, ${otherLight.words}`);
  const conflicts = [...new Set([o?.conflict, otherLight?.conflict].filter((c) => c !== undefined))];
  return `${signalWords(p, name)} (or${others.join('; or')}: product-facts conflict ${conflicts.join(', ')})`;
}

/** Whether the sources disagree on the signal: another's sound or light (profile `otherSound`, `otherLight`). */
export function hasOtherSource(p: ModelProfile, name: SignalName): boolean {
  const s = p.signals[name];
  return s.otherSound !== undefined || s.otherLight !== undefined;
}
