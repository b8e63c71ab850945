// Which of a profile's signals the lock can actually show. Every profile carries the whole
// SignalName table (profile.ts), but a model only shows the ones its strategies use: the menu
// signal only on the programming-code menu family (product-facts K5, M9), the Program-button
// signals only on the Mastercode family (M1, M14, seed S19), the slot signal only on positional
// models (M15), the red/green handing prompt only where handing starts from a tap at power-up
// (M8), the armed-reset signals only where a reset waits for a confirming press (K1, M9, K4;
// seed S24), and the unplugged-exterior alert only where it is documented (915/916, M5, M6).
// The decoder leaves the others out so that, say, a 913's green-and-two-beeps is read as the
// finished reset and not as a menu it does not have.

import type { ModelProfile, SignalName } from '../models/profile.ts';

export function signalApplies(model: ModelProfile, name: SignalName): boolean {
  switch (name) {
    case 'menuEnter':
      return model.programming === 'programming-code-menu';
    case 'programEnter':
    case 'programEnterAuth':
    case 'mastercodeSetEnter':
    case 'mastercodeSet':
      return model.programming === 'mastercode-program-button';
    case 'slotSelected':
      return model.programming === 'positional';
    case 'handingArmed':
      return model.handing.trigger === 'program-tap-at-power-up';
    case 'resetArmed':
    case 'resetArmedReminder':
      return model.reset.confirmPress;
    case 'exteriorDisconnected':
      return model.exteriorLink.alertEveryMs !== null;
    default:
      return true;
  }
}

/** The model's signals it can show, in the profile's order. */
export function applicableSignals(model: ModelProfile): SignalName[] {
  return (Object.keys(model.signals) as SignalName[]).filter((name) => signalApplies(model, name));
}
