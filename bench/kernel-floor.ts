/**
 * The floor under the twin's keypad throughput: the alarm-queue work one key press costs in the
 * twin, without the firmware, the buttons or the battery (for `npm run bench`, an information
 * row beside the ratios). A press on a SmartCode twin reschedules the firmware's timer about four
 * times and fires it twice (contact edge -> debounce wait -> settle, for the press and for the
 * release; the entry timeout in between) — counted on the bench workload. Here the same queue
 * operations run on a Sim holding the other alarms a twin holds, with handlers that do nothing,
 * so the figure is what the kernel alone allows; the twin cannot be faster than this.
 */
import { Sim, type AlarmOwner } from '../src/sim/kernel.ts';
import { KEY_GAP_MS, PRESS_MS } from '../src/twin/twin.ts';
import { findModel } from '../src/models/index.ts';
import type { BenchRun } from './harness.ts';
import { TWIN_MODEL } from './twin-keypad.ts';

/** The keypad twin's model's debounce and entry timeout, as its firmware schedules them. */
const { debounceMs: DEBOUNCE_MS, entryTimeoutMs: ENTRY_TIMEOUT_MS } = findModel(TWIN_MODEL)!.timing;
/** The twin's other alarms: all but the firmware's idle at a press (LED, beeper, motor, ...). */
const IDLE_ALARMS = ['led', 'beeper', 'motor-bolt', 'eeprom', 'reboot', 'brownout'];

export function createKernelFloorRunner(): BenchRun {
  const sim = new Sim();
  let fired = 0;
  const owner: AlarmOwner = { onAlarm: () => void fired++ };
  const fw = sim.createAlarm('firmware', owner);
  for (const name of IDLE_ALARMS) sim.createAlarm(name, owner);
  return (iterations) => {
    for (let i = 0; i < iterations; i++) {
      fw.scheduleAt(sim.now + DEBOUNCE_MS); // contact closes: wait for it to settle
      sim.advance(PRESS_MS); // fires: the digit is read ...
      fw.scheduleAt(sim.now + ENTRY_TIMEOUT_MS - PRESS_MS); // ... and the entry timeout armed
      fw.scheduleAt(sim.now + DEBOUNCE_MS); // contact opens
      sim.advance(KEY_GAP_MS); // fires: the release is read
      fw.scheduleAt(sim.now + ENTRY_TIMEOUT_MS - PRESS_MS - KEY_GAP_MS); // the entry timeout again
    }
    if (fired === -1) throw new Error('unreachable: keeps the handler live');
  };
}
