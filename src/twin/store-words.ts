// The store in words — its codes by slot, and its flags: every user code disabled by the menus'
// disable item (product-facts M9, K6: the lock "can ONLY be operated by the key"), the 955's
// one-time code (K5, K6: "deleted immediately after used") and the Powerbolt 250's menu-set
// auto-lock and its delay (M9) — as the scenario language's `codes`, `userCodes`, `oneTimeCode`,
// `autoLock` and `autoLockDelay` say them (expectations, records, counterexamples, the browser
// twin's #lock) and in a person's words (the REPL's `state`, the checker's reports, the browser
// twin's state panel).

import { menuAutoLockDelayMs, type AutoLockState, type UserCodesState } from '../firmware/store-rules.ts';
import { durationWords } from '../scenario/duration.ts';
import { autoLockChoiceOf, autoLockOnOf } from '../firmware/store-codec.ts';
import type { ModelProfile } from '../models/profile.ts';
import type { StoreView } from './twin.ts';

/** `userCodes:` — whether the user codes are enabled. */
export function userCodesWord(store: StoreView): UserCodesState {
  return store.usersDisabled ? 'disabled' : 'enabled';
}

/** `oneTimeCode:` — the slot (1-based) holding the one-time code, or none. */
export function oneTimeCodeWord(store: StoreView): number | 'none' {
  return store.oneTimeSlot < 0 ? 'none' : store.oneTimeSlot + 1;
}

/** `autoLock:` — whether the menu-set auto-lock is on (off where switch 2 sets auto-lock). */
export function autoLockWord(store: StoreView): AutoLockState {
  return autoLockOnOf(store.autoLock) ? 'on' : 'off';
}

/** `autoLockDelay:` — the menu-set auto-lock's delay in ms, or -1 where no menu sets one. */
export function autoLockDelayOf(model: ModelProfile, store: StoreView): number {
  return menuAutoLockDelayMs(model, store.autoLock);
}

/** The stored codes by slot (1-based), empty slots left out: as a `given:`'s `codes:` says them. */
export function codesBySlot(store: Pick<StoreView, 'codes'>): Record<number, string> {
  const codes: Record<number, string> = {};
  store.codes.forEach((code, i) => {
    if (code !== '') codes[i + 1] = code;
  });
  return codes;
}

/** The flags that are set, as scenario words: nothing for a store with codes enabled, no
 * one-time code and the auto-lock setting as it ships (off, the first delay), so a `given:` or an
 * `expect:` of such a lock reads as it did before the flags. The delay is written in ms, as the
 * scenario types hold it (a scenario's text writes it as a duration: scenario-words.ts). */
export function setFlagWords(
  model: ModelProfile,
  store: StoreView,
): { userCodes?: UserCodesState; oneTimeCode?: number; autoLock?: AutoLockState; autoLockDelay?: number } {
  const once = oneTimeCodeWord(store);
  const delay = autoLockChoiceOf(store.autoLock) > 0 ? autoLockDelayOf(model, store) : -1;
  return {
    ...(store.usersDisabled ? { userCodes: userCodesWord(store) } : {}),
    ...(once !== 'none' ? { oneTimeCode: once } : {}),
    ...(autoLockOnOf(store.autoLock) ? { autoLock: autoLockWord(store) } : {}),
    ...(delay >= 0 ? { autoLockDelay: delay } : {}),
  };
}

/** The flags in a person's words, after a code count: " (slot 2 opens once), all disabled (key
 * only), auto-lock after 3min", or nothing. */
export function codeFlagsText(model: ModelProfile, store: StoreView): string {
  const once = store.oneTimeSlot < 0 ? '' : ` (slot ${store.oneTimeSlot + 1} opens once)`;
  return `${once}${store.usersDisabled ? ', all disabled (key only)' : ''}${autoLockText(model, store)}`;
}

/** The menu-set auto-lock in a person's words: ", auto-lock after 3min", ", auto-lock off (3min
 * when on)", or nothing where it is off at the first delay or no menu sets it. */
function autoLockText(model: ModelProfile, store: StoreView): string {
  const delay = autoLockDelayOf(model, store);
  if (delay < 0) return '';
  if (autoLockOnOf(store.autoLock)) return `, auto-lock after ${durationWords(delay)}`;
  return autoLockChoiceOf(store.autoLock) > 0 ? `, auto-lock off (${durationWords(delay)} when on)` : '';
}

/** The store in a report's words: "mastercode 5555, codes [0101]" with its flags, or "an
 * untrusted store". */
export function storeText(model: ModelProfile, store: StoreView): string {
  if (!store.trusted) return 'an untrusted store';
  return `mastercode ${store.adminCode || 'none'}, codes [${store.codes.filter((c) => c !== '').join(' ')}]${codeFlagsText(model, store)}`;
}
