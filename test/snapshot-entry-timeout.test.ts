// A snapshot's code entry and its timeout go together as the firmware keeps them
// (src/twin/snapshot-entry-timeout.ts): on every model, an entry begun, timed out, opening the
// lock, wrong, ended by Lock, and a programming step's digits — each snapshot after each key is
// accepted, entries in normal operation seen with their timeout, programming's without; an entry
// kept into a reset held meanwhile, and a SecureScreen's timeout left counting once switch 4 takes
// its digits away, accepted too; an entry without its timeout, a timeout without an entry, or one
// in programming, edited in, is refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, editedDeadlines, verdict, runFromSnapshot } from './snapshot-verdict.ts';

/** Past the entry and programming timeouts: the entry is gone, the lock idle again. */
const PAUSE: Action = { do: 'wait', ms: 10_000 };
/** Past any keypad lockout the walk's three wrong entries start. */
const PAST_LOCKOUT: Action = { do: 'wait', ms: 70_000 };
const USER = '1357135713';
const ADMIN = '9955995599';
const WRONG = '2468246824';

function press(digits: string): Action[] {
  return [...digits].map((key): Action => ({ do: 'press', key: key as '0' }));
}
const LOCK: Action = { do: 'press', key: 'lock' };

/** Entries begun and ended every way model `p` ends them, and a programming step's digits. */
function walkOf(p: ModelProfile): Action[] {
  const user = USER.slice(0, p.codes.maxLength);
  const wrong = WRONG.slice(0, p.codes.maxLength);
  const confirm = p.keypad.unlockWith === 'lock-button' ? [LOCK] : [];
  const steps: Action[] = [...press(user.slice(0, 2)), PAUSE, ...press(user), ...confirm, PAUSE, ...press(wrong), ...confirm, ...press('12'), LOCK, PAST_LOCKOUT];
  switch (p.programming) {
    case 'programming-code-menu':
      steps.push(...press(ADMIN.slice(0, p.codes.adminMaxLength)), LOCK, ...press('12'), PAUSE);
      break;
    case 'mastercode-program-button':
    case 'positional':
      steps.push({ do: 'press', key: 'program' }, ...press('12'), PAUSE);
      break;
  }
  return steps;
}

function twinOf(p: ModelProfile): Twin {
  const positional = p.programming === 'positional';
  const t = Twin.create(p.id, { seed: 4, trace: false, doorOpen: true, codes: { 1: USER.slice(0, p.codes.maxLength) }, ...(positional ? {} : { mastercode: ADMIN.slice(0, p.codes.adminMaxLength) }) });
  t.apply(PAUSE);
  return t;
}

/** A 913 with two digits of an entry typed. */
function midEntry(): TwinSnapshot {
  const t = twinOf(MODELS.find((m) => m.id === 'smartcode-913')!);
  for (const a of press('13')) t.apply(a);
  return t.snapshot();
}

describe("a snapshot's code entry and its timeout go together as the firmware keeps them", () => {
  for (const p of MODELS) {
    it(`${p.id}: every key of entries begun and ended every way, and of programming, accepted`, () => {
      const t = twinOf(p);
      let inIdle = 0;
      let inProgramming = 0;
      for (const action of walkOf(p)) {
        t.apply(action);
        const snap = t.snapshot();
        expect(verdict(snap), `${p.id} after ${JSON.stringify(action)}`).toBe('accepted');
        const fw = snap.firmware;
        if (fw.buffer === '') continue;
        if (fw.mode === 'idle') {
          expect(fw.tEntry, `${p.id}: an entry's timeout`).toBeGreaterThanOrEqual(0);
          inIdle++;
        } else {
          expect(fw.tEntry, `${p.id} ${fw.mode}: a programming step's digits`).toBe(-1);
          inProgramming++;
        }
      }
      expect(inIdle).toBeGreaterThan(0);
      expect(inProgramming).toBeGreaterThan(0);
    });
  }

  it('accepts an entry kept, with its timeout, into a reset held meanwhile (smartcode-955)', () => {
    const p = MODELS.find((m) => m.id === 'smartcode-955')!;
    const t = twinOf(p);
    t.apply({ do: 'hold', key: 'program' });
    t.apply({ do: 'wait', ms: p.timing.resetHoldMs - 2_000 });
    t.apply({ do: 'press', key: '1' });
    t.apply({ do: 'wait', ms: 2_000 });
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('reset-armed');
    expect(snap.firmware.buffer).toBe('1');
    expect(snap.firmware.tEntry).toBeGreaterThanOrEqual(0);
    expect(verdict(snap)).toBe('accepted');
  });

  it("accepts a SecureScreen's timeout left counting once switch 4 takes its digits away (smartcode-916)", () => {
    const t = Twin.create('smartcode-916', { seed: 4, trace: false, doorOpen: true, codes: { 1: '1357' } });
    t.apply(PAUSE);
    t.apply({ do: 'switch', n: 4, on: true });
    t.apply({ do: 'press', key: '1' });
    expect(t.snapshot().firmware.prompt).toMatch(/^[0-9]+$/);
    t.apply({ do: 'switch', n: 4, on: false });
    const snap = t.snapshot();
    expect(snap.firmware.prompt).toBeUndefined();
    expect(snap.firmware.buffer).toBe('');
    expect(snap.firmware.tEntry).toBeGreaterThanOrEqual(0);
    expect(verdict(snap)).toBe('accepted');
  });

  it('refuses an entry without its timeout', () => {
    expect(verdict(editedDeadlines(midEntry(), (s) => (s.firmware.tEntry = -1)))).toBe(
      'firmware.tEntry: not armed, but the code entry holds 2 digits (firmware.buffer) in mode idle: a smartcode-913 arms the entry timeout with every digit, and clears both together',
    );
  });

  it('refuses a timeout without an entry, where no SecureScreen arms one', () => {
    const snap = midEntry();
    expect(verdict(edited(snap, (s) => (s.firmware.buffer = '')))).toBe(
      `firmware.tEntry: armed for ${snap.firmware.tEntry} ms, but the code entry holds no digit (firmware.buffer) in mode idle: a smartcode-913 arms the entry timeout only with a digit, and clears both together`,
    );
  });

  it('refuses an entry timeout in programming', () => {
    const t = twinOf(MODELS.find((m) => m.id === 'smartcode-913')!);
    for (const a of [{ do: 'press', key: 'program' }, ...press('99')] as Action[]) t.apply(a);
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('prog-auth');
    const at = snap.sim.now + 1_000;
    expect(verdict(editedDeadlines(snap, (s) => (s.firmware.tEntry = at)))).toBe(
      `firmware.tEntry: armed for ${at} ms in mode prog-auth: a smartcode-913's programming times its steps by firmware.tProg; every way into programming clears the entry timeout, and nothing arms it there`,
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = editedDeadlines(midEntry(), (s) => (s.firmware.tEntry = -1));
  const { run, file } = runFromSnapshot(snap, 'smartcode-913');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.tEntry: not armed, but the code entry holds 2 digits (firmware.buffer)`);
});
