// The keypad backlight: the keypad lights up when it is touched and stays lit while the lock is
// awake, then goes dark to save the pack. No seed claim or product fact gives its timing or says
// what wakes it — it is assumed here: a keypad contact (a digit or Lock) closing or opening
// while the electronics are powered lights it for BACKLIGHT_ON_MS, and it stays lit while a
// keypad key is held. It is a pure function of the buttons' state (hardware/buttons.ts records
// the last keypad contact edge); it adds nothing to the trace and is not seen by the firmware.

export const BACKLIGHT_ON_MS = 5_000; // assumed: no source pins it down

export interface BacklightInputs {
  /** The electronics are powered. */
  powered: boolean;
  /** Virtual ms of the last keypad contact edge while powered, or -1 (none since power-up). */
  keypadEdgeAt: number;
  /** A keypad key (digit or Lock) is held closed now. */
  keypadHeld: boolean;
}

/** Whether the keypad backlight is lit at virtual time `now`. */
export function backlightLit(s: BacklightInputs, now: number): boolean {
  if (!s.powered || s.keypadEdgeAt < 0) return false;
  return s.keypadHeld || now - s.keypadEdgeAt < BACKLIGHT_ON_MS;
}
