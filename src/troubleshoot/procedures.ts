// The physical repair procedures, one function per procedure id, for ANY model: each is built
// from the model's profile (reset gesture, handing trigger, programming strategy, menu digits,
// timings) and what the owner knows (LockFacts), and every step is a Twin Action with the
// owner's instruction and its source. Sources: the factory reset seed S8–S10, product-facts K1,
// K4, M9, M11; the half-finished reset finished or cancelled seed S24, S9, product-facts S11;
// door handing seed S15–S17, product-facts G1/G2, K10, M15, M8, S1/S2; batteries seed
// S25, product-facts S11, G4, in the words of what the owner told (pack-story.ts: to an owner
// who meant to erase the lock, the pack out ends a reset left waiting, S24); lockout
// product-facts M4; codes seed S19–S21, product-facts M1, M14, M13, K5, §3; the order of it all
// seed S23.

import { hasSecureScreen } from '../firmware/secure-screen.ts';
import { FRESH_PACK_VOLTS } from '../hardware/battery.ts';
import { signalApplies } from './signal-scope.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { ProcedureStep } from './procedure-kit.ts';
import {
  BOOT_WAIT_MS,
  HOLD_MARGIN_MS,
  SHORT_HOLD_MS,
  codeEntrySteps,
  boltWaitMs,
  handingWaitMs,
  handingWaitStep,
  lockKeyName,
  needsFirmPress,
  signalWords,
  signalWordsBothSources,
  sourceCite,
  ownedAssumptionsCite,
  spell,
  step,
  unavailable,
  type DoctorProcedureId,
  type LockFacts,
  type Procedure,
  type ProcedureBuilder,
} from './procedure-kit.ts';
import { joinCites } from './cites.ts';
import { confirmPressCite } from './confirm-press-cite.ts';
import { batteriesAtCancelStep, cancelResetCite, packEndsMeantReset } from './reset-intent.ts';
import { packWhy } from './pack-story.ts';
import { CELLS_AND_CONTACTS, CONTACTS_ASSUMED } from './pack-check-words.ts';
import type { Expectation } from '../scenario/types.ts';
import { jamCite } from './jam-cite.ts';
import { eachOwn } from './own-cite.ts';
import { addCodeSequence, deleteAllSequence, deleteCodeSequence, isUnavailable, menuHandingSequence, setAdminSequence, type Sequence } from './keypad-sequences.ts';

type Built = ReturnType<ProcedureBuilder>;

const LOCKOUT_MARGIN_MS = 1_000;

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function make(id: DoctorProcedureId, title: string, cite: string, steps: ProcedureStep[], facts: LockFacts): Built {
  return { procedure: { id, title, cite, steps }, facts };
}

function fail(id: DoctorProcedureId, title: string, cite: string, why: string, facts: LockFacts): Built {
  return { procedure: unavailable(id, title, cite, why), facts };
}

/** Get to the interior with the door open: the repairs happen there, handing wants the door
 * open, and codes are tested before it closes (seed S17, S20). */
function reachInterior(facts: LockFacts): ProcedureStep[] {
  if (facts.doorOpen) return [];
  return [
    step('Unlock the door — with the key from outside, or the thumbturn from inside.', 'product-facts §8 (the key always works)', { do: 'key', dir: 'unlock' }),
    step('Open the door and keep it open: everything that follows happens at the interior assembly.', 'seed S17, S20', { do: 'door', state: 'open' }),
  ];
}

/** The bolt withdrawn before the interior is worked on (seed S16, S17); on a lock that resets only
 * so (Powerbolt 250 [M9]), its own guide says so too. */
function withdrawBolt(p: ModelProfile): ProcedureStep {
  const cite = joinCites('seed S16, S17', p.reset.requiresBoltRetracted ? sourceCite(p, 'reset.requiresBoltRetracted') : '');
  return step('Turn the thumbturn to unlock, so that the bolt is withdrawn and free.', cite, { do: 'thumbturn', dir: 'unlock' }, { bolt: 'retracted' });
}

/** How long the lock takes once the pack is in: a boot, or where the handing is unlearned and
 * runs by itself at power-up (product-facts K10), that run too. */
function packSettleMs(p: ModelProfile, facts: LockFacts): number {
  return facts.handed || p.handing.trigger !== 'auto' ? BOOT_WAIT_MS : handingWaitMs(p);
}

/** Fresh batteries into the pack taken out, and the lock started on them. */
function freshPackIn(p: ModelProfile, facts: LockFacts): ProcedureStep[] {
  return [
    step(`Fit fresh batteries (a fresh pack reads about ${FRESH_PACK_VOLTS} V) and slide the pack back in: codes and settings are kept.`, 'seed S25; product-facts S11, G4', { do: 'battery-in', volts: FRESH_PACK_VOLTS }),
    step('Give the lock a few seconds to start up.', 'product-facts K3', { do: 'wait', ms: packSettleMs(p, facts) }, { power: 'on' }),
  ];
}

