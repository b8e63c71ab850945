// The founding rule "Determinism": the firmware and hardware layers never read the wall clock or
// Math.random, and every run is replayable from its seed (design/architecture.md "Contracts": same
// model + seed + inputs ⇒ byte-identical trace, on every machine). The layers a lock is made of —
// and every module they import, however far — use no clock, random source, real timer, locale,
// process state or garbage-collector hook; the checker and the scenario runner none either, but
// the wall time their reports give beside the verdicts and the process's exit code and terminal.
// The scan (./nondeterminism-scan.ts) is shown to catch each of the broken files in
// fixtures/nondeterministic-core/, and nothing in its clean one.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { findingLine, scanForNondeterminism, type ScanRules } from './nondeterminism-scan.ts';

/** Every TypeScript file in these folders of the repository (tests aside). */
function filesIn(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(REPO_ROOT, dir, f)),
  );
}

/** The lock itself: what runs the same in a test, the CLI, the browser and the model checker. */
const LOCK_LAYERS = ['src/sim', 'src/hardware', 'src/firmware', 'src/models', 'src/twin'];
const LOCK_RULES: ScanRules = { allowModules: ['zod', 'zod/mini', 'jsonc-parser'] };

/** What runs a lock from files and searches it: the scenario runner and the model checker. */
const RUNNERS = ['src/scenario', 'src/check'];
const RUNNER_RULES: ScanRules = {
  // performance: the wall time a check's report gives beside its verdicts (wallMs), never in them;
  // process: the exit code, and the terminal the progress line and colours are written for.
  allowGlobals: ['performance', 'process'],
  // @noble/hashes: SHA-256 of the counterexamples the checker writes (a pure function of the text);
  // fastest-levenshtein: the closest word for a misspelt one in a scenario (a pure function too).
  allowModules: ['zod', 'zod/mini', 'jsonc-parser', 'yaml', 'commander', 'picocolors', 'fastest-levenshtein', 'node:fs', 'node:path', 'node:url', 'node:os', 'node:worker_threads', '@noble/hashes/sha2.js', '@noble/hashes/utils.js'],
};

const FIXTURES = join('test', 'fixtures', 'nondeterministic-core');
/** Each broken fixture, and what the scan must say of it. */
const BROKEN: ReadonlyArray<readonly [file: string, what: string]> = [
  ['wall-clock.ts', 'the wall clock (Date)'],
  ['new-date.ts', 'the wall clock (Date)'],
  ['global-date.ts', 'the global object'],
  ['math-random.ts', "the platform's random source (Math.random)"],
  ['math-aliased.ts', 'Math by another name'],
  ['math-indexed.ts', 'Math by another name'],
  ['performance-now.ts', 'the wall clock (performance)'],
  ['hrtime.ts', 'the process'],
  ['real-timer.ts', 'a real timer'],
  ['crypto-import.ts', 'module "node:crypto"'],
  ['crypto-global.ts', "the platform's random source (crypto)"],
  ['locale-format.ts', "the machine's locale (toLocaleString without a locale)"],
  ['locale-order.ts', "the machine's locale (localeCompare without a locale)"],
  [join('helpers', 'clock-reader.ts'), 'the wall clock (Date)'],
];

describe('no run depends on more than its seed and inputs', () => {
  it('the lock layers, and all they import, use no clock, random source, timer, locale or process state', () => {
    expect(scanForNondeterminism(filesIn(...LOCK_LAYERS), LOCK_RULES).map(findingLine)).toEqual([]);
  });

  it('the scenario runner and the model checker use none either, but wall time for reports and the process for its exit', () => {
    expect(scanForNondeterminism(filesIn(...RUNNERS), RUNNER_RULES).map(findingLine)).toEqual([]);
  });
});

describe('the scan, on files broken on purpose', () => {
  const findings = scanForNondeterminism(filesIn(FIXTURES), LOCK_RULES);

  it.each(BROKEN)('finds %s', (file, what) => {
    const found = findings.filter((f) => f.file === join(FIXTURES, file));
    expect(found.map(findingLine)).toHaveLength(1);
    expect(found[0]!.what).toContain(what);
  });

  it('finds nothing else, and nothing in names and members that only look alike (clean.ts)', () => {
    const expected = new Set(BROKEN.map(([file]) => join(FIXTURES, file)));
    expect(findings.filter((f) => !expected.has(f.file)).map(findingLine)).toEqual([]);
  });

  it('follows imports: a file that is clean itself is caught by the clock its helper reads', () => {
    const found = scanForNondeterminism([join(REPO_ROOT, FIXTURES, 'through-import.ts')], LOCK_RULES);
    expect(found.map(findingLine)).toEqual([`${join(FIXTURES, 'helpers', 'clock-reader.ts')}:2: the wall clock (Date): Date.now`]);
  });
});
