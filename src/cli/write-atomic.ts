// Files lockstep writes — snapshots, recorded scenarios, counterexamples — are written whole or not
// at all: written aside, then renamed into place (the brief's "no lost or half-written data").
import { lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Write a file so that a crash never leaves half of it: write aside, then rename. A symbolic link
 * at `path` is written through — its target gets the new text, and the link stays a link. */
export function writeFileAtomic(path: string, text: string): void {
  const target = isLink(path) ? realpathSync(path) : path;
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The system's code for a failed file operation (`ENOENT`, `EACCES`, …), or undefined for any other error (a bug, to be reported as one). */
export function fileErrorCode(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  return typeof e?.code === 'string' && e.syscall !== undefined ? e.code : undefined;
}