function freshPack(p: ModelProfile, facts: LockFacts, why: string): ProcedureStep[] {
  return [step(`Take the battery pack out of the interior assembly. ${why}`, 'seed S8, S10, S25; product-facts S11', { do: 'battery-out' }), ...freshPackIn(p, facts)];
}

/** Door handing by the model's trigger (seed S16; product-facts G1/G2, K10, M15, M8, S1/S2). */
export function handingSteps(p: ModelProfile, facts: LockFacts, justReset: boolean): Sequence {
  const wait = handingWaitStep(p);
  switch (p.handing.trigger) {
    case 'auto':
      if (justReset) return [wait];
      return [
        step('Take the battery pack out.', 'product-facts K10', { do: 'battery-out' }),
        step('Put it back in: while the door handing is unlearned, the lock runs it at every power-up.', 'product-facts K10, G1', { do: 'battery-in' }),
        wait,
      ];
    case 'lock-held-at-power-up':
      return [
        step('Take the battery pack out.', 'product-facts M15', { do: 'battery-out' }),
        step(`Press and hold the exterior ${lockKeyName(p)} button…`, 'product-facts M15', { do: 'hold', key: 'lock' }),
        step('…while you put the battery pack back in.', 'product-facts M15', { do: 'battery-in' }),
        step(`Keep holding ${lockKeyName(p)} until the bolt starts moving by itself.`, 'product-facts M15', { do: 'wait', ms: p.timing.handingStartDelayMs + HOLD_MARGIN_MS }, { mode: 'handing' }),
        step(`Let go of ${lockKeyName(p)}.`, 'product-facts M15', { do: 'release', key: 'lock' }),
        wait,
      ];
    case 'program-tap-at-power-up':
      return [
        step('Take the battery pack out.', 'product-facts M8', { do: 'battery-out' }),
        step('Press and hold Program…', 'product-facts M8', { do: 'hold', key: 'program' }),
        step('…while you put the battery pack back in.', 'product-facts M8', { do: 'battery-in' }),
        step(`Let go shortly after (about ${seconds(SHORT_HOLD_MS)} — not 30 s, which would reset the lock): ${signalWords(p, 'handingArmed')}.`, 'product-facts M8, G3', { do: 'wait', ms: SHORT_HOLD_MS }),
        step('Let go of Program.', 'product-facts M8', { do: 'release', key: 'program' }, { mode: 'handing-armed' }),
        step('Press Program once more.', 'product-facts M8', { do: 'press', key: 'program' }),
        wait,
      ];
    case 'menu':
      // The menu's sequence ends with the same wait for the handing learned (keypad-sequences.ts).
      return menuHandingSequence(p, facts.adminCode);
  }
}

/** The reset gesture itself, up to the erase (seed S8, S9, S10; product-facts K1, K4, M9, M11). */
function resetGesture(p: ModelProfile, facts: LockFacts): ProcedureStep[] {
  const hold = p.timing.resetHoldMs + HOLD_MARGIN_MS;
  const early = 'Letting go early — even for half a second — and nothing happens (S9).';
  const erased = { event: 'factory-reset' } as const;
  const armed = p.reset.confirmPress ? ({ event: 'reset-armed' } as const) : erased;
  const confirm = p.reset.confirmPress
    ? [step(`Press Program once more: ${signalWordsBothSources(p, 'resetDone')} — every code${p.defaults.adminCodeAfterReset === '' && p.programming !== 'positional' ? ` and the ${p.adminCodeName}` : ''} is erased (S6).`, joinCites('seed S6', confirmPressCite(p), sourceCite(p, 'signals.resetDone')), { do: 'press', key: 'program' }, erased)]
    : [];
  switch (p.reset.gesture) {
    case 'power-up-program-hold':
      return [
        step('Take the battery pack out, and fit fresh batteries in it now: a weak pack makes the reset fail part-way (S10).', 'seed S8, S10', { do: 'battery-out' }),
        step('Press and hold the Program button, and keep holding it…', 'seed S8; product-facts K1', { do: 'hold', key: 'program' }),
        step('…while you slide the pack back in.', 'seed S8; product-facts K1', { do: 'battery-in', volts: FRESH_PACK_VOLTS }),
        step(`Keep holding the full ${seconds(p.timing.resetHoldMs)}, until ${signalWords(p, 'resetArmed')}. ${early}`, joinCites('seed S8, S9; product-facts K1', ownedAssumptionsCite(p, 'signals.resetArmed')), { do: 'wait', ms: hold }, armed),
        step('Let go of Program.', 'seed S8', { do: 'release', key: 'program' }),
        ...confirm,
      ];
    case 'program-hold-powered':
      return [
        ...freshPack(p, facts, 'Fresh batteries first: a weak pack makes the reset fail part-way (S10).'),
        step('Press and hold the programming button on the interior (the lock stays powered).', `product-facts ${eachOwn('M9', 'K4')}`, { do: 'hold', key: 'program' }),
        step(`Keep holding the full ${seconds(p.timing.resetHoldMs)}, until ${signalWords(p, 'resetArmed')}. ${early}`, joinCites(`seed S9; product-facts ${eachOwn('M9', 'K4')}`, ownedAssumptionsCite(p, 'signals.resetArmed')), { do: 'wait', ms: hold }, armed),
        step('Let go of the button.', `product-facts ${eachOwn('M9', 'K4')}`, { do: 'release', key: 'program' }),
        ...confirm,
      ];
    case 'reset-button':
      return [
        ...freshPack(p, facts, 'Fresh batteries first: a weak pack makes the reset fail part-way (S10).'),
        step('Press and hold the Reset button on the interior assembly.', `product-facts ${eachOwn('M11', 'S5')}`, { do: 'hold', key: 'reset' }),
        step(`Keep holding ${seconds(p.timing.resetHoldMs)}, until ${signalWords(p, 'resetDone')}: the lock is reset.`, joinCites(`product-facts ${eachOwn('M11', 'S5')}`, ownedAssumptionsCite(p, 'signals.resetDone')), { do: 'wait', ms: hold }, erased),
        step('Let go of Reset.', 'product-facts M11', { do: 'release', key: 'reset' }),
        ...confirm,
      ];
  }
}

