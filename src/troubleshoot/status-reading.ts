// The status light's slow blink, as `lockstep decode` reads it (issue "The troubleshooter";
// product-facts K3: "1 - Door lock status LED blinks every 6 seconds"; "Blinking green - Unlocked;
// Blinking amber - Locked; Blinking red - Low battery"; M16: every 5 s on the 909, its red shown
// with switch 1 off). It is the light an owner sees most, and no signal of the model's table
// (decode.ts): those answer a key or an operation, and this comes by itself, with no beep. So it
// is read beside the table, from a blink that repeats on its own in one of the status colours.
// A lone red blink that repeats is also seed S24's half-finished reset, which the table ranks;
// the red reading says so where the model's reset waits for a confirming press, in the words and
// with the cite of the doctor's cancel (reset-intent.ts): the cancel first, and the press that
// erases every code only for an owner who meant it. Said after new batteries went in, the red
// reading checks the new pack before another, as the table's low battery does then
// (fresh-pack-advice.ts). Its source is the model's own where the model's documents give the blink,
// and said to be borrowed where the profile only takes it from the SmartCode page (the Powerbolts).

import type { ModelProfile } from '../models/profile.ts';
import type { Observation } from './signal-text.ts';
import { STATUS_LED_SWITCH } from '../firmware/bolt-control.ts';
import type { StatusColor } from '../scenario/types.ts';
import { STATUS_COLORS } from '../scenario/vocabulary.ts';
import { sourceCite } from './procedure-kit.ts';
import { joinCites } from './cites.ts';
import { ownCite } from './own-cite.ts';
import { armedResetChoice, cancelResetCite } from './reset-intent.ts';
import { freshPackSaid, freshPackStillLow } from './fresh-pack-advice.ts';

/** A lit status blink: the scenario word's colours but off. */
export type StatusBlinkColor = Exclude<StatusColor, 'off'>;
const STATUS_BLINK_COLORS: readonly string[] = STATUS_COLORS.filter((c) => c !== 'off');
const MS_PER_S = 1000;
/** What each colour of the blink means: Kwikset's page for its SmartCode deadbolts. A model that
 * page does not document cites it as borrowed (own-cite.ts), as its profile takes the blink from it. */
const STATUS_COLOURS_SOURCE = 'product-facts K3';
/** A weak pack makes codes and resets fail. */
const LOW_PACK_SOURCE = 'seed S25';

export interface StatusReading {
  label: string;
  color: StatusBlinkColor;
  /** "amber, one blink every 6 s, no beep" */
  looksLike: string;
  meaning: string;
  todo: string;
  cite: string;
}

/** A blink that repeats by itself, in one status colour, without beeps or a count of flashes. */
function isStatusBlink(obs: Observation): obs is Observation & { colors: [StatusBlinkColor] } {
  const oneColor = obs.colors.length === 1 && STATUS_BLINK_COLORS.includes(obs.colors[0]);
  const quiet = obs.heardBeep !== true && !obs.continuous;
  const single = obs.flashes === null || obs.flashes === 1;
  return obs.repeating && oneColor && quiet && single && obs.light !== 'solid' && !obs.alternating;
}

/** What a status blink means on this model, or null when the observation is no status blink. */
export function readStatusBlink(model: ModelProfile, obs: Observation): StatusReading | null {
  if (!isStatusBlink(obs)) return null;
  const color = obs.colors[0];
  const every = model.timing.statusBlinkPeriodMs / MS_PER_S;
  const cite = ownCite(model, joinCites(STATUS_COLOURS_SOURCE, model.battery.lowBlinkIgnoresLedSwitch ? sourceCite(model, 'battery.lowBlinkIgnoresLedSwitch') : ''));
  const off = `Switch ${STATUS_LED_SWITCH} on the interior assembly turns the status light off`;
  const looksLike = `${color}, one blink every ${every} s, no beep`;
  if (color === 'green') {
    return { label: 'status light: unlocked', color, looksLike, cite, meaning: `The status light (switch ${STATUS_LED_SWITCH}) blinking green: the bolt is withdrawn — the door is unlocked. Nothing is wrong.`, todo: `Nothing to do. ${off}.` };
  }
  if (color === 'amber') {
    return { label: 'status light: locked', color, looksLike, cite, meaning: `The status light (switch ${STATUS_LED_SWITCH}) blinking amber: the bolt is thrown — the door is locked. Nothing is wrong.`, todo: `Nothing to do. ${off}.` };
  }
  const keepsRed = model.battery.lowBlinkIgnoresLedSwitch ? ` On the ${model.name} this red shows even with switch ${STATUS_LED_SWITCH} off (product-facts M16).` : '';
  // Only where the model's reset waits for a confirming press can it be left half-finished (S24).
  const halfFinished = model.reset.confirmPress
    ? ` If the keypad also ignores every code after someone held Program the full ${model.timing.resetHoldMs / MS_PER_S} s, it is the half-finished reset instead (seed S24). ${armedResetChoice()}`
    : '';
  // New batteries just fitted: the checks before another pack (fresh-pack-advice.ts).
  const fresh = freshPackSaid(obs) ? freshPackStillLow(model, cite) : null;
  const replace = fresh ? fresh.todo : `Replace all four AA batteries with fresh ones: a weak pack makes codes and resets fail (${LOW_PACK_SOURCE}).`;
  return {
    label: 'status light: low battery',
    color,
    looksLike,
    cite: ownCite(model, joinCites(fresh ? fresh.cite : cite, LOW_PACK_SOURCE, model.reset.confirmPress ? cancelResetCite(model) : '')),
    meaning: `The status light blinking red on its own: the batteries are low.${keepsRed}`,
    todo: `${replace}${halfFinished}`,
  };
}
