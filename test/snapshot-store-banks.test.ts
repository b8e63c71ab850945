// The store's bookkeeping in a snapshot — the bank the firmware's RAM believes it last wrote
// (firmware.storeBank), the write under way (firmware.writeBank, eeprom.writing), its trust in
// the store (firmware.storeOk) — is held to what the two EEPROM banks hold
// (src/twin/snapshot-store-banks.ts, seed S5). Each edited snapshot below was accepted before:
// storeBank at the older of two good banks (the next write would go over the newer image, and a
// boot would load a store other than RAM's), a write in flight over the bank last written or at
// another bank than writeBank says, an erase of the bank last written, a store distrusted beside
// a bank that checks. Real twins still load: one written from a weak pack (storeBank at a bank
// that does not check, beside an older good one), one cut mid-write, one glitched, one erasing
// its old bank after a factory reset; every shipped scenario's mid-write snapshots are in
// test/snapshot-store-agrees.test.ts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { bankSize, decodeStore } from '../src/firmware/store-codec.ts';
import { fromHex } from '../src/hardware/eeprom.ts';
import { BIN, colouredEnv } from './cli-run.ts';
import { edited, verdict } from './snapshot-verdict.ts';
import { apply913Reset } from './reset-913-gesture.ts';

const MODEL = 'smartcode-913';
/** How far a twin is run at a time to stop inside a write (hardware/eeprom.ts EEPROM_PAGE_WRITE_MS). */
const STEP_MS = 5;
/** Long enough for any write the firmware starts to land. */
const SETTLE_MS = 3_000;

function twin913(opts: { battery?: number } = {}): Twin {
  const t = Twin.create(MODEL, { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' }, ...opts });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** A key pressed and let go, with the pause after it, each part its own action. */
function press(key: Extract<Action, { do: 'hold' }>['key']): Action[] {
  return [{ do: 'hold', key }, { do: 'wait', ms: 120 }, { do: 'release', key, pauseMs: 0 }, { do: 'wait', ms: 280 }];
}

/** A code added from the 913's programming (Program, the code, Lock), left to be written. */
function addCode(t: Twin, code: string): void {
  for (const a of [...press('program'), ...[...code].flatMap((d) => press(d as Extract<Action, { do: 'hold' }>['key'])), ...press('lock')]) t.apply(a);
  t.apply({ do: 'wait', ms: SETTLE_MS });
}

/** Run `t` in page-write steps until `until` holds of its snapshot; that snapshot. */
function runUntil(t: Twin, until: (s: TwinSnapshot) => boolean, limitMs = 60_000): TwinSnapshot {
  for (let waited = 0; waited < limitMs; waited += STEP_MS) {
    const s = t.snapshot();
    if (until(s)) return s;
    t.apply({ do: 'wait', ms: STEP_MS });
  }
  throw new Error('never reached');
}

/** The sequence number of each bank's image, or null where it does not check. */
function bankSeqs(snap: TwinSnapshot): (number | null)[] {
  const capacity = snap.firmware.codes.length;
  const size = bankSize(capacity);
  const nvm = fromHex(snap.eeprom.bytes);
  return [0, 1].map((b) => decodeStore(nvm.subarray(b * size, (b + 1) * size), capacity)?.seq ?? null);
}

/** An idle 913 taken back to the older of its two good banks: storeBank, the counter and RAM's
 * store all as that bank has them, so only the choice of bank is wrong. */
function atOlderBank(snap: TwinSnapshot): TwinSnapshot {
  const [newest, older] = bankSeqs(snap);
  expect(snap.firmware.storeBank).toBe(0);
  expect(older).toBe(newest! - 1);
  return edited(snap, (s) => {
    s.firmware.storeBank = 1;
    s.firmware.storeSeq = older!;
    s.firmware.codes[0] = ''; // bank 1 holds the store from before code 1 was added (twin.ts writeInitialStore)
  });
}

describe('firmware.storeBank at the older of two good banks', () => {
  const snap = twin913().snapshot();

  it('is refused, naming the field, both sequence numbers and the harm', () => {
    expect(verdict(snap)).toBe('accepted');
    expect(verdict(atOlderBank(snap))).toBe(
      "firmware.storeBank: 1, but bank 0 (eeprom.bytes) holds a store with sequence number 1, newer than the save counter's 0 (firmware.storeSeq): the bank last written holds the newest image (seed S5, persistence.ts loadStore, writeDone); restored, the next write would go over bank 0's newer image, and a boot would load it, not the store RAM holds (seed S5, store-codec.ts newestStore)",
    );
  });

  it('is refused with a change pending too, and at -1 beside a bank that checks', () => {
    const pending = edited(atOlderBank(snap), (s) => {
      s.firmware.codes[1] = '2468';
      s.firmware.writeDirty = true;
    });
    expect(verdict(pending)).toMatch(/^firmware\.storeBank: 1, but bank 0 \(eeprom\.bytes\) holds a store with sequence number 1, newer than /);
    expect(verdict(edited(snap, (s) => (s.firmware.storeBank = -1)))).toMatch(
      /^firmware\.storeBank: -1 \(no bank written\), but bank 0 of the EEPROM \(eeprom\.bytes\) holds a store that checks, sequence number 1: a boot loads the newest such bank/,
    );
  });

  it('`repl --load` refuses it, exit 2 (with colour on, as CI runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-store-banks-'));
    const file = join(dir, 'older-bank.json');
    writeFileSync(file, JSON.stringify(atOlderBank(snap)));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain('firmware.storeBank: 1, but bank 0 (eeprom.bytes) holds a store with sequence number 1, newer than the save counter\'s 0');
  });
});