function afterErase(p: ModelProfile, facts: LockFacts): LockFacts {
  return {
    ...facts,
    adminCode: p.defaults.adminCodeAfterReset,
    codes: { ...p.defaults.userCodesAfterReset },
    untested: [],
    handed: !p.reset.forgetsHanding,
    doorOpen: true,
    forgotten: undefined,
    holdLeftMs: undefined,
    programHeld: false,
  };
}

// ---- the procedures -------------------------------------------------------------------------

export const insertPack: ProcedureBuilder = (_p, facts) =>
  make('insert-pack', 'Put the battery pack back in', 'product-facts S11', [step('Slide the battery pack back into the interior assembly: the codes were kept.', 'product-facts S11', { do: 'battery-in' }), step('Give the lock a few seconds to start up.', 'product-facts K3', { do: 'wait', ms: BOOT_WAIT_MS }, { power: 'on' })], facts);

/** Batteries changed recently (the owner said so): the same pack first, taken out and put back
 * with each cell's way round and the contacts looked at — codes are kept with the pack out
 * (product-facts S11); that a cell the wrong way round or a poor contact gives a dead lock, no
 * source says: assumed — then, if the lock still does not answer, fresh batteries after all. */
function reseatPack(p: ModelProfile, facts: LockFacts, why: string): ProcedureStep[] {
  return [
    step(`Take the battery pack out of the interior assembly. ${why} The batteries were changed recently, so look at the pack before buying more: ${CELLS_AND_CONTACTS}.`, `seed S25; product-facts S11; ${CONTACTS_ASSUMED}`, { do: 'battery-out' }),
    step('Slide the same pack back in, firmly, until it seats: codes and settings are kept.', 'product-facts S11', { do: 'battery-in' }),
    step('Give the lock a few seconds to start up. If the keypad answers again, that was it: stop here.', 'product-facts K3', { do: 'wait', ms: packSettleMs(p, facts) }),
    step('If it still does not, take the pack out again: a new cell can be flat too, or one old cell left among new ones drags the pack down.', 'seed S25', { do: 'battery-out' }),
    ...freshPackIn(p, facts),
  ];
}

/** Right after the pack first comes out, to an owner who meant to erase the lock: that ended a
 * reset left waiting for its press, so the erase is the whole reset again (seed S24, reset-intent.ts). */
function withResetMeant(p: ModelProfile, facts: LockFacts, steps: ProcedureStep[]): ProcedureStep[] {
  if (facts.pack?.resetMeant !== true || !p.reset.confirmPress) return steps;
  const out = steps.findIndex((s) => s.action?.do === 'battery-out');
  const ends = packEndsMeantReset(p);
  return [...steps.slice(0, out + 1), step(ends.says, ends.cite), ...steps.slice(out + 1)];
}

