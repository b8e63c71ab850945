// Where a path written in a scenario file points: relative to the scenario's own directory
// (`given: { snapshot: saved.json }`, design/architecture.md "Scenario files"), worked out on the
// text of the paths alone, so that the browser, which has no file system, reads scenarios the
// same way the command line does. The command line resolves against its working directory
// instead (load.ts), which gives the same file.

const SEPARATOR = '/';

/** `a/./b/../c` → `a/c`; leading `..` of a relative path are kept. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith(SEPARATOR);
  const out: string[] = [];
  for (const part of path.split(SEPARATOR)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  const joined = out.join(SEPARATOR);
  return absolute ? SEPARATOR + joined : joined || '.';
}

/** The path `relative` as written in the scenario file `file`; an absolute path is kept as it is. */
export function besideFile(file: string, relative: string): string {
  if (relative.startsWith(SEPARATOR)) return relative;
  const cut = file.lastIndexOf(SEPARATOR);
  const dir = cut < 0 ? '' : file.slice(0, cut + 1);
  return normalizePath(dir + relative);
}
