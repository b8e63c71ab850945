// The keypad sequences of each programming strategy, as procedure steps: open programming, add,
// delete, delete all, set the Mastercode / programming code. The model's data chooses the
// sequence — never its name (design/architecture.md "models/").
//   Mastercode family (913 …): Program, [Mastercode, Lock], …       product-facts M1, M14; seed S2, S19
//   programming-code menu (275, 955, 264, 250, Powerbolt 2): code + Kwikset (or Program) opens
//     a numbered menu                                               product-facts K5, §5–§7, §9; seed S11
//   positional (909/910, 240): the slot first, then the code        product-facts M15, M13, §3

import type { ModelProfile } from '../models/profile.ts';
import { handingWaitStep, lockKeyName, signalWords, sourceCite, spell, step, type ProcedureStep } from './procedure-kit.ts';
import { hasSecureScreen } from '../firmware/secure-screen.ts';
import { joinCites } from './cites.ts';
import { checkModelArgument } from './model-argument.ts';
import { checkAdminArgument, checkCodeArgument } from './code-argument.ts';
import { eachOwn, ownCiteInProse } from './own-cite.ts';
import { shown } from '../printable.ts';

export type Sequence = ProcedureStep[] | { unavailable: string };

/** A light tap registers on the standard SmartCode keypad (smartcode-913.ts keypad.minForceN). */
const STANDARD_KEY_FORCE_N = 2.0;
/** Hold Program "about 5 seconds" for the Mastercode; the lock answers at mastercodeHoldMs (M1). */
const MASTERCODE_HOLD_EXTRA_MS = 500;

export function isUnavailable(s: Sequence): s is { unavailable: string } {
  return !Array.isArray(s);
}

/** "Type your new code" with the model's keypad quirks (seed S14; product-facts §8, M10). */
function typeStep(p: ModelProfile, what: string, digits: string, cite: string): ProcedureStep {
  let says = `Type ${what}`;
  if (p.keypad.digitsPerKey === 2) says += ' (each button carries two digits: press the one marked with yours)';
  if (p.keypad.minForceN > STANDARD_KEY_FORCE_N) says += ', pressing each button firmly — a light tap can go unregistered';
  const extra = p.keypad.minForceN > STANDARD_KEY_FORCE_N ? 'seed S14' : p.keypad.digitsPerKey === 2 ? `product-facts ${eachOwn('§3', 'M10')}` : '';
  return step(`${says}.`, joinCites(cite, extra), { do: 'type', digits });
}

function lockPress(p: ModelProfile, says: string, cite: string, expect?: ProcedureStep['expect']): ProcedureStep {
  return step(says.replace('{Lock}', lockKeyName(p)), cite, { do: 'press', key: 'lock' }, expect);
}

/** Mastercode family: Program once, and the Mastercode when one is enabled (seed S2, S19; M1, M14). */
function enterProgramming(p: ModelProfile, admin: string | null): Sequence {
  if (admin === null) return { unavailable: 'a Mastercode is set and it is lost: no button combination programs the lock without it (seed S3)' };
  if (admin === '') {
    return [step(`Press the Program button on the interior once: ${signalWords(p, 'programEnter')} — no Mastercode is needed.`, 'seed S19', { do: 'press', key: 'program' }, { mode: 'prog-menu' })];
  }
  return [
    step(`Press the Program button on the interior once: ${signalWords(p, 'programEnterAuth')} — the lock asks for the Mastercode.`, 'seed S2; product-facts M14', { do: 'press', key: 'program' }, { mode: 'prog-auth' }),
    typeStep(p, 'your Mastercode', admin, 'seed S2; product-facts M14'),
    lockPress(p, 'Press {Lock}.', 'product-facts M14', { mode: 'prog-menu' }),
  ];
}

/** Mastercode family, deleting: Program, then Lock to choose delete, then the Mastercode where one
 * is set — the order of product-facts S9/S14's delete-all and of M7 (the twin takes the Mastercode first too). */
