// Buttons: the exterior keypad (digits and the Lock button) and the interior Program / Reset
// buttons. A press closes the contact only if it is firm and long enough for the model's
// keypad (seed S14: a light tap can go unregistered); a closing contact bounces a few times
// within BOUNCE_WINDOW_MS, drawn from the part's own PRNG stream, and the firmware debounces.

import type { Sim, Alarm } from '../sim/kernel.ts';
import type { Prng } from '../sim/prng.ts';

export const BOUNCE_WINDOW_MS = 4; // assumed: contact bounce settles within a few ms
export const MAX_BOUNCES = 2;
export const FIRM_PRESS_N = 6; // assumed force of a deliberate press
export const LIGHT_TAP_N = 2.5; // assumed force of a light tap
const PENDING_CAPACITY = 16;

export type ButtonKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'lock' | 'program' | 'reset';
export const BUTTON_KEYS: readonly ButtonKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'lock', 'program', 'reset'];

export interface ButtonsSnapshot {
  held: ButtonKey[];
  pending: Array<[number, ButtonKey, boolean]>;
}

export class Buttons {
  /** Contacts held closed now. */
  private readonly held = new Set<ButtonKey>();
  /** Bounce edges still to deliver: (time, key, down). */
  private pending: Array<[number, ButtonKey, boolean]> = [];
  private readonly alarm: Alarm;
  onEdge: (key: ButtonKey, down: boolean) => void = () => {};

  constructor(
    private readonly sim: Sim,
    private readonly prng: Prng,
    private readonly minForceN: number,
  ) {
    this.alarm = sim.createAlarm('buttons', () => this.deliverDue());
  }

  isHeld(key: ButtonKey): boolean {
    return this.held.has(key);
  }

  /** A finger comes down. Returns whether the contact closed. */
  down(key: ButtonKey, forceN = FIRM_PRESS_N): boolean {
    if (forceN < this.minForceN || this.held.has(key)) return false;
    this.held.add(key);
    this.onEdge(key, true);
    this.scheduleBounce(key, true);
    return true;
  }

  up(key: ButtonKey): void {
    if (!this.held.delete(key)) return;
    this.onEdge(key, false);
    this.scheduleBounce(key, false);
  }

  /** Power loss does not lift a finger; nothing to do but drop undelivered bounce. */
  clearPending(): void {
    this.pending = [];
    this.alarm.cancel();
  }

  private scheduleBounce(key: ButtonKey, settledDown: boolean): void {
    const n = this.prng.int(MAX_BOUNCES + 1);
    for (let i = 0; i < n && this.pending.length < PENDING_CAPACITY - 1; i++) {
      const t = this.sim.now + 1 + this.prng.int(BOUNCE_WINDOW_MS - 1);
      this.pending.push([t, key, !settledDown], [t + 1, key, settledDown]);
    }
    if (this.pending.length > 0) this.alarm.scheduleAt(this.pending[0][0]);
  }

  private deliverDue(): void {
    const now = this.sim.now;
    this.pending.sort((a, b) => a[0] - b[0]);
    while (this.pending.length > 0 && this.pending[0][0] <= now) {
      const [, key, down] = this.pending.shift()!;
      this.onEdge(key, down);
    }
    if (this.pending.length > 0) this.alarm.scheduleAt(this.pending[0][0]);
  }

  snapshot(): ButtonsSnapshot {
    return { held: [...this.held], pending: this.pending.map((p) => [...p] as [number, ButtonKey, boolean]) };
  }

  restore(s: ButtonsSnapshot): void {
    this.held.clear();
    for (const k of s.held) this.held.add(k);
    this.pending = s.pending.map((p) => [...p] as [number, ButtonKey, boolean]);
  }
}
