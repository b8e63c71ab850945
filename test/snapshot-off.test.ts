// A snapshot of a lock without power holds the firmware's RAM as power-down leaves it
// (src/twin/snapshot-off.ts): a field of a real unpowered snapshot edited by hand to anything
// else is refused naming it, by the check and by `lockstep run` (exit 2); the unpowered lock
// itself, and one powered again, are accepted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
