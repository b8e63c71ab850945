// Waits in a REPL session: instant by default (virtual time jumps, design/architecture.md
// "sim/"), or paced against the wall clock with `speed N` so that the lights and beeps stream
// out as they happen. A paced wait runs in pieces but is one `wait` step of the story: pieces
// fire the same alarms at the same virtual times, so the twin ends exactly where one jump would.

import type { Session } from './session.ts';

/** Real milliseconds between refreshes of a paced wait. */
export const PACE_TICK_MS = 100;
/** The smallest piece of virtual time a paced wait advances by. */
const MIN_PIECE_MS = 1;
/** The slowest pace, `speed 0.01`: a virtual millisecond every PACE_TICK_MS of real time. Slower,
 * a piece would sleep past what a timer can hold (2^31 ms) and the wait end at once. */
export const MIN_SPEED = 0.01;
// The fastest pace, `speed 1000`, is practice-reset's (virtual-pace.ts); faster is `speed instant`.
export { MAX_SPEED } from '../virtual-pace.ts';

export interface PaceControl {
  /** Real-time factor: 0 = instant, 1 = real time, 10 = ten times faster. */
  factor: number;
  /** A paced wait is under way. */
  running: boolean;
  /** Set (e.g. by Ctrl-C) to finish the wait at once. */
  hurry: boolean;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Let `ms` of virtual time pass; `show` is called after each piece to print what happened. */
export async function runWait(session: Session, ms: number, pace: PaceControl, show: () => void): Promise<void> {
  if (pace.factor <= 0) {
    session.apply({ do: 'wait', ms });
    return;
  }
  // Checked whole before the first piece, as an instant wait is: a wait past the clock's limit
  // is refused with nothing of it run, not cut off after some pieces have moved the clock.
  session.twin.sim.checkAdvance(ms);
  pace.hurry = false;
  pace.running = true;
  const pieceMs = Math.max(MIN_PIECE_MS, Math.round(PACE_TICK_MS * pace.factor));
  let left = ms;
  try {
    while (left > 0) {
      const piece = pace.hurry ? left : Math.min(left, pieceMs);
      session.applyWaitPiece(piece);
      left -= piece;
      show();
      if (left > 0) await sleep(piece / pace.factor);
    }
  } finally {
    pace.running = false;
    session.rememberWait(ms - left);
  }
}
