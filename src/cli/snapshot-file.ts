// A snapshot file written by `lockstep run --save-snapshot` or the REPL's `save`, read as
// `repl --load`, the REPL's `load` and `doctor --snapshot` read it: a regular file within the
// snapshot cap (scenario/read-file.ts), parsed (twin/snapshot-json.ts) and checked against its
// model (twin/snapshot-check.ts). One reader, so the three say the same about a bad file.

import { resolve } from 'node:path';
import { readCappedText, SNAPSHOT_MAX_BYTES } from '../scenario/read-file.ts';
import { parseSnapshotJson } from '../twin/snapshot-json.ts';
import { checkSnapshot, SnapshotError } from '../twin/snapshot-check.ts';
import type { TwinSnapshot } from '../twin/twin.ts';
import { QuotingError } from '../printable.ts';

/** A snapshot file that cannot be used: unreadable, not a file, too large, not JSON, or a lock its
 * model could never be in. The message names the file. */
export class SnapshotFileError extends QuotingError {}

export function readSnapshotFile(file: string): { snap: TwinSnapshot; text: string; path: string } {
  const path = resolve(file);
  let text: string;
  try {
    text = readCappedText(path, SNAPSHOT_MAX_BYTES, 'snapshot');
  } catch (err) {
    throw new SnapshotFileError(`cannot read snapshot ${file}: ${(err as Error).message}`);
  }
  try {
    return { snap: checkSnapshot(parseSnapshotJson(text)), text, path };
  } catch (err) {
    if (!(err instanceof SyntaxError || err instanceof SnapshotError)) throw err;
    throw new SnapshotFileError(`snapshot ${file}: ${err.message}`);
  }
}
