// Which of the model's signals a trace LED entry is: the trace records "red ×3 with 3 beeps"
// (hardware/indicators.ts); the profile knows each signal's flash timing and meaning (product-facts
// K3, M14; seed S8 red flash + beep, S17 jam, S16 handing). Several signals can share one pattern
// (wrong code and programming refused are both red ×3): all are returned.

import type { ModelProfile, SignalName, SignalPattern } from '../../src/models/profile.ts';
import { applicableSignals } from '../../src/troubleshoot/signal-scope.ts';

export interface LedEntry {
  color: string;
  alt?: string;
  flashes?: number;
  solidMs?: number;
}

export function matchSignals(model: ModelProfile, led: LedEntry, beeps: number | null): SignalName[] {
  const fits = (p: SignalPattern) =>
    p.color === led.color &&
    (p.altColor ?? undefined) === (led.alt ?? undefined) &&
    (led.flashes !== undefined ? p.count === led.flashes : p.count === 0 && p.solidMs === led.solidMs);
  // Only what this model can show: no Mastercode on a menu-family lock, no code position outside
  // the positional ones (the decoder's scope, troubleshoot/signal-scope.ts).
  const names = applicableSignals(model);
  const byLook = names.filter((n) => fits(model.signals[n]));
  if (beeps === null) return byLook;
  const bySound = byLook.filter((n) => model.signals[n].beeps === beeps);
  return bySound.length > 0 ? bySound : byLook;
}