export const replaceBatteries: ProcedureBuilder = (p, facts) => {
  const why = packWhy(facts.pack);
  const recent = facts.pack?.recent === true;
  const title = recent ? 'Re-seat the battery pack, then fresh batteries if need be' : 'Replace the batteries';
  const steps = withResetMeant(p, facts, recent ? reseatPack(p, facts, why) : freshPack(p, facts, why));
  return make('replace-batteries', title, 'seed S25, S7; product-facts S11, G4', [...reachInterior(facts), ...steps], { ...facts, doorOpen: true, handed: facts.handed || p.handing.trigger === 'auto' });
};

export const factoryReset: ProcedureBuilder = (p, facts) => {
  const title = 'Factory reset, then door handing';
  const cite = 'seed S6, S8–S10, S15, S16, S23; product-facts K1';
  const cleared = afterErase(p, facts);
  const handing = handingSteps(p, cleared, true);
  if (isUnavailable(handing)) return fail('factory-reset', title, cite, handing.unavailable, facts);
  const steps = [...reachInterior(facts), withdrawBolt(p), ...resetGesture(p, { ...facts, doorOpen: true }), ...(p.reset.forgetsHanding ? handing : [])];
  return make('factory-reset', title, cite, steps, { ...cleared, handed: true });
};

/** What the confirming press answers on a pack too weak to erase (S10, firmware/reset.ts): the
 * low-battery warning, nothing erased, the reset gone — fresh batteries, then the whole of it again. */
function weakPackAtPress(p: ModelProfile): ProcedureStep {
  return step(`If the press gave ${signalWords(p, 'lowBattery')} instead, the pack is too weak to erase (S10): nothing was erased and the reset is over — fit fresh batteries, then do the whole reset again.`, joinCites('seed S10', sourceCite(p, 'signals.lowBattery')));
}

export const finishReset: ProcedureBuilder = (p, facts) => {
  const title = 'Finish the half-finished reset';
  const cite = 'seed S24, S8; product-facts K1';
  if (!p.reset.confirmPress) return fail('finish-reset', title, cite, 'this model resets when the hold ends: there is no half-finished state to finish', facts);
  const cleared = afterErase(p, facts);
  const handing = handingSteps(p, cleared, true);
  if (isUnavailable(handing)) return fail('finish-reset', title, cite, handing.unavailable, facts);
  const letGo = step('Let go of Program.', 'seed S8', { do: 'release', key: 'program' });
  const holding: ProcedureStep[] =
    facts.holdLeftMs === undefined
      ? facts.programHeld
        ? [letGo]
        : []
      : [
          step(`Keep holding Program ${seconds(facts.holdLeftMs)} more, until ${signalWords(p, 'resetArmed')}.`, 'seed S8, S9', { do: 'wait', ms: facts.holdLeftMs + HOLD_MARGIN_MS }, { event: 'reset-armed' }),
          letGo,
        ];
  const steps = [
    ...reachInterior(facts),
    withdrawBolt(p),
    ...holding,
    step(`Press Program once: ${signalWordsBothSources(p, 'resetDone')} — the reset completes and every code is erased (S6).`, joinCites('seed S24, S6', confirmPressCite(p), sourceCite(p, 'signals.resetDone')), { do: 'press', key: 'program' }, { event: 'factory-reset' }),
    weakPackAtPress(p),
    ...(p.reset.forgetsHanding ? handing : []),
  ];
  return make('finish-reset', title, cite, steps, { ...cleared, handed: true });
};

/** What the lock holds once a cancel is done: the codes and the admin code the owner knows, where they were. */
function keptStore(facts: LockFacts): Expectation {
  const kept: Expectation = { codes: { ...facts.codes } };
  if (facts.adminCode) kept.mastercode = facts.adminCode;
  return kept;
}

/** A half-finished reset undone (seed S24): nothing is erased before the confirming press
 * (the model's own source for it), and a pack taken out and put back without Program keeps the
 * codes (product-facts S11) — that it also ends the armed state is assumed (reset-intent.ts);
 * batteries old or of unknown age are fitted fresh while the pack is out (seed S25). A
 * hold still running is simply let go of early: the reset does not register (S9). */
