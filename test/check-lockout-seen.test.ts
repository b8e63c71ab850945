// The lockout property passes only where its search saw the lockout engage (src/check/lockout-seen.ts,
// product-facts M4): a firmware whose keypad never locks and that reports no wrong entry gave the
// monitor nothing to count, and passed the 913's whole default scope with the guessing bound printed
// from the profile (test/fixtures/broken-firmware/lockout-gone-unreported.ts). Now every exploration
// proving the lockout that was searched deep enough to type the model's wrong attempts must have
// reached a state holding that many wrong entries within the span.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { explore, explorationsOf, type ExplorationResult } from '../src/check/explore.ts';
import { lockoutNeverSeen } from '../src/check/lockout-seen.ts';
import { defaultDepth, defaultScope } from '../src/check/scope.ts';
import { findModel } from '../src/models/index.ts';
import { LockoutGoneUnreportedFirmware } from './fixtures/broken-firmware/lockout-gone-unreported.ts';

const sc913 = findModel('smartcode-913')!;
const broken = (m: typeof sc913, io: ConstructorParameters<typeof LockoutGoneUnreportedFirmware>[1]) => new LockoutGoneUnreportedFirmware(m, io);

function capture(): CheckIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

/** `lockstep check --model smartcode-913` with the switches exploration at its default depth and
 * every other at depth 1: the exit code and the colourless report. */
async function checkSwitches(firmware?: typeof broken): Promise<{ code: number; report: string }> {
  const io = capture();
  const depth = explorationsOf(sc913).map((e) => `${e}=${e === 'switches' ? defaultDepth(sc913).switches : 1}`).join(',');
  const out = mkdtempSync(join(tmpdir(), 'lockstep-lockout-seen-'));
  const code = await checkCommand({ model: 'smartcode-913', depth, out, ...(firmware ? { firmware, firmwareName: 'lockout-gone-unreported' } : {}) }, io);
  return { code, report: stripVTControlCharacters(io.lines.join('\n')) };
}

describe('the lockout property must see the lockout engage', () => {
  it('the monitor alone finds nothing on a firmware that reports no wrong entry: the switches exploration of the 913 sees no lockout there, and does on ours', () => {
    const scope = defaultScope(sc913);
    const bad = explore(sc913, scope, 'switches', { firmware: broken });
    expect(bad.found).toEqual([]);
    expect(bad.lockoutSeen).toBe(false);
    const ours = explore(sc913, scope, 'switches');
    expect(ours.found).toEqual([]);
    expect(ours.lockoutSeen).toBe(true);
  });

  it('lockstep check fails the lockout on that firmware, exit 1, with no guessing bound; on ours it passes with the bound', async () => {
    const bad = await checkSwitches(broken);
    expect(bad.code).toBe(1);
    expect(bad.report).toMatch(/FAIL lockout\s+switches ≤8: never engaged/);
    expect(bad.report).toMatch(/the lockout was never seen to engage: the switches exploration, searched completely to depth 8, holds 3 wrong 4-digit codes in a row \(3 steps\)/);
    expect(bad.report).not.toMatch(/at least 1 h 46 min/);
    const ours = await checkSwitches();
    expect(ours.code).toBe(0);
    expect(ours.report).toMatch(/PASS lockout/);
    expect(ours.report).toMatch(/at least 1 h 46 min/);
  });

  it('asks nothing of an exploration too shallow to type the wrong attempts, or cut short of it by the state cap', () => {
    const r = (completeDepth: number, lockoutSeen: boolean): ExplorationResult =>
      ({ name: 'switches', properties: ['lockout'], completeDepth, lockoutSeen }) as ExplorationResult;
    // The 913: 3 wrong codes, each typed whole in one switches step.
    expect(lockoutNeverSeen(sc913, 4, [r(2, false)])).toBeNull();
    expect(lockoutNeverSeen(sc913, 4, [r(3, false)])?.message).toMatch(/never seen to engage/);
    expect(lockoutNeverSeen(sc913, 4, [r(3, true)])).toBeNull();
  });
});
