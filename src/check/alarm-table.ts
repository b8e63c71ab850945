// The simulation's pending alarms in a stored state's record (state-record.ts): ALARM_STRIDE
// numbers per alarm — due time (NOT_SCHEDULED when idle) and scheduling sequence — at the
// alarm's index, in the record's last section. The kernel's snapshot names its pending alarms;
// the table learns each name the first time it is scheduled, and a name's index never changes
// (a record written before an alarm was first seen reads it as not scheduled).

import type { SimSnapshot } from '../sim/kernel.ts';
import { REC, whole, type Numbers } from './state-record.ts';

const { MAX_ALARMS } = REC;

/** Alarms that only end a light or a beep (indicators.ts): left out of the key and the ticks. */
export const DISPLAY_ALARMS: ReadonlySet<string> = new Set(['led', 'beeper']);
/** Numbers per alarm: due time, sequence. */
const ALARM_STRIDE = 2;
/** The due time of an alarm that is not scheduled. */
const NOT_SCHEDULED = -1;
/** The two above, for other modules to copy into constants of their own (state-record.ts REC). */
export const ALARM = Object.freeze({ ALARM_STRIDE, NOT_SCHEDULED });

export class AlarmTable {
  readonly names: string[] = [];
  /** Per index: whether the alarm is a display alarm. */
  readonly display: boolean[] = [];
  private readonly index = new Map<string, number>();
  /** Scratch for snapshot(): the kernel snapshot, one reused pair per alarm name. */
  private readonly scratch: SimSnapshot = { now: 0, seq: 0, alarms: {} };
  private readonly pairs: [number, number][] = [];

  /** `at`: where the alarms start in a record. */
  constructor(private readonly at: number) {}

  /** How many alarms a record holds (the names learned so far). */
  get count(): number {
    return this.names.length;
  }

  /** Mark every alarm slot of the record at `o` not scheduled: the scratch record, once, from
   * which every record is copied (write() then fills the slots of the names learned). */
  clear(a: Numbers, o: number): void {
    for (let i = 0; i < MAX_ALARMS; i++) {
      a[o + this.at + ALARM_STRIDE * i] = NOT_SCHEDULED;
      a[o + this.at + ALARM_STRIDE * i + 1] = 0;
    }
  }

  /** Write a kernel snapshot's alarms into the record at `o` (every alarm not named there as
   * not scheduled; the slots past the names learned are left as clear() left them). */
  write(a: Numbers, o: number, snap: SimSnapshot): void {
    for (const name in snap.alarms) if (!this.index.has(name)) this.learn(name);
    for (let i = 0; i < this.names.length; i++) {
      const pair = snap.alarms[this.names[i]];
      const p = o + this.at + ALARM_STRIDE * i;
      a[p] = pair === undefined ? NOT_SCHEDULED : whole(pair[0], 'an alarm time');
      a[p + 1] = pair === undefined ? 0 : whole(pair[1], "an alarm's sequence");
    }
  }

  /** Due time of alarm `i` in the record at `o`, or NOT_SCHEDULED. */
  dueAt(a: Numbers, o: number, i: number): number {
    return a[o + this.at + ALARM_STRIDE * i];
  }

  /** Scheduling sequence of alarm `i` in the record at `o`. */
  seqOf(a: Numbers, o: number, i: number): number {
    return a[o + this.at + ALARM_STRIDE * i + 1];
  }

  /** A kernel snapshot of the record's alarms (scratch: valid until the next call). */
  snapshot(a: Numbers, o: number, now: number, seq: number): SimSnapshot {
    const s = this.scratch;
    s.now = now;
    s.seq = seq;
    for (let i = 0; i < this.names.length; i++) {
      const p = o + this.at + ALARM_STRIDE * i;
      const due = a[p];
      if (due === NOT_SCHEDULED) {
        // Sim.restore reads a missing and an undefined entry alike: not scheduled.
        s.alarms[this.names[i]] = undefined as unknown as [number, number];
        continue;
      }
      const pair = this.pairs[i];
      pair[0] = due;
      pair[1] = a[p + 1];
      s.alarms[this.names[i]] = pair;
    }
    return s;
  }

  private learn(name: string): void {
    if (this.names.length === MAX_ALARMS) throw new Error(`more than ${MAX_ALARMS} alarms: raise MAX_ALARMS in src/check/state-record.ts`);
    this.index.set(name, this.names.length);
    this.names.push(name);
    this.display.push(DISPLAY_ALARMS.has(name));
    this.pairs.push([0, 0]);
  }
}
