/**
 * Idle-twin memory: the job of this file is to measure what one idle SmartCode 913 twin
 * (trace off, freshly created, never driven) keeps alive, over many twins.
 *
 *  - heap bytes per twin: measureHeapPerItem from ./harness.ts (gc, heapUsed, create, gc,
 *    heapUsed), creating Twin.create('smartcode-913', { seed: i, trace: false });
 *  - ArrayBuffer bytes per twin, separately: process.memoryUsage().arrayBuffers before and after
 *    (after a gc, twins still alive). The EEPROM image lives in a Uint8Array whose backing
 *    store is outside the JS heap, so heapUsed does not include it.
 * The twins are also held in a side array pre-sized before the baseline reading, so they stay
 * alive for the ArrayBuffer reading without charging any slots to the heap figure. Needs
 * --expose-gc (`npm run bench` passes it).
 */
import { Twin } from '../src/twin/twin.ts';
import { measureHeapPerItem } from './harness.ts';
import { TWIN_MODEL } from './twin-keypad.ts';

export interface IdleHeapResult {
  count: number;
  heapBytesPerTwin: number;
  arrayBufferBytesPerTwin: number;
  createMsPerTwin: number;
  totalMs: number;
}

function collect(): void {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') throw new Error('idle-heap needs --expose-gc (run `npm run bench`)');
  gc();
  gc();
}

export function measureIdleTwins(count: number): IdleHeapResult {
  const keep: unknown[] = new Array<unknown>(count).fill(0);
  collect();
  const abBefore = process.memoryUsage().arrayBuffers;
  let seed = 0;
  let createNs = 0n;
  const start = process.hrtime.bigint();
  const heap = measureHeapPerItem('idle twin', count, () => {
    const t0 = process.hrtime.bigint();
    const twin = Twin.create(TWIN_MODEL, { seed, trace: false });
    createNs += process.hrtime.bigint() - t0;
    keep[seed++] = twin;
    return twin;
  });
  collect();
  const abAfter = process.memoryUsage().arrayBuffers;
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (keep.length !== count || seed !== count) throw new Error('idle-heap: twins not all kept alive');
  return {
    count,
    heapBytesPerTwin: heap.bytesPerItem,
    arrayBufferBytesPerTwin: (abAfter - abBefore) / count,
    createMsPerTwin: Number(createNs) / 1e6 / count,
    totalMs,
  };
}
