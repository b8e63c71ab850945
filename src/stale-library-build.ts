// Whether the library a program imports (`import { Twin } from 'lockstep'`, which package.json's
// exports point at dist/) is older than its source, and a warning, once, when it is. In a git
// checkout of lockstep a developer edits src/ and runs a program against the package (npm link,
// a `file:` dependency); without `npm run build:lib` that program silently ran the code as it was
// before the edit. So as dist/index.js loads, each module in dist/ is compared with the src/ file
// it was built from, by modification time, as make does: one whose source changed after it was
// built is named in a process warning (stderr, code LOCKSTEP_STALE_BUILD) with the command to run.
// Only in a git checkout (a `.git` beside dist/): an installed copy's files all carry the
// package's own times, and it is rebuilt by no one. Implements no seed claim or product fact:
// a guard for developers (README "Use it from code"). A check that cannot read a file says
// nothing rather than fail the import.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command that rebuilds dist/ (package.json scripts). */
export const BUILD_COMMAND = 'npm run build:lib';
/** The warning's code, for a program that listens for it (process.on('warning')): our choice. */
export const STALE_BUILD_WARNING_CODE = 'LOCKSTEP_STALE_BUILD';
/** The folder the library is built into, and the one it is built from (tsconfig.lib.json). */
const BUILT_DIR = 'dist';
const SOURCE_DIR = 'src';
/** What marks a git checkout: a folder, or a file in a worktree. */
const GIT_MARK = '.git';

/** A built module older than the source it was built from, both as paths from the package root. */
export interface StaleModule {
  built: string;
  source: string;
}

/** Every .js file under `dir`, as paths relative to it. */
function builtModules(dir: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const rel = join(under, entry.name);
    if (entry.isDirectory()) out.push(...builtModules(dir, rel));
    else if (entry.name.endsWith('.js')) out.push(rel);
  }
  return out;
}

/** The first module in `distDir` whose source in the src/ beside it changed after it was built;
 * null when none did, when the package is no git checkout, or when a file cannot be read. */
export function staleModule(distDir: string): StaleModule | null {
  const root = dirname(distDir);
  try {
    if (!existsSync(join(root, GIT_MARK))) return null;
    for (const rel of builtModules(distDir).sort()) {
      const source = join(root, SOURCE_DIR, rel.replace(/\.js$/, '.ts'));
      // A module with no source beside it was built from a file since renamed or removed: the
      // module that imported it changed too, and is the one compared.
      if (!existsSync(source)) continue;
      const built = join(distDir, rel);
      if (statSync(source).mtimeMs > statSync(built).mtimeMs) return { built: relative(root, built), source: relative(root, source) };
    }
    return null;
  } catch {
    return null;
  }
}

/** The warning's words for a stale module found in the package at `root`. */
export function staleBuildMessage(stale: StaleModule, root: string): string {
  return `lockstep's library build is older than its source: ${stale.source} changed after ${stale.built} was built, so a program importing 'lockstep' runs the code as it was before; run \`${BUILD_COMMAND}\` in ${root}`;
}

let warned = false;

/** Warn once per process when the library loaded from `moduleUrl` (dist/index.js) is older than
 * its source; nothing when it runs from src/ itself (tsx, the tests) or is no git checkout. */
export function warnIfStaleBuild(moduleUrl: string): void {
  if (warned) return;
  const distDir = dirname(fileURLToPath(moduleUrl));
  if (basename(distDir) !== BUILT_DIR) return;
  const stale = staleModule(distDir);
  if (!stale) return;
  warned = true;
  process.emitWarning(staleBuildMessage(stale, dirname(distDir)), { code: STALE_BUILD_WARNING_CODE });
}