describe('a write in flight other than the one the firmware makes', () => {
  const t = twin913();
  t.apply({ do: 'press', key: 'program' });
  t.apply({ do: 'type', digits: '2468' });
  t.apply({ do: 'hold', key: 'lock' });
  const mid = runUntil(t, (s) => s.eeprom.writing !== null);
  const size = bankSize(mid.firmware.codes.length);

  it('over the bank last written is refused: a cut there would leave only an older store', () => {
    expect(verdict(mid)).toBe('accepted');
    expect(mid.firmware.writeBank).toBe(1 - mid.firmware.storeBank);
    const over = edited(mid, (s) => {
      s.firmware.writeBank = s.firmware.storeBank;
      s.eeprom.writing!.offset = s.firmware.storeBank * size;
    });
    expect(verdict(over)).toBe(
      'firmware.writeBank: 0 (writing bank 0), but the bank last written is 0 (firmware.storeBank): the firmware writes to the other bank (seed S5, persistence.ts flush), so that a cut mid-write leaves the last image whole; writing over it, a cut would leave only an older store for a boot to load',
    );
  });

  it('at another bank than firmware.writeBank says is refused, naming the offset', () => {
    expect(verdict(edited(mid, (s) => (s.eeprom.writing!.offset = 0)))).toBe(
      `eeprom.writing.offset: 0, but the firmware is writing bank 1 (firmware.writeBank 1), which starts at byte ${size}: the write in flight is the firmware's own (persistence.ts flush)`,
    );
  });

  it('`repl --load` refuses one over the bank last written, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-store-banks-'));
    const file = join(dir, 'over.json');
    writeFileSync(file, JSON.stringify(edited(mid, (s) => {
      s.firmware.writeBank = s.firmware.storeBank;
      s.eeprom.writing!.offset = s.firmware.storeBank * size;
    })));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain('firmware.writeBank: 0 (writing bank 0), but the bank last written is 0 (firmware.storeBank)');
  });
});

describe('the erase after a factory reset', () => {
  // The 913's reset (seed S8): pack out, Program held as it goes back in, 30 s, let go, press once more.
  const t = Twin.create(MODEL, { seed: 8, trace: false, doorOpen: true, codes: { 1: '1357' } });
  apply913Reset(t); // up to the confirming press's release: erased as it is let go (reset.ts)
  const erasing = runUntil(t, (s) => s.firmware.writeBank >= 2);

  it('of the bank not last written loads; of the bank last written is refused', () => {
    expect(verdict(erasing)).toBe('accepted');
    const { storeBank, writeBank } = erasing.firmware;
    expect(writeBank - 2).toBe(1 - storeBank);
    const size = bankSize(erasing.firmware.codes.length);
    const wrong = edited(erasing, (s) => {
      s.firmware.writeBank = storeBank + 2;
      s.eeprom.writing!.offset = storeBank * size;
    });
    expect(verdict(wrong)).toBe(
      `firmware.writeBank: ${storeBank + 2} (erasing bank ${storeBank}), but the bank last written is ${storeBank} (firmware.storeBank): the firmware erases only the bank it did not last write, after a factory reset has written the other (firmware.eraseOtherBank, seed S5, persistence.ts flush); erasing the bank last written would leave no store but an older one, or none, for a boot to load`,
    );
  });
});

