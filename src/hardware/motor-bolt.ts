// The motor and the bolt it drives (seed S15–S17). The motor turns clockwise or
// counter-clockwise; which of those throws the bolt depends on how the lock is installed
// (the door's handing). The bolt stops at its end stops, at a misaligned strike when the door is
// closed, or when someone holds it; the firmware sees that as motor current above the limit it
// set, filtered for STALL_TRIP_MS. A closed door adds friction once the bolt enters the strike:
// tolerable for a normal lock/unlock, but above the tight limit the firmware uses while it
// maps the bolt's range during door handing — which is why handing wants the door open (S17).
// Currents, stroke and friction are assumed values.

import type { Sim, Alarm, AlarmOwner } from '../sim/kernel.ts';
import type { Trace } from '../sim/trace.ts';
import type { BatteryPack } from './battery.ts';
import type { Door } from './door.ts';

export const BOLT_STROKE = 1000; // travel units: 0 retracted, 1000 fully thrown
export const STRIKE_ENTRY_POS = 300; // where the bolt meets the strike (door closed)
export const SENSOR_TOLERANCE = 20; // the end-stop sensors' play
export const FREE_RUN_MA = 400;
export const STRIKE_FRICTION_MA = 650;
export const STALL_MA = 1_500;
export const STALL_TRIP_MS = 30; // the current comparator's filter

export type MotorDir = 'cw' | 'ccw';
export type BoltSensor = 'extended' | 'retracted' | 'between';
export const BOLT_STATES = ['extended', 'retracted', 'moving', 'jammed', 'partial'] as const;
export type BoltState = (typeof BOLT_STATES)[number];
export const STOP_KINDS = ['none', 'end', 'stall'] as const;
export type StopKind = (typeof STOP_KINDS)[number];

export interface MotorBoltSnapshot {
  pos: number;
  motor: -1 | 0 | 1;
  limitMa: number;
  segT: number;
  speed: number;
  currentMa: number;
  overSince: number;
  pushed: boolean;
  lastStop: StopKind;
}

export interface MotorListener {
  motorTripped(): void;
}

export class MotorBolt implements AlarmOwner {
  pos = 0;
  /** +1 clockwise, -1 counter-clockwise, 0 off. */
  private motor: -1 | 0 | 1 = 0;
  private limitMa = 0;
  private segT = 0; // start of the present motion segment
  private speed = 0; // units per ms, signed (+ = throwing)
  private currentMa = 0;
  private overSince = -1; // when current first exceeded the limit, or -1
  private pushed = false;
  lastStop: StopKind = 'none';
  private readonly alarm: Alarm;
  /** Told when the current limit trips and the motor driver cuts out. */
  listener: MotorListener | null = null;
  /** Told where the bolt is each time the motor stops, whatever stopped it (the model checker's
   * S18 monitor: door handing must run the bolt to both ends; src/check/watched-moments.ts). */
  haltWatcher: ((state: BoltState) => void) | null = null;
  /** Told each time the motor starts withdrawing the bolt (the model checker's lockout monitor:
   * nothing typed may open the lock during a lockout; src/check/watched-moments.ts). */
  withdrawWatcher: ((dir: MotorDir) => void) | null = null;

  constructor(
    private readonly sim: Sim,
    private readonly trace: Trace,
    private readonly battery: BatteryPack,
    private readonly door: Door,
    private readonly travelMs: number,
  ) {
    this.alarm = sim.createAlarm('motor-bolt', this);
  }

  get running(): boolean {
    return this.motor !== 0;
  }

  /** Which way the bolt moves for a motor direction on this door: +1 throws, -1 withdraws. */
  private boltDirFor(dir: -1 | 1): -1 | 1 {
    return (this.door.handing === 'right' ? dir : -dir) as -1 | 1;
  }

