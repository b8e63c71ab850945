// A piecewise-linear curve y(x) through points with increasing x, flat beyond its ends: the
// battery's open-circuit voltage and internal resistance against state of charge. A lookup
// starts at the segment the last one used (the charge moves slowly, so it is nearly always the
// same one); the answer is the same number a search from the first point would give.

export class Curve {
  private readonly xs: number[];
  private readonly ys: number[];
  /** Index of the upper point of the segment the last lookup landed in (1..length-1). */
  private segment = 1;

  constructor(readonly points: ReadonlyArray<readonly [number, number]>) {
    this.xs = points.map((p) => p[0]);
    this.ys = points.map((p) => p[1]);
  }

  /** y at `x`: interpolated within the curve, its end values outside it. */
  at(x: number): number {
    const xs = this.xs;
    const ys = this.ys;
    if (x <= xs[0]) return ys[0];
    let i = this.segment;
    // The first point at or right of x is xs[i] exactly when x lies in (xs[i-1], xs[i]].
    if (!(x > xs[i - 1] && x <= xs[i])) {
      i = 1;
      while (i < xs.length && !(x <= xs[i])) i++;
      if (i === xs.length) return ys[xs.length - 1];
      this.segment = i;
    }
    return ys[i - 1] + ((ys[i] - ys[i - 1]) * (x - xs[i - 1])) / (xs[i] - xs[i - 1]);
  }
}
