// The Powerbolt 250's auto-lock, set by its menu (product-facts M9: "Change Auto-Lock Time Delay
// … Press number 8 … Choose and press button for delay: 1 30 seconds, 2 1 minute, 3 3 minutes,
// 4 5 minutes, 5 10 minutes"; "Enable/Disable Auto-Lock … Repeat the programming steps to disable
// the auto-lock" — its item number, 7, assumed). The lock locks itself the chosen delay after
// unlocking; switch 2 is not read on it, and still is on a SmartCode; the setting is written with
// the codes, so a battery change keeps it and a factory reset puts it back (M9: "change all
// programming to factory settings"); nothing changes it before door handing or without the
// menu's authority; the store's settings byte holds it without changing the image of a store
// that has none; snapshots, a given taken from the twin and a recording carry it.
import { describe, expect, it } from 'vitest';
import { menu, events } from './menu-steps.ts';
import { Twin, type TwinOptions } from '../src/twin/twin.ts';
import { autoLockSetting, AUTO_LOCK_MAX, bankSize, crc32, CRC_BYTES, decodeStore, encodeStore, SEQ_AT, SEQ_BYTES } from '../src/firmware/store-codec.ts';
import { checkSnapshot, SnapshotError } from '../src/twin/snapshot-check.ts';
import { givenOfTwin } from '../src/scenario/given-of-twin.ts';
import { twinOptionsFromGiven } from '../src/scenario/build-twin.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { stateLines } from '../src/cli/repl/report.ts';
import { parseScenario } from '../src/scenario/parse.ts';
import { runScenario } from '../src/scenario/run.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { Recorder } from '../web/src/recorder.ts';
import { findModel } from '../src/models/index.ts';

const MODEL = 'powerbolt-250';
const MENU_AUTO_LOCK = '7';
const MENU_DELAY = '8';
/** The delays the 250's menu offers, by key 1–5 (M9). */
const DELAYS_MS = [30_000, 60_000, 180_000, 300_000, 600_000];
/** How soon after the delay the bolt has thrown: the motor's travel, within the second checked. */
const AFTER_MS = 2_000;
/** The step the bolt is watched in, after an unlock by the key (no motor: the countdown starts
 * as the bolt is back). */
const SECOND = 1_000;
/** The store's settings byte: right after the sequence number (store-codec.ts). */
const SETTINGS_AT = SEQ_AT + SEQ_BYTES;

function lock250(opts: TwinOptions = {}): Twin {
  return Twin.create(MODEL, { doorOpen: true, handed: 'right', mastercode: 'none', codes: { 1: '1357' }, ...opts });
}

/** Unlock by hand and return how long the bolt stays back (up to `limitMs`), to the second. */
function secondsUntilLocked(t: Twin, limitMs: number): number {
  t.apply({ do: 'key', dir: 'lock' });
  t.apply({ do: 'key', dir: 'unlock' });
  for (let ms = 0; ms <= limitMs; ms += SECOND) {
    if (t.locked) return ms / SECOND;
    t.apply({ do: 'wait', ms: SECOND });
  }
  return Infinity;
}

