// Whether a model's interior Program button has any job on the twin: a short press (programming,
// the menu, a code's position — profile `programButton`), a hold (the Mastercode's, product-facts
// M1; the reset's, seed S8, product-facts K4, M9), or door handing started at power-up (the 620,
// M8). On the Powerbolt 264, 92640-001 and Powerbolt 2 it has none: a press does nothing
// (`programButton: 'nothing'`), their programming opens at the keypad (§5, §7 [S5]) and their
// reset is the Reset button (M11). The page says so beside the drawn button.
import type { ModelProfile } from './profile.ts';
import { resetGestureKey } from './reset-button.ts';

/** True where the Program button does nothing at all on this model. */
export function programButtonIdle(p: ModelProfile): boolean {
  return (
    p.programButton === 'nothing' &&
    resetGestureKey(p) !== 'program' &&
    p.programming !== 'mastercode-program-button' &&
    p.handing.trigger !== 'program-tap-at-power-up'
  );
}
