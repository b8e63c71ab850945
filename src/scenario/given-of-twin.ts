// The `given:` that comes closest to a running twin (design/architecture.md, Scenario files):
// how the lock is installed (door handing, door, strike, switches), what it has learned and
// stores (handing, Mastercode, codes, tag, codes disabled, a one-time code) and its pack. What a
// `given:` cannot say — the firmware in the middle of something (a menu, a lockout, a hold, a
// handing run), a corrupted store, the bolt stopped half-way, the virtual clock — is named in
// `notes`; a pack that is out becomes a first step that pulls it. A recording that restarts its
// twin from this `given:` (and those first steps) replays exactly: same model + seed + inputs ⇒
// same twin.

import { voltsForCharge } from '../hardware/battery.ts';
import { BOLT_STROKE } from '../hardware/motor-bolt.ts';
import type { Action, Twin } from '../twin/twin.ts';
import type { Given } from './types.ts';
import { MASTERCODE_NONE } from './vocabulary.ts';
import { adminCodeAlwaysSet } from '../models/admin-code-kept.ts';
import { codesBySlot, setFlagWords } from '../twin/store-words.ts';
import { durationWords } from './duration.ts';

/** Pack volts are written to the hundredth of a volt. */
const VOLTS_PER_UNIT = 100;
const SWITCH_NUMBERS = [1, 2, 3, 4] as const;
const IDLE_MODE = 'idle';

export interface GivenNow {
  given: Given;
  /** Steps that bring the restarted twin to where the `given:` cannot (a pack that is out). */
  firstSteps: Action[];
  /** What the `given:` leaves out, in plain words. */
  notes: string[];
}

/** The open-circuit volts of the twin's pack, in or out, to the hundredth. */
function packVolts(twin: Twin): number {
  return Math.round(voltsForCharge(twin.battery.chargeAt(twin.sim.now)) * VOLTS_PER_UNIT) / VOLTS_PER_UNIT;
}

export function givenOfTwin(twin: Twin): GivenNow {
  const store = twin.store();
  const notes: string[] = [];
  const codes = codesBySlot(store);
  const switches: NonNullable<Given['switches']> = {};
  for (const n of SWITCH_NUMBERS) switches[n] = twin.switches[n - 1];
  const bolt = twin.bolt.state();
  const boltGiven = bolt === 'extended' || (bolt !== 'retracted' && twin.bolt.pos >= BOLT_STROKE / 2) ? 'extended' : 'retracted';
  if (bolt !== boltGiven) notes.push(`the bolt was ${bolt}; it starts ${boltGiven}`);
  // A sound store of a model that always has an admin code holds one (models/admin-code-kept.ts):
  // the corrupted store's none becomes the model's own, left to the twin as the default is.
  const adminLeftOut = store.adminCode === '' && adminCodeAlwaysSet(twin.model);
  if (!store.trusted) {
    const admin = adminLeftOut ? ` and the ${twin.model.adminCodeName} it ships with` : '';
    notes.push(`the code store was corrupted; a given cannot say so, so it starts sound, with the codes the lock showed${admin}`);
  }
  if (twin.powered && twin.mode !== IDLE_MODE) notes.push(`the lock was busy (${twin.mode}); it starts idle`);
  if (twin.lockedOut) notes.push('the keypad was locked out; it starts open');
  const given: Given = {
    door: twin.door.handing,
    handed: store.handed,
    ...(adminLeftOut ? {} : { mastercode: store.adminCode === '' ? MASTERCODE_NONE : store.adminCode }),
    codes,
    battery: packVolts(twin),
    doorState: twin.door.open ? 'open' : 'closed',
    strike: twin.door.strikeAligned ? 'aligned' : 'misaligned',
    bolt: boltGiven,
    switches,
  };
  if (twin.model.defaults.adminCode === 'tag') given.tag = twin.tag;
  Object.assign(given, setFlagWords(twin.model, store));
  const firstSteps: Action[] = twin.battery.present ? [] : [{ do: 'battery-out' }];
  // A given has no word for the exterior's cable: an unplugged one is the first step.
  if (!twin.buttons.exteriorLinked) firstSteps.push({ do: 'exterior', state: 'disconnected' });
  return { given, firstSteps, notes };
}

/** The `given:` in scenario words, slot and switch numbers as number keys: `codes: { 1: "1234" }`,
 * a delay as a duration: `autoLockDelay: 3min`. */
export function givenWords(given: Given): Record<string, unknown> {
  const words: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (key === 'codes') words.codes = new Map(Object.entries(value as Record<string, string>).map(([slot, code]) => [Number(slot), code]));
    else if (key === 'autoLockDelay') words.autoLockDelay = durationWords(value as number);
    else if (key === 'switches') words.switches = new Map(Object.entries(value as Record<string, boolean>).map(([n, on]) => [Number(n), on ? 'on' : 'off']));
    else words[key] = value;
  }
  return words;
}
