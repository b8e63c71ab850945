// The explorer's visited set: the 53-bit state hashes (state-hash.ts) in an open-addressing
// table of two 32-bit words per key. A Set<number> holds such keys as boxed doubles (most are
// above 2³¹), one heap object per state for the garbage collector to trace; here a state costs
// 8 bytes of flat memory. Membership is exactly that of a Set<number> over the same keys.
// A slot's two words sit side by side: most lookups find a key already there (two transitions
// in three reach a state seen before), and a table of a few megabytes is read at random, so
// both words come in one cache line rather than one from each of two arrays.

/** Slots in a fresh table (a power of two). */
const INITIAL_SLOTS = 1 << 12;
/** Grow when more than this share of the slots is taken (linear probing stays short). */
const MAX_LOAD = 0.5;
const TWO_POW_32 = 0x1_0000_0000;
/** Spreads the key's words over the table (a 32-bit odd multiplier, Knuth's golden ratio). */
const SPREAD = 0x9e3779b1;
/** Numbers per slot: the key's high word (plus one: 0 marks an empty slot), then its low word. */
const SLOT_WORDS = 2;
const HI = 0;
const LO = 1;

export class VisitedSet {
  /** The slots, SLOT_WORDS numbers each. */
  private table = new Uint32Array(INITIAL_SLOTS * SLOT_WORDS);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(key: number): boolean {
    const lo = key >>> 0;
    const hi = (key - lo) / TWO_POW_32 + 1;
    const t = this.table;
    for (let i = slotOf(lo, hi, this.mask); ; i = (i + 1) & this.mask) {
      const h = t[i * SLOT_WORDS + HI];
      if (h === 0) return false;
      if (h === hi && t[i * SLOT_WORDS + LO] === lo) return true;
    }
  }

  /** Add a key (a whole number in 0 … 2⁵³ − 1); true when it was not there yet. */
  add(key: number): boolean {
    const lo = key >>> 0;
    const hi = (key - lo) / TWO_POW_32 + 1;
    if (!this.put(lo, hi)) return false;
    this.count++;
    if (this.count > (this.mask + 1) * MAX_LOAD) this.grow();
    return true;
  }

  private put(lo: number, hi: number): boolean {
    const t = this.table;
    for (let i = slotOf(lo, hi, this.mask); ; i = (i + 1) & this.mask) {
      const h = t[i * SLOT_WORDS + HI];
      if (h === 0) {
        t[i * SLOT_WORDS + HI] = hi;
        t[i * SLOT_WORDS + LO] = lo;
        return true;
      }
      if (h === hi && t[i * SLOT_WORDS + LO] === lo) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    const slots = 2 * (this.mask + 1);
    this.table = new Uint32Array(slots * SLOT_WORDS);
    this.mask = slots - 1;
    for (let p = 0; p < old.length; p += SLOT_WORDS) if (old[p + HI] !== 0) this.put(old[p + LO], old[p + HI]);
  }
}

function slotOf(lo: number, hi: number, mask: number): number {
  const x = Math.imul(lo ^ Math.imul(hi, SPREAD), SPREAD);
  return (x ^ (x >>> 15)) & mask;
}
