// Buttons: the exterior keypad (digits and the Lock button) and the interior Program / Reset
// buttons. A press closes the contact only if it is firm enough for the model's keypad (seed
// S14: a light tap can go unregistered). A contact bounces a few times within BOUNCE_WINDOW_MS
// as it closes or opens, drawn from the part's own PRNG stream. The firmware debounces by
// waiting until the contact has been quiet for its debounce time, so a burst of bounce is
// delivered as one edge carrying the time of its last transition: the firmware's reaction to
// each bounce inside a burst is only to restart that same wait. The time of the last keypad
// contact edge is kept for the keypad backlight (hardware/backlight.ts, assumed behaviour).
// The exterior keypad reaches the interior electronics through a cable: unplugged, its contacts
// still close under a finger but no edge of theirs reaches the firmware, and the firmware reads
// them open (product-facts M5, M6: "Interior assembly is disconnected from exterior").

import type { Sim } from '../sim/kernel.ts';
import type { Prng } from '../sim/prng.ts';

/**
 * The bounce figures as a const enum: the compiler writes their values into the code that uses
 * them, so bounceCount() and bounceEnd() take remainders by literals, which compile to a
 * multiply. A module-level const is a variable to the optimiser, and a remainder by a variable
 * is a hardware divide: on the keypad benchmark that alone was a tenth of a key press.
 */
const enum Bounce {
  /** Assumed: contact bounce settles within a few ms. */
  WindowMs = 4,
  MaxBounces = 2,
  /** 2^16 mod (MaxBounces + 1), for bounceCount's split of a 32-bit draw into 16-bit halves. */
  HighHalfWeight = 0x10000 % (MaxBounces + 1),
}
export const BOUNCE_WINDOW_MS: number = Bounce.WindowMs;
export const MAX_BOUNCES: number = Bounce.MaxBounces;
export const FIRM_PRESS_N = 6; // assumed force of a deliberate press
export const LIGHT_TAP_N = 2.5; // assumed force of a light tap

export type ButtonKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'lock' | 'program' | 'reset';
export const BUTTON_KEYS: readonly ButtonKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'lock', 'program', 'reset'];

/** The exterior keypad's bits: digits 0–9 and Lock (keyBit). */
export const KEYPAD_MASK = (1 << 11) - 1;
/** Every key's bit. */
const ALL_KEYS_MASK = (1 << 13) - 1;

/** The keys whose contacts reach the firmware: every key, or the interior ones alone while the
 * exterior assembly's cable is unplugged. */
export function reachingKeys(exteriorLinked: boolean): number {
  return exteriorLinked ? ALL_KEYS_MASK : ALL_KEYS_MASK & ~KEYPAD_MASK;
}

const CHAR_0 = 48;
const CHAR_9 = 57;

/** The key's bit: digits 0–9 are bits 0–9, then lock, program, reset (as BUTTON_KEYS). */
export function keyBit(key: ButtonKey): number {
  const c = key.charCodeAt(0);
  if (c >= CHAR_0 && c <= CHAR_9) return 1 << (c - CHAR_0);
  return key === 'lock' ? 1 << 10 : key === 'program' ? 1 << 11 : 1 << 12;
}

export interface ButtonsSnapshot {
  held: number;
  /** Absent in snapshots taken before the backlight was modelled: read as -1. */
  keypadEdgeAt?: number;
  /** false: the exterior assembly's cable is unplugged. Written only then; absent = plugged in. */
  exteriorLinked?: boolean;
}

export interface ButtonListener {
  /** A contact changed; it bounced until `quietFrom` (≥ now). */
  buttonEdge(key: ButtonKey, quietFrom: number): void;
}

export class Buttons {
  /** Contacts held closed now, one bit per key. */
  private held = 0;
  /** Virtual ms of the last keypad contact edge since the electronics last powered up, or -1. */
  private keypadEdge = -1;
  /** The keys whose contacts reach the firmware: all, or the interior ones while the exterior is unplugged. */
  private reach = ALL_KEYS_MASK;
  listener: ButtonListener | null = null;

  constructor(
    private readonly sim: Sim,
    private readonly prng: Prng,
    private readonly minForceN: number,
  ) {}

  /** The key's contact is held closed (whether or not it reaches the firmware). */
  isHeld(key: ButtonKey): boolean {
    return (this.held & keyBit(key)) !== 0;
  }

