// Test helpers for the snapshot checks (src/twin/snapshot-check.ts, snapshot-fit.ts,
// snapshot-clock.ts): a real snapshot edited by hand, and what the check says of it.
import { expect } from 'vitest';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';
import type { TwinSnapshot } from '../src/twin/twin.ts';

/** A copy of `snap`, edited. */
export function edited(snap: TwinSnapshot, edit: (s: TwinSnapshot) => void): TwinSnapshot {
  const copy = JSON.parse(JSON.stringify(snap)) as TwinSnapshot;
  edit(copy);
  return copy;
}

/** What checkSnapshot says of `snap`: 'accepted', or the SnapshotError's message. */
export function verdict(snap: unknown): string {
  try {
    checkSnapshot(JSON.parse(JSON.stringify(snap)));
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(SnapshotError);
    return (err as Error).message;
  }
}
