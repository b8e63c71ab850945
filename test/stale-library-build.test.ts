// The library build's age against its source (src/stale-library-build.ts, README "Use it from
// code"): in a git checkout whose src/ changed after `npm run build:lib`, a program importing
// 'lockstep' ran the old code without a word. Here on a made-up package: its file times are set,
// not waited for. test/library.test.ts shows the warning from the real build.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_COMMAND, STALE_BUILD_WARNING_CODE, staleModule, warnIfStaleBuild } from '../src/stale-library-build.ts';

/** The times the made-up files are given, in s since 1970: the build, a source before it, one after. */
const BUILT_AT = 1_700_000_000;
const BEFORE = BUILT_AT - 60;
const AFTER = BUILT_AT + 60;

/** A package of two library modules built from src/ into dist/, every source older than its build. */
function madePackage(checkout: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-stale-'));
  if (checkout) mkdirSync(join(root, '.git'));
  for (const rel of ['index', join('twin', 'twin')]) {
    for (const [dir, ext, at] of [['src', '.ts', BEFORE], ['dist', '.js', BUILT_AT]] as const) {
      const file = join(root, dir, rel + ext);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '');
      utimesSync(file, at, at);
    }
  }
  // A source the library is not built from: no module of it in dist/.
  mkdirSync(join(root, 'src', 'cli'));
  writeFileSync(join(root, 'src', 'cli', 'main.ts'), '');
  utimesSync(join(root, 'src', 'cli', 'main.ts'), AFTER, AFTER);
  return root;
}

function touch(file: string): void {
  utimesSync(file, AFTER, AFTER);
}

afterEach(() => vi.restoreAllMocks());

describe('staleModule', () => {
  it('finds none when every module was built after its source, whatever else in src/ changed', () => {
    expect(staleModule(join(madePackage(true), 'dist'))).toBeNull();
  });

  it('names a module whose source changed after it was built, both as paths from the package', () => {
    const root = madePackage(true);
    touch(join(root, 'src', 'twin', 'twin.ts'));
    expect(staleModule(join(root, 'dist'))).toEqual({ built: join('dist', 'twin', 'twin.js'), source: join('src', 'twin', 'twin.ts') });
  });

  it('says nothing of a package that is no git checkout (an installed copy)', () => {
    const root = madePackage(false);
    touch(join(root, 'src', 'twin', 'twin.ts'));
    expect(staleModule(join(root, 'dist'))).toBeNull();
  });
});

describe('warnIfStaleBuild', () => {
  it('warns once per process, with its code and the command to run, and never from src/ itself', () => {
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const root = madePackage(true);
    touch(join(root, 'src', 'index.ts'));
    // Loaded from src/ (tsx, the tests): no build to compare.
    warnIfStaleBuild(pathToFileURL(join(root, 'src', 'index.ts')).href);
    expect(emitted).not.toHaveBeenCalled();
    const fromDist = pathToFileURL(join(root, 'dist', 'index.js')).href;
    warnIfStaleBuild(fromDist);
    warnIfStaleBuild(fromDist);
    expect(emitted).toHaveBeenCalledTimes(1);
    const [message, options] = emitted.mock.calls[0]!;
    expect(options).toEqual({ code: STALE_BUILD_WARNING_CODE });
    expect(message).toBe(`lockstep's library build is older than its source: ${join('src', 'index.ts')} changed after ${join('dist', 'index.js')} was built, so a program importing 'lockstep' runs the code as it was before; run \`${BUILD_COMMAND}\` in ${root}`);
  });
});
