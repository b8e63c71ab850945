// `lockstep check --jobs`: explorations run on worker threads (src/check/exploration-pool.ts)
// find exactly what they find in one thread — the same states, transitions, depths, probes and
// verdicts on every model — and a worker's failure is reported, naming the exploration, never lost.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { ENV_VAR } from './fixtures/broken-firmware/firmware-by-name.ts';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { runExplorations } from '../src/check/exploration-pool.ts';
import { defaultScope } from '../src/check/scope.ts';
import { findModel } from '../src/models/index.ts';
import { BIN, colourlessEnv } from './cli-run.ts';

/** Loaded with --import, it swaps in a broken firmware in every thread (workers inherit it). */
const HOOK = join(REPO_ROOT, 'test', 'fixtures', 'broken-firmware', 'use-broken-firmware.mjs');
/** Deep enough for the keypad reset code's 6-step counterexample. */
const FIXTURE_DEPTH = '7';

/** Shallow enough for CI, deep enough that every exploration branches widely. */
const SMALL_DEPTH = '5';
const TIMEOUT_MS = 180_000;

interface ExplorationJson {
  name: string;
  states: number;
  transitions: number;
  maxDepth: number;
  truncated: string | null;
  recoveryProbes: number;
}
interface ModelJson {
  model: string;
  states: number;
  transitions: number;
  explorations: ExplorationJson[];
  properties: { id: string; verdict: string; scope: string }[];
}

async function checkAll(jobs: string): Promise<{ code: number; report: { jobs: number; states: number; models: ModelJson[] } }> {
  const lines: string[] = [];
  const io: CheckIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
  const out = mkdtempSync(join(tmpdir(), 'lockstep-check-parallel-'));
  try {
    const code = await checkCommand({ all: true, depth: SMALL_DEPTH, json: true, jobs, out }, io);
    return { code, report: JSON.parse(lines.join('\n')) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** What an exploration found, without its timings. */
function findings(models: ModelJson[]): unknown {
  return models.map((m) => ({
    model: m.model,
    states: m.states,
    transitions: m.transitions,
    explorations: m.explorations.map((e) => [e.name, e.states, e.transitions, e.maxDepth, e.truncated, e.recoveryProbes]),
    properties: m.properties.map((p) => [p.id, p.verdict, p.scope]),
  }));
}

describe('lockstep check on worker threads', () => {
  it(
    'every model: two worker threads find the same as one thread, and report the run as a whole',
    async () => {
      const serial = await checkAll('1');
      const parallel = await checkAll('2');
      expect(serial.code).toBe(0);
      expect(parallel.code).toBe(0);
      expect(serial.report.jobs).toBe(1);
      expect(parallel.report.jobs).toBe(2);
      expect(parallel.report.models.map((m) => m.model)).toEqual(serial.report.models.map((m) => m.model));
      expect(findings(parallel.report.models)).toEqual(findings(serial.report.models));
      expect(parallel.report.states).toBe(serial.report.models.reduce((a, m) => a + m.states, 0));
    },
    TIMEOUT_MS,
  );

  it(
    'a job a worker cannot run fails the whole run with the model and exploration named',
    async () => {
      const model = findModel('smartcode-913')!;
      const scope = defaultScope(model, 2);
      const jobs = [
        { id: 0, modelId: 'smartcode-913', scope, exploration: 'exterior' as const },
        { id: 1, modelId: 'smartcode-000', scope, exploration: 'interior' as const },
      ];
      await expect(runExplorations(jobs, new Map([[model.id, model]]), { jobs: 2 })).rejects.toThrow(/smartcode-000 interior exploration failed in its worker: .*unknown model "smartcode-000"/);
    },
    TIMEOUT_MS,
  );

  it(
    'a violation found on a worker thread is written and replayed as in one thread: the same counterexample files',
    () => {
      const files: Record<string, string>[] = [];
      for (const jobs of ['1', '2']) {
        const out = mkdtempSync(join(tmpdir(), 'lockstep-check-parallel-cx-'));
        try {
          const env = colourlessEnv({ [ENV_VAR]: 'keypad-reset-code' });
          const args = ['--import', HOOK, BIN, 'check', '--model', 'smartcode-913', '--depth', FIXTURE_DEPTH, '--jobs', jobs, '--out', out];
          const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
          expect(r.status, r.stderr).toBe(1);
          expect(r.stdout).toMatch(/FAIL S1/);
          expect(r.stdout).toMatch(/replay fails as it should/);
          expect(r.stdout).not.toMatch(/did not reproduce/);
          files.push(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])));
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      }
      expect(Object.keys(files[1])).toContain('smartcode-913-S1.yaml');
      expect(files[1]).toEqual(files[0]);
    },
    TIMEOUT_MS,
  );

  it('an exploration that throws ends the command with exit 3 and the error, not a crash', async () => {
    const lines: string[] = [];
    const io: CheckIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
    const firmware = (): never => {
      throw new Error('firmware under test refused to start');
    };
    expect(await checkCommand({ model: 'smartcode-913', depth: '2', firmware }, io)).toBe(3);
    expect(lines.join('\n')).toMatch(/internal error: Error: firmware under test refused to start/);
  });
});
