// The twin survives a page reload: its whole snapshot (design/architecture.md "Contracts": a
// twin's state snapshots to JSON and restores exactly), the recent trace for the timeline, the
// keys a hand was holding down (and since when), the page's settings, and what the panels keep
// — a scenario's progress, the Assistant's walk — all saved together in one localStorage item,
// so that they always describe the same moment.

import { Twin, type TwinSnapshot } from '../../src/twin/twin.ts';
import type { TraceEntry } from '../../src/sim/trace.ts';
import type { ButtonKey } from '../../src/hardware/buttons.ts';

export const STORAGE_KEY = 'lockstep.browser-twin.v1';

/** Buttons a hand holds down, with the virtual ms each went down. */
export type Holds = [ButtonKey, number][];
/** What each panel keeps across a reload, by the panel's name: plain JSON values. */
export type Kept = Record<string, unknown>;

export interface Saved {
  snapshot: TwinSnapshot;
  log: TraceEntry[];
  muted: boolean;
  holds?: Holds;
  kept?: Kept;
}

export interface Loaded {
  twin: Twin;
  log: TraceEntry[];
  muted: boolean;
  holds: Holds;
  kept: Kept;
}

export function save(twin: Twin, log: readonly TraceEntry[], muted: boolean, holds: Holds = [], kept: Kept = {}): void {
  const saved: Saved = { snapshot: twin.snapshot(), log: [...log], muted, holds, kept };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // storage full or blocked: the twin still runs, it just will not survive a reload
  }
}

/** The saved twin, or null when there is none or it no longer restores. */
export function load(): Loaded | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Saved;
    if (saved.snapshot?.format !== 1) return null;
    return { twin: Twin.restore(saved.snapshot), log: saved.log ?? [], muted: !!saved.muted, holds: saved.holds ?? [], kept: saved.kept ?? {} };
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
