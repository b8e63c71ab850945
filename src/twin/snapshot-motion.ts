// Whether a snapshot's motor runs as the firmware's motion says (seed S15–S18: door handing
// drives the bolt to its end stops with a tight current limit; product-facts K3, M8). The
// firmware starts the motor with the run it keeps (firmware.motorOp) in one step — a lock or an
// unlock at the normal limit (bolt-control.ts startMotion), door handing at the handing limit
// (handing.ts startHanding) — and a run ends only as the motor stops: its trip is told to the
// firmware at once (motionStopped, handingStopped), handing's failure stops it (fail), power-down
// stops both (snapshot-off.ts). So, powered, the motor runs exactly while a run is kept, at that
// run's limit. Door handing is a mode and a run together: startHanding enters mode handing and
// its run, phase 1, at once, and only its success or failure leaves both (backToIdle), the phase
// back at 0. Each phase turns the motor one way and has learned what the one before found:
// phase 1 turns clockwise, nothing learned; clockwise withdrew the bolt: phase 2, left learned,
// turns anticlockwise to throw it; clockwise threw it, or phase 2 did: phase 3 turns the way that
// withdraws it (anticlockwise once right is learned, clockwise once left is). A motor running with
// no run kept, a run kept with the motor still, handing's run outside its mode or a phase its
// steps never reach, restored, would move the bolt no firmware asked for, wait for ever for a
// motion that never ends, or learn the door's handing from a run that went the wrong way.

import { HANDING_CURRENT_LIMIT_MA } from '../firmware/handing.ts';
import { NORMAL_CURRENT_LIMIT_MA } from '../firmware/bolt-control.ts';
import type { Learned, MotorOp } from '../firmware/state.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** bolt.motor as the driver keeps a direction (hardware/motor-bolt.ts drive): clockwise +1, anticlockwise -1. */
const CW = 1;
const CCW = -1;

/** What each phase of door handing has learned, and the way it turns the motor for each (handing.ts). */
const HANDING_PHASES: Readonly<Record<number, Partial<Record<Learned, typeof CW | typeof CCW>>>> = {
  1: { none: CW },
  2: { left: CCW },
  3: { right: CCW, left: CW },
};

/** The current limit the firmware drives each run at. */
const LIMIT_MA: Record<Exclude<MotorOp, 'none'>, number> = { lock: NORMAL_CURRENT_LIMIT_MA, unlock: NORMAL_CURRENT_LIMIT_MA, handing: HANDING_CURRENT_LIMIT_MA };

const HANDING = 'handing';

function way(motor: number): string {
  return motor === CW ? 'clockwise' : 'anticlockwise';
}

/** Why door handing's mode, run, phase and learned direction disagree, or null. */
function handingProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  const inMode = fw.mode === HANDING;
  if ((fw.motorOp === HANDING) !== inMode) {
    return { field: 'firmware.motorOp', message: `"${fw.motorOp}" in mode ${fw.mode}: a ${p.id} runs door handing's motion exactly while in mode handing, entering both at once and leaving both at once` };
  }
  if (!inMode) {
    if (fw.handPhase === 0) return null;
    return { field: 'firmware.handPhase', message: `${fw.handPhase} in mode ${fw.mode}: door handing's phase is 0 but while it runs (mode handing)` };
  }
  const phase = HANDING_PHASES[fw.handPhase];
  if (!phase) return { field: 'firmware.handPhase', message: `${fw.handPhase} while door handing runs: its phases are 1 to 3` };
  const turns = phase[fw.learnedDir];
  if (turns === undefined) {
    return { field: 'firmware.learnedDir', message: `"${fw.learnedDir}" in door handing's phase ${fw.handPhase}: it has learned ${Object.keys(phase).map((l) => `"${l}"`).join(' or ')} by then` };
  }
  if (snap.bolt.motor !== 0 && snap.bolt.motor !== turns) {
    return { field: 'bolt.motor', message: `${snap.bolt.motor} (${way(snap.bolt.motor)}) in door handing's phase ${fw.handPhase} with "${fw.learnedDir}" learned (firmware.learnedDir): that phase turns the motor ${way(turns)}` };
  }
  return null;
}

/** Why `snap`'s motor runs otherwise than model `p`'s firmware motion says, or null. */
export function motionProblem(p: ModelProfile, snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down stops both: snapshot-off.ts
  const handing = handingProblem(p, snap);
  if (handing) return handing;
  const running = snap.bolt.motor !== 0;
  if (fw.motorOp === 'none') {
    if (!running) return null;
    return { field: 'bolt.motor', message: `${snap.bolt.motor} (running), but the firmware keeps no run (firmware.motorOp "none"): a ${p.id} starts the motor with a run, and the run ends only as the motor stops` };
  }
  if (!running) {
    return { field: 'bolt.motor', message: `0 (stopped), but the firmware keeps a run (firmware.motorOp "${fw.motorOp}"): a ${p.id} hears of the motor stopping at once, and ends its run then` };
  }
  const limit = LIMIT_MA[fw.motorOp];
  if (snap.bolt.limitMa !== limit) {
    return { field: 'bolt.limitMa', message: `${snap.bolt.limitMa} mA while the motor runs for "${fw.motorOp}" (firmware.motorOp): a ${p.id} drives that run at ${limit} mA` };
  }
  return null;
}
