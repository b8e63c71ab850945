// The store's flags in a person's words, after its code count: the 955's one-time code (product-
// facts K5, K6: "deleted immediately after used") and every user code disabled by the menus'
// disable item (M9, K6: the lock "can ONLY be operated by the key"). Shared by the REPL's `state`
// and the browser twin's state panel, so both say it alike.

import type { StoreView } from './twin.ts';

export function codeFlagsText(store: StoreView): string {
  const once = store.oneTimeSlot < 0 ? '' : ` (slot ${store.oneTimeSlot + 1} opens once)`;
  return `${once}${store.usersDisabled ? ', all disabled (key only)' : ''}`;
}