export const cancelReset: ProcedureBuilder = (p, facts) => {
  const title = 'Cancel the half-finished reset';
  const cite = cancelResetCite(p);
  if (!p.reset.confirmPress) return fail('cancel-reset', title, cite, 'this model resets when the hold ends: there is no half-finished state to cancel', facts);
  const kept = { ...keptStore(facts), noEvent: 'factory-reset' } as const;
  if (facts.holdLeftMs !== undefined) {
    const early = step(`Let go of Program now, before the full ${seconds(p.timing.resetHoldMs)}: the reset does not register and nothing is erased (S9).`, 'seed S9, S24', { do: 'release', key: 'program' });
    const settle = step('Give the lock a few seconds: it carries on as before, every code kept.', 'seed S9', { do: 'wait', ms: BOOT_WAIT_MS }, { ...kept, mode: 'idle' });
    return make('cancel-reset', title, 'seed S9, S24', [early, settle], { ...facts, holdLeftMs: undefined, programHeld: false });
  }
  // Batteries nobody has checked go in fresh while the pack is out (reset-intent.ts cancelTakesBatteries).
  const age = facts.pack?.unchecked;
  const fresh = age ? batteriesAtCancelStep(p, age) : undefined;
  const steps = [
    ...reachInterior(facts),
    ...(facts.programHeld ? [step('Let go of Program.', 'seed S8', { do: 'release', key: 'program' })] : []),
    step('Take the battery pack out of the interior assembly. Do not touch Program.', cite, { do: 'battery-out' }),
    ...(fresh
      ? [step(fresh.says, fresh.cite), step('Slide the pack back in, still without touching Program: the reset was never confirmed, so nothing was erased.', cite, { do: 'battery-in', volts: FRESH_PACK_VOLTS })]
      : [step('Slide the same pack back in, still without touching Program: the reset was never confirmed, so nothing was erased.', cite, { do: 'battery-in' })]),
    step('Give the lock a few seconds to start up: it is back to normal, every code and setting kept, and the keypad answers again.', joinCites('product-facts K3, S11', 'seed S24'), { do: 'wait', ms: BOOT_WAIT_MS }, { ...kept, power: 'on', mode: 'idle' }),
  ];
  return make('cancel-reset', title, cite, steps, { ...facts, doorOpen: true, programHeld: false });
};

export const relearnHanding: ProcedureBuilder = (p, facts) => {
  const title = 'Relearn the door handing';
  const cite = 'seed S15–S18; product-facts K3, K10, M15, M8, S1, S2';
  const handing = handingSteps(p, facts, false);
  if (isUnavailable(handing)) return fail('relearn-handing', title, cite, handing.unavailable, facts);
  const steps = [
    ...reachInterior(facts),
    withdrawBolt(p),
    step('Look at the strike plate on the frame: the bolt must enter its hole without rubbing. If it rubs, loosen the plate\'s screws and move it until the bolt runs in freely.', 'seed S17; product-facts M3', { do: 'strike', state: 'aligned' }),
    ...handing,
  ];
  return make('relearn-handing', title, cite, steps, { ...facts, handed: true, doorOpen: true });
};

export const waitLockout: ProcedureBuilder = (p, facts) =>
  make(
    'wait-lockout',
    'Wait out the keypad lockout',
    sourceCite(p, 'signals.lockout', 'lockout'),
    [step(`Leave the keypad alone for ${seconds(p.lockout.durationMs)}: the lockout (${signalWords(p, 'lockout')}) ends by itself; keys pressed meanwhile are ignored. Then type the code once, slowly and firmly.`, sourceCite(p, 'signals.lockout', 'lockout'), { do: 'wait', ms: p.lockout.durationMs + LOCKOUT_MARGIN_MS }, { lockout: false })],
    facts,
  );

export const clearJam: ProcedureBuilder = (p, facts) => {
  const steps = [
    ...reachInterior(facts),
    withdrawBolt(p),
    step('Look at the strike plate: the bolt must enter its hole without rubbing; move the plate if it does not. Check that nothing blocks the hole.', jamCite(p), { do: 'strike', state: 'aligned' }),
    step(`With the door open, press ${lockKeyName(p)}: the bolt must run all the way out, and no jam signal (${signalWords(p, 'jammed')}).`, 'seed S17', { do: 'press', key: 'lock' }),
    step('Wait for the bolt.', 'seed S17', { do: 'wait', ms: boltWaitMs(p) }, { bolt: 'extended' }),
    step('Turn the thumbturn back to unlock.', 'seed S17', { do: 'thumbturn', dir: 'unlock' }, { bolt: 'retracted' }),
  ];
  return make('clear-jam', 'Free the bolt and check the strike', jamCite(p), steps, { ...facts, doorOpen: true });
};

export const setMastercode: ProcedureBuilder = (p, facts) => {
  const title = `Set your own ${p.adminCodeName}`;
  const cite = 'seed S21; product-facts M1, §7';
  const seq = setAdminSequence(p, facts.adminCode, facts.newAdminCode);
  if (isUnavailable(seq)) return fail('set-mastercode', title, cite, seq.unavailable, facts);
  return make('set-mastercode', title, cite, [...reachInterior(facts), ...seq], { ...facts, adminCode: facts.newAdminCode, doorOpen: true });
};

/** The slot a new code lands in: positional models take the one chosen, the others the first free. */
function firstFreeSlot(p: ModelProfile, codes: Record<number, string>): number {
  for (let slot = 1; slot <= p.codes.capacity; slot++) if (!codes[slot]) return slot;
  return p.codes.capacity;
}

