// Whether a snapshot's times and sequence numbers are ones a run of the clock leaves behind —
// past its shape (snapshot-check.ts), whatever its model. Each check below, broken, restored,
// would run on as no lock does, and is refused naming the field, as snapshot-fit.ts refuses a
// lock its model could never be in.
// - Alarms' sequence numbers: the sim kernel (sim/kernel.ts) numbers each alarm it sets from one
//   counter, the next number each time, so the alarms set hold numbers of their own, from 1 to
//   the counter; others would break a tie between alarms due at one instant as no run does, or
//   give the next alarm set a number another already holds.
// - The battery pack's drain is accounted up to the clock's time (hardware/battery.ts account,
//   insert), never past it; a pack accounted ahead would drain nothing until the clock caught up.
// - The firmware's deadlines are run by one alarm, which the twin sets for the earliest armed
//   after every call into the firmware and cancels when none is (twin.ts afterFirmware;
//   firmware/state.ts nextDeadline). No deadline is armed before the clock (each is the clock's
//   time, or a key's settling, plus a time of the model's), so the alarm is never held back to
//   the clock, and the clock never passes it without running it (sim/kernel.ts runUntil).
//   Powered, the alarm is due exactly at the earliest deadline, at the clock's time or later (at
//   the very instant of the snapshot, at the soonest); off, power-down has cleared every deadline
//   and cancelled the alarm. A deadline the clock or the alarm has passed would run late, an
//   alarm set for none or for another time would run the firmware's timer when nothing is due.
// - A wrong code is timed as it is entered (firmware/entry.ts wrongCode); one timed after the
//   clock would count as recent until the clock passed it, locking the keypad out for guesses
//   never made. The times are kept oldest first: each new one is put last as the others move up
//   a place, so the places no wrong code has filled yet (-1) come first, and each time is none
//   before the one ahead of it (the clock never runs back).
// - Program's press is timed as its contact settles (firmware.ts programEdge: the time its
//   bounce ended) or at power-up while it is held (continueBoot: the clock's time). Its bounce
//   ends at most the bounce window after its edge (hardware/buttons.ts bounceEnd), and another
//   key's edge settles it at once (firmware.ts keyEdge), so Program held and a digit pressed at
//   the same instant leave a press timed up to that window after the clock; one timed later
//   still would count a Mastercode or reset hold from an instant no contact reaches.
// - The parts time what they do by the clock as they do it: a keypad key's edge
//   (hardware/buttons.ts, what the backlight is lit from), the bolt's motion segment and the
//   moment its current first ran over the limit (hardware/motor-bolt.ts: where the bolt is, and
//   when a stall trips, are reckoned from them), an EEPROM write's start (hardware/eeprom.ts: how
//   much of it a power cut leaves). One after the clock would be reckoned from an instant still
//   to come: a bolt placed back along its travel, a write that had done less than nothing.

import { DEADLINES } from '../firmware/state.ts';
import { BOUNCE_WINDOW_MS } from '../hardware/buttons.ts';
import { FIRMWARE_ALARM, type TwinSnapshot } from './twin.ts';
import type { FitProblem } from './snapshot-fit.ts';

/** The first number the kernel's counter gives an alarm (Sim.nextSeq counts up before it gives). */
const FIRST_ALARM_SEQ = 1;

/** Why the alarms' sequence numbers are none the clock's counter gave, or null. */
function alarmSeqProblem(snap: TwinSnapshot): FitProblem | null {
  const counter = snap.sim.seq;
  const holder = new Map<number, string>();
  for (const [name, [, seq]] of Object.entries(snap.sim.alarms)) {
    const field = `sim.alarms.${name}`;
    if (seq < FIRST_ALARM_SEQ) return { field, message: `sequence ${seq}: the clock's counter gives an alarm a number from ${FIRST_ALARM_SEQ}` };
    if (seq > counter) return { field, message: `sequence ${seq} is past the clock's counter ${counter} (sim.seq): each alarm set takes the counter's next number` };
    const other = holder.get(seq);
    if (other !== undefined) return { field, message: `sequence ${seq} is sim.alarms.${other}'s too: each alarm set takes a number of its own` };
    holder.set(seq, name);
  }
  return null;
}

/** Why the pack's last accounting is none the clock could have left, or null. */
function packProblem(snap: TwinSnapshot): FitProblem | null {
  const { lastT } = snap.battery;
  const now = snap.sim.now;
  if (lastT > now) return { field: 'battery.lastT', message: `${lastT} ms, after the clock (sim.now) at ${now} ms: the pack's drain is accounted up to the clock, never past it` };
  return null;
}

const ALARM_FIELD = `sim.alarms.${FIRMWARE_ALARM}`;

