// The firmware's events that a light came with: the lock's one answer to what was done. Most
// events are reported at the light's own moment (a menu opening and its green, a wrong code and
// its red ×3 — src/troubleshoot/event-signals.ts), but an unlock's is not: the green flash shows
// as the motor starts and `unlocked` is reported when the bolt has stopped withdrawing
// (src/firmware/bolt-control.ts). On the Powerbolt 264's SKU 92640-001 (seed S14) that green ×1
// and beep is also the programming menu opening (product-facts K-mirror, assumed for the 264), so
// only the later event tells which it was. The answer runs until the lock's next light or the
// next thing done to it; a status blink changing is part of the answer, not a new one. A bolt the
// light set moving belongs to it until it stops, keys pressed while it travels or not (a SmartCode
// 275 owner typing again as the bolt withdraws): its `unlocked` or `locked` at that stop is the
// light's; stopped by a jam, the jam's why names where it was sent, and the light is read as that
// motion's (src/troubleshoot/event-signals.ts JAM_CUT_SHORT: an unlearned lock's bolt thrown on a
// right code, seed S15). A motion cut short by a brown-out (seed S25) reports nothing.

import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import type { LockEvent } from '../../src/firmware/io.ts';
import { JAM_CUT_SHORT } from '../../src/troubleshoot/event-signals.ts';

/** The events a motion reports where it stops, having reached where it was sent (bolt-control.ts
 * motionStopped); a jam and a low pack have lights of their own. */
const MOTION_DONE_EVENTS: readonly string[] = ['locked', 'unlocked'];

/** Whether a trace entry starts something new after a light: a person's action or another light
 * (flashes or a solid light; the slow status blink is not one). */
function startsAnother(e: LockTraceEntry): boolean {
  if (e.ch === 'input') return true;
  return e.ch === 'led' && !('status' in (e.v as object));
}

const typeOf = (e: LockTraceEntry) => String((e.v as { type: unknown }).type);

/** The index of the bolt's stop after the motor started at `log[i]`'s moment, or -1 when no motor
 * started then or it has not stopped. */
function stopOfMotionAt(log: readonly LockTraceEntry[], i: number): number {
  const t = log[i].t;
  const start = log.findIndex((e) => e.t === t && e.ch === 'bolt' && 'motor' in (e.v as object));
  if (start < 0) return -1;
  for (let k = start + 1; k < log.length; k++) if (log[k].ch === 'bolt' && 'stopped' in (log[k].v as object)) return k;
  return -1;
}

/** The types of the events reported with the light at `log[i]`: those at its moment, those after
 * it until the next light or action, and the outcome of a bolt motion it started — where a jam
 * stopped it, the motion's own (`unlocked` for a bolt sent to retract). */
export function eventsOfLight(log: readonly LockTraceEntry[], i: number): string[] {
  const t = log[i].t;
  const taken: number[] = [];
  log.forEach((e, k) => {
    if (e.t === t && e.ch === 'event') taken.push(k);
  });
  for (let k = i + 1; k < log.length && !startsAnother(log[k]); k++) {
    if (log[k].ch === 'event' && log[k].t !== t) taken.push(k);
  }
  const stop = stopOfMotionAt(log, i);
  const out = taken.map((k) => typeOf(log[k]));
  if (stop < 0) return out;
  log.forEach((e, k) => {
    if (e.t !== log[stop].t || e.ch !== 'event') return;
    const v = e.v as LockEvent;
    if (MOTION_DONE_EVENTS.includes(v.type)) {
      if (!taken.includes(k)) out.push(v.type);
    } else if (v.type === 'jam' && v.why !== undefined && v.why in JAM_CUT_SHORT) out.push(JAM_CUT_SHORT[v.why as keyof typeof JAM_CUT_SHORT]);
  });
  return out;
}
