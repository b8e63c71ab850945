// The exterior confirm / one-touch-lock button's name on a model, its word alone: "Lock" on the
// SmartCodes (product-facts §1 a "Lock" button, §3 [M15]) and the Powerbolt 2 (K-mirror "Press
// the lock button"), "Kwikset" on the programming-code menu family (§7 [K5][S5]) and the Powerbolt
// 240 (M13 "[Kwikset] button") — the profile's `keypad.lockKeyLabel` where it differs from its
// family's. Every step that names the key, the drawn keypad and `identify` ask here.
import type { ModelProfile } from './profile.ts';

export function lockKeyWord(p: ModelProfile): 'Lock' | 'Kwikset' {
  if (p.keypad.lockKeyLabel) return p.keypad.lockKeyLabel;
  return p.programming === 'programming-code-menu' || (p.programming === 'positional' && p.slotSelection === 'digit') ? 'Kwikset' : 'Lock';
}
