// What the decoder says when the owner has just fitted new batteries (signal-context.ts) and the
// lock still answers as a flat pack would. A fresh pack reads about 6 V, and the lock warns only
// at its low threshold (4.8 V, product-facts G4): a low-battery signal then — the table's, or the
// status light's red blink (status-reading.ts) — says the new pack is not giving its volts, and
// what a support person checks before another is bought: the pack re-seated, each cell's way
// round and the contacts, the cells alkaline and not rechargeable (pack-check-words.ts, assumed),
// and only then another fresh pack, new cells being weak at times too (seed S25, S10). A keypad that stays dark and silent with new
// batteries in is no flat pack: the pack is not making contact (the doctor's dark keypad, seed
// S25; product-facts G4, G5), then the keypad's cable, then a reset (seed S5, S7). And any other
// answer that sends the owner to the batteries (seed S7, S25: every code failing, a bolt that does
// not move) says, in those same words, to check the new pack is seated and making contact rather
// than to fit fresh batteries again.

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { FRESH_PACK_VOLTS } from '../hardware/battery.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { sourceCite } from './procedure-kit.ts';
import { CHECK_BATTERIES_STEP, FRESH_BATTERIES_STEP } from './advice.ts';
import { ALKALINE_NOT_RECHARGEABLE, CELLS_AND_CONTACTS, CELL_TYPE_ASSUMED, CONTACTS_ASSUMED } from './pack-check-words.ts';

/** The fresh-pack facts: the threshold's source is the model's own (G4 on the SmartCodes). */
const FRESH_PACK_SOURCE = 'seed S25, S10; product-facts G4';

/** The reseat of a pack just fitted, as the dark keypad's hint says it (seed S25; product-facts G4, G5). */
const NOT_MAKING_CONTACT = 'the pack is not making contact';
const RESEAT = 'take it out and put it back in firmly';
/** The battery step for a pack just fitted: is it seated? */
export const RESEAT_STEP = `check the new pack is seated and making contact: ${RESEAT}`;

export function freshPackSaid(obs: Observation): boolean {
  return obs.context.includes('fresh-batteries');
}

/** A signal's advice whose battery step (advice.ts) is said as the reseat, when new batteries
 * were just fitted; null when it has none or nothing was said of them. */
export function freshPackReseat(todo: string, obs: Observation): { todo: string } | null {
  if (!freshPackSaid(obs)) return null;
  const reseated = [FRESH_BATTERIES_STEP, CHECK_BATTERIES_STEP].reduce((t, step) => t.replace(step, RESEAT_STEP), todo);
  return reseated === todo ? null : { todo: reseated };
}

/** A low-battery reading (`signalCite`: its own source) after new batteries went in: the checks
 * before another pack, and that pack last. */
export function freshPackStillLow(model: ModelProfile, signalCite: string): { todo: string; cite: string } {
  return {
    todo:
      `You say new batteries just went in: a fresh pack reads about ${FRESH_PACK_VOLTS} V, and the ${model.name} warns only at ${model.battery.lowVolts} V or below, so the new pack is not giving its volts. ` +
      `Before buying more, take the pack out and put it back in firmly; look at it: ${CELLS_AND_CONTACTS}; and check ${ALKALINE_NOT_RECHARGEABLE}. ` +
      'Only then fit another set of four fresh alkaline AA batteries, as new cells can be weak too; codes are kept when you change them.',
    cite: ownCite(model, joinCites(signalCite, FRESH_PACK_SOURCE, sourceCite(model, 'battery.lowVolts'), CONTACTS_ASSUMED, CELL_TYPE_ASSUMED)),
  };
}

/** The low-battery answer when new batteries were just fitted; null for any other signal or context. */
export function freshPackAdvice(model: ModelProfile, signal: SignalName, obs: Observation, signalCite: string): { todo: string; cite: string } | null {
  if (signal !== 'lowBattery' || !freshPackSaid(obs)) return null;
  return freshPackStillLow(model, signalCite);
}

/** The hint for a dark, silent lock when new batteries were just fitted; null otherwise. */
export function freshPackDarkHint(model: ModelProfile, obs: Observation, cableCite: string): string | null {
  if (!freshPackSaid(obs)) return null;
  return `No light and no sound, with new batteries just fitted: ${NOT_MAKING_CONTACT}. ${RESEAT[0].toUpperCase()}${RESEAT.slice(1)} (seed S25; product-facts G4, G5). If the keypad stays dark while the Program button inside still answers, the cable from the keypad to the interior assembly is unplugged or loose: plug it back in, every code is still stored ${cableCite}. If it still ignores every code, only a factory reset helps (seed S5, S7).`;
}
