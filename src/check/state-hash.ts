// The model checker's 53-bit hashes (design/architecture.md "firmware/": the state is hashed
// cheaply — the checker depends on it): KeyWords, below, for a state's key (state-key.ts), and
// a streaming hash (cyrb53-style, two 32-bit lanes) for the parts hashed once and memoised, the
// NVM images. The visited set stores only these numbers, never the states' keys: with n states
// the chance of any collision is about n² / 2⁵⁴ (≈ 6·10⁻⁵ for a million states); a collision
// could only hide states, never invent a violation, and every counterexample is re-run before
// it is reported.

const LANE_1_SEED = 0xdeadbeef;
const LANE_2_SEED = 0x41c6ce57;
const MUL_1 = 2654435761;
const MUL_2 = 1597334677;
const SEPARATOR = 0x1f;

export class StateHasher {
  private h1 = LANE_1_SEED;
  private h2 = LANE_2_SEED;

  reset(): this {
    this.h1 = LANE_1_SEED;
    this.h2 = LANE_2_SEED;
    return this;
  }

  private mix(ch: number): void {
    this.h1 = Math.imul(this.h1 ^ ch, MUL_1);
    this.h2 = Math.imul(this.h2 ^ ch, MUL_2);
  }

  str(s: string): this {
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
    this.mix(SEPARATOR);
    return this;
  }

  /** A number (times, positions: may be fractional or negative). */
  num(n: number): this {
    if (Number.isInteger(n) && n >= -0x40000000 && n < 0x40000000) {
      this.mix(n & 0xffff);
      this.mix((n >>> 16) & 0xffff);
      this.mix(SEPARATOR);
      return this;
    }
    return this.str(String(n));
  }

  bytes(a: Uint8Array, from = 0, to = a.length): this {
    for (let i = from; i < to; i++) this.mix(a[i]);
    this.mix(SEPARATOR);
    return this;
  }

  digest(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

// ---- the state key proper: a list of numbers, hashed in one pass ---------------------------
// The checker writes each state's key as a fixed sequence of numbers (state-key.ts), so that a
// number needs no separator. Hashing, a whole number in the 32-bit range is one word, any other
// number NOT_A_WORD followed by the two words of its double (NOT_A_WORD is the high word of a
// NaN, which no state holds: no word sequence stands for two different lists of numbers; −0
// counts as 0). Words are mixed murmur3-style (the rotations carry high bits down, which
// multiplication alone does not), in two lanes, and finished as cyrb53 is.

/** Escape for a number that is not a 32-bit whole number. */
const NOT_A_WORD = 0x7ff80001;
const WORD_MUL_1 = 0xcc9e2d51;
const WORD_MUL_2 = 0x1b873593;
const LANE_1_ADD = 0xe6546b64;
const LANE_2_ADD = 0x52dce729;
const LANE_1_MUL = 5;
const LANE_2_MUL = 9;
const FINAL_MUL_1 = 2246822507;
const FINAL_MUL_2 = 3266489909;
/** Numbers a key starts with room for; it grows as needed. */
const INITIAL_NUMBERS = 128;

export class KeyWords {
  /** The key's numbers; a writer may append to it directly (`values[count++] = x`) after
   * reserve(). */
  values = new Float64Array(INITIAL_NUMBERS);
  count = 0;
  private readonly double = new Float64Array(1);
  private readonly halves = new Int32Array(this.double.buffer);

  reset(): this {
    this.count = 0;
    return this;
  }

  /** Make room for `more` numbers. */
  reserve(more: number): this {
    const need = this.count + more;
    if (need > this.values.length) {
      const grown = new Float64Array(Math.max(need, 2 * this.values.length));
      grown.set(this.values.subarray(0, this.count));
      this.values = grown;
    }
    return this;
  }

  /** Append a number (reserve() first). */
  num(x: number): this {
    this.values[this.count++] = x;
    return this;
  }

  bool(b: boolean): this {
    this.values[this.count++] = b ? 1 : 0;
    return this;
  }

  /** The 53-bit hash of the numbers so far. */
  digest(): number {
    const v = this.values;
    const n = this.count;
    let h1 = LANE_1_SEED;
    let h2 = LANE_2_SEED;
    let words = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      let w: number;
      if ((x | 0) === x) {
        w = x | 0;
      } else {
        // The escape, then the double's two words: three words in all.
        this.double[0] = x;
        h1 = lane1(h1, premix(NOT_A_WORD));
        h2 = lane2(h2, premix(NOT_A_WORD));
        h1 = lane1(h1, premix(this.halves[0]));
        h2 = lane2(h2, premix(this.halves[0]));
        w = this.halves[1];
        words += 2;
      }
      const k = premix(w);
      h1 = lane1(h1, k);
      h2 = lane2(h2, k);
      words++;
    }
    h1 ^= words;
    h2 ^= words;
    h1 = Math.imul(h1 ^ (h1 >>> 16), FINAL_MUL_1) ^ Math.imul(h2 ^ (h2 >>> 13), FINAL_MUL_2);
    h2 = Math.imul(h2 ^ (h2 >>> 16), FINAL_MUL_1) ^ Math.imul(h1 ^ (h1 >>> 13), FINAL_MUL_2);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

function premix(w: number): number {
  let k = Math.imul(w, WORD_MUL_1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, WORD_MUL_2);
}

function lane1(h: number, k: number): number {
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, LANE_1_MUL) + LANE_1_ADD) | 0;
}

function lane2(h: number, k: number): number {
  h ^= k;
  h = (h << 17) | (h >>> 15);
  return (Math.imul(h, LANE_2_MUL) + LANE_2_ADD) | 0;
}
