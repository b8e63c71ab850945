// The seeded pseudo-random generator: sfc32, four 32-bit words of state, so a sub-stream can be
// snapshotted as four numbers. One generator per part, each forked from the twin's seed and the
// part's name (design/architecture.md "sim/": one seeded PRNG with a sub-stream per part).
// Never the platform's random source: a run must replay from its seed.

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

export type PrngState = [number, number, number, number];

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = '') {
    const s = seed >>> 0;
    this.a = hashString32(stream, 0x9e3779b9 ^ s);
    this.b = hashString32(stream, 0x243f6a88 + s);
    this.c = hashString32(stream, 0xb7e15162 ^ Math.imul(s, 3));
    this.d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i++) this.nextUint32();
  }

  /** A generator for a named part, independent of every other part's. */
  static forPart(seed: number, part: string): Prng {
    return new Prng(seed, part);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return this.nextUint32() % n;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  getState(): PrngState {
    return [this.a, this.b, this.c, this.d];
  }

  setState(s: PrngState): void {
    [this.a, this.b, this.c, this.d] = s;
  }
}
