// Where a write to `path` lands: a symbolic link at the name is written through to its target
// (README, "Files are written whole or not at all"), followed link by link as the system would,
// so that a link to a file not made yet (a dangling link) names where that file is to be made,
// and a loop of links is found rather than followed for ever.
import { lstatSync, readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The most links followed before a chain is called a loop: Linux's own limit (ELOOP). */
export const MAX_LINKS_FOLLOWED = 40;

/** The path a write to `path` lands on (absolute; `path` itself when it is no link), or null
 * when the links from it loop (or run longer than MAX_LINKS_FOLLOWED). */
export function linkTarget(path: string): string | null {
  let at = resolve(path);
  for (let followed = 0; followed <= MAX_LINKS_FOLLOWED; followed++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(at).isSymbolicLink();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ELOOP') return null; // a folder on the way loops
      return at; // nothing there (yet): where the file is to be made
    }
    if (!isLink) return at;
    at = resolve(dirname(at), readlinkSync(at));
  }
  return null;
}
