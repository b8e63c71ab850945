// A snapshot's code entry holds no more digits than the model's firmware keeps in its mode
// (src/twin/snapshot-entry.ts): on every model, keys pressed one at a time — a code short of its
// last digit, the programming code whole, an entry run on past the longest code in normal
// operation, in programming and in a slot — each snapshot after each press is accepted, and the
// longest entry seen in each mode is exactly the cap the check holds it to; one digit more,
// edited in, is refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { FwMode } from '../src/firmware/state.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { entryCap } from '../src/twin/snapshot-entry.ts';
import { edited, verdict, runFromSnapshot } from './snapshot-verdict.ts';

/** Longer than any entry a model keeps: the walks run every entry on past its cap. */
const TOO_MANY = 14;
/** Past the entry and programming timeouts: the entry is gone, the lock idle again. */
const PAUSE: Action = { do: 'wait', ms: 10_000 };
/** A user code and an admin code on different keys, on one- and two-digit keypads alike. */
const USER_KEYS = '1357135713';
const ADMIN_KEYS = '9955995599';

function press(digits: string): Action[] {
  return [...digits].map((key): Action => ({ do: 'press', key: key as '0' }));
}

/** The keys that run model `p`'s entry to its longest in each mode it has. */
function walkOf(p: ModelProfile): Action[] {
  const user = USER_KEYS.slice(0, p.codes.maxLength);
  const admin = ADMIN_KEYS.slice(0, p.codes.adminMaxLength);
  const many = '1'.repeat(TOO_MANY);
  // Normal operation: a code short of its last digit; the programming code whole, where it is typed.
  const steps: Action[] = [...press(user.slice(0, -1)), PAUSE];
  if (p.keypad.unlockWith === 'lock-button') steps.push(...press(many.slice(0, p.codes.maxLength)), PAUSE);
  switch (p.programming) {
    case 'programming-code-menu':
      steps.push(...press(admin), { do: 'press', key: 'lock' }, ...press(many), PAUSE);
      break;
    case 'mastercode-program-button':
      steps.push({ do: 'press', key: 'program' }, ...press(many), PAUSE);
      break;
    case 'positional':
      if (p.slotSelection === 'digit') steps.push({ do: 'press', key: 'program' }, ...press('1234'), PAUSE, { do: 'press', key: 'program' }, ...press('1'), { do: 'press', key: 'lock' });
      else steps.push({ do: 'press', key: 'program' });
      steps.push(...press(many), PAUSE);
      break;
  }
  return steps;
}

/** Model `p` walked, the snapshot after every press checked: the longest entry seen in each mode. */
function longestByMode(p: ModelProfile): Map<FwMode, TwinSnapshot> {
  const positional = p.programming === 'positional';
  const t = Twin.create(p.id, { seed: 2, trace: false, doorOpen: true, codes: { 1: USER_KEYS.slice(0, p.codes.maxLength) }, ...(positional ? {} : { mastercode: ADMIN_KEYS.slice(0, p.codes.adminMaxLength) }) });
  t.apply(PAUSE);
  const longest = new Map<FwMode, TwinSnapshot>();
  for (const action of walkOf(p)) {
    t.apply(action);
    const snap = t.snapshot();
    expect(verdict(snap), `${p.id} after ${JSON.stringify(action)}`).toBe('accepted');
    const seen = longest.get(snap.firmware.mode);
    if (!seen || snap.firmware.buffer.length > seen.firmware.buffer.length) longest.set(snap.firmware.mode, snap);
  }
  return longest;
}

const walked = new Map(MODELS.map((p) => [p, longestByMode(p)] as const));

/** The modes whose entry the walks run to the cap: normal operation and each programming's own. */
const CAPPED: readonly FwMode[] = ['idle', 'prog-auth', 'menu', 'slot-select', 'slot-code'];

describe("a snapshot's code entry holds no more digits than the model keeps in its mode", () => {
  for (const [p, longest] of walked) {
    it(`${p.id}: every press accepted, the longest entry in each mode its cap; a digit more, refused`, () => {
      const modes = CAPPED.filter((m) => longest.has(m) && !(m === 'slot-select' && p.slotSelection === 'presses'));
      expect(modes).toContain('idle');
      expect(modes.length, 'a programming mode walked too').toBeGreaterThanOrEqual(2);
      for (const mode of modes) {
        const snap = longest.get(mode)!;
        const cap = entryCap(p, mode).digits;
        expect(snap.firmware.buffer.length, `${p.id} ${mode}: the cap is reached`).toBe(cap);
        expect(verdict(edited(snap, (s) => (s.firmware.buffer += '1'))), `${p.id} ${mode}`).toMatch(new RegExp(`^firmware\\.buffer: ${cap + 1} digits in mode ${mode}: a ${p.id}`));
      }
    });
  }

  it('says why, in the words of each cap', () => {
    const at = (id: string, mode: FwMode): string => {
      const p = MODELS.find((m) => m.id === id)!;
      return verdict(edited(walked.get(p)!.get(mode)!, (s) => (s.firmware.buffer += '1')));
    };
    expect(at('smartcode-913', 'idle')).toBe('firmware.buffer: 8 digits in mode idle: a smartcode-913 judges a code entry as it reaches its longest code, 8 digits');
    expect(at('smartcode-275', 'idle')).toBe('firmware.buffer: 9 digits in mode idle: a smartcode-275 judges a code entry as it reaches its longest code, 8 digits, and keeps its programming code (at most 8 digits) whole for Kwikset');
    expect(at('powerbolt-2', 'idle')).toBe('firmware.buffer: 11 digits in mode idle: a powerbolt-2 judges a code entry once it is longer than its longest code, 10 digits');
    expect(at('smartcode-913', 'prog-auth')).toBe("firmware.buffer: 10 digits in mode prog-auth: a smartcode-913's programming keeps one digit past its longest code, 9 digits, so an over-long entry is refused");
    expect(at('powerbolt-240', 'slot-select')).toBe('firmware.buffer: 4 digits in mode slot-select: a powerbolt-240 reads a slot number of at most 3 digits');
    expect(at('smartcode-909', 'slot-code')).toBe('firmware.buffer: 10 digits in mode slot-code: a smartcode-909 keeps one digit past its longest code for a slot, 9 digits, so an over-long code is refused');
  });

  it('refuses a digit in slot-select where Program presses choose the slot', () => {
    const t = Twin.create('smartcode-909', { seed: 2, trace: false, doorOpen: true });
    t.apply(PAUSE);
    t.apply({ do: 'press', key: 'program' });
    const snap = t.snapshot();
    expect(snap.firmware.mode).toBe('slot-select');
    expect(verdict(snap)).toBe('accepted');
    expect(verdict(edited(snap, (s) => (s.firmware.buffer = '1')))).toBe(
      'firmware.buffer: 1 digits in mode slot-select: a smartcode-909 chooses the slot by Program presses, and its first digit begins the code (mode slot-code)',
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const p = MODELS.find((m) => m.id === 'smartcode-913')!;
  const snap = edited(walked.get(p)!.get('idle')!, (s) => (s.firmware.buffer += '1'));
  const { run, file } = runFromSnapshot(snap, 'smartcode-913');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.buffer: 8 digits in mode idle: a smartcode-913 judges a code entry`);
});