function chooseDelete(p: ModelProfile, admin: string | null, cite: string): Sequence {
  if (admin === null) return enterProgramming(p, admin);
  const waiting = admin === '' ? 'prog-del-1' : 'prog-del-auth';
  // The touchscreen (915/916, the SecureScreen models) has a checkmark as well: M7 presses it, then
  // the Lock symbol; the twin's Lock key stands for both, the second press passed over.
  const choose = hasSecureScreen(p)
    ? [
        step('Press the checkmark (✓) symbol once.', 'product-facts M7', { do: 'press', key: 'lock' }, { mode: waiting }),
        lockPress(p, 'Press the Lock symbol once (delete).', 'product-facts M7', { mode: waiting }),
      ]
    : [lockPress(p, 'Press {Lock} (delete).', cite, { mode: waiting })];
  if (admin === '') {
    return [
      step(`Press the Program button on the interior once: ${signalWords(p, 'programEnter')} — no Mastercode is needed.`, 'seed S19', { do: 'press', key: 'program' }, { mode: 'prog-menu' }),
      ...choose,
    ];
  }
  return [
    step(`Press the Program button on the interior once: ${signalWords(p, 'programEnterAuth')}.`, 'seed S2; product-facts M14', { do: 'press', key: 'program' }, { mode: 'prog-auth' }),
    ...choose,
    typeStep(p, 'your Mastercode', admin, 'seed S2; ' + cite),
    lockPress(p, 'Press {Lock}.', cite, { mode: 'prog-del-1' }),
  ];
}

/** Programming-code menu family: open the numbered menu (product-facts K5, M9, §5, §7). */
export function openMenu(p: ModelProfile, admin: string | null): Sequence {
  if (p.programButton === 'menu' || (p.programButton === 'menu-without-admin' && admin === '')) {
    return [step(`Press the programming button on the interior once: ${signalWords(p, 'menuEnter')} — the menu is open.`, `product-facts ${eachOwn('K5', 'M9', 'S2')}`, { do: 'press', key: 'program' }, { mode: 'menu' })];
  }
  if (admin === null) return { unavailable: `the ${p.adminCodeName} is lost: the menu does not open without it (seed S3)` };
  if (admin === '') return { unavailable: `no ${p.adminCodeName} is set and this model's programming button does not open the menu` };
  const hint = admin === p.defaults.adminCodeAfterReset ? ` (${spell(admin)} after a reset)` : '';
  return [
    typeStep(p, `your ${p.adminCodeName}${hint}`, admin, `product-facts ${eachOwn('K5', '§5', '§7')}`),
    lockPress(p, `Press {Lock}: ${signalWords(p, 'menuEnter')} — the menu is open.`, `product-facts ${eachOwn('K5', '§9')}`, { mode: 'menu' }),
  ];
}

function menuItem(p: ModelProfile, digit: string, what: string, cite: string): ProcedureStep[] {
  return [typeStep(p, `${digit} (${what})`, digit, cite), lockPress(p, 'Press {Lock}.', cite)];
}

/** Choose a slot on a positional model: Program pressed N times, or Program, N, Kwikset (M15, M13). */
function chooseSlot(p: ModelProfile, slot: number): ProcedureStep[] {
  if (p.slotSelection === 'digit') {
    return [
      step('Press the Program button on the interior once.', 'product-facts M13', { do: 'press', key: 'program' }, { mode: 'slot-select' }),
      typeStep(p, `the position number, ${slot}`, String(slot), 'product-facts M13'),
      lockPress(p, 'Press {Lock}.', 'product-facts M13', { mode: 'slot-code' }),
    ];
  }
  const out: ProcedureStep[] = [];
  for (let i = 1; i <= slot; i++) {
    const says = i === 1 ? `Press the Program button ${slot === 1 ? 'once' : `${slot} times`} — once per position: the code goes to position ${slot}` : `… Program again (press ${i} of ${slot})`;
    out.push(step(`${says}; each press answers with ${signalWords(p, 'slotSelected')}.`, 'product-facts M15', { do: 'press', key: 'program' }));
  }
  return out;
}

/** Why a positional model cannot take a code at `slot`, or null when it can: its positions are 1
 * to its capacity ("A total of 8 user codes", M15; M13). Pressed out on the lock, a 909's ninth
 * Program press stays at its last position, so the code would land in a slot not asked for. */
function missingPosition(p: ModelProfile, slot: number): string | null {
  if (Number.isInteger(slot) && slot >= 1 && slot <= p.codes.capacity) return null;
  return `the ${p.name} has positions 1–${p.codes.capacity}: ${shown(slot)} is none of them ${ownCiteInProse(p, `product-facts ${eachOwn('M15', 'M13')}`)}`;
}

