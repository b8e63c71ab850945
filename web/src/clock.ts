// The virtual clock on screen: requestAnimationFrame turns real time into twin time at the chosen
// rate (1×, 10×), or not at all when paused; "jump 30 s" moves the twin on at once. The twin's
// own kernel owns time (design/architecture.md "sim/"); the page only says how much passes.
// Seed S8: the full 30 s Program hold is done for real, at 10× in 3 s.

export const RATES = [1, 10] as const;
export type Rate = (typeof RATES)[number];
export const JUMP_MS = 30_000;
/** A frame longer than this (a background tab, a debugger pause) counts as this long. */
export const MAX_FRAME_MS = 250;

export class Clock {
  rate: Rate = 1;
  paused = false;
  private last = -1;
  private carry = 0;

  constructor(
    private readonly advance: (ms: number) => void,
    private readonly frame: () => void,
  ) {}

  start(): void {
    const tick = (now: number) => {
      if (this.last >= 0 && !this.paused) {
        this.carry += Math.min(now - this.last, MAX_FRAME_MS) * this.rate;
        const whole = Math.floor(this.carry);
        this.carry -= whole;
        if (whole > 0) this.advance(whole);
      }
      this.last = now;
      this.frame();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  jump(ms = JUMP_MS): void {
    this.advance(ms);
    this.frame();
  }
}

/** "1:02.345" — minutes, seconds and milliseconds of virtual time. */
export function formatClock(ms: number): string {
  const total = Math.floor(ms);
  const min = Math.floor(total / 60_000);
  const s = ((total % 60_000) / 1000).toFixed(1).padStart(4, '0');
  return `${min}:${s}`;
}