export const addCode: ProcedureBuilder = (p, facts) => {
  const title = 'Add a user code';
  const cite = 'seed S19, S22; product-facts M14, M15, M13, K5';
  const slot = firstFreeSlot(p, facts.codes);
  const seq = addCodeSequence(p, facts.adminCode, facts.newCode, slot);
  if (isUnavailable(seq)) return fail('add-code', title, cite, seq.unavailable, facts);
  return make('add-code', title, cite, [...reachInterior(facts), ...seq], { ...facts, codes: { ...facts.codes, [slot]: facts.newCode }, untested: [...facts.untested, slot], doorOpen: true });
};

export const replaceCode: ProcedureBuilder = (p, facts) => {
  const title = 'Delete the forgotten code and program a new one';
  const cite = 'seed S7, S11; product-facts M7, §3, §9';
  const lost = facts.forgotten;
  if (!lost) return fail('replace-code', title, cite, 'which code was forgotten is not known', facts);
  const others = Object.fromEntries(Object.entries(facts.codes).filter(([slot]) => Number(slot) !== lost.slot)) as Record<number, string>;
  const inside = reachInterior(facts);
  const base: LockFacts = { ...facts, codes: others, doorOpen: true, forgotten: undefined };
  if (p.programming === 'positional') {
    const seq = addCodeSequence(p, facts.adminCode, facts.newCode, lost.slot);
    if (isUnavailable(seq)) return fail('replace-code', title, cite, seq.unavailable, facts);
    const why = step(`Write the new code into position ${lost.slot}, the forgotten code's: it replaces it — this model deletes a code by overwriting its position.`, 'product-facts §3');
    return make('replace-code', title, cite, [...inside, why, ...seq], { ...base, codes: { ...others, [lost.slot]: facts.newCode }, untested: [...facts.untested, lost.slot] });
  }
  let removal: Sequence;
  let refill: Record<number, string> = {};
  if (lost.code !== null) {
    removal = deleteCodeSequence(p, facts.adminCode, lost.code);
  } else {
    removal = deleteAllSequence(p, facts.adminCode);
    refill = others;
    if (isUnavailable(removal)) {
      // Nobody has the digits and the model has no keypad way to remove it: add a new code, and say so.
      const note = step(`Nobody has the forgotten code's digits, and this model cannot delete a code without them: it stays stored and keeps working for whoever knows it. Only a factory reset removes it (S6) — choose that if it matters.`, 'seed S6, S7');
      const added = addCode(p, { ...facts, doorOpen: true });
      if (added.procedure.unavailable) return fail('replace-code', title, cite, added.procedure.unavailable, facts);
      return make('replace-code', title, cite, [...inside, note, ...added.procedure.steps], added.facts);
    }
  }
  if (isUnavailable(removal)) return fail('replace-code', title, cite, removal.unavailable, facts);
  const steps = [...inside, ...removal];
  let now: LockFacts = { ...base, codes: lost.code !== null ? others : {} };
  if (lost.code === null) steps.push(step(`Then program again the codes you still know — ${Object.keys(refill).length} of them — one by one.`, 'seed S7, S22'));
  for (const code of Object.values(refill)) {
    const slot = firstFreeSlot(p, now.codes);
    const again = addCodeSequence(p, now.adminCode, code, slot, `that code (${spell(code)})`);
    if (isUnavailable(again)) return fail('replace-code', title, cite, again.unavailable, facts);
    steps.push(...again);
    now = { ...now, codes: { ...now.codes, [slot]: code }, untested: [...now.untested, slot] };
  }
  const added = addCode(p, now);
  if (added.procedure.unavailable) return fail('replace-code', title, cite, added.procedure.unavailable, facts);
  return make('replace-code', title, cite, [...steps, ...added.procedure.steps], added.facts);
};

export const testCodesDoorOpen: ProcedureBuilder = (p, facts) => {
  const slots = facts.untested.length ? facts.untested : Object.keys(facts.codes).map(Number);
  const steps: ProcedureStep[] = [...reachInterior(facts)];
  for (const slot of slots) {
    const code = facts.codes[slot];
    if (!code) continue;
    steps.push(
      step(`With the door still open, press ${lockKeyName(p)}: the bolt runs out.`, 'seed S20; product-facts §9', { do: 'press', key: 'lock' }),
      step('Wait for the bolt.', 'seed S20', { do: 'wait', ms: boltWaitMs(p) }, { locked: true }),
      ...codeEntrySteps(p, `Type the code in slot ${slot} (${spell(code)} on the twin).`, 'seed S20', code, facts.screen),
      step('The bolt must withdraw. If it does not, that code was mis-entered: program it again now, before the door is closed.', 'seed S20', { do: 'wait', ms: boltWaitMs(p) }, { event: 'unlocked', locked: false }),
    );
  }
  steps.push(
    step('Before closing, look at the strike plate: the bolt must meet its hole squarely; adjust the plate if it does not, or the bolt jams once the door is shut.', 'seed S17', { do: 'strike', state: 'aligned' }),
    step('Only now close the door.', 'seed S20, S23', { do: 'door', state: 'closed' }),
  );
  return make('test-codes-door-open', 'Test every new code with the door open', 'seed S20', steps, { ...facts, untested: [], doorOpen: false });
};

