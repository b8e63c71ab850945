// Files lockstep writes — snapshots, recorded scenarios, counterexamples — are written whole or not
// at all: written aside, then renamed into place (the brief's "no lost or half-written data").
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Write a file so that a crash never leaves half of it: write aside, then rename. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** The system's code for a failed file operation (`ENOENT`, `EACCES`, …), or undefined for any other error (a bug, to be reported as one). */
export function fileErrorCode(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  return typeof e?.code === 'string' && e.syscall !== undefined ? e.code : undefined;
}
