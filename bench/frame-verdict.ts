/**
 * The browser bench's "within one frame" verdict for a key press (section 7b, ./web-bench.ts):
 * counted in the page's own animation frames, so that a display whose frames come every
 * 16.70 ms rather than a nominal 60 Hz's 16.67 ms cannot turn a change drawn at the next frame
 * into a miss by a few hundredths of a millisecond.
 */

import { medianOf } from './harness.ts';

/** The frame the change was drawn in, counted from the press: 1 is the next frame the page drew. */
const NEXT_FRAME = 1;

/**
 * For each trial, how many animation frames after the press its change was drawn: `frames` is
 * the time from the last frame before the press to the frame that drew it (ms), divided by the
 * page's measured frame interval and rounded.
 */
export function frameBoundaries(trials: readonly { frames: number }[], frameIntervalMs: number): number[] {
  if (!(frameIntervalMs > 0)) throw new Error(`frame interval must be a positive number of ms, got ${frameIntervalMs}`);
  return trials.map((x) => Math.round(x.frames / frameIntervalMs));
}

/** Judged on the median, as the other latency goals: drawn at the first frame after the press. */
export function drawnAtNextFrame(boundaries: readonly number[]): boolean {
  return boundaries.length > 0 && medianOf(boundaries) <= NEXT_FRAME;
}