export const tryFactoryCode: ProcedureBuilder = (p, facts) => {
  const title = `Try the factory ${p.adminCodeName} before resetting`;
  // Each model's own section for its factory code: §7 (264, 275), §5 (Powerbolt 2).
  const cite = `seed S12, S21; product-facts ${eachOwn('§7', '§5')}`;
  const factory = p.defaults.adminCode === 'tag' ? facts.tag : p.defaults.adminCode;
  if (p.programming !== 'programming-code-menu' || factory === '') return fail('try-factory-code', title, cite, `this model has no factory ${p.adminCodeName} to try`, facts);
  // A tag's code the box gave, or the 0-0-0-0 a previous owner's reset left (seed S12): both, in that order.
  const tagged = p.defaults.adminCode === 'tag';
  const refused = signalWords(p, 'wrongCode');
  const which = tagged
    ? `${p.adminCodeName} printed on the programming tag; if the lock answers ${refused}, try ${spell(p.defaults.adminCodeAfterReset)}, the code a reset leaves`
    : `factory ${p.adminCodeName}, ${spell(factory)}`;
  const changed = tagged ? `If it answers ${refused} to both, it was changed` : `If the lock answers ${refused} instead, it was changed`;
  const intro = step(`Try the ${which}: if the menu opens, it was never changed — no reset is needed. ${changed}: go on with the factory reset.`, `seed S12; product-facts ${eachOwn('§7', '§5')}`);
  const seq = setAdminSequence(p, factory, facts.newAdminCode);
  if (isUnavailable(seq)) return fail('try-factory-code', title, cite, seq.unavailable, facts);
  return make('try-factory-code', title, cite, [...reachInterior(facts), intro, ...seq], { ...facts, adminCode: facts.newAdminCode, doorOpen: true });
};

/** The exterior assembly's cable plugged back in (product-facts M5, M6): the codes were never lost. */
export const reconnectExterior: ProcedureBuilder = (p, facts) => {
  const steps = [
    ...reachInterior(facts),
    step('Take the battery pack out, then undo the screws that hold the interior assembly to the door.', 'product-facts M5, M6 (the cable); how the interior comes off: assumed', { do: 'battery-out' }),
    step('Find the cable that comes through the door from the outside keypad and push its plug firmly back into the socket of the interior assembly.', 'product-facts M5, M6 ("Interior assembly is disconnected from exterior")', { do: 'exterior', state: 'connected' }),
    step('Refit the interior assembly without pinching the cable, and slide the same pack back in: nothing is erased, codes and settings stay.', 'product-facts S11, M5, M6', { do: 'battery-in' }),
    step(signalApplies(p, 'exteriorDisconnected') ? `Give the lock a few seconds to start up: the beeping (${signalWords(p, 'exteriorDisconnected')}) does not come back.` : 'Give the lock a few seconds to start up.', 'product-facts K3, M5, M6', { do: 'wait', ms: BOOT_WAIT_MS }, { power: 'on' }),
  ];
  return make('reconnect-exterior', "Plug the keypad's cable back in", 'product-facts M5, M6; seed S7', steps, { ...facts, doorOpen: true });
};

const NO_CODE_TO_TRY = 'no user code is known to try';

/** A user code the owner knows (the first slot's), to show the lock opening with it. */
function knownCode(facts: LockFacts): string | undefined {
  return Object.values(facts.codes).find((c) => c !== '');
}

/** With the door open, Lock throws the bolt first, so that there is something for a code to
 * open; with it shut, the bolt is already out (`cite`: the model's own words for Lock). */
function lockTheOpenDoor(p: ModelProfile, facts: LockFacts, cite: string): ProcedureStep[] {
  if (!facts.doorOpen) return [];
  return [
    step(`With the door open, press ${lockKeyName(p)} once: the bolt runs out, so that there is something for the code to open.`, cite, { do: 'press', key: 'lock' }),
    step('Wait for the bolt.', cite, { do: 'wait', ms: boltWaitMs(p) }, { locked: true }),
  ];
}

/** The Powerbolt 2 opens only when its Lock button is pressed after the code (product-facts M10:
 * "Enter your user code. Press the Lock Button once."): typed alone, a right code does nothing
 * until the entry times out as a wrong code, and an owner used to a SmartCode takes the lock
 * for broken. */
