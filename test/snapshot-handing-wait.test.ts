// The wait before door handing (mode `handing-wait`) and its deadline (firmware.tHanding) go
// together in a snapshot (src/twin/snapshot-handing-wait.ts; handing.ts scheduleHanding arms both,
// startHanding clears both; seed S16, S18). A snapshot waiting with no deadline was accepted, and
// the restored lock waited for good, taking no code; one with the deadline armed in normal
// operation was accepted too, and the restored lock ran door handing by itself. A real lock saved
// while it waits still loads and goes on to hand its door.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { BIN, colouredEnv } from './cli-run.ts';
import { edited, editedDeadlines, verdict } from './snapshot-verdict.ts';

/** Long enough for a lock waiting to hand its door to start and finish (913: 3 s, then the runs). */
const SETTLE_MS = 30_000;

/** What a restored twin's firmware is in after `ms` more. */
function modeAfter(snap: TwinSnapshot, ms: number): string {
  const t = Twin.restore(snap, { trace: false });
  t.apply({ do: 'wait', ms });
  return t.firmware.s.mode;
}

describe('the wait before door handing', () => {
  // A 913 never handed (seed S16: handing runs by itself a few seconds after power-up).
  const waiting = Twin.create('smartcode-913', { seed: 6, trace: false, doorOpen: true, handed: 'none' }).snapshot();

  it('a real one loads and goes on to hand the door', () => {
    expect(waiting.firmware.mode).toBe('handing-wait');
    expect(waiting.firmware.tHanding).toBeGreaterThanOrEqual(0);
    expect(verdict(waiting)).toBe('accepted');
    expect(modeAfter(waiting, SETTLE_MS)).toBe('idle');
  });

  it('with its deadline taken away is refused: restored, the lock would wait for good', () => {
    const stalled = editedDeadlines(waiting, (s) => (s.firmware.tHanding = -1));
    expect(modeAfter(stalled, SETTLE_MS)).toBe('handing-wait'); // what the check keeps out
    expect(verdict(stalled)).toBe(
      "firmware.tHanding: not armed in mode handing-wait (firmware.mode): the firmware enters mode handing-wait as it arms door handing's start (firmware.tHanding), and the start, as it runs, clears it and leaves the mode (handing.ts scheduleHanding, startHanding); restored, the lock would wait for door handing for good, taking no code (seed S18), until its pack came out",
    );
  });

  it('`repl --load` refuses it, exit 2 (with colour on, as CI runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-handing-wait-'));
    const file = join(dir, 'stalled.json');
    writeFileSync(file, JSON.stringify(editedDeadlines(waiting, (s) => (s.firmware.tHanding = -1))));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain('firmware.tHanding: not armed in mode handing-wait (firmware.mode)');
  });
});

describe("door handing's start armed in normal operation", () => {
  const t = Twin.create('smartcode-913', { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' } });
  t.apply({ do: 'wait', ms: 10_000 });
  const idle = t.snapshot();

  it('is refused: restored, the lock would run door handing by itself', () => {
    expect(verdict(idle)).toBe('accepted');
    const armed = editedDeadlines(idle, (s) => (s.firmware.tHanding = s.sim.now + 1_000));
    expect(verdict(armed)).toBe(
      `firmware.tHanding: ${idle.sim.now + 1_000} ms in mode idle (firmware.mode): the firmware enters mode handing-wait as it arms door handing's start (firmware.tHanding), and the start, as it runs, clears it and leaves the mode (handing.ts scheduleHanding, startHanding); restored, the lock would start door handing by itself, out of mode handing-wait, driving its bolt as no lock does`,
    );
    // An idle lock edited into the wait with no deadline is refused as well.
    expect(verdict(edited(idle, (s) => (s.firmware.mode = 'handing-wait')))).toMatch(/^firmware\.tHanding: not armed in mode handing-wait /);
  });
});
