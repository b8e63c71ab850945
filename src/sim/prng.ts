// The seeded pseudo-random generator: sfc32, four 32-bit words of state, so a sub-stream can be
// snapshotted as four numbers. One generator per part, each forked from the twin's seed and the
// part's name (design/architecture.md "sim/": one seeded PRNG with a sub-stream per part).
// Never the platform's random source: a run must replay from its seed.
// The words are kept as signed 32-bit integers (`| 0`): the same bits as the algorithm's
// unsigned words, but V8 computes with them as machine integers rather than doubles, which makes
// a draw several times cheaper. getState() gives the words in their snapshot form, unchanged:
// `a` signed (it is an XOR), `b`, `c` and `d` unsigned.

const WARM_UP_ROUNDS = 12;

/** 32-bit string hash (FNV-1a), used to derive sub-stream seeds from part names. */
export function hashString32(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const LOW_16_BITS = 0xffff;
const TWO_TO_16 = 0x10000;
/** Above this modulus modUint32() falls back to `%` (its integer form would overflow 31 bits). */
const MAX_SMALL_MODULUS = 0x8000;

/**
 * `x % n` for the 32 bits of `x` read as an unsigned integer (`x` may be given in either its
 * signed or unsigned form), computed on 16-bit halves so that every intermediate is a small
 * integer: a uint32 above 2^31 is a double to V8, and `%` on doubles is a slow fmod call.
 * Exact: x = hi·2^16 + lo, so x ≡ hi·(2^16 mod n) + lo (mod n).
 */
export function modUint32(x: number, n: number): number {
  if (n > MAX_SMALL_MODULUS) return (x >>> 0) % n;
  return ((x >>> 16) * (TWO_TO_16 % n) + (x & LOW_16_BITS)) % n;
}

export type PrngState = [number, number, number, number];

export class Prng {
  // Signed 32-bit views of sfc32's four unsigned words (initialised as numbers, so that V8 gives
  // the fields a numeric representation from the start).
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, stream = '') {
    const s = seed >>> 0;
    this.a = hashString32(stream, 0x9e3779b9 ^ s) | 0;
    this.b = hashString32(stream, 0x243f6a88 + s) | 0;
    this.c = hashString32(stream, 0xb7e15162 ^ Math.imul(s, 3)) | 0;
    this.d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i++) this.nextInt32();
  }

  /** A generator for a named part, independent of every other part's. */
  static forPart(seed: number, part: string): Prng {
    return new Prng(seed, part);
  }

  /** The next draw as a signed 32-bit integer: the same bits as nextUint32(), but always a small
   * integer to V8 (an unsigned draw above 2^31 is a double, boxed when it is returned). */
  nextInt32(): number {
    // `| 0` on each load: the optimiser then adds and shifts 32-bit integers.
    const a = this.a | 0;
    const b = this.b | 0;
    const c = this.c | 0;
    const d = this.d | 0;
    const t = (a + b + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t;
  }

  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return modUint32(this.nextInt32(), n);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  getState(): PrngState {
    return [this.a, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }

  setState(s: PrngState): void {
    this.a = s[0] | 0;
    this.b = s[1] | 0;
    this.c = s[2] | 0;
    this.d = s[3] | 0;
  }
}