/** Why the firmware's deadlines and the alarm that runs them disagree with each other or the clock, or null. */
function firmwareTimerProblem(snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  const now = snap.sim.now;
  const off = fw.mode === 'off';
  let earliest: { field: string; at: number } | null = null;
  for (const name of DEADLINES) {
    const at = name === 'tExterior' ? (fw.tExterior ?? -1) : fw[name];
    if (at < 0) continue;
    const field = `firmware.${name}`;
    if (off) return { field, message: `armed for ${at} ms while the firmware is off (mode off): power-down clears every deadline` };
    if (at < now) return { field, message: `${at} ms, before the clock (sim.now) at ${now} ms: the firmware's alarm (${ALARM_FIELD}) would have run it as it fell due` };
    if (earliest === null || at < earliest.at) earliest = { field, at };
  }
  const alarm = Object.hasOwn(snap.sim.alarms, FIRMWARE_ALARM) ? snap.sim.alarms[FIRMWARE_ALARM] : undefined;
  if (alarm === undefined) {
    if (earliest === null) return null;
    return { field: earliest.field, message: `armed for ${earliest.at} ms, but no alarm is set to run it (${ALARM_FIELD}): the alarm is set for the firmware's earliest deadline` };
  }
  const [due] = alarm;
  if (off) return { field: ALARM_FIELD, message: `due at ${due} ms while the firmware is off (mode off): power-down cancels it` };
  if (earliest === null) return { field: ALARM_FIELD, message: `due at ${due} ms, but the firmware has no deadline armed: the alarm is set only for one` };
  if (earliest.at < due) {
    return { field: earliest.field, message: `${earliest.at} ms, before the firmware's alarm (${ALARM_FIELD}) at ${due} ms, which would run it late: the alarm is set for the firmware's earliest deadline` };
  }
  if (due < earliest.at) return { field: ALARM_FIELD, message: `due at ${due} ms, before the firmware's earliest deadline (${earliest.field}) at ${earliest.at} ms: the alarm is set for that deadline` };
  return null;
}

/** Why a wrong code's time is none the clock could have given it, or its place none it could
 * have moved to, or null. */
function wrongTimeProblem(snap: TwinSnapshot): FitProblem | null {
  const now = snap.sim.now;
  const times = snap.firmware.wrongTimes;
  const late = times.findIndex((t) => t > now);
  if (late >= 0) return { field: `firmware.wrongTimes[${late}]`, message: `${times[late]} ms, after the clock (sim.now) at ${now} ms: a wrong code is timed as it is entered` };
  for (let i = 1; i < times.length; i++) {
    const t = times[i]!;
    const ahead = times[i - 1]!;
    if (t >= ahead) continue;
    const field = `firmware.wrongTimes[${i}]`;
    const before = `firmware.wrongTimes[${i - 1}] at ${ahead} ms`;
    if (t < 0) return { field, message: `-1 (no wrong code) after ${before}: the wrong codes are kept oldest first, each new one last, so the places not yet filled come first` };
    return { field, message: `${t} ms, before ${before}: the wrong codes are kept oldest first, each timed as it is entered` };
  }
  return null;
}

/** Why Program's press time is none the clock could have given it, or null. */
function programDownProblem(snap: TwinSnapshot): FitProblem | null {
  const at = snap.firmware.programDownAt;
  const now = snap.sim.now;
  if (at <= now + BOUNCE_WINDOW_MS) return null;
  return {
    field: 'firmware.programDownAt',
    message: `${at} ms, more than ${BOUNCE_WINDOW_MS} ms after the clock (sim.now) at ${now} ms: Program's press is timed as its contact settles, at most the bounce window after its edge`,
  };
}

/** Why a part's time is none the clock could have given it, or null. */
function partTimeProblem(snap: TwinSnapshot): FitProblem | null {
  const now = snap.sim.now;
  const after = (field: string, at: number, why: string): FitProblem | null =>
    at > now ? { field, message: `${at} ms, after the clock (sim.now) at ${now} ms: ${why}` } : null;
  const motion = "the bolt's motion is timed from the clock's time as it changes";
  return (
    after('buttons.keypadEdgeAt', snap.buttons.keypadEdgeAt ?? -1, "a key's edge is timed as the contact moves") ??
    after('bolt.segT', snap.bolt.segT, motion) ??
    after('bolt.overSince', snap.bolt.overSince, motion) ??
    after('eeprom.writing.startT', snap.eeprom.writing?.startT ?? -1, "a write is timed from the clock's time as it begins")
  );
}

/** The first time or sequence number in `snap` no run of the clock could have left, or null. */
export function clockProblem(snap: TwinSnapshot): FitProblem | null {
  return alarmSeqProblem(snap) ?? packProblem(snap) ?? firmwareTimerProblem(snap) ?? wrongTimeProblem(snap) ?? programDownProblem(snap) ?? partTimeProblem(snap);
}
