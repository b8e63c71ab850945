// Where lockstep is asked to write — `run --save-snapshot FILE`, `check --out DIR`, the REPL's
// `save` and `record` — is checked before any work starts, so that a long run never ends in a
// file it cannot write (the project's rule on "Bad input": a clear error naming what was wrong, exit 2,
// nothing lost). A file is written aside and renamed into place (write-atomic.ts): what counts is
// the folder it lands in (a rename needs to write the folder), after any symbolic link at the
// name, followed to its target even when that target does not exist yet (link-target.ts).
import { accessSync, constants, lstatSync, statfsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { undecodableName } from '../scenario/file-name.ts';
import { linkTarget } from './link-target.ts';

/** The file systems of the kernel's own state (/proc, /sys): a folder there takes no new file,
 * whatever its permission bits say (statfs f_type, linux/magic.h). */
const PSEUDO_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
]);

/** Why `path` cannot be written as a file (its folder must exist), or null when it can. What
 * stands at the path (or at the target of a link there) must be a regular file or nothing: a
 * pipe, a device or a socket there would be replaced, not written to. */
export function unwritableFile(path: string): string | null {
  if (path === '') return 'no file name given';
  const badName = undecodableName(path);
  if (badName !== null) return badName;
  const target = linkTarget(path);
  if (target === null) return `${path} is a symbolic link that loops (it never reaches a file)`;
  const link = target === resolve(path) ? '' : ` (it is a symbolic link to ${target})`;
  const kind = kindOf(target);
  if (kind === 'dir') return `${path} is a folder${link}`;
  if (kind === 'other') return `${path} is not a regular file (a pipe, device or socket): lockstep writes whole files, aside and renamed into place${link}`;
  const dir = dirname(target);
  // A link's folder is named with the link: "its folder" would read as the link's own.
  const itsFolder = link === '' ? `its folder ${dirname(path)}` : `${path} is a symbolic link to ${target}, whose folder ${dir}`;
  if (kindOf(dir) !== 'dir') return `${itsFolder} does not exist`;
  const folderWhy = unwritableFolder(dir);
  if (folderWhy !== null) return `${itsFolder} ${folderWhy}`;
  return kind === 'file' && !canWrite(target) ? `${path} is not writable${link}` : null;
}

/** Why a file cannot be written at `path`, judged by what already stands there (a symbolic link
 * followed), or null when nothing does or a regular file does that can be replaced: for a file in
 * a folder that may not exist yet (`check --out` makes it; unwritableDir checks the folder). */
export function unwritableIfPresent(path: string): string | null {
  if (!present(path)) return null;
  return unwritableFile(path);
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
  const badName = undecodableName(path);
  if (badName !== null) return badName;
  let at = resolve(path);
  for (;;) {
    const shown = at === resolve(path) ? path : at;
    const kind = kindOf(at);
    if (kind === 'file') return `${shown} is a file, not a folder`;
    if (kind === 'other') return `${shown} is ${notAFolder(at)}`;
    if (kind === 'dir') {
      const why = unwritableFolder(at);
      return why === null ? null : `${shown} ${why}`;
    }
    // Nothing to follow to, yet something stands there: a link to nothing, or links that loop.
    if (present(at)) return linkTarget(at) === null ? `${shown} is a symbolic link that loops` : `${shown} is a symbolic link to nothing (a folder cannot be made through it)`;
    const up = dirname(at);
    if (up === at) return `no folder of ${path} exists`;
    at = up;
  }
}

/** Why no file can be made in the existing folder `dir`, or null. */
function unwritableFolder(dir: string): string | null {
  const pseudo = PSEUDO_FILE_SYSTEMS.get(statfsSync(dir).type);
  if (pseudo !== undefined) return `is on the kernel's ${pseudo} file system, where files cannot be made`;
  return canWrite(dir) ? null : 'is not writable';
}

function kindOf(path: string): 'file' | 'dir' | 'other' | 'none' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

/** What stands at `path`, neither a regular file nor a folder (a symbolic link followed), said
 * as not being a folder: /dev/null is a device, not a file. */
function notAFolder(path: string): string {
  try {
    const st = statSync(path);
    if (st.isFIFO()) return 'a pipe, not a folder';
    if (st.isSocket()) return 'a socket, not a folder';
    if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device, not a folder';
  } catch {
    // Gone since it was looked at: said as below.
  }
  return 'neither a regular file nor a folder';
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
