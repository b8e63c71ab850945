// The simulation kernel: integer virtual time in milliseconds and an alarm queue ordered by
// (time, sequence), so that alarms due at the same instant run first-in-first-out.
// Implements design/architecture.md "sim/": alarms are created once by a part and rescheduled
// (rp2040js IClock.createAlarm); idle time jumps straight to the next alarm.
//
// A twin holds about a dozen alarms and only a few are scheduled at once, so the queue is a
// doubly linked list of the scheduled alarms, threaded through the alarms themselves and kept
// sorted: the next alarm is the list's head, scheduling walks past the few alarms due earlier,
// rescheduling an alarm whose place does not change updates it where it stands, cancelling
// unlinks. Nothing is allocated per event.

import { quoted } from '../printable.ts';

/** Milliseconds in a (Julian) year, for the clock's limit below. */
const MS_PER_YEAR = 365.25 * 86_400_000;
/** The lock's clock runs no further than this: 10 000 years of virtual time. Well below 2^53 ms
 * (about 285 000 years), so every time and every alarm's due time stays an exact integer. */
export const CLOCK_LIMIT_YEARS = 10_000;
export const CLOCK_LIMIT_MS = CLOCK_LIMIT_YEARS * MS_PER_YEAR;

/** Asked to run the clock past CLOCK_LIMIT_MS; nothing was run. */
export class ClockLimitError extends RangeError {
  override name = 'ClockLimitError';
  constructor(
    readonly now: number,
    readonly to: number,
  ) {
    super(`the lock's clock stops at ${CLOCK_LIMIT_YEARS.toLocaleString('en')} years of virtual time (${CLOCK_LIMIT_MS} ms); it is at ${now} ms and was asked to run to ${to} ms`);
  }
}

/** Asked to let time pass by something other than a whole, non-negative number of milliseconds
 * (a fractional tick, NaN, a negative wait); nothing was run. Time is never rounded here: a
 * fraction left on the clock would put it between two alarms' whole due times and, once an alarm
 * scheduled "now" falls due before the clock, run it over and over. The caller rounds, if it must. */
export class VirtualTimeError extends RangeError {
  override name = 'VirtualTimeError';
  constructor(readonly ms: number) {
    super(`virtual time moves in whole milliseconds: cannot let ${shownMs(ms)} pass (a whole number from 0 up)`);
  }
}

/** A time asked for, as VirtualTimeError's message shows it: a number as `1.5 ms`, anything else
 * saying what it is — a program in plain JavaScript may pass the string "5" (read from JSON or a
 * form), which `cannot let 5 ms pass` would show as the very number it asks for. */
function shownMs(ms: unknown): string {
  if (typeof ms === 'number') return `${ms} ms`;
  if (typeof ms === 'string') return `the string ${quoted(ms)} as ms`;
  return `${ms === null ? 'null' : typeof ms === 'object' ? 'an object' : String(ms)} as ms`;
}

export type AlarmCallback = () => void;
/** A part that owns alarms and handles them in one method (no closure per alarm). */
export interface AlarmOwner {
  onAlarm(alarm: Alarm): void;
}

export class Alarm {
  /** Due time in ms, or -1 when not scheduled. */
  at = -1;
  /** Tie-breaker: the order in which alarms were scheduled. */
  seq = 0;
  /** Neighbours in the sim's queue while scheduled (kernel-internal). */
  prev: Alarm | null = null;
  next: Alarm | null = null;

  constructor(
    private readonly sim: Sim,
    readonly name: string,
    readonly handler: AlarmCallback | AlarmOwner,
  ) {}

  fire(): void {
    const h = this.handler;
    if (typeof h === 'function') h();
    else h.onAlarm(this);
  }

  get scheduled(): boolean {
    return this.at >= 0;
  }

  /** Schedule (or reschedule) this alarm `delayMs` from now. */
  schedule(delayMs: number): void {
    this.scheduleAt(this.sim.now + delayMs);
  }

  scheduleAt(at: number): void {
    const sim = this.sim;
    const due = Math.floor(at < sim.now ? sim.now : at);
    this.seq = sim.nextSeq();
    if (this.at >= 0) {
      // Rescheduled, and its place in the queue does not change (the usual case: a part's one
      // timer moved while the others wait far ahead): update it where it stands. It is now the
      // newest, so it runs after an alarm due at the same time and before a later one.
      const prev = this.prev;
      const next = this.next;
      if ((prev === null || prev.at <= due) && (next === null || due < next.at)) {
        this.at = due;
        return;
      }
      sim.unlink(this);
    }
    this.at = due;
    sim.insert(this);
  }

  /** Set the due time (-1: not scheduled) and sequence without touching the queue: only while
   * restoring, followed by Sim.requeue(). */
  setTimes(at: number, seq: number): void {
    this.at = at;
    this.seq = seq;
  }

  cancel(): void {
    if (this.at < 0) return;
    this.sim.unlink(this);
    this.at = -1;
  }
}

