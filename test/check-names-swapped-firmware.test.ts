// The README's way to watch a broken fixture caught from the command line loads it with a module
// hook that swaps the twin's firmware (test/fixtures/broken-firmware/use-broken-firmware.mjs).
// The report, its `--json` and every counterexample name the firmware checked: they said "the
// standard firmware" of the swapped one, so a counterexample of a fixture read as a violation by
// the shipped firmware. They now name the firmware the twin is built on.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPLORATIONS } from '../src/check/scope.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { BIN, colourlessEnv } from './cli-run.ts';
import { ENV_VAR } from './fixtures/broken-firmware/firmware-by-name.ts';

const HOOK = join(REPO_ROOT, 'test', 'fixtures', 'broken-firmware', 'use-broken-firmware.mjs');
/** keypad-reset-code's path on the 913 (0000, Lock) is 5 steps of the exterior exploration; the others at depth 1. */
const EXTERIOR_ONLY = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=${e === 'exterior' ? 5 : 1}`).join(',');

function check(hooked: boolean, out: string) {
  const args = [...(hooked ? ['--import', HOOK] : []), BIN, 'check', '--model', 'smartcode-913', '--depth', EXTERIOR_ONLY, '--jobs', '1', '--json', '--out', out];
  return spawnSync(process.execPath, args, { encoding: 'utf8', env: colourlessEnv(hooked ? { [ENV_VAR]: 'keypad-reset-code' } : {}) });
}

describe('check names the firmware the twin is built on', () => {
  it('keypad-reset-code swapped in by the module hook: the JSON and the counterexample name it, not the standard firmware', () => {
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    const r = check(true, out);
    expect(r.status).toBe(1);
    const firmware = JSON.parse(r.stdout).models[0].firmware as string;
    expect(firmware).not.toBe('the standard firmware');
    expect(firmware).toMatch(/KeypadResetCodeFirmware/);
    expect(readFileSync(join(out, 'smartcode-913-S1.yaml'), 'utf8')).toMatch(/^# Exploration "exterior" on .*KeypadResetCodeFirmware/m);
  }, 120_000);

  it('without the hook: the standard firmware', () => {
    const r = check(false, mkdtempSync(join(tmpdir(), 'lockstep-check-')));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).models[0].firmware).toBe('the standard firmware');
  }, 120_000);
});