/** Add one user code (seed S19; product-facts M14, M15, M13, K5). */
export function addCodeSequence(p: ModelProfile, admin: string | null, code: string, slot: number, what?: string): Sequence {
  checkModelArgument(p, 'addCodeSequence');
  checkAdminArgument('addCodeSequence', admin);
  checkCodeArgument('addCodeSequence', 'code', code);
  what ??= `the new code (${p.codes.minLength}–${p.codes.maxLength} digits)`;
  // A positional model's memory is never full: the code replaces the one at its position (M15, M13).
  const causes = p.programming === 'positional' ? 'a duplicate or a wrong length' : 'a duplicate, a wrong length, or memory full';
  const done = `Press {Lock}: ${signalWords(p, 'codeAccepted')} — the code is stored. (${signalWords(p, 'programmingFailed')} means refused: ${causes}.)`;
  switch (p.programming) {
    case 'mastercode-program-button': {
      const open = enterProgramming(p, admin);
      if (isUnavailable(open)) return open;
      return [...open, typeStep(p, what, code, 'seed S19; product-facts M14'), lockPress(p, done, 'product-facts M14', { event: 'code-added' })];
    }
    case 'programming-code-menu': {
      const open = openMenu(p, admin);
      if (isUnavailable(open)) return open;
      const m = p.menu!;
      return [
        ...open,
        ...menuItem(p, m.add, 'add a code', `product-facts ${eachOwn('K5', '§9')}`),
        typeStep(p, what, code, `product-facts ${eachOwn('K5', '§9')}`),
        lockPress(p, done, `product-facts ${eachOwn('K5', '§9')}`, { event: 'code-added' }),
      ];
    }
    case 'positional': {
      const missing = missingPosition(p, slot);
      if (missing !== null) return { unavailable: missing };
      return [...chooseSlot(p, slot), typeStep(p, what, code, `product-facts ${eachOwn('M15', 'M13')}`), lockPress(p, done, `product-facts ${eachOwn('M15', 'M13')}`, { event: 'code-added' })];
    }
  }
}

/** Delete one code whose digits are known (seed S11; product-facts M7 order, K-mirror, §9). */
export function deleteCodeSequence(p: ModelProfile, admin: string | null, code: string): Sequence {
  checkModelArgument(p, 'deleteCodeSequence');
  checkAdminArgument('deleteCodeSequence', admin);
  checkCodeArgument('deleteCodeSequence', 'code', code);
  const gone = (cite: string) => lockPress(p, `Press {Lock}: ${signalWords(p, 'codeAccepted')} — that code is gone, the others stay.`, cite, { event: 'code-deleted' });
  const twice = (cite: string): ProcedureStep[] => [
    typeStep(p, 'the code to delete', code, cite),
    lockPress(p, 'Press {Lock}.', cite),
    typeStep(p, 'the same code again', code, cite),
    gone(cite),
  ];
  // The Powerbolt 2 takes the code once (K-mirror: Mastercode, Lock, 3, Lock, code, Lock).
  const once = (cite: string): ProcedureStep[] => [typeStep(p, 'the code to delete', code, cite), gone(cite)];
  switch (p.programming) {
    case 'mastercode-program-button': {
      const open = chooseDelete(p, admin, 'product-facts M7, S9, S14 (order for the 913 as its delete-all)');
      if (isUnavailable(open)) return open;
      return [...open, ...twice('seed S7; product-facts M7')];
    }
    case 'programming-code-menu': {
      const open = openMenu(p, admin);
      if (isUnavailable(open)) return open;
      const cite = p.menu!.deleteTwice ? 'seed S11; product-facts §9' : `seed S11; ${sourceCite(p, 'menu') || 'product-facts §9'}`;
      return [...open, ...menuItem(p, p.menu!.delete, 'delete a code', cite), ...(p.menu!.deleteTwice ? twice(cite) : once(cite))];
    }
    case 'positional':
      return { unavailable: `this model deletes by writing a new code into the same position ${ownCiteInProse(p, 'product-facts §3')}` };
  }
}

/** Delete every user code from the keypad — Mastercode family with a Mastercode enabled (product-facts S9, S14, M5). */
export function deleteAllSequence(p: ModelProfile, admin: string | null): Sequence {
  checkModelArgument(p, 'deleteAllSequence');
  checkAdminArgument('deleteAllSequence', admin);
  const all = p.codes.deleteAllCode;
  if (p.programming !== 'mastercode-program-button' || all === null) return { unavailable: 'this model has no delete-all sequence' };
  if (admin === null || admin === '') return { unavailable: `deleting every code from the keypad needs a Mastercode enabled ${ownCiteInProse(p, 'product-facts M5')}` };
  const cite = `product-facts ${eachOwn('S9', 'M5')}, ${eachOwn('S14', 'M5')} (unverified)`;
  const open = chooseDelete(p, admin, cite);
  if (isUnavailable(open)) return open;
  return [
    ...open,
    typeStep(p, `${spell(all)} (the delete-all code)`, all, cite),
    lockPress(p, 'Press {Lock}.', cite),
    typeStep(p, `${spell(all)} again`, all, cite),
    lockPress(p, `Press {Lock}: ${signalWords(p, 'codeAccepted')} — every user code is gone; the Mastercode stays.`, cite, { event: 'all-codes-deleted' }),
  ];
}