/** Whether alarm `x` runs before alarm `y`: earlier time, or the same time and scheduled first. */
function runsBefore(x: Alarm, y: Alarm): boolean {
  return x.at < y.at || (x.at === y.at && x.seq < y.seq);
}

export interface SimSnapshot {
  now: number;
  seq: number;
  alarms: Record<string, [at: number, seq: number]>;
}

export class Sim {
  now = 0;
  private seqCounter = 0;
  private readonly alarms: Alarm[] = [];
  /** The scheduled alarm due first: the head of the queue, null when none is scheduled. */
  private first: Alarm | null = null;

  /** Create an alarm once; reschedule it as often as needed. Names must be unique per sim. */
  createAlarm(name: string, handler: AlarmCallback | AlarmOwner): Alarm {
    if (this.alarms.some((a) => a.name === name)) throw new Error(`alarm "${name}" already exists`);
    const alarm = new Alarm(this, name, handler);
    this.alarms.push(alarm);
    return alarm;
  }

  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** Put a scheduled alarm (not in the queue) in its place: after every alarm that runs before it. */
  insert(a: Alarm): void {
    let prev: Alarm | null = null;
    let node = this.first;
    while (node !== null && runsBefore(node, a)) {
      prev = node;
      node = node.next;
    }
    a.prev = prev;
    a.next = node;
    if (prev === null) this.first = a;
    else prev.next = a;
    if (node !== null) node.prev = a;
  }

  /** Take a scheduled alarm out of the queue. */
  unlink(a: Alarm): void {
    const prev = a.prev;
    const next = a.next;
    if (prev === null) this.first = next;
    else prev.next = next;
    if (next !== null) next.prev = prev;
    a.prev = null;
    a.next = null;
  }

  /** The alarm due first, by (time, sequence), or undefined when none is scheduled. */
  nextAlarm(): Alarm | undefined {
    return this.first ?? undefined;
  }

  /** Run every alarm due at or before `t`, in order, then leave the clock at `t`; past
   * CLOCK_LIMIT_MS, a ClockLimitError, and at a time that is not a whole millisecond, a
   * VirtualTimeError, nothing run. */
  runUntil(t: number): void {
    if (t > CLOCK_LIMIT_MS) throw new ClockLimitError(this.now, t);
    if (!Number.isInteger(t)) throw new VirtualTimeError(t - this.now);
    for (let head = this.first; head !== null && head.at <= t; head = this.first) {
      // Take the head off the queue.
      const after = head.next;
      this.first = after;
      if (after !== null) {
        after.prev = null;
        head.next = null;
      }
      this.now = head.at;
      head.at = -1;
      head.fire();
    }
    if (t > this.now) this.now = t;
  }

  /** Throws what advance(ms) and then advance(after) would — a VirtualTimeError for an `ms` that
   * is not a whole number from 0 up, a ClockLimitError for a run past CLOCK_LIMIT_MS — without
   * running anything: an action made of several parts (a key down, the hold, the key up, the
   * pause after it) is checked whole before its first part is done. `after` is the action's own
   * fixed time after `ms` (a whole number already). */
  checkAdvance(ms: number, after = 0): void {
    if (!(Number.isInteger(ms) && ms >= 0)) throw new VirtualTimeError(ms);
    if (this.now + ms + after > CLOCK_LIMIT_MS) throw new ClockLimitError(this.now, this.now + ms + after);
  }

  /** Advance by `ms` of virtual time: a whole number from 0 up, a VirtualTimeError otherwise. */
  advance(ms: number): void {
    if (!(Number.isInteger(ms) && ms >= 0)) throw new VirtualTimeError(ms);
    this.runUntil(this.now + ms);
  }

  snapshot(): SimSnapshot {
    const alarms: SimSnapshot['alarms'] = {};
    for (const a of this.alarms) if (a.at >= 0) alarms[a.name] = [a.at, a.seq];
    return { now: this.now, seq: this.seqCounter, alarms };
  }

  restore(snap: SimSnapshot): void {
    this.setClock(snap.now, snap.seq);
    for (const a of this.alarms) {
      const entry = snap.alarms[a.name];
      a.setTimes(entry ? entry[0] : -1, entry ? entry[1] : 0);
    }
    this.requeue();
  }

  // Restoring from plain numbers, without a snapshot object (the model checker's records, which
  // hold each alarm at its index in alarmList): setClock(), setTimes() on every alarm, requeue().

  /** Every alarm, in the order created: an alarm's index never changes. */
  get alarmList(): readonly Alarm[] {
    return this.alarms;
  }

  /** The scheduling sequence counter (SimSnapshot.seq). */
  get seq(): number {
    return this.seqCounter;
  }

  setClock(now: number, seq: number): void {
    this.now = now;
    this.seqCounter = seq;
  }

  /** Rebuild the queue from the alarms' due times and sequences (after setTimes()). */
  requeue(): void {
    this.first = null;
    for (const a of this.alarms) {
      a.prev = null;
      a.next = null;
    }
    for (const a of this.alarms) if (a.at >= 0) this.insert(a);
  }
}
