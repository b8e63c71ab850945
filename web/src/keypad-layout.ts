// The exterior keypad as the model has it, from its profile: ten one-digit keys (SmartCode 913
// family), or five keys carrying two digits each — 1|2, 3|4, 5|6, 7|8, 9|0 — on the SmartCode
// 909/910 and Powerbolt 2 (product-facts §3, §5 M10 "Each keypad button represents two numbers",
// §8 [S7][S8]; profile `keypad.digitsPerKey`); and the confirm button as the steps name it, Lock,
// Kwikset or ✓ Lock (src/troubleshoot/procedure-kit.ts lockKeyName). Pure data: no DOM, so it is tested in Node.
//
// A two-digit key is one contact: the firmware reads both of its digits as the same key
// (src/firmware/code-store.ts keyPattern). The twin's inputs still name digits, so each key
// sends one of its two digits: the one the model's programming menu names when it names one
// (Powerbolt 2: 0 for door handing, on the 9|0 key — product-facts S1), else the first printed.

import type { ButtonKey } from '../../src/hardware/buttons.ts';
import type { ModelProfile } from '../../src/models/profile.ts';
import { lockKeyName, lockKeyWord } from '../../src/troubleshoot/procedure-kit.ts';

/** The one-digit keypad, in the order the keys are drawn (3 × 3, then 0 under 8). */
export const ONE_DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
/** The two-digit keypad's buttons, top to bottom (product-facts §3: "1|2 … 9|0"). */
export const TWO_DIGIT_KEYS = ['12', '34', '56', '78', '90'] as const;

export interface KeypadKey {
  /** The key the twin is sent (Action `hold`/`release`). */
  key: ButtonKey;
  /** The digits printed on the key. */
  digits: string;
  /** What the key shows: "5", or "5 6". */
  label: string;
  /** Its accessible name, which holds the visible label (WCAG 2.5.3). */
  aria: string;
}

export interface KeypadLayout {
  /** 'single' (ten keys) or 'pairs' (five two-digit keys). */
  kind: 'single' | 'pairs';
  digits: KeypadKey[];
  /** The exterior confirm / one-touch-lock button. */
  lock: KeypadKey;
}

/** The digits the model's programming menu names, in the profile's order. */
function menuDigits(model: ModelProfile): string[] {
  const m = model.menu;
  if (!m) return [];
  return [m.add, m.delete, m.changeAdmin, m.handing, m.disableAll, m.oneTime].filter((d): d is string => d !== null);
}

/** Which of a two-digit key's digits it sends (see the header). */
export function digitSent(model: ModelProfile, digits: string): ButtonKey {
  const named = menuDigits(model);
  const d = [...digits].find((x) => named.includes(x)) ?? digits[0];
  return d as ButtonKey;
}

export function keypadLayout(model: ModelProfile): KeypadLayout {
  const label = lockKeyName(model);
  const word = lockKeyWord(model);
  // The 915/916 touchscreen has a checkmark and a lock symbol (product-facts M7); the twin has one
  // key for both, so the drawn key carries both marks, and a manual's "press the checkmark" finds it.
  const lock: KeypadKey = model.keypad.lockKeyCheckmark
    ? { key: 'lock', digits: '', label, aria: `${label}: the checkmark or the ${word} symbol (one key on the twin)` }
    : { key: 'lock', digits: '', label, aria: `${label} button` };
  if (model.keypad.digitsPerKey === 2) {
    return {
      kind: 'pairs',
      digits: TWO_DIGIT_KEYS.map((digits) => ({ key: digitSent(model, digits), digits, label: `${digits[0]} ${digits[1]}`, aria: `Keypad ${digits[0]} ${digits[1]}: one key for ${digits[0]} or ${digits[1]}` })),
      lock,
    };
  }
  return { kind: 'single', digits: ONE_DIGIT_KEYS.map((d) => ({ key: d, digits: d, label: d, aria: `Keypad ${d}` })), lock };
}
