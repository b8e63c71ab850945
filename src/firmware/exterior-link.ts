// The cable from the exterior assembly (keypad, Lock button) to the interior one. The firmware
// senses it: unplugged, no exterior key reaches it (hardware/buttons.ts), and where the model
// documents an alert it sounds the exteriorDisconnected signal every alertEveryMs until the cable
// is back — the 915/916's "Lock beeps continuously — Interior assembly is disconnected from
// exterior" (product-facts M5, M6). The keypad models document none: they just ignore the keypad,
// which looks like "unresponsive to all codes" (seed S7) but is not mended by a factory reset.

import { signal, type Fw } from './context.ts';

/** The cable was plugged in or pulled, or the electronics powered up: start or stop the alert. */
export function exteriorSensed(fw: Fw): void {
  const s = fw.s;
  if (fw.p.exteriorLink.alertEveryMs === null || fw.io.exteriorConnected()) {
    s.tExterior = -1;
    return;
  }
  if (s.tExterior < 0) exteriorAlert(fw);
}

/** One beep of the alert, and the next one due. */
export function exteriorAlert(fw: Fw): void {
  const every = fw.p.exteriorLink.alertEveryMs;
  if (every === null) return;
  signal(fw, 'exteriorDisconnected');
  fw.s.tExterior = fw.io.now() + every;
}
