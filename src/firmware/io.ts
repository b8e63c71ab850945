// What the firmware can touch: the pins and peripherals of the lock's microcontroller, as the
// hardware layer exposes them. No Node, no DOM, no wall clock (design/architecture.md).

import type { LightCommand } from '../hardware/indicators.ts';
import type { BoltSensor, MotorDir } from '../hardware/motor-bolt.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import type { EventSource, FwMode, Learned } from './state.ts';
import type { EventType } from './events.ts';
import type { EventWhy } from './event-why.ts';

export interface LockEvent {
  type: EventType;
  /** Who caused it: a bolt's mover, or the interior Program button (state.ts EVENT_SOURCES). */
  source?: EventSource;
  slot?: number;
  /** Why, in words for a person (they may change); an id where the firmware has one. */
  reason?: string;
  /** Why, as an id that does not change, on every event with a `reason` (event-why.ts). */
  why?: EventWhy;
  /** The door handing learned, on `handing-learned` (state.ts LEARNED). */
  handed?: Learned;
  /** The digits SecureScreen shows (secure-screen.ts). */
  digits?: string;
}

export interface FirmwareIO {
  now(): number;
  /** The key's contact as the firmware's pin reads it (open for keypad keys while the exterior is unplugged). */
  isHeld(key: ButtonKey): boolean;
  /** The exterior assembly's cable is plugged in (its sense line). */
  exteriorConnected(): boolean;
  light(cmd: LightCommand): void;
  beep(count: number, long: boolean): void;
  setStatus(color: 'red' | 'green' | 'amber' | null, periodMs: number): void;
  motor(dir: MotorDir, limitMa: number): void;
  motorStop(): void;
  boltSensor(): BoltSensor;
  /** The pack voltage the ADC reads now, under the present load. */
  batteryVolts(): number;
  switchOn(n: 1 | 2 | 3 | 4): boolean;
  /** A random digit 0–9 from the microcontroller's random source (the twin: its seeded 'screen' stream). */
  randomDigit(): number;
  nvmRead(offset: number, length: number): Uint8Array;
  nvmWrite(offset: number, data: Uint8Array): void;
  nvmBusy(): boolean;
  emit(event: LockEvent): void;
  mode(mode: FwMode): void;
}
