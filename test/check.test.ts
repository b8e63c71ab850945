// `lockstep check` — the model checker over the real firmware (seed S1, S2, S3, S8, S9, S18):
// (the standard firmware on every model's default scope: check-default-scope-*.test.ts) it catches each
// deliberately broken firmware, writing a counterexample that `lockstep run` replays as a
// failing scenario (and that passes on the standard firmware, so the file is the proof).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { BROKEN_FIRMWARE, ENV_VAR, type BrokenFirmwareName } from './fixtures/broken-firmware/firmware-by-name.ts';

const BIN = join(REPO_ROOT, 'bin', 'lockstep.js');
const HOOK = join(REPO_ROOT, 'test', 'fixtures', 'broken-firmware', 'use-broken-firmware.mjs');
/** Deep enough for every fixture's shortest counterexample (7 steps), small enough for CI. */
const CI_DEPTH = '7';

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

function lockstepRun(file: string, broken?: BrokenFirmwareName) {
  const args = broken ? ['--import', HOOK, BIN, 'run', '-q', file] : [BIN, 'run', '-q', file];
  const env = { ...process.env, NO_COLOR: '1', ...(broken ? { [ENV_VAR]: broken } : {}) };
  return spawnSync(process.execPath, args, { encoding: 'utf8', env });
}

const CASES: { fixture: BrokenFirmwareName; property: string }[] = [
  { fixture: 'keypad-reset-code', property: 'S1' },
  { fixture: 'skip-mastercode-check', property: 'S2-S3' },
  { fixture: 'non-atomic-store', property: 'power-cut' },
];

describe('lockstep check catches deliberately broken firmware', () => {
  for (const { fixture, property } of CASES) {
    it(`${fixture}: ${property} fails, exit 1, and the counterexample replays as a failing scenario`, () => {
      const io = capture();
      const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
      const F = BROKEN_FIRMWARE[fixture];
      const code = checkCommand({ model: 'smartcode-913', depth: CI_DEPTH, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: fixture }, io);
      expect(code).toBe(1);
      const file = join(out, `smartcode-913-${property}.yaml`);
      expect(existsSync(file)).toBe(true);
      expect(io.lines.join('\n')).toMatch(/replay fails as it should/);
      expect(readFileSync(file, 'utf8')).toMatch(/^name: /m);
      const broken = lockstepRun(file, fixture);
      expect(broken.stdout + broken.stderr).toMatch(/FAIL/);
      expect(broken.status).toBe(1);
      // The same steps on the standard firmware hold: the file fails because of the fixture.
      const standard = lockstepRun(file);
      expect(standard.status).toBe(0);
    });
  }
});

describe('lockstep check input', () => {
  it('exits 2 for an unknown model, for neither or both of --model/--all, and for a bad depth', () => {
    expect(checkCommand({ model: 'smartcode-000' }, capture())).toBe(2);
    expect(checkCommand({}, capture())).toBe(2);
    expect(checkCommand({ model: 'smartcode-913', all: true }, capture())).toBe(2);
    expect(checkCommand({ model: 'smartcode-913', depth: '0' }, capture())).toBe(2);
    expect(checkCommand({ model: 'smartcode-913', depth: 'deep' }, capture())).toBe(2);
  });

  it('is a lockstep command: --json report on stdout, exit 2 for an unknown model', () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const env = { ...process.env, NO_COLOR: '1' };
    const ok = spawnSync(process.execPath, [BIN, 'check', '--model', 'smartcode-913', '--depth', '3', '--json', '--out', out], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).ok).toBe(true);
    const bad = spawnSync(process.execPath, [BIN, 'check', '--model', 'nope'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown model "nope"/);
  });
});