describe('Powerbolt 250 auto-lock by its menu (M9)', () => {
  it('ships off; item 7 turns it on at 30 s; item 8 then a key 1–5 chooses each delay', () => {
    const t = lock250();
    expect(secondsUntilLocked(t, 15 * 60_000)).toBe(Infinity);
    menu(t, MENU_AUTO_LOCK);
    expect(events(t, 'auto-lock-on')).toHaveLength(1);
    expect(secondsUntilLocked(t, 15 * 60_000)).toBe(30 + 1);
    DELAYS_MS.forEach((delay, i) => {
      menu(t, MENU_DELAY, String(i + 1));
      const waited = secondsUntilLocked(t, 15 * 60_000);
      // Locked within the second after the delay (the motor's throw), never before.
      expect(waited * SECOND).toBeGreaterThan(delay);
      expect(waited * SECOND).toBeLessThanOrEqual(delay + AFTER_MS);
    });
    expect(events(t, 'auto-lock-delay-set')).toHaveLength(DELAYS_MS.length);
  });

  it('item 7 again turns it off, keeping the delay for the next time it is turned on', () => {
    const t = lock250({ autoLock: 'on', autoLockDelay: 180_000 });
    menu(t, MENU_AUTO_LOCK);
    expect(events(t, 'auto-lock-off')).toHaveLength(1);
    expect(t.store().autoLock).toBe(autoLockSetting(false, 2));
    expect(secondsUntilLocked(t, 15 * 60_000)).toBe(Infinity);
    menu(t, MENU_AUTO_LOCK);
    const waited = secondsUntilLocked(t, 15 * 60_000) * SECOND;
    expect(waited).toBeGreaterThan(180_000);
    expect(waited).toBeLessThanOrEqual(180_000 + AFTER_MS);
  });

  it('turned off while counting down, nothing locks by itself', () => {
    const t = lock250({ autoLock: 'on' });
    t.apply({ do: 'key', dir: 'lock' });
    t.apply({ do: 'key', dir: 'unlock' });
    menu(t, MENU_AUTO_LOCK);
    t.apply({ do: 'wait', ms: 10 * 60_000 });
    expect(t.locked).toBe(false);
  });

  it('refuses a key the delay item does not offer, and changes nothing', () => {
    const t = lock250({ autoLock: 'on', autoLockDelay: 60_000 });
    for (const wrong of ['0', '6', '9', '12']) {
      const before = events(t, 'programming-failed').length;
      menu(t, MENU_DELAY, wrong);
      expect(events(t, 'programming-failed').length).toBe(before + 1);
    }
    expect(t.store().autoLock).toBe(autoLockSetting(true, 1));
    expect(events(t, 'auto-lock-delay-set')).toEqual([]);
  });

  it('switch 2 is not read on the 250; on the SmartCode 913 it still turns auto-lock on', () => {
    const t = lock250({ switches: { 2: true } });
    expect(secondsUntilLocked(t, 5 * 60_000)).toBe(Infinity);
    const t913 = Twin.create('smartcode-913', { doorOpen: true, handed: 'right', mastercode: 'none', codes: { 1: '1357' }, switches: { 2: true } });
    expect(secondsUntilLocked(t913, 5 * 60_000)).toBe(30 + 1);
    // And a switch flipped on the 250 leaves a countdown the menu started alone.
    const on = lock250({ autoLock: 'on' });
    on.apply({ do: 'key', dir: 'lock' });
    on.apply({ do: 'key', dir: 'unlock' });
    on.apply({ do: 'switch', n: 2, on: false });
    on.apply({ do: 'wait', ms: 35_000 });
    expect(on.locked).toBe(true);
  });

  it('is written with the codes: a battery change keeps it, a factory reset puts it back to off, 30 s', () => {
    const t = lock250();
    menu(t, MENU_AUTO_LOCK);
    menu(t, MENU_DELAY, '4');
    t.apply({ do: 'battery-out' });
    t.apply({ do: 'wait', ms: 10_000 });
    t.apply({ do: 'battery-in' });
    t.apply({ do: 'wait', ms: 3_000 });
    expect(t.store().autoLock).toBe(autoLockSetting(true, 3));
    t.apply({ do: 'hold-for', key: 'program', ms: 15_500 });
    t.apply({ do: 'press', key: 'program' });
    t.apply({ do: 'wait', ms: 3_000 });
    expect(events(t, 'factory-reset')).toHaveLength(1);
    expect(t.store().autoLock).toBe(0);
  });

  it('nothing sets it before door handing after a reset (as no code is taken then, S18)', () => {
    const t = lock250({ autoLock: 'on', autoLockDelay: 600_000 });
    t.apply({ do: 'hold-for', key: 'program', ms: 15_500 });
    t.apply({ do: 'press', key: 'program' });
    t.apply({ do: 'wait', ms: 3_000 });
    expect(t.store().handed).toBe('none');
    menu(t, MENU_AUTO_LOCK);
    menu(t, MENU_DELAY, '5');
    expect(events(t, 'programming-failed').map((e) => (e as { reason: string }).reason)).toEqual(['handing-required', 'handing-required']);
    expect(t.store().autoLock).toBe(0);
  });

  it('with a Mastercode set, the programming button opens no menu: item 7 then is a wrong code', () => {
    const t = lock250({ mastercode: '97531' });
    menu(t, MENU_AUTO_LOCK);
    expect(events(t, 'auto-lock-on')).toEqual([]);
    expect(t.store().autoLock).toBe(0);
    // With the Mastercode at the keypad, it does.
    t.apply({ do: 'type', digits: '97531' });
    t.apply({ do: 'press', key: 'lock' });
    t.apply({ do: 'type', digits: MENU_AUTO_LOCK });
    t.apply({ do: 'press', key: 'lock' });
    t.apply({ do: 'wait', ms: SECOND });
    expect(events(t, 'auto-lock-on')).toHaveLength(1);
  });
});

