// The trace hash `lockstep run --json` closes a scenario with (README, "Trace lines") is the one a
// program gets from the library for the same scenario: `hashTrace` — exported by the package's
// entry, as "Use it from code" names it — over the scenario's trace entries, those the --json lines
// give and those of `runScenario(...).twin.trace` alike; for a scenario that passes, one that
// fails, and one that starts from a snapshot.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { hashTrace, loadScenarioFile, runScenario } from '../src/index.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const EXIT_EXPECTATION_FAILED = 1;
const SHIPPED = ['scenarios/smartcode-913/s01-no-universal-reset-code.yaml', 'scenarios/smartcode-916/m5-m7-secure-screen.yaml'];

interface RunLine {
  scenario: string;
  verdict?: string;
  trace?: string;
  t?: number;
  ch?: string;
  v?: unknown;
}

function runJson(files: string[]): { code: number | null; lines: RunLine[] } {
  const r = spawnSync(process.execPath, [BIN, 'run', '--json', ...files], { encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
  return { code: r.status, lines: r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as RunLine) };
}

describe('lockstep run --json: the trace hash is the library’s hashTrace of the scenario’s trace', () => {
  it('agrees for passing, failing and snapshot-started scenarios', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-run-hash-'));
    const snapshot = join(dir, 'start.json');
    const saved = spawnSync(process.execPath, [BIN, 'run', '--quiet', '--save-snapshot', snapshot, SHIPPED[0]!], { encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
    expect(saved.status).toBe(0);
    const fromSnapshot = join(dir, 'from-snapshot.yaml');
    writeFileSync(fromSnapshot, `name: carried on from a snapshot\nmodel: smartcode-913\ngiven: { snapshot: start.json }\nsteps:\n  - type: "1234"\n  - wait: 3s\n  - expect: { beep: true }\n`);
    const failing = join(dir, 'failing.yaml');
    writeFileSync(failing, `name: expects what does not happen\nmodel: smartcode-913\nsteps:\n  - type: "9999"\n  - wait: 2s\n  - expect: { bolt: extended }\n`);

    const files = [...SHIPPED, fromSnapshot, failing];
    const run = runJson(files);
    expect(run.code).toBe(EXIT_EXPECTATION_FAILED);
    for (const file of files) {
      const lines = run.lines.filter((l) => l.scenario === file);
      const verdict = lines.at(-1)!;
      expect(verdict.verdict, file).toBe(file === failing ? 'fail' : 'pass');
      const library = runScenario(loadScenarioFile(resolve(REPO_ROOT, file)));
      const entries = lines.slice(0, -1).map(({ t, ch, v }) => ({ t, ch, v }));
      expect(entries, file).toEqual(library.twin.trace.entries);
      expect(verdict.trace, file).toBe(hashTrace(library.twin.trace.entries));
      expect(verdict.trace, file).toBe(hashTrace(entries as Parameters<typeof hashTrace>[0]));
      expect(verdict.trace, file).toBe(library.traceHash);
    }
  });
});
