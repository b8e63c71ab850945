// A streaming 53-bit hash (cyrb53-style, two 32-bit lanes) for the model checker's visited set
// (design/architecture.md "firmware/": the state is hashed cheaply — the checker depends on it).
// The checker stores only these numbers, never the states' keys: with n states the chance of
// any collision is about n² / 2⁵⁴ (≈ 6·10⁻⁵ for a million states); a collision could only hide
// states, never invent a violation, and every counterexample is re-run before it is reported.

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

  /** Another hash's 53-bit digest. */
  digest53(d: number): this {
    const lo = d % 0x4000000;
    return this.num(lo).num((d - lo) / 0x4000000);
  }

  bool(b: boolean): this {
    this.mix(b ? 1 : 2);
    return this;
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
