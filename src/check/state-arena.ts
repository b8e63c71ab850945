// Where a machine's stored states live (state-record.ts): records of a fixed size in chunks of
// plain numbers. A stored state is its record's number; record 0 is scratch (the state a step
// reached, written in place) and record 1 the initial state, in a small chunk of their own.
// A breadth-first search needs only the states it has yet to expand, so it releases the chunks
// of the states expanded already; released chunks go to a pool shared by every machine in the
// process and are reused. Fresh memory is slow to touch for the first time (each page costs a
// fault) and the garbage collector never has to look inside a chunk: the checker's states
// cost neither once the pool holds enough chunks.

import type { MachineState, Numbers } from './state-record.ts';

/** Numbers per chunk (8 MB). */
const CHUNK_NUMBERS = 1 << 21;
/** Chunks the pool keeps for reuse at most; more are left to the garbage collector. */
const MAX_POOLED_CHUNKS = 32;
const POOL: Int32Array[] = [];

export const SCRATCH = 0 as MachineState;
export const INITIAL = 1 as MachineState;
/** Records in the chunk of the scratch and initial records. */
const RESERVED_RECORDS = 2;

export class StateArena {
  /** Records per chunk: a power of two, so that a record's chunk is a shift away. */
  private readonly shift: number;
  private readonly mask: number;
  private readonly chunks: (Int32Array | undefined)[];
  /** The first chunk not yet released. */
  private firstLive = 1;
  /** The number the next kept record gets (the first chunk after the reserved one). */
  private nextRecord: number;
  /** The scratch record as its own array, for copying. */
  private readonly scratch: Int32Array;

  constructor(readonly size: number) {
    let shift = 0;
    while ((2 << shift) * size <= CHUNK_NUMBERS) shift++;
    this.shift = shift;
    this.mask = (1 << shift) - 1;
    const reserved = new Int32Array(RESERVED_RECORDS * size);
    this.chunks = [reserved];
    this.scratch = reserved.subarray(0, size);
    this.nextRecord = 1 << shift;
  }

  /** The chunk holding a stored state's record. */
  data(st: MachineState): Numbers {
    return this.chunks[st >>> this.shift]!;
  }

  /** Where a stored state's record starts in its chunk. */
  offset(st: MachineState): number {
    return (st & this.mask) * this.size;
  }

  /** A copy of the scratch record, as a new stored state. */
  keep(): MachineState {
    const st = this.nextRecord++;
    const c = st >>> this.shift;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      chunk = POOL.pop() ?? new Int32Array(CHUNK_NUMBERS);
      this.chunks[c] = chunk;
    }
    chunk.set(this.scratch, (st & this.mask) * this.size);
    return st as MachineState;
  }

  /** A copy of the scratch record as the initial state. */
  keepInitial(): MachineState {
    this.chunks[0]!.copyWithin(this.size, 0, this.size);
    return INITIAL;
  }

  /** Every state kept before `st` is no longer needed (but the initial state): their chunks
   * are released, but for the one `st` is in. */
  releaseBefore(st: MachineState): void {
    const last = st >>> this.shift;
    for (; this.firstLive < last; this.firstLive++) release(this.chunks, this.firstLive);
  }

  /** The machine is done: every chunk but the reserved one goes back to the pool. */
  dispose(): void {
    for (let c = this.firstLive; c < this.chunks.length; c++) release(this.chunks, c);
    this.firstLive = this.chunks.length;
  }
}

function release(chunks: (Int32Array | undefined)[], c: number): void {
  const chunk = chunks[c];
  chunks[c] = undefined;
  if (chunk !== undefined && POOL.length < MAX_POOLED_CHUNKS) POOL.push(chunk);
}
