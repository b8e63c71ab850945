/**
 * The second floor under the twin's keypad throughput (for `npm run bench`, an information row
 * beside ./kernel-floor.ts): a key press's physical path through the whole twin — the contact
 * closing and opening with their seeded bounce, the wiring to the firmware, the firmware's two
 * debounce waits and settles, the battery's accounting — with a firmware that ignores every key
 * once it has settled (no code entry, no signals, no motor). It is the same SmartCode 913 twin as
 * ./twin-keypad.ts, given the same keys in the same order (the workload's digits, without its
 * pauses), through the same `press` action; only the firmware's answer to a settled key is gone.
 * What the full twin costs beyond this is the firmware's answer: entry, codes, lockout, signals,
 * motor runs.
 */
import { Firmware } from '../src/firmware/firmware.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import type { BenchRun } from './harness.ts';
import { TWIN_MODEL, keypadTwinOptions } from './twin-keypad.ts';
import type { KeypadEvent } from './workload/keypad-workload.ts';

/** The standard firmware, deaf to the keypad: a settled key press is read and then dropped. */
export class KeysIgnoredFirmware extends Firmware {
  protected override keyDown(): void {}
}

/** A keypad twin (./twin-keypad.ts keypadTwinOptions) running KeysIgnoredFirmware. */
export function createKeysIgnoredTwin(seed = 1, trace = false): Twin {
  return Twin.create(TWIN_MODEL, { ...keypadTwinOptions(seed, trace), firmware: (model, io) => new KeysIgnoredFirmware(model, io) });
}

/**
 * Harness factory (./harness.ts BenchRun): one iteration is one key press, the workload's digits
 * in turn; after the last one a fresh twin starts over (like ./twin-keypad.ts's runner), so the
 * virtual clock stays where the full twin's does.
 */
export function createPressFloorRunner(events: readonly KeypadEvent[], seed = 1): BenchRun {
  const presses: Action[] = events.filter((e) => e.key !== 'wait').map((e) => ({ do: 'press', key: e.key as ButtonKey }));
  if (presses.length === 0) throw new Error('createPressFloorRunner: the workload has no key presses');
  let twin = createKeysIgnoredTwin(seed);
  let i = 0;
  return (iterations) => {
    for (let n = 0; n < iterations; n++) {
      if (i === presses.length) {
        i = 0;
        twin = createKeysIgnoredTwin(seed);
      }
      twin.apply(presses[i++]!);
    }
  };
}
