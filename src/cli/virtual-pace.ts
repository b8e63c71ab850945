// Real time to virtual time at a speed that need not be whole: the twin's clock moves in whole
// milliseconds (sim/kernel.ts refuses a fraction), so each tick advances the whole part of what
// is owed and carries the rest to the next — `--speed 2.3` runs 2.3× on average, exactly, and a
// speed below 0.01 still moves time, one millisecond now and then.

/** The fastest virtual time runs, `practice-reset --speed 1000` or the REPL's `speed 1000`: a 30 s
 * hold in 30 ms of real time — faster shows nothing more, and a finite but huge speed would run
 * the lock's clock to its end within seconds. */
export const MAX_SPEED = 1_000;

export class VirtualPace {
  /** Virtual time owed but not yet advanced: under one millisecond. */
  private owedMs = 0;

  constructor(private readonly speed: number) {}

  /** The whole virtual milliseconds to advance for `realMs` of real time. */
  next(realMs: number): number {
    this.owedMs += realMs * this.speed;
    const whole = Math.floor(this.owedMs);
    this.owedMs -= whole;
    return whole;
  }
}
