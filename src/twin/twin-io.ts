// The firmware's view of the twin's hardware: the microcontroller's pins and peripherals.
// A class rather than an object of closures, so an idle twin stays small.

import type { FirmwareIO, LockEvent } from '../firmware/io.ts';
import type { LightCommand } from '../hardware/indicators.ts';
import type { BoltSensor, MotorDir } from '../hardware/motor-bolt.ts';
import type { ButtonKey } from '../hardware/buttons.ts';
import type { Twin } from './twin.ts';
import type { Prng } from '../sim/prng.ts';
import type { FwMode } from '../firmware/state.ts';

const DECIMAL_DIGITS = 10;

export class TwinIO implements FirmwareIO {
  constructor(
    private readonly twin: Twin,
    /** The microcontroller's random source (SecureScreen's digits): the twin's seeded 'screen' stream. */
    private readonly random: Prng,
  ) {}

  now(): number {
    return this.twin.sim.now;
  }
  isHeld(key: ButtonKey): boolean {
    return this.twin.buttons.reachesFirmware(key);
  }
  exteriorConnected(): boolean {
    return this.twin.buttons.exteriorLinked;
  }
  light(cmd: LightCommand): void {
    this.twin.indicators.light(cmd);
  }
  beep(count: number, long: boolean): void {
    this.twin.indicators.beep(count, long);
  }
  setStatus(color: 'red' | 'green' | 'amber' | null, periodMs: number): void {
    this.twin.indicators.setStatus(color, periodMs);
  }
  motor(dir: MotorDir, limitMa: number): void {
    this.twin.bolt.drive(dir, limitMa);
  }
  motorStop(): void {
    this.twin.bolt.stop();
  }
  boltSensor(): BoltSensor {
    return this.twin.bolt.sensor();
  }
  batteryVolts(): number {
    this.twin.battery.account(this.twin.sim.now);
    return this.twin.battery.loadedVolts();
  }
  switchOn(n: 1 | 2 | 3 | 4): boolean {
    return this.twin.switches[n - 1];
  }
  randomDigit(): number {
    return this.random.int(DECIMAL_DIGITS);
  }
  nvmRead(offset: number, length: number): Uint8Array {
    return this.twin.eeprom.read(offset, length);
  }
  nvmWrite(offset: number, data: Uint8Array): void {
    this.twin.eeprom.write(offset, data);
  }
  nvmBusy(): boolean {
    return this.twin.eeprom.busy;
  }
  emit(event: LockEvent): void {
    if (this.twin.trace.enabled) this.twin.trace.push(this.twin.sim.now, 'event', event);
  }
  mode(mode: FwMode): void {
    if (this.twin.trace.enabled) this.twin.trace.push(this.twin.sim.now, 'mode', mode);
  }
}
