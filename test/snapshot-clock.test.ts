// A snapshot's times and sequence numbers must be ones a run of the clock leaves behind
// (src/twin/snapshot-clock.ts): each field edited by hand, in a real snapshot, to what no run
// could produce, is refused naming the field, by the check and by `lockstep run` (exit 2).
// What a run does leave — every step of every shipped scenario, every fuzzed state — is
// accepted: test/determinism.test.ts and test/fuzz.test.ts put each through the same check.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { DEADLINES, initialState, nextDeadline } from '../src/firmware/state.ts';
import { BOUNCE_WINDOW_MS } from '../src/hardware/buttons.ts';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { lockstep } from './cli-run.ts';
import { edited, midWriteSnapshot, verdict } from './snapshot-verdict.ts';


/** A 913 locked out by five wrong codes, two seconds on: the firmware's alarm set for the
 * lockout's end, the pack's alarm far ahead, the wrong codes' times kept. */
function lockedOut(): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 5, trace: false, codes: { 1: '1357' }, mastercode: 'none' });
  for (const digits of ['2222', '2223', '2224', '2225', '2226']) {
    t.apply({ do: 'type', digits });
    t.apply({ do: 'press', key: 'lock' });
  }
  t.apply({ do: 'wait', ms: 2_000 });
  expect(t.lockedOut).toBe(true);
  return t.snapshot();
}

const snap = lockedOut();
const fw = snap.sim.alarms['firmware']!;
const pack = snap.sim.alarms['pack']!;

it('the snapshot edited below is accepted as it is', () => {
  expect(fw[0]).toBe(snap.firmware.tLockoutEnd);
  expect(verdict(snap)).toBe('accepted');
});

describe("an alarm's sequence number is one the clock's counter gave it", () => {
  it('refuses one past the counter (sim.seq)', () => {
    expect(verdict(edited(snap, (s) => (s.sim.alarms['firmware']![1] = snap.sim.seq + 1)))).toBe(
      `sim.alarms.firmware: sequence ${snap.sim.seq + 1} is past the clock's counter ${snap.sim.seq} (sim.seq): each alarm set takes the counter's next number`,
    );
    expect(verdict(edited(snap, (s) => (s.sim.seq = fw[1] - 1)))).toMatch(new RegExp(`^sim\\.alarms\\.(firmware|pack): sequence \\d+ is past the clock's counter ${fw[1] - 1} \\(sim\\.seq\\)`));
  });

  it('refuses 0, which the counter never gives (it counts from 1)', () => {
    expect(verdict(edited(snap, (s) => (s.sim.alarms['pack']![1] = 0)))).toBe("sim.alarms.pack: sequence 0: the clock's counter gives an alarm a number from 1");
  });

  it('refuses two alarms with one number', () => {
    expect(pack[1]).not.toBe(fw[1]);
    expect(verdict(edited(snap, (s) => (s.sim.alarms['pack']![1] = fw[1])))).toMatch(
      new RegExp(`^sim\\.alarms\\.(pack|firmware): sequence ${fw[1]} is sim\\.alarms\\.(firmware|pack)'s too: each alarm set takes a number of its own$`),
    );
  });
});

describe("the pack's drain is accounted up to the clock, never past it", () => {
  it('refuses a last accounting (battery.lastT) later than the clock (sim.now)', () => {
    expect(snap.battery.lastT).toBeLessThan(snap.sim.now);
    expect(verdict(edited(snap, (s) => (s.battery.lastT = snap.sim.now)))).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.battery.lastT = snap.sim.now + 1)))).toBe(
      `battery.lastT: ${snap.sim.now + 1} ms, after the clock (sim.now) at ${snap.sim.now} ms: the pack's drain is accounted up to the clock, never past it`,
    );
  });
});

