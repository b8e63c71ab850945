// A snapshot's firmware deadlines lie no further off than the model's own times set them
// (src/twin/snapshot-timeouts.ts): each deadline armed in a real snapshot is accepted, and as far
// off as the model sets it; moved a millisecond further (its alarm moved with it, so only the
// distance is at fault) it is refused naming the field, by the check and by `lockstep run`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNCE_WINDOW_MS } from '../src/hardware/buttons.ts';
import { Twin, type TwinOptions, type TwinSnapshot } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { editedDeadlines, verdict } from './snapshot-verdict.ts';

type Armed = 'tHold' | 'tReminder' | 'tExterior' | 'tAutoLock' | 'tHanding';

/** `snap` with deadline `name` at `at`, the firmware's alarm moved with it. */
function movedTo(snap: TwinSnapshot, name: Armed, at: number): TwinSnapshot {
  return editedDeadlines(snap, (s) => (s.firmware[name] = at));
}

function twin(model: string, opts: TwinOptions = {}): Twin {
  const t = Twin.create(model, { seed: 4, trace: false, doorOpen: true, ...opts });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** A 913 with Program held a second: its Mastercode hold armed. */
function programHeld(): TwinSnapshot {
  const t = twin('smartcode-913');
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'wait', ms: 1_000 });
  return t.snapshot();
}

/** A 913 whose reset hold was never confirmed (S24): its reminder armed. */
function resetArmed(): TwinSnapshot {
  const t = twin('smartcode-913');
  t.apply({ do: 'battery-out' });
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'battery-in' });
  t.apply({ do: 'wait', ms: 31_000 });
  t.apply({ do: 'release', key: 'program' });
  return t.snapshot();
}

/** A 916 with its exterior unplugged: its alert armed. */
function exteriorOut(): TwinSnapshot {
  const t = twin('smartcode-916');
  t.apply({ do: 'exterior', state: 'disconnected' });
  return t.snapshot();
}

/** A lock just opened by a code, auto-lock on: its auto-lock counting. */
function opened(model: string, opts: TwinOptions): TwinSnapshot {
  const t = twin(model, { codes: { 1: '1357' }, mastercode: 'none', ...opts });
  t.apply({ do: 'type', digits: '1357' });
  t.apply({ do: 'wait', ms: 3_000 });
  return t.snapshot();
}

/** A 913 powered up without its handing learned: handing waits to start. */
function handingWaits(): TwinSnapshot {
  return Twin.create('smartcode-913', { seed: 4, trace: false, doorOpen: true, handed: 'none' }).snapshot();
}

const clock = (s: TwinSnapshot): string => `and the clock is at ${s.sim.now} ms`;

const cases: [Armed, TwinSnapshot, number, (at: number, s: TwinSnapshot) => string][] = [
  ['tHold', programHeld(), 30_000 + BOUNCE_WINDOW_MS, (at, s) => `firmware.tHold: ${at} ms: a smartcode-913's longest hold is 30000 ms from a press settled at most ${BOUNCE_WINDOW_MS} ms after the clock, ${clock(s)}`],
  ['tReminder', resetArmed(), 6_000, (at, s) => `firmware.tReminder: ${at} ms: a smartcode-913's half-finished reset reminds every 6000 ms, ${clock(s)}`],
  ['tExterior', exteriorOut(), 1_000, (at, s) => `firmware.tExterior: ${at} ms: a smartcode-916's unplugged-exterior alert sounds every 1000 ms, ${clock(s)}`],
  ['tAutoLock', opened('smartcode-913', { switches: { 2: true } }), 30_000, (at, s) => `firmware.tAutoLock: ${at} ms: a smartcode-913 locks itself at most 30000 ms after unlocking, ${clock(s)}`],
  ['tHanding', handingWaits(), 3_000, (at, s) => `firmware.tHanding: ${at} ms: a smartcode-913 starts door handing 3000 ms after it is scheduled, ${clock(s)}`],
];

describe("a deadline lies no further off than the model's own time", () => {
  for (const [name, snap, farthest, message] of cases) {
    it(`${name}: armed in a real snapshot and as far off as the model sets it, accepted; a millisecond further, refused`, () => {
      expect(snap.firmware[name]).toBeGreaterThanOrEqual(snap.sim.now);
      expect(verdict(snap)).toBe('accepted');
      const now = snap.sim.now;
      expect(verdict(movedTo(snap, name, now + farthest))).toBe('accepted');
      expect(verdict(movedTo(snap, name, now + farthest + 1))).toBe(message(now + farthest + 1, snap));
    });
  }

  it("accepts a Powerbolt 250 counting its longest auto-lock delay (menu 8's 10 minutes), refused on a 913", () => {
    const snap = opened('powerbolt-250', { autoLock: 'on', autoLockDelay: 600_000 });
    expect(snap.firmware.tAutoLock).toBeGreaterThan(snap.sim.now + 30_000);
    expect(verdict(snap)).toBe('accepted');
    const on913 = opened('smartcode-913', { switches: { 2: true } });
    expect(verdict(movedTo(on913, 'tAutoLock', snap.firmware.tAutoLock - snap.sim.now + on913.sim.now))).toMatch(/^firmware\.tAutoLock: \d+ ms: a smartcode-913 locks itself at most 30000 ms after unlocking/);
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const [, snap, farthest, message] = cases[0]!;
  const at = snap.sim.now + farthest + 1;
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-timeouts-'));
  const file = join(dir, 'hold.json');
  writeFileSync(file, JSON.stringify(movedTo(snap, 'tHold', at)));
  const scenario = join(dir, 'from-hold.yaml');
  writeFileSync(scenario, 'name: from an edited snapshot\nmodel: smartcode-913\ngiven: { snapshot: hold.json }\nsteps:\n  - wait: 1s\n');
  const run = lockstep('run', scenario);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: ${message(at, snap)}`);
});
