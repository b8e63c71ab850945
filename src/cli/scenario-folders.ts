// `lockstep run DIR`: `run` takes several scenario files, so a folder given stands for the
// scenario files in it — its *.yaml, in name order, not those of its own folders — each run and
// reported as a file named on the command line is. A folder with none, or one that cannot be
// listed, is refused by name (exit 2) and the others still run, as a file it cannot read is.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileErrorCode } from './write-atomic.ts';

/** How a scenario file's name ends; a folder's other files are not scenarios. */
export const SCENARIO_EXTENSION = '.yaml';

/** A file to run, or a folder given that cannot stand for any: why, said at its name. */
export interface RunTarget {
  file: string;
  refusal?: string;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // not there, or not to be looked at: the reader says why
  }
}

/** The scenario files of the folder `dir`, in name order, or why there are none to run. */
function folderTargets(dir: string): RunTarget[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    const code = fileErrorCode(err);
    if (code === undefined) throw err;
    return [{ file: dir, refusal: `cannot list the folder's scenario files (${code})` }];
  }
  const files = names
    .filter((name) => name.endsWith(SCENARIO_EXTENSION))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => !isFolder(file));
  if (files.length === 0) {
    return [{ file: dir, refusal: `a folder with no scenario file (*${SCENARIO_EXTENSION}) in it: give a folder that holds some, or the files` }];
  }
  return files.map((file) => ({ file }));
}

/** The files `run` is given, each folder among them replaced by its scenario files. */
export function runTargets(paths: readonly string[]): RunTarget[] {
  return paths.flatMap((path) => (isFolder(path) ? folderTargets(path) : [{ file: path }]));
}
