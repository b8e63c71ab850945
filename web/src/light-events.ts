// The firmware's events that a light came with: the lock's one answer to what was done. Most
// events are reported at the light's own moment (a menu opening and its green, a wrong code and
// its red ×3 — src/troubleshoot/event-signals.ts), but an unlock's is not: the green flash shows
// as the motor starts and `unlocked` is reported when the bolt has stopped withdrawing
// (src/firmware/bolt-control.ts). On the Powerbolt 264's SKU 92640-001 (seed S14) that green ×1
// and beep is also the programming menu opening (product-facts K-mirror, assumed for the 264), so
// only the later event tells which it was. The answer runs until the lock's next light or the
// next thing done to it; a status blink changing is part of the answer, not a new one.

import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';

/** Whether a trace entry starts something new after a light: a person's action or another light
 * (flashes or a solid light; the slow status blink is not one). */
function startsAnother(e: LockTraceEntry): boolean {
  if (e.ch === 'input') return true;
  return e.ch === 'led' && !('status' in (e.v as object));
}

/** The types of the events reported with the light at `log[i]`: those at its moment, and those
 * after it until the next light or action. */
export function eventsOfLight(log: readonly LockTraceEntry[], i: number): string[] {
  const t = log[i].t;
  const out: string[] = [];
  const type = (e: LockTraceEntry) => String((e.v as { type: unknown }).type);
  for (const e of log) if (e.t === t && e.ch === 'event') out.push(type(e));
  for (let k = i + 1; k < log.length && !startsAnother(log[k]); k++) {
    const e = log[k];
    if (e.ch === 'event' && e.t !== t) out.push(type(e));
  }
  return out;
}
