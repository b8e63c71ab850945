// A snapshot's keypad lockout must follow from the wrong codes it keeps (src/twin/snapshot-lockout.ts):
// the firmware arms a lockout only on the wrong code that makes the model's count within its
// window, ending the model's lockout time after that code, and takes no wrong code while it runs
// (firmware/entry.ts). Each field edited by hand, in a real snapshot, to what no run could leave
// is refused naming it, by the check and by `lockstep run` (exit 2); what runs leave is accepted
// (every step of every shipped scenario, test/determinism.test.ts, lockouts among them).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { edited, verdict } from './snapshot-verdict.ts';

/** A 913 given three wrong codes (its count: three within a minute locks the keypad 60 s) once
 * it has run longer than that minute, then `ms` on. */
function afterThreeWrong(ms: number): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 5, trace: false, codes: { 1: '1357' }, mastercode: 'none' });
  t.apply({ do: 'wait', ms: 90_000 });
  for (const digits of ['2222', '2223', '2224']) {
    t.apply({ do: 'type', digits });
    t.apply({ do: 'press', key: 'lock' });
  }
  t.apply({ do: 'wait', ms });
  return t.snapshot();
}

const LOCKOUT_MS = 60_000;
const snap = afterThreeWrong(2_000);
const times = snap.firmware.wrongTimes;
const last = times[2]!;
const end = snap.firmware.tLockoutEnd;

/** `s` with its lockout's end, and the firmware's alarm that runs it, moved to `at` (-1: none). */
function lockoutEndAt(s: TwinSnapshot, at: number): void {
  s.firmware.tLockoutEnd = at;
  if (at < 0) delete s.sim.alarms['firmware'];
  else s.sim.alarms['firmware']![0] = at;
}

it('the snapshot edited below is accepted as it is: locked out until 60 s after the third wrong code', () => {
  expect(times.every((t) => t >= 0)).toBe(true);
  expect(end).toBe(last + LOCKOUT_MS);
  expect(snap.sim.alarms['firmware']![0]).toBe(end);
  expect(verdict(snap)).toBe('accepted');
});

describe('a lockout ends the model\'s lockout time after the wrong code that armed it', () => {
  it('refuses an end at any other time, naming the last wrong code', () => {
    for (const at of [end - 1, end + 1, snap.sim.now + 1]) {
      expect(verdict(edited(snap, (s) => lockoutEndAt(s, at))), String(at)).toBe(
        `firmware.tLockoutEnd: ${at} ms, not 60000 ms after the last wrong code (firmware.wrongTimes[2] at ${last} ms): a smartcode-913's lockout ends at ${end} ms`,
      );
    }
  });
});

describe('a lockout is armed only by as many wrong codes as the model counts, within its window', () => {
  it('refuses a lockout with fewer wrong codes kept', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[0] = -1)))).toBe(
      `firmware.tLockoutEnd: armed for ${end} ms, but firmware.wrongTimes[0] holds no wrong code: a smartcode-913 locks its keypad out only once 3 wrong codes come within 60000 ms`,
    );
  });

  it('refuses a lockout whose first wrong code kept is outside the window of the last', () => {
    const old = last - 60_000;
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[0] = old)))).toBe(
      `firmware.tLockoutEnd: armed for ${end} ms, but firmware.wrongTimes[0] at ${old} ms is 60000 ms before the last (firmware.wrongTimes[2] at ${last} ms): a smartcode-913 locks its keypad out only once 3 wrong codes come within 60000 ms`,
    );
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[0] = old + 1)))).toBe('accepted');
  });
});

describe('the wrong code that fills the window locks the keypad out until its end', () => {
  it('refuses no lockout where the wrong codes kept arm one still running', () => {
    expect(verdict(edited(snap, (s) => lockoutEndAt(s, -1)))).toBe(
      `firmware.tLockoutEnd: -1 (no lockout), but the 3 wrong codes kept (firmware.wrongTimes[0] to firmware.wrongTimes[2]) came within 60000 ms, the last at ${last} ms: a smartcode-913's keypad is locked out until ${end} ms`,
    );
  });

  it('accepts the lockout over, and its wrong codes still kept, once its time has passed', () => {
    const over = afterThreeWrong(LOCKOUT_MS);
    expect(over.firmware.tLockoutEnd).toBe(-1);
    expect(over.firmware.wrongTimes).toEqual(times);
    expect(verdict(over)).toBe('accepted');
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-lockout-'));
  const file = join(dir, 'lockout.json');
  writeFileSync(file, JSON.stringify(edited(snap, (s) => lockoutEndAt(s, end + 1))));
  const scenario = join(dir, 'from-lockout.yaml');
  writeFileSync(scenario, 'name: from an edited snapshot\nmodel: smartcode-913\ngiven: { snapshot: lockout.json }\nsteps:\n  - wait: 1s\n');
  const run = lockstep('run', scenario);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.tLockoutEnd: ${end + 1} ms, not 60000 ms after the last wrong code`);
});
