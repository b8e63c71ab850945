// The explorer's visited set: the 53-bit state hashes (state-hash.ts) in an open-addressing
// table of two 32-bit words per key. A Set<number> holds such keys as boxed doubles (most are
// above 2³¹), one heap object per state for the garbage collector to trace; here a state costs
// 8 bytes of flat memory. Membership is exactly that of a Set<number> over the same keys.

/** Slots in a fresh table (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Grow when more than this share of the slots is taken (linear probing stays short). */
const MAX_LOAD = 0.5;
const TWO_POW_32 = 0x1_0000_0000;
/** Spreads the key's words over the table (a 32-bit odd multiplier, Knuth's golden ratio). */
const SPREAD = 0x9e3779b1;

export class VisitedSet {
  /** Low 32 bits of each key. */
  private lo = new Uint32Array(INITIAL_SLOTS);
  /** High 21 bits of each key, plus one: 0 marks an empty slot. */
  private hi = new Uint32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    const lo = key >>> 0;
    const hi = (key - lo) / TWO_POW_32 + 1;
    for (let i = slotOf(lo, hi, this.mask); ; i = (i + 1) & this.mask) {
      const h = this.hi[i];
      if (h === 0) return false;
      if (h === hi && this.lo[i] === lo) return true;
    }
  }

  /** Add a key (a whole number in 0 … 2⁵³ − 1); true when it was not there yet. */
  add(key: number): boolean {
    const lo = key >>> 0;
    const hi = (key - lo) / TWO_POW_32 + 1;
    if (!this.put(lo, hi)) return false;
    this.count++;
    if (this.count > this.lo.length * MAX_LOAD) this.grow();
    return true;
  }

  private put(lo: number, hi: number): boolean {
    for (let i = slotOf(lo, hi, this.mask); ; i = (i + 1) & this.mask) {
      const h = this.hi[i];
      if (h === 0) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        return true;
      }
      if (h === hi && this.lo[i] === lo) return false;
    }
  }

  private grow(): void {
    const oldLo = this.lo;
    const oldHi = this.hi;
    const slots = oldLo.length * 2;
    this.lo = new Uint32Array(slots);
    this.hi = new Uint32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < oldLo.length; i++) if (oldHi[i] !== 0) this.put(oldLo[i], oldHi[i]);
  }
}

function slotOf(lo: number, hi: number, mask: number): number {
  const x = Math.imul(lo ^ Math.imul(hi, SPREAD), SPREAD);
  return (x ^ (x >>> 15)) & mask;
}
