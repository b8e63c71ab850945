// The keys a snapshot's firmware reads as down are the contacts held that reach it
// (src/twin/snapshot-keys.ts): on every model, keys held, let go, held together, held through a
// pack pulled and put back and through the exterior's cable pulled and plugged in, each snapshot
// (mid-bounce and settled) is accepted; a key read otherwise than its contact, edited in, is
// refused naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { keyBit } from '../src/hardware/buttons.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, verdict, runFromSnapshot } from './snapshot-verdict.ts';

/** Inside a contact's bounce and the firmware's debounce, and past both. */
const MID_DEBOUNCE: Action = { do: 'wait', ms: 1 };
const SETTLED: Action = { do: 'wait', ms: 40 };

/** Keys held and let go in every order the hand can: alone, together, through power and the cable. */
const WALK: Action[] = [
  { do: 'hold', key: '5' }, MID_DEBOUNCE, SETTLED,
  { do: 'hold', key: 'program' }, MID_DEBOUNCE,
  { do: 'release', key: '5', pauseMs: 0 }, MID_DEBOUNCE, SETTLED,
  { do: 'hold', key: 'lock' }, { do: 'hold', key: '2' }, MID_DEBOUNCE, SETTLED,
  { do: 'exterior', state: 'disconnected' }, MID_DEBOUNCE, SETTLED,
  { do: 'release', key: 'lock', pauseMs: 0 }, SETTLED,
  { do: 'battery-out' }, { do: 'hold', key: '7' },
  { do: 'exterior', state: 'connected' }, { do: 'battery-in' }, MID_DEBOUNCE, SETTLED,
  { do: 'release', key: 'program', pauseMs: 0 }, MID_DEBOUNCE, { do: 'release', key: '2', pauseMs: 0 }, SETTLED,
  { do: 'release', key: '7' }, { do: 'wait', ms: 60_000 },
];

function idle(model: string): Twin {
  const t = Twin.create(model, { seed: 6, trace: false, doorOpen: true });
  t.apply({ do: 'wait', ms: 10_000 });
  return t;
}

/** A 916 with Program held and settled, and the digit 5 held and settled. */
function twoHeld(): TwinSnapshot {
  const t = idle('smartcode-916');
  for (const a of [{ do: 'hold', key: 'program' }, SETTLED, { do: 'hold', key: '5' }, SETTLED] as Action[]) t.apply(a);
  return t.snapshot();
}

describe('the keys the firmware reads as down are the contacts held that reach it', () => {
  for (const p of MODELS) {
    it(`${p.id}: every snapshot of keys held, let go, together, through power and the cable, accepted`, () => {
      const t = idle(p.id);
      for (const action of WALK) {
        t.apply(action);
        expect(verdict(t.snapshot()), `${p.id} after ${JSON.stringify(action)}`).toBe('accepted');
      }
    });
  }

  it('accepts the key settling read either way: pressed, or let go, and not yet read', () => {
    const held = twoHeld();
    expect(held.firmware.keyMask).toBe(keyBit('program') | keyBit('5'));
    const t = Twin.restore(held);
    t.apply({ do: 'release', key: '5', pauseMs: 0 });
    const letGo = t.snapshot();
    expect(letGo.firmware.debounceKey).toBe('5');
    expect(letGo.firmware.keyMask & keyBit('5')).not.toBe(0);
    expect(verdict(letGo)).toBe('accepted');
    t.apply({ do: 'hold', key: '3' });
    const pressing = t.snapshot();
    expect(pressing.firmware.debounceKey).toBe('3');
    expect(pressing.firmware.keyMask & keyBit('3')).toBe(0);
    expect(verdict(pressing)).toBe('accepted');
  });

  it('refuses a key read as up while its contact is held', () => {
    expect(verdict(edited(twoHeld(), (s) => (s.firmware.keyMask &= ~keyBit('program'))))).toBe(
      'firmware.keyMask: "program" read as up, but its contact is held closed (buttons.held), and no key is settling (firmware.debounceKey): the firmware reads a key as its contact settles',
    );
  });

  it('refuses a key read as down while its contact is open', () => {
    expect(verdict(edited(idle('smartcode-913').snapshot(), (s) => (s.firmware.keyMask |= keyBit('lock'))))).toBe(
      'firmware.keyMask: "lock" read as down, but its contact is open (buttons.held), and no key is settling (firmware.debounceKey): the firmware reads a key as its contact settles',
    );
    expect(verdict(edited(twoHeld(), (s) => (s.buttons.held &= ~keyBit('5'))))).toBe(
      'firmware.keyMask: "5" read as down, but its contact is open (buttons.held), and no key is settling (firmware.debounceKey): the firmware reads a key as its contact settles',
    );
  });

  it('refuses a keypad key read as down while the exterior is unplugged, and names the key settling', () => {
    const t = Twin.restore(twoHeld());
    t.apply({ do: 'exterior', state: 'disconnected' });
    t.apply(SETTLED);
    t.apply({ do: 'release', key: 'program', pauseMs: 0 });
    const out = t.snapshot();
    expect(out.firmware.debounceKey).toBe('program');
    expect(out.firmware.keyMask & keyBit('5')).toBe(0);
    expect(verdict(out)).toBe('accepted');
    expect(verdict(edited(out, (s) => (s.firmware.keyMask |= keyBit('5'))))).toBe(
      'firmware.keyMask: "5" read as down, but its contact, held closed (buttons.held), does not reach the firmware: the exterior is unplugged (buttons.exteriorLinked false), and only "program" is settling (firmware.debounceKey): the firmware reads a key as its contact settles',
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = edited(twoHeld(), (s) => (s.firmware.keyMask &= ~keyBit('program')));
  const { run, file } = runFromSnapshot(snap, 'smartcode-916');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.keyMask: "program" read as up, but its contact is held closed (buttons.held)`);
});
