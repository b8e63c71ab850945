// The twin survives a page reload: its whole snapshot (design/architecture.md "Contracts": a
// twin's state snapshots to JSON and restores exactly), the recent trace for the timeline, and
// the page's settings go to localStorage.

import { Twin, type TwinSnapshot } from '../../src/twin/twin.ts';
import type { TraceEntry } from '../../src/sim/trace.ts';

export const STORAGE_KEY = 'lockstep.browser-twin.v1';

export interface Saved {
  snapshot: TwinSnapshot;
  log: TraceEntry[];
  muted: boolean;
}

export function save(twin: Twin, log: readonly TraceEntry[], muted: boolean): void {
  const saved: Saved = { snapshot: twin.snapshot(), log: [...log], muted };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // storage full or blocked: the twin still runs, it just will not survive a reload
  }
}

/** The saved twin, or null when there is none or it no longer restores. */
export function load(): { twin: Twin; log: TraceEntry[]; muted: boolean } | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Saved;
    if (saved.snapshot?.format !== 1) return null;
    return { twin: Twin.restore(saved.snapshot), log: saved.log ?? [], muted: !!saved.muted };
  } catch {
    return null;
  }
}

export function forget(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to forget
  }
}
