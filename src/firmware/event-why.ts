// Why an event happened, as an id that does not change: a LockEvent's `why`, beside its `reason`
// in words (which may). A program matches on these, never on the words. Each event that says why
// has its own list: a programming step refused (the code-store results of code-store.ts, seed
// S2–S5, S18, and the grammars' own), door handing failed against the door or a hand, or on a weak
// pack (S16, S25), the bolt stopped short of where it was sent (S15–S17), the wrong-code lockout
// (product-facts M4–M6), a factory reset refused with the bolt out (M9) or on a weak pack (S10),
// and one let go before the hold time, whichever model's gesture it was (S9; early-release.ts).
// The same id means the same thing on every event.

import type { EventType } from './events.ts';

export const EVENT_WHYS = {
  'programming-failed': [
    'duplicate',
    'full',
    'bad-length',
    'not-found',
    'mismatch',
    'untrusted-store',
    'handing-required',
    'same-as-user-code',
    'same-as-programming-code',
    'bad-slot',
    'unknown-menu-item',
    'no-code-entered',
    'wrong-mastercode',
    // Digits or a key a menu did not expect there; the event's `reason` says what it expected.
    'unexpected-entry',
  ],
  'handing-failed': ['jam', 'battery'],
  jam: ['bolt-not-extended', 'bolt-not-retracted'],
  lockout: ['too-many-wrong-codes'],
  'reset-failed': ['bolt-not-retracted', 'battery'],
  'reset-not-registered': ['released-early'],
} as const satisfies Partial<Record<EventType, readonly string[]>>;

/** The events that say why. */
export type EventWithWhy = keyof typeof EVENT_WHYS;

/** The ids an event of type `T` gives as its `why`. */
export type WhyOf<T extends EventWithWhy> = (typeof EVENT_WHYS)[T][number];

/** Every id any event gives as its `why`. */
export type EventWhy = WhyOf<EventWithWhy>;

/** Every id, once (an id some events share, such as `battery`, is listed once). */
export const EVENT_WHY_IDS = [...new Set(Object.values(EVENT_WHYS).flat())] as [EventWhy, ...EventWhy[]];

/** Whether `why` is one an event of `type` gives. */
export function isWhyOf(type: EventType, why: string): boolean {
  const ids: readonly string[] | undefined = (EVENT_WHYS as Partial<Record<EventType, readonly string[]>>)[type];
  return ids !== undefined && ids.includes(why);
}
