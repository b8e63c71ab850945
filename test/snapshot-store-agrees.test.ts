// The code store in the firmware's RAM and the one its EEPROM holds agree unless a write of the
// store is pending or in flight (src/twin/snapshot-store-agrees.ts): every change the firmware
// makes to its store it writes at once (firmware/persistence.ts persist), so a snapshot whose RAM
// holds a code the EEPROM does not, with nothing pending, is of no lock the model could be in — the
// code would show in `state` and vanish at the next battery change. It was accepted. A twin saved
// mid-write — a change pending, written, or the old bank erased after a factory reset — is a
// real lock and still loads: every shipped scenario of every model is run with its key presses
// and waits cut fine, and every snapshot taken while a write is under way is accepted.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import { buildTwin, stepToAction } from '../src/scenario/run.ts';
import { EEPROM_PAGE_WRITE_MS } from '../src/hardware/eeprom.ts';
import { BIN, colouredEnv } from './cli-run.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';
import { edited, verdict } from './snapshot-verdict.ts';

/** How long a key is down in a press, and the pause after it (twin.ts PRESS_MS, KEY_GAP_MS). */
const PRESS_MS = 120;
const KEY_GAP_MS = 280;
/** How much of each wait is run in pieces of a page write, to stop inside writes. */
const FINE_MS = 1_000;
/** The store's banks; a firmware.writeBank past them is the erasing of one (persistence.ts). */
const STORE_BANKS = 2;

function idle913(): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' } });
  t.apply({ do: 'wait', ms: 10_000 });
  return t.snapshot();
}

/** The twin's actions of a scenario step, its key presses cut into key down, up and the pause. */
function fineActions(a: Action): Action[] {
  const press = (key: Extract<Action, { do: 'press' }>['key'], downMs: number, gapMs: number): Action[] => [
    { do: 'hold', key },
    { do: 'wait', ms: downMs },
    { do: 'release', key, pauseMs: 0 },
    { do: 'wait', ms: gapMs },
  ];
  switch (a.do) {
    case 'press':
      return press(a.key, PRESS_MS, KEY_GAP_MS);
    case 'hold-for':
      return press(a.key, a.ms, KEY_GAP_MS);
    case 'release':
      return [{ do: 'release', key: a.key, pauseMs: 0 }, { do: 'wait', ms: a.pauseMs ?? KEY_GAP_MS }];
    case 'type':
      if (a.force === 'light') return [a];
      return [...a.digits].flatMap((d) => press(d as Extract<Action, { do: 'press' }>['key'], PRESS_MS, KEY_GAP_MS));
    default:
      return [a];
  }
}

/** Whether the firmware has a write of its store pending or under way. */
function writing(t: Twin): boolean {
  return t.firmware.s.writeDirty || t.firmware.s.writeBank >= 0;
}

/** What is under way: a change pending (in RAM, not yet written), a store written, the old bank erased. */
function writeKind(t: Twin): string {
  const { writeDirty, writeBank } = t.firmware.s;
  if (writeDirty) return 'pending';
  return writeBank >= STORE_BANKS ? 'erasing' : 'writing';
}

/** Run a shipped scenario with its waits cut fine; the verdict of every snapshot taken while a
 * write is under way, and of one after every step. */
function verdictsOf(file: string): { midWrite: number; refused: string[]; kinds: Set<string> } {
  const scn = loadScenarioFile(join(REPO_ROOT, file));
  const twin = buildTwin(scn);
  const refused: string[] = [];
  const kinds = new Set<string>();
  let midWrite = 0;
  const judge = (where: string) => {
    const v = verdict(twin.snapshot());
    if (v !== 'accepted') refused.push(`${file} ${where} (t ${twin.sim.now}): ${v}`);
  };
  for (const [i, step] of scn.steps.entries()) {
    const action = stepToAction(step);
    if (!action) continue;
    if (twin.actionRefusal(action) || (action.do === 'door' && twin.doorBlocked(action.state))) break; // a scenario that expects a refusal
    for (const a of fineActions(action)) {
      if (a.do !== 'wait') {
        twin.apply(a);
        continue;
      }
      let left = a.ms;
      for (let fine = Math.min(left, FINE_MS); fine > 0; fine -= EEPROM_PAGE_WRITE_MS, left -= Math.min(fine, EEPROM_PAGE_WRITE_MS)) {
        twin.apply({ do: 'wait', ms: Math.min(fine, EEPROM_PAGE_WRITE_MS) });
        if (writing(twin)) {
          midWrite++;
          kinds.add(writeKind(twin));
          judge(`step ${i + 1}, mid-write`);
        }
      }
      if (left > 0) twin.apply({ do: 'wait', ms: left });
    }
    judge(`after step ${i + 1}`);
  }
  return { midWrite, refused, kinds };
}

