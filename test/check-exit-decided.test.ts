// A reader that stops early (`lockstep check … | head`) ends the command with the exit code known
// by then (README "The command line": 1 once a property has failed), not with the closed pipe's
// 141: on worker threads the report is written while the workers are still being stopped, so the
// pipe's error came before the command had returned its code, and a failed check exited 141.
// check tells its io the code as soon as a model's verdicts hold a failure, before writing them.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, processIo, type CheckIo } from '../src/check/check-command.ts';
import { EXPLORATIONS } from '../src/check/scope.ts';
import { EXIT_EXPECTATION_FAILED } from '../src/cli/exit-codes.ts';
import { BROKEN_FIRMWARE } from './fixtures/broken-firmware/firmware-by-name.ts';

/** keypad-reset-code's path on the 913 (0000, Lock) is 5 steps of the exterior exploration; the others at depth 1. */
const EXTERIOR_ONLY = EXPLORATIONS.filter((e) => e !== 'screened').map((e) => `${e}=${e === 'exterior' ? 5 : 1}`).join(',');

/** What the command wrote and decided, in the order it did. */
function recording(): CheckIo & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    out: (l) => events.push(`out ${stripVTControlCharacters(l)}`),
    err: (l) => events.push(`err ${stripVTControlCharacters(l)}`),
    progress: null,
    decided: (code) => events.push(`decided ${code}`),
  };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('check decides its exit code before writing the report that shows it', () => {
  it('a failed property: exit 1 decided before the first line of its model\'s report', async () => {
    const io = recording();
    const F = BROKEN_FIRMWARE['keypad-reset-code'];
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    expect(await checkCommand({ model: 'smartcode-913', depth: EXTERIOR_ONLY, out, firmware: (m, fwIo) => new F(m, fwIo), firmwareName: 'keypad-reset-code' }, io)).toBe(EXIT_EXPECTATION_FAILED);
    const decided = io.events.indexOf(`decided ${EXIT_EXPECTATION_FAILED}`);
    const report = io.events.findIndex((e) => e.startsWith('out smartcode-913'));
    expect(decided).toBeGreaterThanOrEqual(0);
    expect(report).toBeGreaterThan(decided);
    expect(io.events.some((e) => /^out +FAIL S1/.test(e))).toBe(true);
  });

  it('every property holding: nothing decided before the end', async () => {
    const io = recording();
    const out = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    expect(await checkCommand({ model: 'smartcode-909', depth: '1', out, jobs: '1' }, io)).toBe(0);
    expect(io.events.filter((e) => e.startsWith('decided'))).toEqual([]);
  });

  it("the command's own io gives the code to the process, where the closed-pipe handler reads it", () => {
    processIo().decided!(EXIT_EXPECTATION_FAILED);
    expect(process.exitCode).toBe(EXIT_EXPECTATION_FAILED);
  });
});
