// A snapshot must hold a lock the model it names could be in (src/twin/snapshot-fit.ts): its
// store, in RAM and in each EEPROM bank that checks, held to the model's own rules as a
// `given:` is (codes of its length, unique, an admin code of its length); every random stream
// there (one seeded afresh would not continue the saved run); a mode, SecureScreen digits, a
// status blink and timeouts of that model. And a lock that could be so is still accepted: a
// store that cannot be trusted (seed S5), a lock mid-programming, mid-write, a one-time code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../src/twin/snapshot-check.ts';
import { Twin, type TwinOptions, type TwinSnapshot } from '../src/twin/twin.ts';
import { bankSize, encodeStore, storeFlags } from '../src/firmware/store-codec.ts';
import { lockstep } from './cli-run.ts';
import { edited, verdict } from './snapshot-verdict.ts';


function idle(model: string, opts: TwinOptions = {}): Twin {
  const t = Twin.create(model, { seed: 4, trace: false, doorOpen: true, ...opts });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** `snap` with the store in RAM and in its current EEPROM bank both set to `codes` and `admin`,
 * the bank's checksum made good: an edit made with care, not a damaged file. */
function withStore(snap: TwinSnapshot, codes: string[], admin: string): TwinSnapshot {
  return edited(snap, (s) => {
    s.firmware.codes = codes;
    s.firmware.adminCode = admin;
    const image = encodeStore({ seq: s.firmware.storeSeq, handed: s.firmware.handed, autoLock: 0, adminCode: admin, codes, flags: storeFlags(false, -1) });
    const hex = Buffer.from(image).toString('hex');
    const at = s.firmware.storeBank * bankSize(codes.length) * 2;
    s.eeprom.bytes = s.eeprom.bytes.slice(0, at) + hex + s.eeprom.bytes.slice(at + hex.length);
  });
}

const EMPTY_30 = (): string[] => new Array<string>(30).fill('');

describe('a snapshot holds a store the model could have written', () => {
  const snap = idle('smartcode-913', { codes: { 1: '1357' } }).snapshot();

  it('refuses codes and an admin code its rules refuse, in RAM', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.codes[1] = '1')))).toBe('firmware.codes[1]: code "1" in slot 2 has 1 digits; a smartcode-913 code has 4–8');
    expect(verdict(edited(snap, (s) => (s.firmware.codes[1] = '1357')))).toBe('firmware.codes[1]: code "1357" in slot 2 is the same as slot 1\'s "1357": a smartcode-913 refuses it (seed S4)');
    expect(verdict(edited(snap, (s) => (s.firmware.adminCode = '1'.repeat(50))))).toMatch(/^firmware\.adminCode: mastercode "1{50}" has 50 digits; a smartcode-913's has 4–8$/);
  });

  it('refuses them in an EEPROM bank that checks, as the firmware would load them', () => {
    const codes = EMPTY_30();
    codes[0] = '1';
    codes[1] = '1';
    const both = withStore(snap, codes, '1');
    expect(verdict(both)).toMatch(/^firmware\.codes\[0\]: code "1" in slot 1 has 1 digits/);
    const bankOnly = edited(both, (s) => {
      s.firmware.codes = snap.firmware.codes;
      s.firmware.adminCode = snap.firmware.adminCode;
    });
    expect(verdict(bankOnly)).toMatch(new RegExp(`^eeprom\\.bytes: the store in bank ${snap.firmware.storeBank}, its codes\\[0\\]: code "1" in slot 1 has 1 digits`));
  });

  // (An expectation of those codes is refused by itself, as a given of them would be: the counts here.)
  it('the scenario `expect: { codes: 2, mastercode: set }` no longer passes on an edited snapshot: the file is refused, exit 2', () => {
    const codes = EMPTY_30();
    codes[0] = '1';
    codes[1] = '1';
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-fit-'));
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(withStore(snap, codes, '1')));
    const scenario = join(dir, 'from-edited.yaml');
    writeFileSync(scenario, 'name: x\nmodel: smartcode-913\ngiven:\n  snapshot: edited.json\nsteps:\n  - wait: 1s\n  - expect: { codes: 2, mastercode: set }\n');
    const r = lockstep('run', scenario);
    expect(r.code).toBe(2);
    expect(r.err).toContain('firmware.codes[0]: code "1" in slot 1 has 1 digits; a smartcode-913 code has 4–8');
  });

  it('refuses a store that cannot be trusted yet holds codes (the firmware holds such a store empty)', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.storeOk = false)))).toMatch(/^firmware\.codes\[0\]: "1357" in a store that cannot be trusted \(storeOk false\)/);
  });
});

describe('a snapshot holds every random stream of its model', () => {
  it('refuses one without them, naming the first missing', () => {
    const snap = idle('smartcode-913').snapshot();
    expect(verdict(edited(snap, (s) => (s.prng = {})))).toBe('prng.buttons: missing: a smartcode-913 twin\'s random stream "buttons" is saved in every snapshot, and the run cannot continue without it');
    expect(verdict(edited(snap, (s) => delete s.prng.screen))).toMatch(/^prng\.screen: missing/);
  });
});

