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
