// What the page saved in this browser (persist.ts), read back after a reload and checked whole
// before the page starts from it — fetched only when there is a save to read. A save damaged or
// left by another version of the page must never stop the page from starting (it would fail again
// on every reload): the twin's snapshot is checked as the CLI checks a snapshot file
// (src/twin/snapshot-check.ts), the timeline's entries as the twin writes them
// (src/twin/trace-check.ts), and the rest by shape. A save that fails is refused naming the field
// (`snapshot: firmware.codes[3]: …`, `log[5].v: …`). design/architecture.md "Contracts".

import { z } from 'zod';
import { checkSnapshot, fieldName, SnapshotError } from '../../src/twin/snapshot-check.ts';
import { BUTTON_KEY, checkTraceEntries, TraceError } from '../../src/twin/trace-check.ts';
import type { Saved } from './persist.ts';

/** A save the page cannot start from; the message names the field at fault. */
export class SavedError extends Error {
  override name = 'SavedError';
}

const ENVELOPE = z.strictObject({
  snapshot: z.unknown(),
  log: z.unknown(),
  muted: z.boolean(),
  holds: z.array(z.tuple([BUTTON_KEY, z.number().int().min(0)])).optional(),
  kept: z.record(z.string(), z.unknown()).optional(),
});

/** The saved text as a save the page can start from; a SavedError naming the field otherwise. */
export function checkSaved(raw: string): Saved {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new SavedError(`not JSON: ${(err as Error).message}`);
  }
  const envelope = ENVELOPE.safeParse(value);
  if (!envelope.success) {
    const [issue] = envelope.error.issues;
    throw new SavedError(`${fieldName(issue!.path, 'the save')}: ${issue!.message}`);
  }
  const { snapshot, log, muted, holds = [], kept = {} } = envelope.data;
  try {
    const snap = checkSnapshot(snapshot);
    return { snapshot: snap, log: checkTraceEntries(log, snap.sim.now, 'log', 'snapshot.sim.now'), muted, holds, kept };
  } catch (err) {
    if (err instanceof SnapshotError) throw new SavedError(`snapshot: ${err.message}`);
    if (err instanceof TraceError) throw new SavedError(err.message);
    throw err;
  }
}
