// A snapshot of a lock without power holds the firmware's RAM as power-down leaves it
// (src/twin/snapshot-off.ts): a field of a real unpowered snapshot edited by hand to anything
// else is refused naming it, by the check and by `lockstep run` (exit 2); the unpowered lock
// itself, and one powered again, are accepted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EEPROM_ALARM } from '../src/hardware/eeprom.ts';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';
import { edited, verdict } from './snapshot-verdict.ts';

/** A 913 that had a code, a wrong code and Program held, then lost its pack. */
function unpowered(): { before: TwinSnapshot; off: TwinSnapshot } {
  const t = Twin.create('smartcode-913', { seed: 6, trace: false, codes: { 1: '1357' }, mastercode: 'none' });
  t.apply({ do: 'type', digits: '2222' });
  t.apply({ do: 'press', key: 'lock' });
  t.apply({ do: 'hold', key: 'program' });
  t.apply({ do: 'wait', ms: 1_000 });
  const before = t.snapshot();
  t.apply({ do: 'battery-out' });
  t.apply({ do: 'wait', ms: 1_000 });
  return { before, off: t.snapshot() };
}

const { before, off } = unpowered();
const OFF = "while the firmware is off (mode off): power-down clears the firmware's RAM, and power-up reads the store again";

it('the unpowered snapshot edited below is accepted as it is, and one powered again too', () => {
  expect(before.firmware.mode).toBe('idle');
  expect(off.firmware.mode).toBe('off');
  expect(verdict(off)).toBe('accepted');
  const t = Twin.restore(off, { trace: false });
  t.apply({ do: 'battery-in' });
  t.apply({ do: 'wait', ms: 5_000 });
  expect(verdict(t.snapshot())).toBe('accepted');
});

describe('refuses what the RAM held before power-down, kept in an unpowered snapshot', () => {
  const cases: [string, (s: TwinSnapshot) => void, string][] = [
    ['the store read', (s) => (s.firmware.storeOk = true), 'firmware.storeOk: true'],
    ['a code', (s) => (s.firmware.codes[0] = '1357'), 'firmware.codes[0]: "1357"'],
    ['the handing learned', (s) => (s.firmware.handed = before.firmware.handed), `firmware.handed: "${before.firmware.handed}"`],
    ['the store bank', (s) => (s.firmware.storeBank = before.firmware.storeBank), `firmware.storeBank: ${before.firmware.storeBank}`],
    ['a wrong code', (s) => (s.firmware.wrongTimes[2] = before.firmware.wrongTimes[2]!), `firmware.wrongTimes[2]: ${before.firmware.wrongTimes[2]}`],
    ["Program's press", (s) => (s.firmware.programDownAt = before.firmware.programDownAt), `firmware.programDownAt: ${before.firmware.programDownAt}`],
    ['a key held', (s) => (s.firmware.keyMask = before.firmware.keyMask), `firmware.keyMask: ${before.firmware.keyMask}`],
    ['an entry', (s) => (s.firmware.buffer = '12'), 'firmware.buffer: "12"'],
    ['the bolt sensor last read', (s) => (s.firmware.boltLocked = !off.firmware.boltLocked), `firmware.boltLocked: ${!off.firmware.boltLocked}`],
  ];
  for (const [name, edit, field] of cases) {
    it(name, () => {
      expect(verdict(edited(off, edit))).toBe(`${field} ${OFF}`);
    });
  }
  it('the values put back are ones the RAM held before power-down', () => {
    expect(before.firmware.storeOk && before.firmware.wrongTimes[2]! >= 0 && before.firmware.programDownAt >= 0 && before.firmware.keyMask !== 0).toBe(true);
  });
});

describe('refuses a part still running in an unpowered snapshot: power-down stops every part the firmware drives', () => {
  const now = off.sim.now;
  /** `snap` with an alarm `name` set at `at` anew, as the part that runs would have set it. */
  const withAlarm = (s: TwinSnapshot, name: string, at: number): void => {
    s.sim.alarms[name] = [at, ++s.sim.seq];
  };
  const PARTS = 'while the firmware is off (mode off): power-down';
  const cases: [string, (s: TwinSnapshot) => void, string][] = [
    ['the motor', (s) => (s.bolt.motor = 1), `bolt.motor: 1 (running) ${PARTS} halts the motor`],
    [
      'a write in flight',
      (s) => {
        s.eeprom.writing = { offset: 0, data: '00', startT: now };
        withAlarm(s, EEPROM_ALARM, now + 10);
      },
      `eeprom.writing: a write in flight ${PARTS} ends it where the cut leaves it`,
    ],
    [
      'the light',
      (s) => {
        s.indicators.ledUntil = now + 500;
        withAlarm(s, 'led', now + 500);
      },
      `indicators.ledUntil: lit until ${now + 500} ms ${PARTS} puts the light out`,
    ],
    [
      'the beeper',
      (s) => {
        s.indicators.beepUntil = now + 200;
        withAlarm(s, 'beeper', now + 200);
      },
      `indicators.beepUntil: beeping until ${now + 200} ms ${PARTS} stops the beeper`,
    ],
    [
      'the status blink',
      (s) => {
        s.indicators.status = 'amber';
        s.indicators.statusPeriodMs = 6_000;
      },
      `indicators.status: "amber" blinking ${PARTS} darkens the status light`,
    ],
    ['a load on the pack', (s) => (s.battery.loads[1] = 10), `battery.loads[1]: 10 mA drawn ${PARTS} stops every part that draws on the pack`],
  ];
  for (const [name, edit, message] of cases) {
    it(name, () => {
      expect(verdict(edited(off, edit))).toBe(message);
    });
  }

  it('accepts a lock whose pack came out as its motor ran, its light shone, its beeper sounded and its write was in flight', () => {
    const t = Twin.create('smartcode-913', { seed: 6, trace: false, doorOpen: true, codes: { 1: '1357' }, mastercode: 'none' });
    t.apply({ do: 'wait', ms: 10_000 });
    t.apply({ do: 'type', digits: '135' });
    t.apply({ do: 'hold', key: '7' });
    t.apply({ do: 'wait', ms: 30 });
    const running = t.snapshot();
    expect(running.bolt.motor).not.toBe(0);
    expect(running.indicators.ledUntil).toBeGreaterThan(running.sim.now);
    expect(running.indicators.beepUntil).toBeGreaterThan(running.sim.now);
    t.apply({ do: 'battery-out' });
    expect(verdict(t.snapshot())).toBe('accepted');
    const w = Twin.create('smartcode-913', { seed: 3, trace: false, doorOpen: true });
    w.apply({ do: 'press', key: 'program' });
    for (const k of ['2', '4', '6', '8'] as const) w.apply({ do: 'press', key: k });
    w.apply({ do: 'hold', key: 'lock' });
    while (!w.snapshot().eeprom.writing) w.apply({ do: 'wait', ms: 5 });
    w.apply({ do: 'battery-out' });
    expect(verdict(w.snapshot())).toBe('accepted');
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-off-'));
  const file = join(dir, 'off.json');
  writeFileSync(file, JSON.stringify(edited(off, (s) => (s.firmware.buffer = '12'))));
  const scenario = join(dir, 'from-off.yaml');
  writeFileSync(scenario, 'name: from an edited snapshot\nmodel: smartcode-913\ngiven: { snapshot: off.json }\nsteps:\n  - battery: in\n');
  const run = lockstep('run', scenario);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.buffer: "12" ${OFF}`);
});