/** Set (or change) the Mastercode / programming code (seed S21; product-facts M1, K5, §5, §7). */
export function setAdminSequence(p: ModelProfile, admin: string | null, next: string): Sequence {
  checkModelArgument(p, 'setAdminSequence');
  checkAdminArgument('setAdminSequence', admin);
  checkCodeArgument('setAdminSequence', 'next', next);
  const name = p.adminCodeName;
  switch (p.programming) {
    case 'mastercode-program-button': {
      if (admin === null) return { unavailable: 'the present Mastercode is lost: only a factory reset clears it (seed S3, S7)' };
      const hold = { do: 'hold-for', key: 'program', ms: p.timing.mastercodeHoldMs + MASTERCODE_HOLD_EXTRA_MS } as const;
      const clear: ProcedureStep[] =
        admin === ''
          ? []
          : [
              step(`Press and hold Program until the keypad flashes green (about ${Math.round(hold.ms / 1000)} s): with a Mastercode enabled this starts clearing it.`, 'product-facts S14 (unverified)', hold),
              lockPress(p, 'Press {Lock}.', 'product-facts S14'),
              typeStep(p, 'the present Mastercode', admin, 'product-facts S14'),
              lockPress(p, 'Press {Lock}.', 'product-facts S14'),
              typeStep(p, 'the present Mastercode again', admin, 'product-facts S14'),
              lockPress(p, 'Press {Lock}: the old Mastercode is cleared.', 'product-facts S14', { event: 'mastercode-cleared' }),
            ];
      return [
        ...clear,
        step(`Press and hold Program until the keypad flashes green (about ${Math.round(hold.ms / 1000)} s), then let go.`, 'product-facts M1', hold, { mode: 'mc-set-1' }),
        typeStep(p, `your new Mastercode (${p.codes.adminMinLength}–${p.codes.adminMaxLength} digits, not one of the user codes)`, next, 'product-facts M1'),
        lockPress(p, 'Press {Lock}.', 'product-facts M1'),
        typeStep(p, 'the new Mastercode again', next, 'product-facts M1'),
        lockPress(p, `Press {Lock}: ${signalWords(p, 'mastercodeSet')} — the Mastercode is set. From now on Program asks for it.`, 'seed S21; product-facts M1', { event: 'mastercode-set' }),
      ];
    }
    case 'programming-code-menu': {
      const digit = p.menu?.changeAdmin ?? null;
      if (digit === null) return { unavailable: `this model has no menu item to change the ${name}` };
      const open = openMenu(p, admin);
      if (isUnavailable(open)) return open;
      return [
        ...open,
        ...menuItem(p, digit, `change the ${name}`, 'product-facts §7, S5'),
        typeStep(p, `your new ${name} (${p.codes.adminMinLength}–${p.codes.adminMaxLength} digits, not one of the user codes)`, next, 'product-facts §7'),
        lockPress(p, 'Press {Lock}.', 'product-facts §7'),
        typeStep(p, `the new ${name} again`, next, 'assumed: product-facts §7 (S5) enters it once'),
        lockPress(p, `Press {Lock}: ${signalWords(p, 'codeAccepted')} — the ${name} is changed${p.defaults.adminCode === 'tag' ? '; the tag\'s printed code stops working (seed S12)' : ''}.`, 'seed S21, S12; product-facts §7', { event: 'programming-code-changed' }),
      ];
    }
    case 'positional':
      return { unavailable: `this model has no Mastercode: anyone who reaches the interior Program button can program it, so keep the interior out of reach ${ownCiteInProse(p, 'product-facts M4')}` };
  }
}

/** Start door handing from the menu (Powerbolt 250: Program, 0, Kwikset; Powerbolt 2: 0000, Lock, 0, Lock). */
export function menuHandingSequence(p: ModelProfile, admin: string | null): Sequence {
  checkModelArgument(p, 'menuHandingSequence');
  checkAdminArgument('menuHandingSequence', admin);
  const digit = p.menu?.handing ?? null;
  if (digit === null) return { unavailable: 'this model has no door-handing menu item' };
  const open = openMenu(p, admin);
  if (isUnavailable(open)) return open;
  // The lock learns its handing seconds after the last press: the sequence waits for it, so its
  // answer is the handing learned (or the bolt's jam), not only the menu item taken.
  return [
    ...open,
    typeStep(p, `${digit} (door handing)`, digit, `product-facts ${eachOwn('S2', 'S1')}`),
    lockPress(p, 'Press {Lock}: after a moment the bolt runs out and back by itself.', `product-facts ${eachOwn('S2', 'S1', 'M9')}`),
    handingWaitStep(p),
  ];
}
