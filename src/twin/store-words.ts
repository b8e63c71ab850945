// The store's flags in words: every user code disabled by the menus' disable item (product-facts
// M9, K6: the lock "can ONLY be operated by the key") and the 955's one-time code (K5, K6:
// "deleted immediately after used") — as the scenario language's `userCodes` and `oneTimeCode`
// say them (expectations, records, counterexamples, the browser twin's #lock) and in a person's
// words after the code count (the REPL's `state`, the browser twin's state panel).

import type { StoreView } from './twin.ts';

/** `userCodes:` — whether the user codes are enabled. */
export function userCodesWord(store: StoreView): 'enabled' | 'disabled' {
  return store.usersDisabled ? 'disabled' : 'enabled';
}

/** `oneTimeCode:` — the slot (1-based) holding the one-time code, or none. */
export function oneTimeCodeWord(store: StoreView): number | 'none' {
  return store.oneTimeSlot < 0 ? 'none' : store.oneTimeSlot + 1;
}

export function codeFlagsText(store: StoreView): string {
  const once = store.oneTimeSlot < 0 ? '' : ` (slot ${store.oneTimeSlot + 1} opens once)`;
  return `${once}${store.usersDisabled ? ', all disabled (key only)' : ''}`;
}