describe('the auto-lock setting in the store, a snapshot, a given and a recording', () => {
  const capacity = findModel(MODEL)!.codes.capacity;
  const image = (autoLock: number) => ({ seq: 3, handed: 'left' as const, autoLock, adminCode: '', codes: new Array<string>(capacity).fill(''), flags: 0 });

  it('the settings byte: handing in its low bits as before, auto-lock above; a store without one is byte for byte as before', () => {
    for (let setting = 0; setting <= AUTO_LOCK_MAX; setting++) expect(decodeStore(encodeStore(image(setting)), capacity)).toEqual(image(setting));
    const none = encodeStore(image(0));
    // The byte after the sequence number: handing alone, 'left' = 1, as images were written before.
    expect(none[SETTINGS_AT]).toBe(1);
    // A settings byte above any this firmware writes, sealed with a checksum that holds: still
    // not a store it can trust; the same re-sealing of a setting it does write reads back.
    const sealedWith = (settings: number) => {
      const bytes = encodeStore(image(0));
      bytes[SETTINGS_AT] = settings;
      new DataView(bytes.buffer).setUint32(bankSize(capacity) - CRC_BYTES, crc32(bytes, bankSize(capacity) - CRC_BYTES));
      return decodeStore(bytes, capacity);
    };
    expect(sealedWith(1 | (AUTO_LOCK_MAX << 2))).toEqual(image(AUTO_LOCK_MAX));
    expect(sealedWith(1 | ((AUTO_LOCK_MAX + 1) << 2))).toBeNull();
  });

  it('a snapshot holds it (and leaves it out at off, 30 s); one beyond the settings is refused', () => {
    const t = lock250();
    expect('autoLock' in t.snapshot().firmware).toBe(false);
    menu(t, MENU_AUTO_LOCK);
    const snap = JSON.parse(JSON.stringify(t.snapshot()));
    expect(snap.firmware.autoLock).toBe(autoLockSetting(true, 0));
    expect(Twin.restore(checkSnapshot(snap)).store().autoLock).toBe(autoLockSetting(true, 0));
    snap.firmware.autoLock = AUTO_LOCK_MAX + 1;
    expect(() => checkSnapshot(snap)).toThrow(SnapshotError);
    // A SmartCode's store keeps no auto-lock setting: a snapshot of one that holds one is refused.
    const smartcode = JSON.parse(JSON.stringify(Twin.create('smartcode-913').snapshot()));
    expect(() => checkSnapshot(smartcode)).not.toThrow();
    smartcode.firmware.autoLock = autoLockSetting(true, 0);
    expect(() => checkSnapshot(smartcode)).toThrow(/firmware\.autoLock: a smartcode-913 keeps no auto-lock setting/);
  });

  it('the REPL state and the given taken from the twin carry it; a twin built from that given holds it', () => {
    const t = lock250();
    expect(givenOfTwin(t).given).not.toHaveProperty('autoLock');
    expect(givenOfTwin(t).given).not.toHaveProperty('autoLockDelay');
    menu(t, MENU_DELAY, '3');
    expect(givenOfTwin(t).given).toMatchObject({ autoLockDelay: 180_000 });
    expect(stateLines(t).join('\n')).toMatch(/auto-lock off \(3min when on\)/);
    menu(t, MENU_AUTO_LOCK);
    const { given } = givenOfTwin(t);
    expect(given).toMatchObject({ autoLock: 'on', autoLockDelay: 180_000 });
    expect(stateLines(t).join('\n')).toMatch(/auto-lock after 3min/);
    const again = Twin.create(MODEL, twinOptionsFromGiven({ model: MODEL, given } as Scenario));
    expect(again.store().autoLock).toBe(t.store().autoLock);
  });

  it("the browser twin's recording writes it as words a replay reads: given and closing expect", async () => {
    const session = new Session(freshTwin(MODEL));
    const twin = session.twin;
    menu(twin, MENU_AUTO_LOCK);
    menu(twin, MENU_DELAY, '5');
    const recorder = new Recorder({ session, adopt: (next) => session.replace(next) });
    recorder.begin();
    session.advance(1_000);
    const text = await recorder.text();
    expect(text).toMatch(/^ {2}autoLock: on$/m);
    expect(text).toMatch(/^ {2}autoLockDelay: 10min$/m);
    expect(text).toMatch(/autoLockDelay: 10min\n/);
    const result = runScenario(parseScenario(text, 'recording.yaml'));
    expect(result.ok).toBe(true);
    expect(result.twin.store().autoLock).toBe(autoLockSetting(true, 4));
  });
});