  /** The key's contact is held closed and reaches the firmware: what the firmware reads. */
  reachesFirmware(key: ButtonKey): boolean {
    return (this.held & this.reach & keyBit(key)) !== 0;
  }

  /** The exterior assembly's cable is plugged in. */
  get exteriorLinked(): boolean {
    return this.reach === ALL_KEYS_MASK;
  }

  /**
   * Plug the exterior assembly's cable in or pull it: a keypad key held meanwhile changes level at
   * the firmware's pin, an edge with no bounce (the contact itself does not move).
   */
  setExteriorLinked(linked: boolean): void {
    if (linked === this.exteriorLinked) return;
    this.reach = reachingKeys(linked);
    const changed = this.held & KEYPAD_MASK;
    for (let i = 0; i < BUTTON_KEYS.length; i++) if ((changed & (1 << i)) !== 0) this.listener?.buttonEdge(BUTTON_KEYS[i], this.sim.now);
  }

  /** A finger comes down. Returns whether the contact closed. */
  down(key: ButtonKey, forceN = FIRM_PRESS_N): boolean {
    const bit = keyBit(key);
    if (forceN < this.minForceN || (this.held & bit) !== 0) return false;
    this.held |= bit;
    if ((bit & KEYPAD_MASK) !== 0) this.keypadEdge = this.sim.now;
    const quietFrom = this.bounceEnd(); // drawn whether or not it reaches the firmware: the same stream either way
    if ((bit & this.reach) !== 0) this.listener?.buttonEdge(key, quietFrom);
    return true;
  }

  up(key: ButtonKey): void {
    const bit = keyBit(key);
    if ((this.held & bit) === 0) return;
    this.held &= ~bit;
    if ((bit & KEYPAD_MASK) !== 0) this.keypadEdge = this.sim.now;
    const quietFrom = this.bounceEnd();
    if ((bit & this.reach) !== 0) this.listener?.buttonEdge(key, quietFrom);
  }

  /** When a keypad contact last closed or opened since the electronics powered up, or -1. */
  get keypadEdgeAt(): number {
    return this.keypadEdge;
  }

  /** A keypad key (digit or Lock) is held closed. */
  get keypadHeld(): boolean {
    return (this.held & KEYPAD_MASK) !== 0;
  }

  /** The electronics powered up: touches made while they were off woke nothing. */
  poweredUp(): void {
    this.keypadEdge = -1;
  }

  /**
   * When the contact stops bouncing: now if it did not bounce, else 1 + (draw >>> 8) mod
   * BOUNCE_WINDOW_MS ms later. Written without a branch on the bounce count: the count is random,
   * so such a branch is mispredicted about a third of the time, and on the keypad benchmark that
   * cost 5 ns a key press. (0 - count) >> 31 is all ones when the count is above 0 and 0 when it is
   * 0 (a count is below 2^31), a mask that keeps or drops the delay.
   */
  private bounceEnd(): number {
    const draw = this.prng.nextInt32(); // its bits, read unsigned, as >>> does
    const bouncedMask = (0 - bounceCount(draw)) >> 31;
    return this.sim.now + (bouncedMask & (1 + ((draw >>> 8) % Bounce.WindowMs)));
  }

  snapshot(): ButtonsSnapshot {
    return this.exteriorLinked ? { held: this.held, keypadEdgeAt: this.keypadEdge } : { held: this.held, keypadEdgeAt: this.keypadEdge, exteriorLinked: false };
  }

  /** snapshot().held: the contacts held closed, one bit per key (keyBit). */
  get heldMask(): number {
    return this.held;
  }

  restore(s: ButtonsSnapshot): void {
    this.held = s.held;
    this.keypadEdge = s.keypadEdgeAt ?? -1;
    this.reach = reachingKeys(s.exteriorLinked !== false);
  }
}

/**
 * How many times a contact bounces (0..MAX_BOUNCES) for a PRNG draw: the draw's 32 bits, read
 * unsigned, modulo MAX_BOUNCES + 1 — the same as modUint32(draw, MAX_BOUNCES + 1) (sim/prng.ts),
 * written out here so that the modulus is a literal (see Bounce).
 */
export function bounceCount(draw: number): number {
  return ((draw >>> 16) * Bounce.HighHalfWeight + (draw & 0xffff)) % (Bounce.MaxBounces + 1);
}