  drive(dir: MotorDir, limitMa: number): void {
    this.settle();
    this.motor = dir === 'cw' ? 1 : -1;
    this.limitMa = limitMa;
    this.overSince = -1;
    this.pushed = false;
    this.lastStop = 'none';
    if (this.trace.enabled) this.trace.push(this.sim.now, 'bolt', { motor: dir, bolt: this.boltDirFor(this.motor) > 0 ? 'throwing' : 'withdrawing' });
    if (this.withdrawWatcher !== null && this.boltDirFor(this.motor) < 0) this.withdrawWatcher(dir);
    this.startSegment();
  }

  stop(): void {
    if (this.motor === 0) return;
    this.settle();
    this.halt('none');
  }

  /** Someone holds or pushes the bolt: a running motor stalls against them (seed S16). */
  push(): void {
    if (this.motor === 0) return;
    this.settle();
    this.pushed = true;
    this.startSegment();
  }

  /** Thumbturn or key: the bolt moves by hand, as far as the strike lets it — a bolt already
   * against a strike out of line goes no further. Returns whether anything moved: a turn toward
   * where the bolt already is moves nothing (and a running motor is held up by the hand). */
  manualMove(throwBolt: boolean): boolean {
    if (this.motor !== 0) {
      this.push();
      return true;
    }
    const from = this.pos;
    if (throwBolt) {
      const blocked = !this.door.open && !this.door.strikeAligned && this.pos <= STRIKE_ENTRY_POS;
      this.pos = blocked ? STRIKE_ENTRY_POS : BOLT_STROKE;
    } else {
      this.pos = 0;
    }
    const moved = this.pos !== from;
    if (moved) this.lastStop = 'none';
    if (this.trace.enabled) this.trace.push(this.sim.now, 'bolt', { manual: throwBolt ? 'throw' : 'withdraw', state: this.state() });
    return moved;
  }

  /** A door closing on a thrown bolt, or a strike change, re-checks friction if moving. */
  mechanicsChanged(): void {
    if (this.motor === 0) return;
    this.settle();
    this.startSegment();
  }

  /** Thrown far enough to hold the door: past the edge of the strike. */
  engaged(): boolean {
    return this.currentPos() > STRIKE_ENTRY_POS;
  }

  sensor(): BoltSensor {
    if (this.currentPos() >= BOLT_STROKE - SENSOR_TOLERANCE) return 'extended';
    if (this.currentPos() <= SENSOR_TOLERANCE) return 'retracted';
    return 'between';
  }

  state(): BoltState {
    if (this.motor !== 0) return 'moving';
    if (this.pos >= BOLT_STROKE - SENSOR_TOLERANCE) return 'extended';
    if (this.pos <= SENSOR_TOLERANCE) return 'retracted';
    return this.lastStop === 'stall' ? 'jammed' : 'partial';
  }

  /** Power loss: the driver stops at once. */
  powerLost(): void {
    if (this.motor === 0) return;
    this.settle();
    this.halt('none');
  }

  private currentPos(): number {
    if (this.motor === 0 || this.speed === 0) return this.pos;
    const p = this.pos + this.speed * (this.sim.now - this.segT);
    return p < 0 ? 0 : p > BOLT_STROKE ? BOLT_STROKE : p;
  }

  /** Fold the motion so far into `pos`. */
  private settle(): void {
    this.pos = this.currentPos();
    this.segT = this.sim.now;
  }

  private inFriction(boltDir: number): boolean {
    if (this.door.open || !this.door.strikeAligned) return false;
    return boltDir > 0 ? this.pos >= STRIKE_ENTRY_POS : this.pos > STRIKE_ENTRY_POS;
  }

  private blocked(boltDir: number): boolean {
    if (this.pushed) return true;
    if (boltDir > 0 && this.pos >= BOLT_STROKE) return true;
    if (boltDir < 0 && this.pos <= 0) return true;
    return boltDir > 0 && !this.door.open && !this.door.strikeAligned && this.pos >= STRIKE_ENTRY_POS && this.pos < STRIKE_ENTRY_POS + SENSOR_TOLERANCE;
  }