describe('a snapshot fits the model it names', () => {
  it('refuses a mode of another family: a 913 mid-programming relabelled as a Powerbolt 264', () => {
    const t = idle('smartcode-913', { mastercode: '86420' });
    t.apply({ do: 'press', key: 'program' });
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('prog-auth');
    expect(verdict(snap)).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.model = 'powerbolt-264')))).toMatch(/^firmware\.mode: "prog-auth": a powerbolt-264 has no such mode \(its modes: off, idle, .*menu-pc-2\)$/);
  });

  it('refuses SecureScreen digits on a model without the screen, and a 916 timeout on a 913', () => {
    const t = idle('smartcode-916', { switches: { 4: true }, codes: { 1: '1357' } });
    t.apply({ do: 'press', key: '5' });
    const shown = t.snapshot();
    expect(shown.firmware.prompt).toMatch(/^[0-9]+$/);
    expect(verdict(shown)).toBe('accepted');
    expect(verdict(edited(shown, (s) => (s.model = 'smartcode-913')))).toBe('firmware.prompt: a smartcode-913 has no SecureScreen to show digits');
    const p = idle('smartcode-916', { mastercode: '86420' });
    p.apply({ do: 'press', key: 'program' });
    const programming = p.snapshot();
    expect(verdict(edited(programming, (s) => (s.model = 'smartcode-913')))).toMatch(/^firmware\.tProg: \d+ ms: a smartcode-913's programming times out 5000 ms after a step, and the clock is at \d+ ms$/);
  });

  it("refuses another model's status blink: a 910 blinking every 5 s as the 909 does (M16), where its own is every 6 s (K3)", () => {
    const snap = idle('smartcode-910', { mastercode: 'none', handed: 'right' }).snapshot();
    expect(snap.indicators.statusPeriodMs).toBe(6_000);
    expect(verdict(edited(snap, (s) => (s.indicators.statusPeriodMs = 5_000)))).toBe("indicators.statusPeriodMs: 5000 ms: a smartcode-910's status light blinks every 6000 ms");
  });
});

describe('a motion is started by a slot the model has', () => {
  it('refuses a motor slot (firmware.motorSlot) past the code slots: a code found in slot N opens the lock as N', () => {
    const t = idle('smartcode-913', { codes: { 30: '1357' } });
    t.apply({ do: 'type', digits: '1357' });
    const snap = t.snapshot();
    expect(snap.firmware.motorSlot).toBe(30);
    expect(verdict(snap)).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.firmware.motorSlot = 31)))).toBe('firmware.motorSlot: slot 31: a smartcode-913 has 30 code slots (0: a motion no code started)');
  });
});

describe('a lock that could be so is still accepted, and continues as the uninterrupted run', () => {
  function continuesAsUninterrupted(t: Twin, then: (t: Twin) => void): void {
    const snap = t.snapshot();
    expect(verdict(snap)).toBe('accepted');
    const restored = Twin.restore(checkSnapshot(JSON.parse(JSON.stringify(snap))), { trace: false });
    then(t);
    then(restored);
    expect(restored.snapshot()).toEqual(t.snapshot());
  }

  it('a store that cannot be trusted (seed S5)', () => {
    const t = idle('smartcode-913', { codes: { 1: '1357' } });
    t.apply({ do: 'fault', fault: 'store-glitch' });
    expect(t.store().trusted).toBe(false);
    continuesAsUninterrupted(t, (x) => x.apply({ do: 'type', digits: '1357' }));
  });

  it('mid-programming, a code half typed; mid-write; mid-menu on a 955 with a one-time code', () => {
    const t = idle('smartcode-913', { codes: { 1: '1357' } });
    t.apply({ do: 'press', key: 'program' });
    t.apply({ do: 'type', digits: '24' });
    expect(t.mode).toBe('prog-menu');
    continuesAsUninterrupted(t, (x) => {
      x.apply({ do: 'type', digits: '68' });
      x.apply({ do: 'hold', key: 'lock' });
      x.apply({ do: 'wait', ms: 40 });
    });
    expect(t.snapshot().eeprom.writing).not.toBeNull();
    continuesAsUninterrupted(t, (x) => x.apply({ do: 'release', key: 'lock' }));
    const m = idle('smartcode-955', { codes: { 1: '1357', 2: '8642' }, oneTimeCode: 2, mastercode: '24680' });
    m.apply({ do: 'type', digits: '24680' });
    m.apply({ do: 'press', key: 'lock' });
    continuesAsUninterrupted(m, (x) => x.apply({ do: 'type', digits: '1' }));
  });

  it('a factory reset erasing the old bank (the firmware writing bank 2 or 3)', () => {
    const t = idle('smartcode-913', { codes: { 1: '1357', 2: '2468' }, mastercode: '86420' });
    t.apply({ do: 'battery-out' });
    t.apply({ do: 'hold', key: 'program' });
    t.apply({ do: 'battery-in' });
    t.apply({ do: 'wait', ms: 30_000 });
    t.apply({ do: 'release', key: 'program' });
    t.apply({ do: 'hold', key: 'program' }); // the confirming press
    t.apply({ do: 'wait', ms: 150 });
    t.apply({ do: 'release', key: 'program', pauseMs: 1 });
    for (let ms = 0; t.firmware.s.writeBank < 2 && ms < 60_000; ms++) t.apply({ do: 'wait', ms: 1 });
    expect(t.firmware.s.writeBank).toBeGreaterThanOrEqual(2);
    continuesAsUninterrupted(t, (x) => x.apply({ do: 'wait', ms: 10_000 }));
  });
});
