// The monitors' own state (monitors.ts MonitorState) in a stored state's record
// (state-record.ts): five fields, then the recent wrong entries in the variable section.

import type { MonitorState } from './monitors.ts';
import { REC, whole, type Numbers, type RecordLayout } from './state-record.ts';

const { TRUE, FALSE, MON_BYPASSED, MON_HOLD_FROM, MON_ARMED, MON_HANDING_DUE, MON_HANDING_ENDS, MON_WRONG_COUNT } = REC;

/** Write `m` into the record at `o`. */
export function writeMonitor(a: Numbers, o: number, m: MonitorState, layout: RecordLayout): void {
  a[o + MON_BYPASSED] = m.bypassed ? TRUE : FALSE;
  a[o + MON_HOLD_FROM] = whole(m.holdFrom, "the hold monitor's start");
  a[o + MON_ARMED] = m.armed ? TRUE : FALSE;
  a[o + MON_HANDING_DUE] = m.handingDue ? TRUE : FALSE;
  a[o + MON_HANDING_ENDS] = m.handingEnds;
  const n = m.wrong.length;
  if (n > layout.wrongSlots) throw new Error(`the lockout monitor holds ${n} wrong entries, the record ${layout.wrongSlots}`);
  a[o + MON_WRONG_COUNT] = n;
  const at = o + layout.monWrongAt;
  for (let i = 0; i < layout.wrongSlots; i++) a[at + i] = i < n ? whole(m.wrong[i], 'a wrong entry time') : 0;
}

/** Copy the monitor part of the record at `so` in `s` into the record at `do` in `d`. */
export function copyMonitor(d: Numbers, dOff: number, s: Numbers, sOff: number, layout: RecordLayout): void {
  for (let i = MON_BYPASSED; i <= MON_WRONG_COUNT; i++) d[dOff + i] = s[sOff + i];
  for (let i = 0; i < layout.wrongSlots; i++) d[dOff + layout.monWrongAt + i] = s[sOff + layout.monWrongAt + i];
}

/** Make `d` hold the monitor state of the record at `o`, reusing its list. */
export function readMonitor(d: MonitorState, a: Numbers, o: number, layout: RecordLayout): void {
  d.bypassed = a[o + MON_BYPASSED] !== FALSE;
  d.holdFrom = a[o + MON_HOLD_FROM];
  d.armed = a[o + MON_ARMED] !== FALSE;
  d.handingDue = a[o + MON_HANDING_DUE] !== FALSE;
  d.handingEnds = a[o + MON_HANDING_ENDS];
  const n = a[o + MON_WRONG_COUNT];
  const at = o + layout.monWrongAt;
  if (d.wrong.length !== n) d.wrong.length = n;
  for (let i = 0; i < n; i++) d.wrong[i] = a[at + i];
}