export const codeThenLock: ProcedureBuilder = (p, facts) => {
  const title = `Press ${lockKeyName(p)} after the code`;
  const cite = 'product-facts M10';
  if (p.keypad.unlockWith !== 'lock-button') return fail('code-then-lock', title, cite, `the ${p.name} opens as the last digit of a right code is pressed: there is no press to add`, facts);
  const code = knownCode(facts);
  if (code === undefined) return fail('code-then-lock', title, cite, NO_CODE_TO_TRY, facts);
  const steps = lockTheOpenDoor(p, facts, 'product-facts M10 ("Locking the Door — Press the Lock Button once")');
  steps.push(
    ...codeEntrySteps(p, `Type your code as before (${spell(code)} on the twin), and do not wait for an answer: there is none yet.`, 'product-facts M10', code),
    step('The bolt withdraws: the lock was never broken, it was waiting for that press.', 'product-facts M10 ("Unlocking the Door — Enter your user code. Press the Lock Button once.")', { do: 'wait', ms: boltWaitMs(p) }, { event: 'unlocked', locked: false }),
  );
  return make('code-then-lock', title, cite, steps, facts);
};

/**
 * A 915/916 with SecureScreen on (switch 4, product-facts M5, M7: "displays random digits to be
 * pressed before entering user code"): the first touch wakes the screen, which shows two random
 * digits; an owner who types the code straight on has its digits taken for those and gets the
 * wrong-code answer, every time, with every code — and takes the lock for broken.
 */
export const shownDigitsFirst: ProcedureBuilder = (p, facts) => {
  const title = 'Touch the digits the screen shows, then your code';
  const cite = 'product-facts M5, M7';
  if (!hasSecureScreen(p)) return fail('shown-digits-first', title, cite, `the ${p.name} has no SecureScreen: a code is typed straight on`, facts);
  const code = knownCode(facts);
  if (code === undefined) return fail('shown-digits-first', title, cite, NO_CODE_TO_TRY, facts);
  const steps = lockTheOpenDoor(p, facts, 'product-facts M5');
  steps.push(
    ...codeEntrySteps(p, `Now type your code as before (${spell(code)} on the twin).`, 'product-facts M7', code, true),
    step('The bolt withdraws: the lock was never broken, it wanted the screen\'s digits first. (To do without them, turn switch 4 off under the battery cover; the screen then takes codes straight away.)', 'product-facts M5, M7', { do: 'wait', ms: boltWaitMs(p) }, { event: 'unlocked', locked: false }),
  );
  return make('shown-digits-first', title, cite, steps, { ...facts, screen: true });
};

/**
 * The 92640-001's keypad wants firm, deliberate presses (seed S14: "press buttons firmly and
 * deliberately rather than tapping lightly"): a light tap is not registered at all — no light,
 * no beep — and an owner used to a lighter keypad takes the lock for dead.
 */
export const pressFirmly: ProcedureBuilder = (p, facts) => {
  const title = 'Press each button firmly';
  const cite = 'seed S14';
  if (!needsFirmPress(p)) return fail('press-firmly', title, cite, `the ${p.name}'s keypad registers a light tap`, facts);
  const code = knownCode(facts);
  if (code === undefined) return fail('press-firmly', title, cite, NO_CODE_TO_TRY, facts);
  const steps = lockTheOpenDoor(p, facts, cite);
  steps.push(
    ...codeEntrySteps(p, `Type your code (${spell(code)} on the twin), pressing each button firmly and deliberately: this keypad does not register a light tap.`, cite, code),
    step('The bolt withdraws: the lock was never dead, it did not feel the taps.', cite, { do: 'wait', ms: boltWaitMs(p) }, { event: 'unlocked', locked: false }),
  );
  return make('press-firmly', title, cite, steps, facts);
};

export const PROCEDURES: Record<DoctorProcedureId, ProcedureBuilder> = {
  'press-firmly': pressFirmly,
  'code-then-lock': codeThenLock,
  'shown-digits-first': shownDigitsFirst,
  'reconnect-exterior': reconnectExterior,
  'insert-pack': insertPack,
  'replace-batteries': replaceBatteries,
  'factory-reset': factoryReset,
  'cancel-reset': cancelReset,
  'finish-reset': finishReset,
  'relearn-handing': relearnHanding,
  'wait-lockout': waitLockout,
  'clear-jam': clearJam,
  'set-mastercode': setMastercode,
  'add-code': addCode,
  'replace-code': replaceCode,
  'test-codes-door-open': testCodesDoorOpen,
  'try-factory-code': tryFactoryCode,
};

export function buildProcedure(id: DoctorProcedureId, p: ModelProfile, facts: LockFacts): { procedure: Procedure; facts: LockFacts } {
  return PROCEDURES[id](p, facts);
}