describe("the firmware's deadlines and its alarm (sim.alarms.firmware) agree, as the twin sets the alarm after every call into the firmware", () => {
  const now = snap.sim.now;
  const end = snap.firmware.tLockoutEnd;

  it('refuses a deadline before the clock: the alarm would have run it as it fell due', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.tLockoutEnd = now - 1)))).toBe(
      `firmware.tLockoutEnd: ${now - 1} ms, before the clock (sim.now) at ${now} ms: the firmware's alarm (sim.alarms.firmware) would have run it as it fell due`,
    );
    expect(verdict(edited(snap, (s) => (s.firmware.tEntry = 0)))).toMatch(/^firmware\.tEntry: 0 ms, before the clock \(sim\.now\)/);
  });

  it('refuses a deadline before the alarm, which would run it late', () => {
    for (const at of [now, now + 1, end - 1]) {
      expect(verdict(edited(snap, (s) => (s.firmware.tLockoutEnd = at)))).toBe(
        `firmware.tLockoutEnd: ${at} ms, before the firmware's alarm (sim.alarms.firmware) at ${end} ms, which would run it late: the alarm is set for the firmware's earliest deadline`,
      );
    }
    expect(verdict(edited(snap, (s) => (s.firmware.tExterior = end - 1)))).toMatch(/^firmware\.tExterior: /); // a 913 sounds the alert
  });

  it('refuses an alarm before the earliest deadline, or with none armed', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.tLockoutEnd = end + 1)))).toBe(
      `sim.alarms.firmware: due at ${end} ms, before the firmware's earliest deadline (firmware.tLockoutEnd) at ${end + 1} ms: the alarm is set for that deadline`,
    );
    expect(verdict(edited(snap, (s) => (s.firmware.tLockoutEnd = -1)))).toBe(`sim.alarms.firmware: due at ${end} ms, but the firmware has no deadline armed: the alarm is set only for one`);
  });

  it('refuses a deadline with no alarm to run it', () => {
    expect(verdict(edited(snap, (s) => delete s.sim.alarms['firmware']))).toBe(
      `firmware.tLockoutEnd: armed for ${end} ms, but no alarm is set to run it (sim.alarms.firmware): the alarm is set for the firmware's earliest deadline`,
    );
  });

  it('refuses a deadline, or the alarm, while the firmware is off: power-down clears them', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.mode = 'off')))).toBe(`firmware.tLockoutEnd: armed for ${end} ms while the firmware is off (mode off): power-down clears every deadline`);
    expect(verdict(edited(snap, (s) => {
      s.firmware.mode = 'off';
      s.firmware.tLockoutEnd = -1;
    }))).toBe(`sim.alarms.firmware: due at ${end} ms while the firmware is off (mode off): power-down cancels it`);
  });

  it("checks every deadline of the firmware's RAM, each one the alarm is set for", () => {
    const deadlines = Object.keys(initialState(30, 5)).filter((k) => /^t[A-Z]/.test(k));
    expect([...DEADLINES].sort()).toEqual(deadlines.sort());
    for (const name of DEADLINES) {
      const s = initialState(30, 5);
      s[name] = 1_234;
      expect(nextDeadline(s), name).toBe(1_234);
      expect(verdict(edited(snap, (x) => (x.firmware[name] = now - 1))), name).toMatch(new RegExp(`^firmware\\.${name}: `));
    }
  });

  it('accepts the alarm and its deadline at the clock, the instant it falls due', () => {
    expect(verdict(edited(snap, (s) => (s.sim.now = end)))).toBe('accepted');
  });
});

describe('a wrong code is timed as it is entered, never after the clock', () => {
  it('refuses a wrong-code time (firmware.wrongTimes) later than the clock (sim.now)', () => {
    const times = snap.firmware.wrongTimes;
    expect(times.every((t) => t >= 0 && t <= snap.sim.now)).toBe(true);
    const last = times.length - 1;
    // (the lockout the wrong codes arm ends a minute after the last: snapshot-lockout.ts)
    expect(verdict(edited(snap, (s) => {
      s.firmware.wrongTimes[last] = snap.sim.now;
      s.firmware.tLockoutEnd = snap.sim.now + 60_000;
      s.sim.alarms['firmware']![0] = snap.sim.now + 60_000;
    }))).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[last] = snap.sim.now + 8_000)))).toBe(
      `firmware.wrongTimes[${last}]: ${snap.sim.now + 8_000} ms, after the clock (sim.now) at ${snap.sim.now} ms: a wrong code is timed as it is entered`,
    );
  });
});

