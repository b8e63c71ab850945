// Non-volatile memory: a small serial EEPROM holding the code store. Contents survive a battery
// change; a write takes EEPROM_PAGE_WRITE_MS per page; a power cut mid-write leaves the pages
// already written, a torn page, and the rest as before (seed S5; architecture "EEPROM writes that
// take time and can be torn by a power cut"). The torn page holds a prefix of its new bytes over
// its old ones (tornPrefix): a serial EEPROM programs a page's bytes in order from its latch, so
// what a cut leaves is some new bytes and some old, each one valid on its own — the tear a
// decoder's field checks cannot see, only its CRC. The prefix's length is drawn from the
// EEPROM's own seeded sub-stream, so a run replays from its seed. A write made while the pack
// is below EEPROM_MIN_WRITE_VOLTS completes without complaint but stores some bits wrong — the
// classic low-voltage EEPROM failure, and the "low-battery event" of seed S5. Timings and the
// voltage are assumed from typical serial EEPROMs on a 4×AA supply.

import type { Sim, Alarm, AlarmOwner } from '../sim/kernel.ts';
import type { Prng } from '../sim/prng.ts';

export const EEPROM_PAGE_BYTES = 32;
export const EEPROM_PAGE_WRITE_MS = 5;
export const ERASED_BYTE = 0xff;
/** Pack voltage (under load) below which writes store wrong bits (assumed). */
export const EEPROM_MIN_WRITE_VOLTS = 4.55;
/** Bits flipped per page written below that voltage (assumed). */
export const LOW_VOLTAGE_FLIPS_PER_PAGE = 2;

/** How many of a torn page's `pageBytes` new bytes a cut lets land before it (the rest keep their
 * old value): at least one and at most all but one, so the page is neither untouched nor
 * written — a tear, drawn from the EEPROM's seeded sub-stream. A one-byte page cannot tear. */
export function tornPrefix(prng: Prng, pageBytes: number): number {
  return pageBytes < 2 ? 0 : 1 + prng.int(pageBytes - 1);
}

/** What the EEPROM needs to know of its supply. */
export interface SupplyProbe {
  loadedVolts(): number;
}

/** The name of the alarm that ends a write in flight. */
export const EEPROM_ALARM = 'eeprom';

export interface EepromSnapshot {
  bytes: string; // hex
  writing: null | { offset: number; data: string; startT: number };
  cutNextWrite: boolean;
}

