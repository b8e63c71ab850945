// Shared by the tests of the menu family's items (the 955's one-time code, the Powerbolt 250's
// auto-lock; product-facts K5, K6, M9): a menu item chosen with the interior Program button —
// Program, the item's digit, Kwikset, then each entry and Kwikset — and the events of a type the
// twin emitted.
import type { Twin } from '../src/twin/twin.ts';

/** Time for the last signal to end after a menu item's last Kwikset. */
const SETTLE_MS = 1_000;

/** Program, `item`, Kwikset, then each of `entries` and Kwikset; then the signals settle. */
export function menu(t: Twin, item: string, ...entries: string[]): void {
  t.apply({ do: 'press', key: 'program' });
  t.apply({ do: 'type', digits: item });
  t.apply({ do: 'press', key: 'lock' });
  for (const e of entries) {
    t.apply({ do: 'type', digits: e });
    t.apply({ do: 'press', key: 'lock' });
  }
  t.apply({ do: 'wait', ms: SETTLE_MS });
}

/** Every event of `type` the twin has emitted, oldest first. */
export function events(t: Twin, type: string): unknown[] {
  return t.trace.entries.filter((e) => e.ch === 'event' && (e.v as { type: string }).type === type).map((e) => e.v);
}
