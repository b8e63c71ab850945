// The snapshot a scenario's `given.snapshot` names, read and checked whole: its text had, its JSON
// a twin snapshot (twin/snapshot-check.ts), and of the scenario's own model — each fault a
// ScenarioError at the `snapshot:` value (design/architecture.md "Contracts": bad input gets a
// clear error naming what was wrong and where). The reader builds the twin from it
// (build-twin.ts); the command line's reading of a file checks it too (parse.ts, with a reader),
// so a snapshot of another model is reported beside the file's other mistakes, not on the next
// run. Reading the text is left to the caller: no file system here.

import { parseSnapshotJson } from '../twin/snapshot-json.ts';
import type { TwinSnapshot } from '../twin/twin.ts';
import { checkSnapshot, SnapshotError } from '../twin/snapshot-check.ts';
import { ScenarioError, type SourcePos } from './types.ts';

/** The text of the snapshot file at `path`; throws (any Error) when it cannot be had. */
export type SnapshotReader = (path: string) => string;

/** The snapshot at `path` for a scenario of model `model`, its faults ScenarioErrors at `pos`. */
export function givenSnapshot(path: string, model: string, pos: SourcePos, readSnapshot: SnapshotReader): TwinSnapshot {
  let text: string;
  try {
    text = readSnapshot(path);
  } catch (err) {
    throw new ScenarioError(`cannot read snapshot ${path}: ${(err as Error).message}`, pos);
  }
  let snap: TwinSnapshot;
  try {
    snap = checkSnapshot(parseSnapshotJson(text));
  } catch (err) {
    if (!(err instanceof SyntaxError || err instanceof SnapshotError)) throw err;
    throw new ScenarioError(`snapshot ${path}: ${err.message}`, pos);
  }
  if (snap.model !== model) throw new ScenarioError(`snapshot ${path} is of a ${snap.model}, not of ${model}`, pos);
  return snap;
}
