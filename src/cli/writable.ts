// Where lockstep is asked to write — `run --save-snapshot FILE`, `check --out DIR` — is checked
// before any work starts, so that a long run never ends in a file it cannot write (the brief's
// "Bad input": a clear error naming what was wrong, exit 2, nothing lost).
import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Why `path` cannot be written as a file (its folder must exist), or null when it can. A file
 * is written aside and renamed into place (write-atomic.ts), so what stands at the path must be
 * a regular file or nothing: a pipe, a device or a socket there would be replaced, not written to. */
export function unwritableFile(path: string): string | null {
  if (path === '') return 'no file name given';
  const kind = kindOf(path);
  if (kind === 'dir') return `${path} is a folder`;
  if (kind === 'other') return `${path} is not a regular file (a pipe, device or socket): lockstep writes whole files, aside and renamed into place`;
  const dir = dirname(resolve(path));
  if (kindOf(dir) !== 'dir') return `its folder ${dirname(path)} does not exist`;
  return canWrite(kind === 'file' ? path : dir) ? null : `${kind === 'file' ? path : `its folder ${dirname(path)}`} is not writable`;
}

/** Why a file cannot be written at `path`, judged by what already stands there (a symbolic link
 * followed), or null when nothing does or a regular file does that can be replaced: for a file in
 * a folder that may not exist yet (`check --out` makes it; unwritableDir checks the folder). */
export function unwritableIfPresent(path: string): string | null {
  if (!present(path)) return null;
  if (kindOf(path) === 'none') return `${path} is a symbolic link to nothing`;
  const why = unwritableFile(path);
  return why !== null && lstatSync(path).isSymbolicLink() ? `${why} (it is a symbolic link to ${realpathSync(path)})` : why;
}

/** Whether `a` and `b` name one file (through links and relative paths alike); false when either is missing. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Why files cannot be written into folder `path` (made if missing), or null when they can. */
export function unwritableDir(path: string): string | null {
  if (path === '') return 'no folder name given';
  let at = resolve(path);
  for (;;) {
    const kind = kindOf(at);
    if (kind === 'file' || kind === 'other') return `${at === resolve(path) ? path : at} is a file, not a folder`;
    if (kind === 'dir') return canWrite(at) ? null : `${at === resolve(path) ? path : at} is not writable`;
    const up = dirname(at);
    if (up === at) return `no folder of ${path} exists`;
    at = up;
  }
}

function kindOf(path: string): 'file' | 'dir' | 'other' | 'none' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

/** Whether anything stands at `path` itself (a symbolic link counts, whatever it points to). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
