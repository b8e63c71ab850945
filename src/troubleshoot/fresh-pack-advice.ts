// What the decoder says when the owner has just fitted new batteries (signal-context.ts) and the
// lock still answers as a flat pack would. A fresh pack reads about 6 V, and the lock warns only
// at its low threshold (4.8 V, product-facts G4): a low-battery signal then says
// the new cells are themselves weak (seed S25, S10). A keypad that stays dark and silent with new
// batteries in is no flat pack: the pack is not making contact (the doctor's dark keypad, seed
// S25; product-facts G4, G5), then the keypad's cable, then a reset (seed S5, S7).

import type { ModelProfile, SignalName } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { FRESH_PACK_VOLTS } from '../hardware/battery.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { sourceCite } from './procedure-kit.ts';

/** The fresh-pack facts: the threshold's source is the model's own (G4 on the SmartCodes). */
const FRESH_PACK_SOURCE = 'seed S25, S10; product-facts G4';

function freshPackSaid(obs: Observation): boolean {
  return obs.context.includes('fresh-batteries');
}

/** The low-battery answer when new batteries were just fitted; null for any other signal or context. */
export function freshPackAdvice(model: ModelProfile, signal: SignalName, obs: Observation, signalCite: string): { todo: string; cite: string } | null {
  if (signal !== 'lowBattery' || !freshPackSaid(obs)) return null;
  return {
    todo:
      `You say new batteries just went in: a fresh pack reads about ${FRESH_PACK_VOLTS} V, and the ${model.name} warns only at ${model.battery.lowVolts} V or below, so the new cells are themselves weak. ` +
      'Fit another set of four fresh AA batteries; codes are kept when you change them.',
    cite: ownCite(model, joinCites(signalCite, FRESH_PACK_SOURCE, sourceCite(model, 'battery.lowVolts'))),
  };
}

/** The hint for a dark, silent lock when new batteries were just fitted; null otherwise. */
export function freshPackDarkHint(model: ModelProfile, obs: Observation, cableCite: string): string | null {
  if (!freshPackSaid(obs)) return null;
  return `No light and no sound, with new batteries just fitted: the pack is not making contact. Take it out and put it back in firmly (seed S25; product-facts G4, G5). If the keypad stays dark while the Program button inside still answers, the cable from the keypad to the interior assembly is unplugged or loose: plug it back in, every code is still stored ${cableCite}. If it still ignores every code, only a factory reset helps (seed S5, S7).`;
}
