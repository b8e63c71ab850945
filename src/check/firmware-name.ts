// What a report and a counterexample call the firmware checked (README "What is proven": each
// counterexample names the firmware it was found on). A variant passed in is named by its caller;
// otherwise the twin's own import, which a module hook can swap for a broken fixture
// (test/fixtures/broken-firmware/use-broken-firmware.mjs) — named by its class then, so that a
// fixture's counterexample is never said to be the shipped firmware's.

import { Firmware } from '../firmware/firmware.ts';
import { TWIN_DEFAULT_FIRMWARE } from '../twin/twin.ts';

export const STANDARD_FIRMWARE_NAME = 'the standard firmware';

/** `given` (a variant's name), else the standard firmware's, or the swapped class's. */
export function firmwareNameOf(given: string | undefined): string {
  if (given !== undefined) return given;
  if (TWIN_DEFAULT_FIRMWARE === Firmware) return STANDARD_FIRMWARE_NAME;
  return `a firmware other than the standard one (${TWIN_DEFAULT_FIRMWARE.name})`;
}