describe('the wrong codes are kept oldest first, each new one last (firmware/entry.ts wrongCode)', () => {
  const times = snap.firmware.wrongTimes;

  it('refuses a wrong-code time before the one kept ahead of it', () => {
    expect(times.length).toBe(3);
    expect(times[0]).toBeLessThan(times[1]!);
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[2] = times[1]!)))).not.toMatch(/^firmware\.wrongTimes/);
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[1] = times[0]! - 1)))).toBe(
      `firmware.wrongTimes[1]: ${times[0]! - 1} ms, before firmware.wrongTimes[0] at ${times[0]} ms: the wrong codes are kept oldest first, each timed as it is entered`,
    );
  });

  it('refuses a place with no wrong code (-1) after one that holds one: the places not yet filled come first', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.wrongTimes[2] = -1)))).toBe(
      `firmware.wrongTimes[2]: -1 (no wrong code) after firmware.wrongTimes[1] at ${times[1]} ms: the wrong codes are kept oldest first, each new one last, so the places not yet filled come first`,
    );
    const fresh = Twin.create('smartcode-913', { seed: 5, trace: false });
    fresh.apply({ do: 'wait', ms: 5_000 });
    const none = fresh.snapshot();
    expect(none.firmware.wrongTimes).toEqual([-1, -1, -1]);
    expect(verdict(edited(none, (s) => (s.firmware.wrongTimes[2] = 1_000)))).toBe('accepted');
    expect(verdict(edited(none, (s) => (s.firmware.wrongTimes[1] = 1_000)))).toMatch(/^firmware\.wrongTimes\[2\]: -1 \(no wrong code\) after firmware\.wrongTimes\[1\] at 1000 ms/);
  });
});

describe("Program's press is timed as its contact settles, never past the bounce window after the clock", () => {
  /** A 913 with Program held a second: the Mastercode hold counting from its press. */
  function programDown(): TwinSnapshot {
    const t = Twin.create('smartcode-913', { seed: 5, trace: false });
    t.apply({ do: 'hold', key: 'program' });
    t.apply({ do: 'wait', ms: 1_000 });
    return t.snapshot();
  }
  const held = programDown();

  it('refuses a press time (firmware.programDownAt) more than the bounce window after the clock (sim.now)', () => {
    const now = held.sim.now;
    expect(held.firmware.programDownAt).toBeGreaterThanOrEqual(0);
    expect(held.firmware.programDownAt).toBeLessThan(now);
    expect(verdict(held)).toBe('accepted');
    expect(verdict(edited(held, (s) => (s.firmware.programDownAt = now)))).toBe('accepted');
    expect(verdict(edited(held, (s) => (s.firmware.programDownAt = now + BOUNCE_WINDOW_MS)))).toBe('accepted');
    expect(verdict(edited(held, (s) => (s.firmware.programDownAt = now + BOUNCE_WINDOW_MS + 1)))).toBe(
      `firmware.programDownAt: ${now + BOUNCE_WINDOW_MS + 1} ms, more than ${BOUNCE_WINDOW_MS} ms after the clock (sim.now) at ${now} ms: Program's press is timed as its contact settles, at most the bounce window after its edge`,
    );
  });

  it('accepts Program held with a digit pressed at the same instant: the digit settles Program at once, timed when its bounce ends, after the clock', () => {
    const t = Twin.create('smartcode-913', { seed: 0, trace: false, doorOpen: true });
    t.apply({ do: 'wait', ms: 10_000 });
    t.apply({ do: 'hold', key: 'program' });
    t.apply({ do: 'hold', key: '5' });
    const both = t.snapshot();
    expect(both.firmware.programDownAt).toBeGreaterThan(both.sim.now);
    expect(verdict(both)).toBe('accepted');
    const restored = Twin.restore(checkSnapshot(JSON.parse(JSON.stringify(both))), { trace: false });
    for (const twin of [t, restored]) {
      twin.apply({ do: 'wait', ms: 6_000 });
      twin.apply({ do: 'release', key: 'program' });
    }
    expect(restored.snapshot()).toEqual(t.snapshot());
  });
});

