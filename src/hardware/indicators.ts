// The status LED / keypad light and the beeper (product-facts K3, M4, M14). They show what the
// firmware commands, draw current from the pack while active, and record each pattern in the
// trace as one entry — "red ×15 with 15 beeps" — rather than one entry per flash.

import type { Sim, Alarm, AlarmOwner } from '../sim/kernel.ts';
import type { Trace } from '../sim/trace.ts';
import type { BatteryPack } from './battery.ts';

export const LED_CURRENT_MA = 10; // assumed
export const BEEPER_CURRENT_MA = 25; // assumed
export const BEEP_MS = 100; // assumed: a short beep
export const LONG_BEEP_MS = 600; // assumed: "one long beep"
export const BEEP_GAP_MS = 100; // assumed

export const LIGHT_COLORS = ['red', 'green', 'amber', 'white'] as const;
export type LightColor = (typeof LIGHT_COLORS)[number];

export interface LightCommand {
  color: LightColor;
  /** Flashes alternate with this colour. */
  altColor?: LightColor;
  /** Number of flashes; 0 with solidMs for a solid light. */
  count: number;
  onMs: number;
  offMs: number;
  solidMs?: number;
}

export interface IndicatorsSnapshot {
  ledUntil: number;
  beepUntil: number;
  status: LightColor | null;
  statusPeriodMs: number;
}

export class Indicators implements AlarmOwner {
  private ledUntil = -1;
  private beepUntil = -1;
  /** The slow status blink (switch 1), or null when dark. */
  status: LightColor | null = null;
  private statusPeriodMs = 0;
  private readonly ledAlarm: Alarm;
  private readonly beepAlarm: Alarm;

  constructor(
    private readonly sim: Sim,
    private readonly trace: Trace,
    private readonly battery: BatteryPack,
  ) {
    this.ledAlarm = sim.createAlarm('led', this);
    this.beepAlarm = sim.createAlarm('beeper', this);
  }

  onAlarm(alarm: Alarm): void {
    if (alarm === this.ledAlarm) this.ledOff();
    else this.beeperOff();
  }

  light(cmd: LightCommand): void {
    const duration = cmd.count === 0 ? (cmd.solidMs ?? 0) : cmd.count * (cmd.onMs + cmd.offMs);
    if (this.trace.enabled) {
      const entry = cmd.count === 0 ? { color: cmd.color, solidMs: cmd.solidMs } : cmd.altColor ? { color: cmd.color, alt: cmd.altColor, flashes: cmd.count } : { color: cmd.color, flashes: cmd.count };
      this.trace.push(this.sim.now, 'led', entry);
    }
    this.battery.setLoad('led', LED_CURRENT_MA, this.sim.now);
    this.ledUntil = this.sim.now + duration;
    this.ledAlarm.scheduleAt(this.ledUntil);
  }

  beep(count: number, long: boolean): void {
    if (count <= 0) return;
    if (this.trace.enabled) this.trace.push(this.sim.now, 'beep', long ? { count, long } : { count });
    this.battery.setLoad('beeper', BEEPER_CURRENT_MA, this.sim.now);
    this.beepUntil = this.sim.now + count * ((long ? LONG_BEEP_MS : BEEP_MS) + BEEP_GAP_MS);
    this.beepAlarm.scheduleAt(this.beepUntil);
  }

  /** The status blink every `periodMs` (product-facts K3: green unlocked, amber locked, red low battery). */
  setStatus(color: LightColor | null, periodMs: number): void {
    if (color === this.status && periodMs === this.statusPeriodMs) return;
    this.status = color;
    this.statusPeriodMs = periodMs;
    this.trace.push(this.sim.now, 'led', { status: color, everyMs: color === null ? 0 : periodMs });
  }

  /** How often the status blink comes (ms), 0 when dark. */
  get statusEveryMs(): number {
    return this.statusPeriodMs;
  }

  /** Whether a light pattern is showing now. */
  get lit(): boolean {
    return this.ledUntil > this.sim.now;
  }

  powerLost(): void {
    this.ledOff();
    this.beeperOff();
    this.setStatus(null, 0);
  }

  private ledOff(): void {
    this.ledUntil = -1;
    this.ledAlarm.cancel();
    this.battery.setLoad('led', 0, this.sim.now);
  }

  private beeperOff(): void {
    this.beepUntil = -1;
    this.beepAlarm.cancel();
    this.battery.setLoad('beeper', 0, this.sim.now);
  }

  snapshot(): IndicatorsSnapshot {
    return this.snapshotInto({ ledUntil: -1, beepUntil: -1, status: null, statusPeriodMs: 0 });
  }

  /** snapshot() written into `out` (the model checker reuses one object). */
  snapshotInto(out: IndicatorsSnapshot): IndicatorsSnapshot {
    out.ledUntil = this.ledUntil;
    out.beepUntil = this.beepUntil;
    out.status = this.status;
    out.statusPeriodMs = this.statusPeriodMs;
    return out;
  }

  restore(s: IndicatorsSnapshot): void {
    this.ledUntil = s.ledUntil;
    this.beepUntil = s.beepUntil;
    this.status = s.status;
    this.statusPeriodMs = s.statusPeriodMs;
  }
}
