// Door handing: the firmware learns which motor direction throws the bolt by driving it to its
// end stops with a tight current limit (seed S15–S18; product-facts G1/G2: it starts by itself
// a few seconds after a reset; K10: and when a pack is first inserted). Any stop short of an end
// stop — a misaligned strike, a closed door's friction, a hand on the bolt — fails it, and the
// LED shows solid red (product-facts K3, M8). Until it succeeds no code is accepted (S18).

import { persist } from './persistence.ts';
import { backToIdle, setMode, signal, type Fw } from './context.ts';
import { updateStatus } from './bolt-control.ts';
import type { WhyOf } from './event-why.ts';

/** Tight limit while mapping the range: free running passes, strike friction trips (assumed). */
export const HANDING_CURRENT_LIMIT_MA = 550;

export function scheduleHanding(fw: Fw): void {
  setMode(fw, 'handing-wait');
  fw.s.tHanding = fw.io.now() + fw.p.timing.handingStartDelayMs;
}

export function startHanding(fw: Fw): void {
  const { s, io, p } = fw;
  s.tHanding = -1;
  if (io.batteryVolts() <= p.battery.criticalVolts) {
    fail(fw, 'battery');
    return;
  }
  setMode(fw, 'handing');
  io.emit({ type: 'handing-started' });
  s.motorOp = 'handing';
  s.handPhase = 1;
  s.learnedDir = 'none';
  io.motor('cw', HANDING_CURRENT_LIMIT_MA);
}

/** The motor cut out during handing: read where the bolt stopped. */
export function handingStopped(fw: Fw): void {
  const { s, io } = fw;
  const at = io.boltSensor();
  if (s.handPhase === 1) {
    if (at === 'extended') {
      s.learnedDir = 'right'; // clockwise threw the bolt
      s.handPhase = 3;
      io.motor('ccw', HANDING_CURRENT_LIMIT_MA);
    } else if (at === 'retracted') {
      s.learnedDir = 'left'; // clockwise withdrew it
      s.handPhase = 2;
      io.motor('ccw', HANDING_CURRENT_LIMIT_MA);
    } else {
      fail(fw, 'jam');
    }
  } else if (s.handPhase === 2) {
    if (at === 'extended') {
      s.handPhase = 3;
      io.motor('cw', HANDING_CURRENT_LIMIT_MA);
    } else {
      fail(fw, 'jam');
    }
  } else if (at === 'retracted') {
    succeed(fw);
  } else {
    fail(fw, 'jam');
  }
}

function succeed(fw: Fw): void {
  const { s, io } = fw;
  s.motorOp = 'none';
  s.handPhase = 0;
  s.handed = s.learnedDir;
  s.boltLocked = false;
  persist(fw);
  signal(fw, 'handingDone');
  io.emit({ type: 'handing-learned', handed: s.handed });
  backToIdle(fw);
  updateStatus(fw);
}

function fail(fw: Fw, why: WhyOf<'handing-failed'>): void {
  const { s, io } = fw;
  io.motorStop();
  s.motorOp = 'none';
  s.handPhase = 0;
  s.learnedDir = 'none';
  s.boltLocked = io.boltSensor() === 'extended';
  signal(fw, 'handingFailed');
  io.emit({ type: 'handing-failed', reason: why, why });
  backToIdle(fw);
}