describe('a snapshot whose RAM store disagrees with its EEPROM', () => {
  const snap = idle913();

  it('is refused when nothing is being written, naming the slot and both values', () => {
    expect(snap.firmware.writeDirty).toBe(false);
    expect(snap.eeprom.writing).toBeNull();
    const added = edited(snap, (s) => (s.firmware.codes[1] = '9999'));
    expect(verdict(added)).toBe(
      `firmware.codes[1]: "9999" in RAM, but the store in bank ${snap.firmware.storeBank} (firmware.storeBank) holds "" in slot 2, and no write of the store is pending or in flight (firmware.writeDirty false, firmware.writeBank -1): the firmware writes every change to its store at once (persistence.ts persist), so the two differ only while a write is pending or under way`,
    );
    const removed = edited(snap, (s) => (s.firmware.codes[0] = ''));
    expect(verdict(removed)).toMatch(/^firmware\.codes\[0\]: "" in RAM, but the store in bank \d \(firmware\.storeBank\) holds "1357" in slot 1, /);
  });

  it('refuses the Mastercode and the handing that disagree as well', () => {
    expect(verdict(edited(snap, (s) => (s.firmware.adminCode = '86420')))).toMatch(/^firmware\.adminCode: "86420" in RAM, but the store in bank \d \(firmware\.storeBank\) holds "", /);
    expect(verdict(edited(snap, (s) => (s.firmware.handed = s.firmware.handed === 'left' ? 'right' : 'left')))).toMatch(/^firmware\.handed: "(left|right)" in RAM, but the store in bank \d \(firmware\.storeBank\) holds "(left|right)", /);
  });

  it('is accepted with a change pending (written once the EEPROM is free)', () => {
    const pending = edited(snap, (s) => {
      s.firmware.codes[1] = '9999';
      s.firmware.writeDirty = true;
    });
    expect(verdict(pending)).toBe('accepted');
  });

  it('`repl --load` refuses it, exit 2, naming the slot (with colour on, as CI runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-store-agrees-'));
    const file = join(dir, 'added.json');
    writeFileSync(file, JSON.stringify(edited(snap, (s) => (s.firmware.codes[1] = '9999'))));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain(`firmware.codes[1]: "9999" in RAM, but the store in bank ${snap.firmware.storeBank}`);
  });
});

/** A 913 saved just as it starts writing a code added from the programming menu (the Lock key
 * down ends the entry, the write follows at once). */