describe("the parts time what they do by the clock, never after it", () => {
  const writing = midWriteSnapshot(false);
  const now = snap.sim.now;
  const after = (what: string, at: number, clock = now): string => `${what}: ${at} ms, after the clock (sim.now) at ${clock} ms`;

  it('accepts each at the clock', () => {
    expect(snap.buttons.keypadEdgeAt).toBeGreaterThanOrEqual(0);
    expect(verdict(edited(snap, (s) => (s.buttons.keypadEdgeAt = now)))).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.bolt.segT = now)))).toBe('accepted');
    expect(verdict(edited(writing, (s) => (s.eeprom.writing!.startT = writing.sim.now)))).toBe('accepted');
  });

  it("refuses a keypad edge (buttons.keypadEdgeAt), a bolt's motion segment or overload (bolt.segT, bolt.overSince) or an EEPROM write (eeprom.writing.startT) begun after the clock", () => {
    expect(verdict(edited(snap, (s) => (s.buttons.keypadEdgeAt = now + 1)))).toBe(`${after('buttons.keypadEdgeAt', now + 1)}: a key's edge is timed as the contact moves`);
    expect(verdict(edited(snap, (s) => (s.bolt.segT = now + 1)))).toBe(`${after('bolt.segT', now + 1)}: the bolt's motion is timed from the clock's time as it changes`);
    expect(verdict(edited(snap, (s) => (s.bolt.overSince = now + 1)))).toBe(`${after('bolt.overSince', now + 1)}: the bolt's motion is timed from the clock's time as it changes`);
    const clock = writing.sim.now;
    expect(verdict(edited(writing, (s) => (s.eeprom.writing!.startT = clock + 1)))).toBe(`${after('eeprom.writing.startT', clock + 1, clock)}: a write is timed from the clock's time as it begins`);
  });
});

describe('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-clock-'));
  const cases: [string, (s: TwinSnapshot) => void, string][] = [
    ['sequence', (s) => (s.sim.alarms['firmware']![1] = snap.sim.seq + 22), `sim.alarms.firmware: sequence ${snap.sim.seq + 22} is past the clock's counter ${snap.sim.seq}`],
    ['accounted', (s) => (s.battery.lastT = 1e9), `battery.lastT: 1000000000 ms, after the clock (sim.now) at ${snap.sim.now} ms`],
    ['lockout', (s) => (s.firmware.tLockoutEnd = 5_000), `firmware.tLockoutEnd: 5000 ms, before the clock (sim.now) at ${snap.sim.now} ms`],
    ['wrong', (s) => (s.firmware.wrongTimes[0] = 20_000), `firmware.wrongTimes[0]: 20000 ms, after the clock (sim.now) at ${snap.sim.now} ms`],
    ['order', (s) => (s.firmware.wrongTimes[0] = snap.firmware.wrongTimes[1]! + 1), `firmware.wrongTimes[1]: ${snap.firmware.wrongTimes[1]} ms, before firmware.wrongTimes[0] at ${snap.firmware.wrongTimes[1]! + 1} ms`],
    ['program', (s) => (s.firmware.programDownAt = 1e9), `firmware.programDownAt: 1000000000 ms, more than ${BOUNCE_WINDOW_MS} ms after the clock (sim.now) at ${snap.sim.now} ms`],
  ];
  for (const [name, edit, field] of cases) {
    it(`${name}: lockstep run and repl --load`, () => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(edited(snap, edit)));
      const scenario = join(dir, `${name}.yaml`);
      writeFileSync(scenario, `name: from an edited snapshot\nmodel: smartcode-913\ngiven: { snapshot: ${name}.json }\nsteps:\n  - wait: 1s\n`);
      const run = lockstep('run', scenario);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`snapshot ${file}: ${field}`);
      const repl = lockstep('repl', '--load', file);
      expect(repl.code).toBe(2);
      expect(repl.err).toContain(field);
    });
  }
});
