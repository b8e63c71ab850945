// What the twin shows when the Assistant's walk ends, in plain words (issue "The browser twin"):
// whether a Mastercode is set (seed S21), how many codes are stored (S19, S22), where the bolt
// is and whether it holds the door (S20), the door handing learned (S15–S18), the door, and the
// last light the LED gave (product-facts K3) — the same facts the lock view shows as data-*;
// and which of the closing advice still applies to the twin: "set a Mastercode now" (S21) not
// after the walk has set one. Pure: no DOM.

import type { Twin } from '../../src/twin/twin.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';

/** The last light pattern in the log ("green ×1"), or null. */
export function lastLight(log: readonly LockTraceEntry[]): string | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (e.ch !== 'led') continue;
    const v = e.v as { color?: string; flashes?: number; solidMs?: number };
    if (v.color === undefined) continue;
    return v.solidMs ? `${v.color} solid` : `${v.color} ×${v.flashes ?? 0}`;
  }
  return null;
}

export function twinNow(twin: Twin, log: readonly LockTraceEntry[]): string[] {
  const store = twin.store();
  const codes = store.codes.filter((c) => c !== '').length;
  const p = twin.model;
  const admin = p.programming === 'positional' ? null : `${p.adminCodeName} ${store.adminCode ? 'set' : 'not set'}`;
  const light = lastLight(log);
  return [
    ...(admin ? [admin] : []),
    `${codes} code${codes === 1 ? '' : 's'} stored`,
    `bolt ${twin.bolt.state()}${twin.locked ? ' (locked)' : ''}`,
    store.handed === 'none' ? 'door handing not learned' : `door handing learned (${store.handed})`,
    `door ${twin.door.open ? 'open' : 'closed'}`,
    ...(light ? [`last light ${light}`] : []),
  ];
}

/** The readings still due on the twin as it is: one kept for while the admin code is the one a
 * reset leaves (Reading.whileAdminCode) is dropped once the twin holds another — the owner's own
 * (seed S21). */
export function stillDue<R extends { whileAdminCode?: string }>(readings: readonly R[], twin: Twin): R[] {
  const admin = twin.store().adminCode;
  return readings.filter((r) => r.whileAdminCode === undefined || r.whileAdminCode === admin);
}
