// The store in words — its codes by slot, and its flags: every user code disabled by the menus'
// disable item (product-facts M9, K6: the lock "can ONLY be operated by the key") and the 955's
// one-time code (K5, K6: "deleted immediately after used") — as the scenario language's `codes`,
// `userCodes` and `oneTimeCode` say them (expectations, records, counterexamples, the browser
// twin's #lock) and in a person's words (the REPL's `state`, the checker's reports, the browser
// twin's state panel).

import type { UserCodesState } from '../firmware/store-rules.ts';
import type { StoreView } from './twin.ts';

/** `userCodes:` — whether the user codes are enabled. */
export function userCodesWord(store: StoreView): UserCodesState {
  return store.usersDisabled ? 'disabled' : 'enabled';
}

/** `oneTimeCode:` — the slot (1-based) holding the one-time code, or none. */
export function oneTimeCodeWord(store: StoreView): number | 'none' {
  return store.oneTimeSlot < 0 ? 'none' : store.oneTimeSlot + 1;
}

/** The stored codes by slot (1-based), empty slots left out: as a `given:`'s `codes:` says them. */
export function codesBySlot(store: Pick<StoreView, 'codes'>): Record<number, string> {
  const codes: Record<number, string> = {};
  store.codes.forEach((code, i) => {
    if (code !== '') codes[i + 1] = code;
  });
  return codes;
}

/** The flags that are set, as scenario words: nothing for a store with codes enabled and no
 * one-time code, so a `given:` or an `expect:` of such a lock reads as it did before the flags. */
export function setFlagWords(store: StoreView): { userCodes?: UserCodesState; oneTimeCode?: number } {
  const once = oneTimeCodeWord(store);
  return { ...(store.usersDisabled ? { userCodes: userCodesWord(store) } : {}), ...(once !== 'none' ? { oneTimeCode: once } : {}) };
}

/** The flags in a person's words, after a code count: " (slot 2 opens once), all disabled (key
 * only)", or nothing. */
export function codeFlagsText(store: StoreView): string {
  const once = store.oneTimeSlot < 0 ? '' : ` (slot ${store.oneTimeSlot + 1} opens once)`;
  return `${once}${store.usersDisabled ? ', all disabled (key only)' : ''}`;
}

/** The store in a report's words: "mastercode 5555, codes [0101]" with its flags, or "an
 * untrusted store". */
export function storeText(store: StoreView): string {
  if (!store.trusted) return 'an untrusted store';
  return `mastercode ${store.adminCode || 'none'}, codes [${store.codes.filter((c) => c !== '').join(' ')}]${codeFlagsText(store)}`;
}
