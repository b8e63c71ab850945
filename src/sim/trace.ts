// The trace: an append-only record of everything observable, as (t, channel, value).
// "The LED flashed red 15 times" is a query over it (design/architecture.md "sim/").
// Recording can be switched off for speed; observable state is then read from the parts.
// `since(mark)` gives what was recorded after a mark taken as `length` (README "Use it from
// code"); a mark that is no count of entries is a RangeError naming it, never read from the end
// as Array.slice reads a negative one.

import { shown } from '../printable.ts';

export type TraceChannel =
  | 'input' // what a person did: key presses, battery, door, waits
  | 'led' // status LED / keypad light patterns
  | 'beep' // beeper
  | 'bolt' // bolt movement and stops
  | 'power' // power-up, power loss, brown-out
  | 'mode' // the firmware's mode changes
  | 'event'; // rich events: lock/unlock with source and slot, code changes, alarms

/** An entry of any trace; a twin's names the value each channel holds (twin/trace-entry.ts). */
export interface TraceEntry {
  t: number;
  ch: TraceChannel;
  v: unknown;
}

/** The value a trace of entries `E` holds on channel `C`. */
export type TraceValue<E extends TraceEntry, C extends TraceChannel> = (E & { ch: C })['v'];

export class Trace<E extends TraceEntry = TraceEntry> {
  readonly entries: E[] = [];

  constructor(public enabled = true) {}

  push<C extends E['ch']>(t: number, ch: C, v: TraceValue<E, C>): void {
    if (this.enabled) this.entries.push({ t, ch, v } as E);
  }

  get length(): number {
    return this.entries.length;
  }

  /** The entries recorded since `mark`, a count of entries taken as `length` before; a
   * RangeError when it is none (negative, fractional, not a number). */
  since(mark: number): E[] {
    if (!Number.isInteger(mark) || mark < 0) throw new RangeError(`trace.since: the mark ${shown(mark)} is no count of entries (a whole number from 0 up, as trace.length gives)`);
    return this.entries.slice(mark);
  }
}

/** cyrb53-style 53-bit hash of the trace's canonical JSON lines: equal traces, equal hashes. */
export function hashTrace(entries: readonly TraceEntry[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const e of entries) {
    const line = JSON.stringify(e) + '\n';
    for (let i = 0; i < line.length; i++) {
      const ch = line.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}
