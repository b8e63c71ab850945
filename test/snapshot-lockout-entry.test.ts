// A snapshot holds no code entry while its keypad is locked out (src/twin/snapshot-lockout-entry.ts):
// on every model, wrong codes typed until the keypad locks out, then digits, Lock and Program
// pressed while it is — each snapshot after each key accepted, the entry gone as the lockout
// starts and none building up during it, only programming's digits kept where Program opens it;
// an entry's digits, its timeout or SecureScreen digits edited into a locked-out snapshot are
// refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, editedDeadlines, verdict, runFromSnapshot } from './snapshot-verdict.ts';

const PAUSE: Action = { do: 'wait', ms: 10_000 };
const USER = '1357135713';
/** On no key of USER's, on keypads of one or two digits a key. */
const WRONG = '9999999999';
/** More wrong entries than any model's count: the walk types them until the keypad locks out. */
const MAX_WRONG_ENTRIES = 6;
const LOCK: Action = { do: 'press', key: 'lock' };
const PROGRAM: Action = { do: 'press', key: 'program' };

function press(digits: string): Action[] {
  return [...digits].map((key): Action => ({ do: 'press', key: key as '0' }));
}

/** Model `p`'s twin, wrong codes typed until its keypad locks out; each snapshot on the way checked. */
function lockedOut(p: ModelProfile, screen = false): Twin {
  const t = Twin.create(p.id, { seed: 8, trace: false, doorOpen: true, codes: { 1: USER.slice(0, p.codes.maxLength) } });
  t.apply(PAUSE);
  if (screen) t.apply({ do: 'switch', n: 4, on: true });
  const wrong = [...press(WRONG.slice(0, p.codes.maxLength)), ...(p.keypad.unlockWith === 'lock-button' ? [LOCK] : [])];
  for (let i = 0; i < MAX_WRONG_ENTRIES && t.snapshot().firmware.tLockoutEnd < 0; i++) {
    for (const action of screen ? [...press('0'), { do: 'type-shown' } as Action, ...wrong] : wrong) {
      t.apply(action);
      expect(verdict(t.snapshot()), `${p.id} after ${JSON.stringify(action)}`).toBe('accepted');
      if (t.snapshot().firmware.tLockoutEnd >= 0) break;
    }
  }
  const snap = t.snapshot();
  expect(snap.firmware.tLockoutEnd, `${p.id} locked out`).toBeGreaterThanOrEqual(0);
  expect(snap.firmware.buffer, `${p.id}: the entry ended as the lockout started`).toBe('');
  expect(snap.firmware.tEntry).toBe(-1);
  return t;
}

/** A 913 locked out. */
function locked913(): TwinSnapshot {
  return lockedOut(MODELS.find((m) => m.id === 'smartcode-913')!).snapshot();
}

/** While locked out: digits, Lock, digits held, Program and digits after it, a pause. */
const DURING: Action[] = [...press('13'), LOCK, { do: 'hold', key: '5' }, { do: 'wait', ms: 200 }, { do: 'release', key: '5' }, PROGRAM, ...press('12'), PAUSE];

describe('no code entry while the keypad is locked out', () => {
  for (const p of MODELS) {
    it(`${p.id}: every key while locked out accepted, and no entry builds up`, () => {
      const t = lockedOut(p);
      for (const action of DURING) {
        t.apply(action);
        const snap = t.snapshot();
        expect(verdict(snap), `${p.id} after ${JSON.stringify(action)}`).toBe('accepted');
        expect(snap.firmware.tLockoutEnd).toBeGreaterThanOrEqual(0);
        expect(snap.firmware.tEntry).toBe(-1);
        if (snap.firmware.mode === 'idle') expect(snap.firmware.buffer).toBe('');
      }
    });
  }

  it("accepts programming's digits during a lockout, where Program opens it (smartcode-913)", () => {
    const t = lockedOut(MODELS.find((m) => m.id === 'smartcode-913')!);
    for (const a of [PROGRAM, ...press('12')]) t.apply(a);
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('prog-menu');
    expect(snap.firmware.buffer).toBe('12');
    expect(snap.firmware.tLockoutEnd).toBeGreaterThanOrEqual(0);
    expect(verdict(snap)).toBe('accepted');
  });

  it('smartcode-916: with SecureScreen on, a touch during the lockout shows no digits', () => {
    const t = lockedOut(MODELS.find((m) => m.id === 'smartcode-916')!, true);
    t.apply({ do: 'press', key: '1' });
    const snap = t.snapshot();
    expect(snap.firmware.prompt).toBeUndefined();
    expect(verdict(snap)).toBe('accepted');
  });

  it('refuses an entry held while locked out', () => {
    const snap = locked913();
    expect(verdict(editedDeadlines(snap, (s) => { s.firmware.buffer = '13'; s.firmware.tEntry = s.sim.now + 1_000; }))).toBe(
      `firmware.buffer: "13" in mode idle while the keypad is locked out (firmware.tLockoutEnd armed for ${snap.firmware.tLockoutEnd} ms): the wrong code that starts a smartcode-913's lockout ends the entry, and a locked-out keypad takes no digit`,
    );
  });

  it('refuses an entry timeout armed while locked out, even with no digit shown (smartcode-916)', () => {
    const snap = lockedOut(MODELS.find((m) => m.id === 'smartcode-916')!, true).snapshot();
    const at = snap.sim.now + 1_000;
    expect(verdict(editedDeadlines(snap, (s) => (s.firmware.tEntry = at)))).toBe(
      `firmware.tEntry: armed for ${at} ms while the keypad is locked out (firmware.tLockoutEnd armed for ${snap.firmware.tLockoutEnd} ms): the wrong code that starts a smartcode-916's lockout ends the entry, and a locked-out keypad takes no digit`,
    );
    expect(verdict(edited(snap, (s) => (s.firmware.prompt = '37')))).toBe(
      `firmware.prompt: "37" shown while the keypad is locked out (firmware.tLockoutEnd armed for ${snap.firmware.tLockoutEnd} ms): the wrong code that starts a smartcode-916's lockout ends the entry, and a locked-out keypad takes no digit`,
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = editedDeadlines(locked913(), (s) => { s.firmware.buffer = '13'; s.firmware.tEntry = s.sim.now + 1_000; });
  const { run, file } = runFromSnapshot(snap, 'smartcode-913');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.buffer: "13" in mode idle while the keypad is locked out`);
});
