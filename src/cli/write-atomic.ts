// Files lockstep writes — snapshots, recorded scenarios, counterexamples — are written whole or not
// at all: written aside, then renamed into place (the project's rule on "no lost or half-written data").
// A rename replaces whatever stands at the name, so only a regular file (or nothing) may stand
// there: a pipe, a device or a socket — or the one a symbolic link at the name points to — would
// be swapped for a regular file and lost, not written to. Every writer is refused that here,
// whoever calls it and whatever it checked before (src/cli/writable.ts checks up front).
// A file replaced keeps its permissions (a snapshot kept private with chmod 600 stays so) and,
// when lockstep runs as root, its owner; its other hard links are not written: the rename gives
// the name a new file, and any other name of the old one keeps the old text.
import { chmodSync, chownSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { linkTarget } from './link-target.ts';

/** The permission bits of a mode (owner/group/other rwx, setuid, setgid, sticky). */
const PERMISSION_BITS = 0o7777;
/** The user id of root, the one user who may give a file to another owner. */
const ROOT_UID = 0;

/** The code of the error thrown instead of renaming over what is not a regular file or a folder
 * (the system's name for "inappropriate file type", as BSD spells it: Linux has none). */
export const NOT_REGULAR_FILE_CODE = 'EFTYPE';

/** Write a file so that a crash never leaves half of it: write aside, then rename. A symbolic link
 * at `path` is written through — its target gets the new text (made, when the link points to a
 * file not there yet), and the link stays a link; links that loop are an ELOOP error. What
 * stands at the name (or at the link's target) must be a regular file or nothing: a folder, a
 * pipe, a device or a socket there is refused with an error (`code` EISDIR or EFTYPE, as
 * fileErrorCode reads it) and left as it was. */
export function writeFileAtomic(path: string, text: string): void {
  const landing = linkTarget(path);
  if (landing === null) throw Object.assign(new Error(`ELOOP: ${path} is a symbolic link that loops (it never reaches a file)`), { code: 'ELOOP', syscall: 'open', path });
  // The name as given when it is no link, so messages name it as the caller did.
  const target = landing === resolve(path) ? path : landing;
  const replaced = statIfPresent(target);
  const refusal = notRegularFile(replaced, target, path);
  if (refusal) throw refusal;
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    if (replaced) keepOwnership(tmp, replaced);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function statIfPresent(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Give the new copy `tmp` the permissions (and, as root, the owner) of the file it replaces. */
function keepOwnership(tmp: string, replaced: Stats): void {
  if (process.getuid?.() === ROOT_UID) chownSync(tmp, replaced.uid, replaced.gid);
  chmodSync(tmp, replaced.mode & PERMISSION_BITS);
}

/** The error to throw when what stands at `target` (`st`) is not a regular file (`path`: the name
 * asked for, which may be a link to it), or null; nothing there (or nothing we may look at) is for
 * the write itself to say. */
function notRegularFile(st: Stats | undefined, target: string, path: string): NodeJS.ErrnoException | null {
  if (st === undefined || st.isFile()) return null;
  const via = target === path ? '' : ` (the target of the symbolic link ${path})`;
  const [code, what] = st.isDirectory() ? ['EISDIR', 'is a folder'] : [NOT_REGULAR_FILE_CODE, 'is not a regular file (a pipe, device or socket)'];
  return Object.assign(new Error(`${code}: ${target}${via} ${what}: lockstep writes whole files, aside and renamed into place, and leaves it as it is`), {
    code,
    syscall: 'rename',
    path: target,
  });
}

/** The system's code for a failed file operation (`ENOENT`, `EACCES`, …), or undefined for any other error (a bug, to be reported as one). */
export function fileErrorCode(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException;
  return typeof e?.code === 'string' && e.syscall !== undefined ? e.code : undefined;
}
