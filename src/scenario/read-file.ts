// Input files read whole — scenario files and snapshots — are read only when they are regular
// files no larger than a cap (the project's rule on "Bad input": a clear error, exit 2, never a hang or a
// process that grows without end): `lockstep run /dev/zero` read until memory ran out, and
// `given.snapshot: /dev/zero` or a pipe never returned. The caps are far above anything real: the
// largest shipped scenario is about 4 KB and a snapshot from `run --save-snapshot` about 4 KB.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { undecodableName } from './file-name.ts';

const MB = 1024 * 1024;
/** The largest scenario file read: 5 MB, a thousand times the largest shipped one. */
export const SCENARIO_MAX_BYTES = 5 * MB;
/** The largest snapshot file read: 1 MB, hundreds of times a saved twin's state. */
export const SNAPSHOT_MAX_BYTES = 1 * MB;
/** How much is read at a time. */
const READ_CHUNK_BYTES = 64 * 1024;

/** A file that is not read: not a regular file, or larger than its cap. The message says which
 * (without the file's name: the caller names it as it names its other read errors). */
export class InputFileError extends Error {
  override name = 'InputFileError';
}

function sizeWords(bytes: number): string {
  return bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`;
}

/** The text of the regular file `path` (a symbolic link followed), at most `maxBytes` long; an
 * InputFileError for anything else, before reading any of it; the system's error (ENOENT, …) as it is. */
export function readCappedText(path: string, maxBytes: number, what: string): string {
  return readCappedBytes(path, maxBytes, what).toString('utf8');
}

/** The bytes of the regular file `path`, held to the same rules as readCappedText. */
export function readCappedBytes(path: string, maxBytes: number, what: string): Buffer {
  const badName = undecodableName(path);
  if (badName !== null) throw new InputFileError(badName);
  // Judged before opening: opening a pipe for reading waits for a writer.
  const stat = statSync(path);
  if (!stat.isFile()) throw new InputFileError(`not a regular file (a folder, pipe, device or socket): a ${what} is read from a file`);
  if (stat.size > maxBytes) throw new InputFileError(`${stat.size} bytes, more than a ${what} may be (${sizeWords(maxBytes)})`);
  const fd = openSync(path, 'r');
  try {
    // Read to the end, whatever the size said: a file growing meanwhile is still held to the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, READ_CHUNK_BYTES, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new InputFileError(`more than a ${what} may be (${sizeWords(maxBytes)})`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
