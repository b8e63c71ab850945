// Playing a scenario on the page (issue "The browser twin"), with the steps owning virtual
// time — the same trace as `lockstep run` (src/scenario/stepper.ts):
// - at the page clock's pace: the clock's time (1×, 10×, a 30 s jump) is fed to the run instead
//   of the twin; a `wait: 30s` takes 30 s at 1× and 3 s at 10×, run in pieces frame by frame so
//   the LED flashes and the bolt moves as they would, and each press takes its own time;
// - quickly: one step every QUICK_STEP_MS of real time, waits jumped.

import type { ScenarioStepper, StepReport } from '../../src/scenario/stepper.ts';
import { MAX_FRAME_MS } from './clock.ts';

export const QUICK_STEP_MS = 150; // real time between steps when playing quickly
export type Pace = 'clock' | 'quick';

/** Told after each finished step, or each piece of a wait (`report` null). */
export type Stepped = (report: StepReport | null) => void;

/** The page clock's time, fed to a run: waits take it up, other steps run while it lasts. */
export class ClockPace {
  /** Virtual ms given and not yet taken up; negative when a step ran past it. */
  private budget = 0;

  constructor(private readonly run: ScenarioStepper) {}

  feed(ms: number, stepped: Stepped): void {
    this.budget += ms;
    const twin = this.run.twin;
    while (!this.run.done && this.budget > 0) {
      const next = this.run.nextStep!;
      const before = twin.sim.now;
      const report = next.do === 'wait' ? this.run.stepWithin(this.budget) : this.run.step();
      this.budget -= twin.sim.now - before;
      stepped(report);
      if (!report) return; // the wait goes on with the next frame's time
    }
    if (this.run.done) this.budget = 0; // time left over is not the scenario's: the twin stays at its end
  }
}

/** Quick play: a step every QUICK_STEP_MS of real time, on animation frames. */
export class QuickPlayer {
  private frame = 0;
  private last = -1;
  private real = 0;

  /** `step` is handed the run's next step to take, so that it can catch what the step throws (a
   * step refused on the lock as it stands) and stop the player. */
  constructor(
    private readonly run: ScenarioStepper,
    private readonly step: (next: () => StepReport | null) => void,
    private readonly stopped: () => void,
  ) {}

  get playing(): boolean {
    return this.frame !== 0;
  }

  start(): void {
    if (this.playing || this.run.done) return;
    this.last = -1;
    this.real = 0;
    this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  stop(): void {
    if (!this.playing) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.stopped();
  }

  private tick(now: number): void {
    this.real += this.last < 0 ? 0 : Math.min(now - this.last, MAX_FRAME_MS);
    this.last = now;
    if (this.real >= QUICK_STEP_MS) {
      this.real = 0;
      this.step(() => this.run.step());
      if (!this.playing) return; // stopped by what the step did (a step refused)
    }
    if (this.run.done) {
      this.frame = 0;
      this.stopped();
      return;
    }
    this.frame = requestAnimationFrame((t) => this.tick(t));
  }
}
