// The simulation's pending alarms in a stored state's record (state-record.ts): ALARM_STRIDE
// numbers per alarm — due time (NOT_SCHEDULED when idle) and scheduling sequence — at the
// alarm's index in the kernel's alarm list (sim/kernel.ts alarmList: the order the twin's parts
// created them, fixed for the twin's life), in the record's last section. Read and written
// straight from and to the alarms themselves: no snapshot object, no lookup by name.

import type { Alarm, Sim } from '../sim/kernel.ts';
import { REC, whole, type Numbers } from './state-record.ts';
import { FIRMWARE_ALARM, PACK_ALARM } from '../twin/twin.ts';

const { MAX_ALARMS } = REC;

/** Alarms that only end a light or a beep (indicators.ts): left out of the key and the ticks. */
export const DISPLAY_ALARMS: ReadonlySet<string> = new Set(['led', 'beeper']);
/**
 * Alarms a record does not hold: the one that watches an idling pack run down (twin.ts
 * PACK_ALARM). The checker pins the pack's charge at every restore (machine.ts), so that alarm,
 * years ahead, never falls due in a search: it is written as not scheduled and restored so.
 */
export const UNRECORDED_ALARMS: ReadonlySet<string> = new Set([PACK_ALARM]);
/** Numbers per alarm: due time, sequence. */
const ALARM_STRIDE = 2;
/** The due time of an alarm that is not scheduled. */
const NOT_SCHEDULED = -1;
/** The two above, for other modules to copy into constants of their own (state-record.ts REC). */
export const ALARM = Object.freeze({ ALARM_STRIDE, NOT_SCHEDULED });

export class AlarmTable {
  /** The twin's alarms, by index. */
  private readonly list: readonly Alarm[];
  /** Per index: whether the alarm is a display alarm. */
  readonly display: boolean[];
  /** Per index: whether the alarm is the firmware's timer (due at its soonest deadline). */
  readonly firmware: boolean[];
  /** Per index: whether the record leaves the alarm out (UNRECORDED_ALARMS). */
  private readonly unrecorded: boolean[];

  /** `at`: where the alarms start in a record; `sim`: the kernel whose alarms they are. */
  constructor(
    private readonly at: number,
    private readonly sim: Sim,
  ) {
    this.list = [...sim.alarmList];
    if (this.list.length > MAX_ALARMS) throw new Error(`${this.list.length} alarms, more than ${MAX_ALARMS}: raise MAX_ALARMS in src/check/state-record.ts`);
    this.display = this.list.map((a) => DISPLAY_ALARMS.has(a.name));
    this.firmware = this.list.map((a) => a.name === FIRMWARE_ALARM);
    this.unrecorded = this.list.map((a) => UNRECORDED_ALARMS.has(a.name));
  }

  /** How many alarms a record holds. */
  get count(): number {
    return this.list.length;
  }

  /** Mark every alarm slot of the record at `o` not scheduled: the scratch record, once, from
   * which every record is copied (write() then fills the slots of the twin's alarms). */
  clear(a: Numbers, o: number): void {
    for (let i = 0; i < MAX_ALARMS; i++) {
      a[o + this.at + ALARM_STRIDE * i] = NOT_SCHEDULED;
      a[o + this.at + ALARM_STRIDE * i + 1] = 0;
    }
  }

  /** Write the kernel's alarms into the record at `o` (an idle alarm with sequence 0). */
  write(a: Numbers, o: number): void {
    const list = this.list;
    if (this.sim.alarmList.length !== list.length) {
      throw new Error(`the twin has ${this.sim.alarmList.length} alarms, its records room for the ${list.length} it had when the checker started (src/check/alarm-table.ts)`);
    }
    for (let i = 0; i < list.length; i++) {
      const alarm = list[i];
      const p = o + this.at + ALARM_STRIDE * i;
      const scheduled = alarm.at >= 0 && !this.unrecorded[i];
      a[p] = scheduled ? whole(alarm.at, 'an alarm time') : NOT_SCHEDULED;
      a[p + 1] = scheduled ? whole(alarm.seq, "an alarm's sequence") : 0;
    }
  }

  /** Put the kernel's clock, sequence counter and alarms in the record's state. */
  restore(a: Numbers, o: number, now: number, seq: number): void {
    const list = this.list;
    this.sim.setClock(now, seq);
    for (let i = 0; i < list.length; i++) {
      const p = o + this.at + ALARM_STRIDE * i;
      const due = a[p];
      list[i].setTimes(due, due === NOT_SCHEDULED ? 0 : a[p + 1]);
    }
    this.sim.requeue();
  }

  /** Due time of alarm `i` in the record at `o`, or NOT_SCHEDULED. */
  dueAt(a: Numbers, o: number, i: number): number {
    return a[o + this.at + ALARM_STRIDE * i];
  }

  /** Scheduling sequence of alarm `i` in the record at `o`. */
  seqOf(a: Numbers, o: number, i: number): number {
    return a[o + this.at + ALARM_STRIDE * i + 1];
  }
}
