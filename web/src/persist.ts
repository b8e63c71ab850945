// The twin survives a page reload: its whole snapshot (design/architecture.md "Contracts": a
// twin's state snapshots to JSON and restores exactly), the recent trace for the timeline, the
// keys a hand was holding down (and since when), the page's settings, and what the panels keep
// — a scenario's progress, the Assistant's walk — all saved together in one localStorage item,
// so that they always describe the same moment. A save the page cannot start from is set aside,
// not lost, and the page starts on a fresh lock and says why.

import { Twin, type TwinSnapshot } from '../../src/twin/twin.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import type { ButtonKey } from '../../src/hardware/buttons.ts';

export const STORAGE_KEY = 'lockstep.browser-twin.v1';

/** Buttons a hand holds down, with the virtual ms each went down. */
export type Holds = [ButtonKey, number][];
/** What each panel keeps across a reload, by the panel's name: plain JSON values. */
export type Kept = Record<string, unknown>;

export interface Saved {
  snapshot: TwinSnapshot;
  log: LockTraceEntry[];
  muted: boolean;
  holds?: Holds;
  kept?: Kept;
}

export interface Loaded {
  twin: Twin;
  log: LockTraceEntry[];
  muted: boolean;
  holds: Holds;
  kept: Kept;
}

export function save(twin: Twin, log: readonly LockTraceEntry[], muted: boolean, holds: Holds = [], kept: Kept = {}): void {
  const saved: Saved = { snapshot: twin.snapshot(), log: [...log], muted, holds, kept };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // storage full or blocked: the twin still runs, it just will not survive a reload
  }
}

/** Where a save the page cannot start from is set aside (one key per time it happened), never overwritten. */
export const ASIDE_PREFIX = `${STORAGE_KEY}.unreadable.`;

/** What a reload found: no save, a save restored, or a save set aside because the page cannot start from it. */
export type LoadResult =
  | { kind: 'none' }
  | ({ kind: 'restored' } & Loaded)
  | { kind: 'set-aside'; problem: string; keptAs: string | null };

/**
 * The saved twin, checked whole first (saved-check.ts, fetched only when there is a save). A save
 * that fails the check is moved aside under its own key, with nothing lost, and the page starts
 * on a fresh lock; `keptAs` is that key, or null when the browser would not store it.
 */
export async function load(): Promise<LoadResult> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'none' }; // storage blocked: nothing was saved either
  }
  if (!raw) return { kind: 'none' };
  let checkSaved: (raw: string) => Saved;
  try {
    ({ checkSaved } = await import('./saved-check.ts'));
  } catch (err) {
    // the check could not be fetched: the save cannot be trusted, nor left to be saved over
    return { kind: 'set-aside', problem: `its check could not be loaded: ${(err as Error).message}`, keptAs: setAside(raw) };
  }
  try {
    const saved = checkSaved(raw);
    return { kind: 'restored', twin: Twin.restore(saved.snapshot), log: saved.log, muted: saved.muted, holds: saved.holds ?? [], kept: saved.kept ?? {} };
  } catch (err) {
    return { kind: 'set-aside', problem: (err as Error).message, keptAs: setAside(raw) };
  }
}

/** Move `raw` from the save's key to a key of its own; that key, or null if the browser refused it. */
function setAside(raw: string): string | null {
  const key = ASIDE_PREFIX + new Date().toISOString();
  try {
    try {
      localStorage.setItem(key, raw);
    } catch {
      // full: the copy fits once the original is gone (it is still in `raw`)
      localStorage.removeItem(STORAGE_KEY);
      localStorage.setItem(key, raw);
    }
    localStorage.removeItem(STORAGE_KEY);
    return key;
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
