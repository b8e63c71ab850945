// Whether a snapshot's times and sequence numbers are ones a run of the clock leaves behind —
// past its shape (snapshot-check.ts), whatever its model. The sim kernel (sim/kernel.ts) numbers
// each alarm it sets from one counter, the next number each time, so the alarms set hold numbers
// of their own, from 1 to the counter. A snapshot holding others, restored, would run its alarms
// due at one instant in an order no run gives them (the kernel breaks a tie by the number), or
// give the next alarm set a number another already holds. The battery pack's drain is accounted
// up to the clock's time (hardware/battery.ts account, insert: lastT is set to now), never past
// it; a pack accounted ahead of the clock would drain nothing until the clock caught up. Either,
// restored, would run on as no lock does, and is refused naming the field, as snapshot-fit.ts
// refuses a lock its model could never be in.

import type { TwinSnapshot } from './twin.ts';
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

/** The first time or sequence number in `snap` no run of the clock could have left, or null. */
export function clockProblem(snap: TwinSnapshot): FitProblem | null {
  return alarmSeqProblem(snap) ?? packProblem(snap);
}
