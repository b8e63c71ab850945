// Whether a snapshot's light and beeper are timed as their alarms are (hardware/indicators.ts,
// product-facts K3, M4). A pattern lit, or beeps sounded, set the part's end and its alarm for
// that very end together (light, beep); the alarm, run, or power-down clears both together
// (ledOff, beeperOff). So the light is on (indicators.ledUntil from 0 up) exactly while the LED's
// alarm is set, due at its end, and so is the beeper. An end with no alarm, restored, would keep
// the light on, drawing on the pack, for ever; an alarm with no end, or due at another time, would
// put it out early or late, as no lock does.

import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** The indicators' alarms (hardware/indicators.ts, created as the part is built), by the end they run. */
const PARTS = [
  { field: 'indicators.ledUntil', alarm: 'led', what: 'the light' },
  { field: 'indicators.beepUntil', alarm: 'beeper', what: 'the beeper' },
] as const;

/** Why the light's or the beeper's end disagrees with its alarm, or null. */
export function indicatorsProblem(snap: TwinSnapshot): FitProblem | null {
  const ends = { 'indicators.ledUntil': snap.indicators.ledUntil, 'indicators.beepUntil': snap.indicators.beepUntil };
  for (const { field, alarm, what } of PARTS) {
    const until = ends[field];
    const set = Object.hasOwn(snap.sim.alarms, alarm) ? snap.sim.alarms[alarm] : undefined;
    const alarmField = `sim.alarms.${alarm}`;
    if (until < 0) {
      if (set === undefined) continue;
      return { field: alarmField, message: `due at ${set[0]} ms, but ${what} is off (${field} -1): the alarm is set only to end ${what}` };
    }
    if (set === undefined) return { field, message: `${until} ms, but no alarm is set to end ${what} then (${alarmField}): ${what} and its alarm are set together` };
    if (set[0] !== until) return { field, message: `${until} ms, but ${what}'s alarm (${alarmField}) is due at ${set[0]} ms: it is set for the very end` };
  }
  return null;
}
