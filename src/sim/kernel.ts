// The simulation kernel: integer virtual time in milliseconds and an alarm queue ordered by
// (time, sequence), so that alarms due at the same instant run first-in-first-out.
// Implements design/architecture.md "sim/": alarms are created once by a part and rescheduled
// (rp2040js IClock.createAlarm); idle time jumps straight to the next alarm.
//
// A twin holds about a dozen alarms, so the queue is a flat array scanned for the minimum:
// for that size a scan beats a heap, and it allocates nothing per event.

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
    if (at < this.sim.now) at = this.sim.now;
    this.at = Math.floor(at);
    this.seq = this.sim.nextSeq();
    this.sim.scheduled(this);
  }

  cancel(): void {
    if (this.at < 0) return;
    this.at = -1;
    this.sim.cancelled(this);
  }
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
  /** The alarm due first, null when none is scheduled, undefined when it must be looked for. */
  private head: Alarm | null | undefined = null;

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

  /** Keep the cached head right as an alarm is (re)scheduled. */
  scheduled(a: Alarm): void {
    const h = this.head;
    if (h === undefined) return;
    if (h === null || a.at < h.at || (a.at === h.at && a.seq < h.seq)) this.head = a;
    else if (h === a) this.head = undefined; // pushed later: someone else may be first now
  }

  cancelled(a: Alarm): void {
    if (this.head === a) this.head = undefined;
  }

  /** The alarm due first, by (time, sequence), or undefined when none is scheduled. */
  nextAlarm(): Alarm | undefined {
    if (this.head !== undefined) return this.head ?? undefined;
    const best = this.scan();
    this.head = best ?? null;
    return best;
  }

  private scan(): Alarm | undefined {
    let best: Alarm | undefined;
    const alarms = this.alarms;
    for (let i = 0; i < alarms.length; i++) {
      const a = alarms[i];
      if (a.at < 0) continue;
      if (best === undefined || a.at < best.at || (a.at === best.at && a.seq < best.seq)) best = a;
    }
    return best;
  }

  /** Run every alarm due at or before `t`, in order, then leave the clock at `t`. */
  runUntil(t: number): void {
    for (;;) {
      const next = this.nextAlarm();
      if (next === undefined || next.at > t) break;
      this.now = next.at;
      next.at = -1;
      this.head = undefined;
      next.fire();
    }
    if (t > this.now) this.now = t;
  }

  /** Advance by `ms` of virtual time. */
  advance(ms: number): void {
    this.runUntil(this.now + ms);
  }

  snapshot(): SimSnapshot {
    const alarms: SimSnapshot['alarms'] = {};
    for (const a of this.alarms) if (a.at >= 0) alarms[a.name] = [a.at, a.seq];
    return { now: this.now, seq: this.seqCounter, alarms };
  }

  restore(snap: SimSnapshot): void {
    this.now = snap.now;
    this.seqCounter = snap.seq;
    for (const a of this.alarms) {
      const entry = snap.alarms[a.name];
      a.at = entry ? entry[0] : -1;
      a.seq = entry ? entry[1] : 0;
    }
    this.head = undefined;
  }
}
