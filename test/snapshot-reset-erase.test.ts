// A factory reset under way (firmware mode `resetting`) is held to the write and the erase that
// keep it (src/twin/snapshot-reset-erase.ts, seed S6, S8): the firmware leaves the mode only as the
// reset's last write lands, so a snapshot in `resetting` with no write under way or no erase due
// was accepted, and the restored lock stayed in its reset for good, its keypad ignored; an erase
// due in normal operation was accepted too. A real reset, saved while it writes and while it
// erases, still loads (every shipped scenario's mid-write snapshots, resets included, are in
// test/snapshot-store-agrees.test.ts).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { BIN, colouredEnv } from './cli-run.ts';
import { edited, verdict } from './snapshot-verdict.ts';
import { apply913Reset } from './reset-913-gesture.ts';

/** How far a twin is run at a time to stop inside a write (hardware/eeprom.ts EEPROM_PAGE_WRITE_MS). */
const STEP_MS = 5;
/** Long enough for the reset's writes to land and the lock to leave `resetting`. */
const SETTLE_MS = 60_000;

/** A 913 reset (seed S8: pack out, Program held as it goes back in, 30 s, let go, press once more),
 * run in page-write steps from the confirming release: a snapshot at each step while it resets. */
function resetting913(): TwinSnapshot[] {
  const t = Twin.create('smartcode-913', { seed: 8, trace: false, doorOpen: true, codes: { 1: '1357' } });
  apply913Reset(t); // up to the confirming press's release: erased as it is let go (reset.ts)
  // The release settles first (seed S14), then the reset starts.
  for (let waited = 0; t.firmware.s.mode !== 'resetting'; waited += STEP_MS) {
    if (waited > SETTLE_MS) throw new Error('the reset never started');
    t.apply({ do: 'wait', ms: STEP_MS });
  }
  const out: TwinSnapshot[] = [];
  for (let s = t.snapshot(); s.firmware.mode === 'resetting'; s = t.snapshot()) {
    out.push(s);
    t.apply({ do: 'wait', ms: STEP_MS });
  }
  return out;
}

/** What a restored twin's firmware is in after `ms` more. */
function modeAfter(snap: TwinSnapshot, ms: number): string {
  const t = Twin.restore(snap, { trace: false });
  t.apply({ do: 'wait', ms });
  return t.firmware.s.mode;
}

describe('a factory reset under way', () => {
  const during = resetting913();
  const writing = during.find((s) => s.firmware.writeBank === 0 || s.firmware.writeBank === 1)!;
  const erasing = during.find((s) => s.firmware.writeBank >= 2)!;

  it('loads as saved, writing and erasing, and finishes', () => {
    expect(writing).toBeDefined();
    expect(erasing).toBeDefined();
    for (const s of during) expect(verdict(s)).toBe('accepted');
    expect(modeAfter(writing, SETTLE_MS)).not.toBe('resetting');
  });

  it('with no write under way is refused: restored, it would never leave the reset', () => {
    const stalled = edited(erasing, (s) => {
      s.firmware.writeBank = -1;
      s.eeprom.writing = null;
      delete s.sim.alarms.eeprom;
    });
    expect(modeAfter(stalled, SETTLE_MS)).toBe('resetting'); // what the check keeps out
    expect(verdict(stalled)).toBe(
      'firmware.mode: "resetting", but no write is under way (firmware.writeBank -1): a factory reset starts writing the store at once (reset.ts eraseStore, persistence.ts persist), and the firmware leaves mode resetting only as the reset\'s last write lands, its erase of the bank not last written included (persistence.ts writeDone, reset.ts eraseComplete; seed S6); restored, the lock would stay in its reset for good, ignoring its keypad, until its pack came out',
    );
  });

  it('with no erase due is refused too', () => {
    expect(verdict(edited(writing, (s) => (s.firmware.eraseOtherBank = false)))).toMatch(
      /^firmware\.mode: "resetting", but no erase is due \(firmware\.eraseOtherBank false\): a factory reset marks the bank not last written to be erased as it starts/,
    );
  });
});

describe('an idle lock edited into `resetting`, or with an erase due', () => {
  const t = Twin.create('smartcode-913', { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' } });
  t.apply({ do: 'wait', ms: 10_000 });
  const idle = t.snapshot();
  const intoReset = edited(idle, (s) => (s.firmware.mode = 'resetting'));

  it('is refused, naming the field', () => {
    expect(verdict(idle)).toBe('accepted');
    expect(verdict(intoReset)).toMatch(/^firmware\.mode: "resetting", but no erase is due \(firmware\.eraseOtherBank false\): /);
    expect(verdict(edited(idle, (s) => (s.firmware.eraseOtherBank = true)))).toBe(
      "firmware.eraseOtherBank: true in mode idle (firmware.mode): only a factory reset marks the bank not last written to be erased, in mode resetting, and the firmware leaves mode resetting only as the reset's last write lands, its erase of the bank not last written included (persistence.ts writeDone, reset.ts eraseComplete; seed S6); restored, the next change written would be followed by an erase no reset asked for",
    );
  });

  it('`repl --load` refuses it, exit 2 (with colour on, as CI runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-reset-erase-'));
    const file = join(dir, 'stuck.json');
    writeFileSync(file, JSON.stringify(intoReset));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain('firmware.mode: "resetting", but no erase is due (firmware.eraseOtherBank false)');
  });
});