  private startSegment(): void {
    const now = this.sim.now;
    const boltDir = this.boltDirFor(this.motor as -1 | 1);
    let boundaryAt = Infinity;
    if (this.blocked(boltDir)) {
      this.speed = 0;
      this.currentMa = STALL_MA;
    } else {
      this.speed = (boltDir * BOLT_STROKE) / this.travelMs;
      this.currentMa = this.inFriction(boltDir) ? STRIKE_FRICTION_MA : FREE_RUN_MA;
      let target = boltDir > 0 ? BOLT_STROKE : 0;
      const strikeAhead = !this.door.open && this.pos < STRIKE_ENTRY_POS && boltDir > 0;
      if (strikeAhead) target = STRIKE_ENTRY_POS;
      if (boltDir < 0 && this.inFriction(boltDir)) target = STRIKE_ENTRY_POS;
      boundaryAt = now + Math.max(1, Math.ceil((target - this.pos) / this.speed));
    }
    this.battery.setLoad('motor', this.currentMa, now);
    if (this.currentMa > this.limitMa) {
      if (this.overSince < 0) this.overSince = now;
    } else {
      this.overSince = -1;
    }
    const tripAt = this.overSince >= 0 ? this.overSince + STALL_TRIP_MS : Infinity;
    this.alarm.scheduleAt(Math.min(tripAt, boundaryAt));
  }

  onAlarm(): void {
    if (this.motor === 0) return;
    const now = this.sim.now;
    if (this.overSince >= 0 && now >= this.overSince + STALL_TRIP_MS) {
      this.settle();
      const atEnd = this.pos <= SENSOR_TOLERANCE || this.pos >= BOLT_STROKE - SENSOR_TOLERANCE;
      this.halt(atEnd && !this.pushed ? 'end' : 'stall');
      this.listener?.motorTripped();
      return;
    }
    this.settle();
    // Snap to the boundary reached, free of rounding.
    const boltDir = this.speed > 0 ? 1 : -1;
    if (boltDir > 0 && Math.abs(this.pos - STRIKE_ENTRY_POS) < 2) this.pos = STRIKE_ENTRY_POS;
    if (boltDir < 0 && Math.abs(this.pos - STRIKE_ENTRY_POS) < 2 && !this.door.open) this.pos = STRIKE_ENTRY_POS;
    this.startSegment();
  }

  private halt(kind: StopKind): void {
    this.motor = 0;
    this.speed = 0;
    this.currentMa = 0;
    this.overSince = -1;
    this.pushed = false;
    this.lastStop = kind;
    this.alarm.cancel();
    this.battery.setLoad('motor', 0, this.sim.now);
    if (this.trace.enabled) this.trace.push(this.sim.now, 'bolt', { stopped: this.state() });
    if (this.haltWatcher !== null) this.haltWatcher(this.state());
  }

  snapshot(): MotorBoltSnapshot {
    return this.snapshotInto({ pos: 0, motor: 0, limitMa: 0, segT: 0, speed: 0, currentMa: 0, overSince: -1, pushed: false, lastStop: 'none' });
  }

  /** snapshot() written into `out` (the model checker reuses one object). */
  snapshotInto(out: MotorBoltSnapshot): MotorBoltSnapshot {
    out.pos = this.pos;
    out.motor = this.motor;
    out.limitMa = this.limitMa;
    out.segT = this.segT;
    out.speed = this.speed;
    out.currentMa = this.currentMa;
    out.overSince = this.overSince;
    out.pushed = this.pushed;
    out.lastStop = this.lastStop;
    return out;
  }

  restore(s: MotorBoltSnapshot): void {
    this.pos = s.pos;
    this.motor = s.motor;
    this.limitMa = s.limitMa;
    this.segT = s.segT;
    this.speed = s.speed;
    this.currentMa = s.currentMa;
    this.overSince = s.overSince;
    this.pushed = s.pushed;
    this.lastStop = s.lastStop;
  }
}