describe('a store distrusted (firmware.storeOk false) beside a bank that checks', () => {
  const snap = twin913().snapshot();

  it('is refused: the firmware distrusts its store only when no bank checks, and a boot would load it', () => {
    const distrusted = edited(snap, (s) => {
      s.firmware.storeOk = false;
      s.firmware.storeBank = -1;
      s.firmware.storeSeq = 0;
      s.firmware.adminCode = '';
      s.firmware.codes = s.firmware.codes.map(() => '');
    });
    expect(verdict(distrusted)).toBe(
      'firmware.storeOk: false (a store that cannot be trusted), but bank 0 of the EEPROM (eeprom.bytes) holds a store that checks, sequence number 1: the firmware distrusts its store only when no bank checks (persistence.ts loadStore, seed S5), and a boot would load it; restored, the lock would refuse every code its EEPROM holds',
    );
  });

  it('a real one, glitched, loads; its bookkeeping edited is refused', () => {
    const t = twin913();
    t.apply({ do: 'fault', fault: 'store-glitch' });
    t.apply({ do: 'wait', ms: SETTLE_MS });
    const glitched = t.snapshot();
    expect(glitched.firmware.storeOk).toBe(false);
    expect(bankSeqs(glitched)).toEqual([null, null]);
    expect(verdict(glitched)).toBe('accepted');
    expect(verdict(edited(glitched, (s) => (s.firmware.storeBank = 0)))).toMatch(/^firmware\.storeBank: 0 in a store that cannot be trusted \(firmware\.storeOk false\): /);
  });
});

describe('real twins whose banks are uneven still load', () => {
  it('written from a weak pack: storeBank at a bank that does not check, beside an older good one', () => {
    const t = twin913({ battery: 4.3 });
    addCode(t, '2468');
    const snap = t.snapshot();
    const [bank0, bank1] = bankSeqs(snap);
    expect(snap.firmware.storeBank).toBe(1);
    expect(bank1).toBeNull(); // written with wrong bits (hardware/eeprom.ts EEPROM_MIN_WRITE_VOLTS)
    expect(bank0).toBe(snap.firmware.storeSeq - 1);
    expect(verdict(snap)).toBe('accepted');
    // The next write goes over the older good bank: mid-write, it loads too.
    t.apply({ do: 'press', key: 'program' });
    t.apply({ do: 'type', digits: '3579' });
    t.apply({ do: 'hold', key: 'lock' });
    const mid = runUntil(t, (s) => s.eeprom.writing !== null);
    expect(mid.firmware.writeBank).toBe(0);
    expect(verdict(mid)).toBe('accepted');
  });

  it('cut mid-write and powered again', () => {
    const t = twin913();
    t.apply({ do: 'fault', fault: 'power-cut-mid-write' });
    addCode(t, '2468');
    t.apply({ do: 'wait', ms: SETTLE_MS });
    const snap = t.snapshot();
    expect(snap.firmware.mode).not.toBe('off');
    expect(bankSeqs(snap)[1]).toBeNull(); // torn
    expect(verdict(snap)).toBe('accepted');
  });
});

describe('a trusted store no bank holds, with no write of it pending', () => {
  it('is refused: RAM would hold a store no bank does, gone at the next pack change', () => {
    const t = twin913();
    t.apply({ do: 'fault', fault: 'store-glitch' });
    t.apply({ do: 'wait', ms: SETTLE_MS });
    const glitched = t.snapshot();
    expect(bankSeqs(glitched)).toEqual([null, null]);
    const trusted = edited(glitched, (s) => (s.firmware.storeOk = true));
    expect(verdict(trusted)).toBe(
      'firmware.storeBank: -1 (no bank written), with no write of the store pending or in flight (firmware.writeDirty false, firmware.writeBank -1): a store the firmware starts afresh, factory-fresh or after a factory reset, it writes at once (persistence.ts loadStore, persist); restored, RAM would hold a store no bank does, gone at the next pack change',
    );
    // Pending, it is a factory-fresh lock's (persistence.ts loadStore) and loads.
    expect(verdict(edited(trusted, (s) => (s.firmware.writeDirty = true)))).toBe('accepted');
  });
});
