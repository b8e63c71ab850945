// What the monitors watch in a step (monitors.ts): the firmware's events, its power going on
// and off, the decision to erase, the motor starting to withdraw the bolt and stopping it at an
// end — recorded as trace
// entries, but from hooks on the firmware, its IO and the motor rather than from the twin's
// trace, which the checker's twin runs without (building every light, beep and bolt entry was a
// large part of a step).
//
// The entries are the trace's watched entries, in the same order at the same times: the trace
// writes "power on" right before the firmware's powerUp() and "power off" right after its
// powerDown() when it was running, with nothing the monitors watch in between; the other power
// entries (brown-out, a cut mid-write, a watchdog reset) come just before a "power off" at the
// same instant, again with nothing watched in between, and mean the same to the monitors
// (test/check-machine-records.test.ts holds the two side by side).

import type { Twin } from '../twin/twin.ts';
import type { TraceEntry } from '../sim/trace.ts';
import type { LockEvent } from '../firmware/io.ts';
import type { FwMode } from '../firmware/state.ts';
import { boltAtEnd, RESET_DECIDED_MODE } from './monitors.ts';

export class WatchedMoments {
  /** The entries since the last clear(). */
  readonly entries: TraceEntry[] = [];

  constructor(twin: Twin) {
    const fw = twin.firmware;
    const io = fw.io;
    const sim = twin.sim;
    const emit = io.emit.bind(io);
    const mode = io.mode.bind(io);
    const powerUp = fw.powerUp.bind(fw);
    const powerDown = fw.powerDown.bind(fw);
    io.emit = (event: LockEvent) => {
      this.entries.push({ t: sim.now, ch: 'event', v: event });
      emit(event);
    };
    io.mode = (m: FwMode) => {
      if (m === RESET_DECIDED_MODE) this.entries.push({ t: sim.now, ch: 'mode', v: m });
      mode(m);
    };
    fw.powerUp = () => {
      this.entries.push({ t: sim.now, ch: 'power', v: 'on' });
      powerUp();
    };
    fw.powerDown = () => {
      const wasOn = fw.powered;
      powerDown();
      if (wasOn) this.entries.push({ t: sim.now, ch: 'power', v: 'off' });
    };
    twin.bolt.haltWatcher = (state) => {
      if (boltAtEnd(state)) this.entries.push({ t: sim.now, ch: 'bolt', v: { stopped: state } });
    };
    twin.bolt.withdrawWatcher = (dir) => {
      this.entries.push({ t: sim.now, ch: 'bolt', v: { motor: dir, bolt: 'withdrawing' } });
    };
  }

  clear(): void {
    if (this.entries.length > 0) this.entries.length = 0;
  }
}