function midWrite913(): TwinSnapshot {
  const t = Twin.create('smartcode-913', { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' } });
  t.apply({ do: 'wait', ms: 10_000 });
  t.apply({ do: 'press', key: 'program' });
  t.apply({ do: 'type', digits: '2468' });
  t.apply({ do: 'hold', key: 'lock' });
  for (let waited = 0; !t.snapshot().eeprom.writing && waited < FINE_MS; waited += KEY_GAP_MS / 10) t.apply({ do: 'wait', ms: KEY_GAP_MS / 10 });
  return t.snapshot();
}

describe("a snapshot whose store save counter (firmware.storeSeq) disagrees with its EEPROM's", () => {
  const snap = idle913();
  const bank = snap.firmware.storeBank;

  it('is refused, naming the field and both numbers, whether the counter is behind or ahead', () => {
    expect(verdict(snap)).toBe('accepted');
    const seq = snap.firmware.storeSeq;
    expect(verdict(edited(snap, (s) => (s.firmware.storeSeq = seq - 1)))).toBe(
      `firmware.storeSeq: save counter ${seq - 1} in RAM, but the store in bank ${bank} (firmware.storeBank) holds sequence number ${seq}: RAM keeps the sequence number of the image in the bank it last wrote (persistence.ts loadStore, writeDone); behind it, the next write would be numbered no higher than the image it replaces, and a boot would load the older bank and lose the change (seed S5, store-codec.ts newestStore)`,
    );
    expect(verdict(edited(snap, (s) => (s.firmware.storeSeq = seq + 5)))).toBe(
      `firmware.storeSeq: save counter ${seq + 5} in RAM, but the store in bank ${bank} (firmware.storeBank) holds sequence number ${seq}: RAM keeps the sequence number of the image in the bank it last wrote (persistence.ts loadStore, writeDone); no write the firmware makes leaves it ahead`,
    );
  });

  it('is refused with a change pending too: the counter is the written bank\'s whatever RAM holds', () => {
    const pending = edited(snap, (s) => {
      s.firmware.codes[1] = '9999';
      s.firmware.writeDirty = true;
    });
    expect(verdict(pending)).toBe('accepted');
    expect(verdict(edited(pending, (s) => (s.firmware.storeSeq += 1)))).toMatch(/^firmware\.storeSeq: save counter \d+ in RAM, but the store in bank \d \(firmware\.storeBank\) holds sequence number \d+: /);
  });

  it('mid-write, the image in flight carries the counter + 1: the real one loads, an edited one is refused', () => {
    const mid = midWrite913();
    expect(mid.firmware.writeBank).toBeGreaterThanOrEqual(0);
    expect(mid.eeprom.writing).not.toBeNull();
    expect(verdict(mid)).toBe('accepted');
    const seq = mid.firmware.storeSeq;
    expect(verdict(edited(mid, (s) => (s.firmware.storeSeq = seq + 1)))).toBe(
      `firmware.storeSeq: save counter ${seq + 1} in RAM, but the store being written to bank ${mid.firmware.writeBank} (eeprom.writing) holds sequence number ${seq + 1}: a write in flight carries RAM's counter + 1 (persistence.ts flush); no write the firmware makes leaves it ahead`,
    );
  });

  it('`repl --load` refuses it, exit 2, naming the field and both numbers (with colour on, as CI runs it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-store-seq-'));
    const file = join(dir, 'seq.json');
    const seq = snap.firmware.storeSeq;
    writeFileSync(file, JSON.stringify(edited(snap, (s) => (s.firmware.storeSeq = seq - 1))));
    const r = spawnSync(process.execPath, [BIN, 'repl', '--load', file], { input: 'state\n', encoding: 'utf8', env: { ...colouredEnv(), CI: 'true' } });
    expect(r.status).toBe(2);
    expect(stripVTControlCharacters(r.stderr)).toContain(`firmware.storeSeq: save counter ${seq - 1} in RAM, but the store in bank ${bank} (firmware.storeBank) holds sequence number ${seq}`);
  });
});

describe('a real twin saved while its store is being written still loads', () => {
  it('every shipped scenario, every model: snapshots mid-write and after every step are accepted', { timeout: 600_000 }, () => {
    let midWrite = 0;
    const refused: string[] = [];
    const models = new Set<string>();
    const kinds = new Set<string>();
    for (const file of shippedScenarios()) {
      const got = verdictsOf(file);
      midWrite += got.midWrite;
      refused.push(...got.refused);
      for (const k of got.kinds) kinds.add(k);
      if (got.midWrite > 0) models.add(file.split('/')[1]!);
    }
    expect(refused.slice(0, 5)).toEqual([]);
    // Writes were caught under way, on every model.
    expect(midWrite).toBeGreaterThan(100);
    expect(models.size).toBe(13);
    // Both kinds of write the firmware makes: a store written, and the old bank erased after a reset.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['erasing', 'writing']));
  });
});
