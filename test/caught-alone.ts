// A broken firmware fixture checked with one exploration alone (test/fixtures/broken-firmware/):
// the property fails, its counterexample reproduces, and the scenario written fails when
// `lockstep run` replays it on that firmware and passes on ours. Shared by the checker's tests.
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { checkModel } from '../src/check/run-check.ts';
import { SETTLE_COMMENT } from '../src/check/counterexample.ts';
import { defaultScope, EXPLORATIONS, type CheckScope, type ExplorationName } from '../src/check/scope.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { findModel } from '../src/models/index.ts';
import { BROKEN_FIRMWARE, ENV_VAR, type BrokenFirmwareName } from './fixtures/broken-firmware/firmware-by-name.ts';
import { BIN, colourlessEnv } from './cli-run.ts';

const HOOK = join(REPO_ROOT, 'test', 'fixtures', 'broken-firmware', 'use-broken-firmware.mjs');

/** `lockstep run -q FILE`, on the standard firmware or the broken one named. */
export function lockstepRun(file: string, broken?: BrokenFirmwareName) {
  const args = broken ? ['--import', HOOK, BIN, 'run', '-q', file] : [BIN, 'run', '-q', file];
  return spawnSync(process.execPath, args, { encoding: 'utf8', env: colourlessEnv(broken ? { [ENV_VAR]: broken } : {}) });
}

/** The model's default scope with only the explorations in `depths` searched to theirs, every
 * other one to `othersDepth`. */
export function scopeAlone(model: ModelProfile, depths: Partial<Record<ExplorationName, number>>, othersDepth: 0 | 1): CheckScope {
  return defaultScope(model, { ...Object.fromEntries(EXPLORATIONS.map((e) => [e, othersDepth])), ...depths });
}

/**
 * `exploration` to `depth` on firmware `fixture`, every other exploration to `othersDepth`: the
 * property fails, its counterexample reproduces, and the scenario written fails on that firmware
 * and passes on ours. Returns the scenario's text.
 */
export function caughtAlone(modelId: string, fixture: BrokenFirmwareName, property: string, exploration: ExplorationName, depth: number, othersDepth: 0 | 1): string {
  const model = findModel(modelId)!;
  const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
  const scope = scopeAlone(model, { [exploration]: depth }, othersDepth);
  const F = BROKEN_FIRMWARE[fixture];
  const c = checkModel(model, scope, { outDir: out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: fixture });
  const v = c.properties.find((p) => p.id === property)!;
  expect(v.verdict).toBe('FAIL');
  expect(v.counterexample!.reproduced).toBe(true);
  const file = join(out, `${modelId}-${property.replace('/', '-')}.yaml`);
  expect(existsSync(file)).toBe(true);
  expect(lockstepRun(file, fixture).status).toBe(1);
  expect(lockstepRun(file).status).toBe(0);
  return readFileSync(file, 'utf8');
}

/** Steps of a written counterexample's path (the lines under `steps:` that act, not `expect:`
 * ones, and not the wait after the path that lets what it set off land). */
export function stepsOf(scenario: string): number {
  const path = scenario.split(SETTLE_COMMENT)[0];
  return path.split('\n').filter((l) => /^\s+- (press|type|hold|release|wait|key|door|battery|exterior|switch|fault):/.test(l)).length;
}