function toHex(a: Uint8Array): string {
  let out = '';
  for (let i = 0; i < a.length; i++) out += a[i].toString(16).padStart(2, '0');
  return out;
}
/** Bytes from their hex text, as a snapshot holds the EEPROM image. */
export function fromHex(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export interface EepromListener {
  eepromWriteDone(): void;
  /** An injected fault cut the power mid-write. */
  eepromPowerCut(): void;
}

export class Eeprom implements AlarmOwner {
  /** The cells. Others read them; only this class writes them (preload, a write landing or torn,
   * a glitch, a restore), and it counts each change (changeCount), which the model checker
   * trusts to tell whether the content can have changed: a write from outside would go unseen. */
  readonly bytes: Uint8Array;
  private writing: null | { offset: number; data: Uint8Array; startT: number } = null;
  /** Fault injection: the next write loses power half-way. */
  cutNextWrite = false;
  /** How many times the content has changed (a write landed or was torn, a glitch, a restore):
   * equal counts mean equal content, which the model checker uses to skip comparing images. */
  private changes = 0;
  private readonly alarm: Alarm;
  listener: EepromListener | null = null;

  constructor(
    private readonly sim: Sim,
    private readonly prng: Prng,
    size: number,
    private readonly supply: SupplyProbe,
  ) {
    this.bytes = new Uint8Array(size).fill(ERASED_BYTE);
    this.alarm = sim.createAlarm(EEPROM_ALARM, this);
  }

  get busy(): boolean {
    return this.writing !== null;
  }

  /** Content put in at once, outside any write (the store of a lock programmed before the story
   * starts). */
  preload(data: Uint8Array, offset: number): void {
    this.bytes.set(data, offset);
    this.changes++;
  }

  read(offset: number, length: number): Uint8Array {
    return this.bytes.subarray(offset, offset + length);
  }

  /** Start a write; it lands after its page time. One write at a time. */
  write(offset: number, data: Uint8Array): void {
    if (this.writing) throw new Error('eeprom: write while busy');
    this.writing = { offset, data: data.slice(), startT: this.sim.now };
    const pages = Math.ceil(data.length / EEPROM_PAGE_BYTES);
    if (this.supply.loadedVolts() < EEPROM_MIN_WRITE_VOLTS) {
      const bytes = this.writing.data;
      for (let i = 0; i < pages * LOW_VOLTAGE_FLIPS_PER_PAGE; i++) bytes[this.prng.int(bytes.length)] ^= 1 << this.prng.int(8);
    }
    if (this.cutNextWrite) {
      this.cutNextWrite = false;
      this.alarm.schedule(Math.max(1, Math.floor((pages * EEPROM_PAGE_WRITE_MS) / 2)));
      this.cutPending = true;
      return;
    }
    this.alarm.schedule(pages * EEPROM_PAGE_WRITE_MS);
  }
  private cutPending = false;

  /** Power lost: whatever page was being written is torn. */
  powerLost(): void {
    const w = this.writing;
    if (!w) return;
    const elapsed = this.sim.now - w.startT;
    const pagesDone = Math.floor(elapsed / EEPROM_PAGE_WRITE_MS);
    const doneBytes = Math.min(w.data.length, pagesDone * EEPROM_PAGE_BYTES);
    this.bytes.set(w.data.subarray(0, doneBytes), w.offset);
    const tornEnd = Math.min(w.data.length, doneBytes + EEPROM_PAGE_BYTES);
    const prefixEnd = doneBytes + tornPrefix(this.prng, tornEnd - doneBytes);
    this.bytes.set(w.data.subarray(doneBytes, prefixEnd), w.offset + doneBytes);
    this.changes++;
    this.writing = null;
    this.cutPending = false;
    this.alarm.cancel();
  }

  /** A glitch flips bits across the memory (seed S5, "a firmware glitch"). */
  glitch(flipsPerRegion: number, regions: number): void {
    const regionSize = Math.floor(this.bytes.length / regions);
    for (let r = 0; r < regions; r++) {
      for (let i = 0; i < flipsPerRegion; i++) {
        const at = r * regionSize + this.prng.int(regionSize);
        this.bytes[at] ^= 1 << this.prng.int(8);
      }
    }
    this.changes++;
  }

  onAlarm(): void {
    if (this.cutPending) {
      this.listener?.eepromPowerCut();
      return;
    }
    const w = this.writing!;
    this.bytes.set(w.data, w.offset);
    this.changes++;
    this.writing = null;
    this.listener?.eepromWriteDone();
  }

  snapshot(): EepromSnapshot {
    return {
      bytes: toHex(this.bytes),
      writing: this.writing ? { offset: this.writing.offset, data: toHex(this.writing.data), startT: this.writing.startT } : null,
      cutNextWrite: this.cutArmed,
    };
  }

  restore(s: EepromSnapshot): void {
    const w = s.writing;
    this.restoreRaw(fromHex(s.bytes), w ? { offset: w.offset, data: fromHex(w.data), startT: w.startT } : null, s.cutNextWrite);
  }

  /** The write in flight, its data as bytes, or null: snapshot().writing without the hex (the
   * model checker's fast path; read only). */
  inFlight(): Readonly<RawWrite> | null {
    return this.writing;
  }

  /** snapshot().cutNextWrite: a power cut is armed for the next write or the one in flight. */
  get cutArmed(): boolean {
    return this.cutNextWrite || this.cutPending;
  }

  /** The content's change count (see `changes`). */
  get changeCount(): number {
    return this.changes;
  }

  /** restore() with the content and the write in flight's data as bytes (the model checker's
   * records), the data taken as they are (not copied):
   * a write's data is never changed once it is in flight. `bytes` null: the content is already
   * the one to restore (the caller knows it by changeCount), and is left untouched. */
  restoreRaw(bytes: Uint8Array | null, writing: Readonly<RawWrite> | null, cutNextWrite: boolean): void {
    if (bytes !== null) {
      this.bytes.set(bytes);
      this.changes++;
    }
    this.writing = writing ? { offset: writing.offset, data: writing.data, startT: writing.startT } : null;
    this.cutPending = writing !== null && cutNextWrite;
    this.cutNextWrite = writing === null && cutNextWrite;
  }
}

/** A write in flight: where, what, since when. */
export interface RawWrite {
  offset: number;
  data: Uint8Array;
  startT: number;
}
