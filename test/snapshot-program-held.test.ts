// A snapshot's firmware takes Program as held exactly as it reads Program's key
// (src/twin/snapshot-program-held.ts): on every model, Program pressed, held, let go, held past
// the Mastercode and reset holds, held as the pack goes in and let go — each snapshot, mid-bounce
// and settled, accepted, and the Powerbolt 250's Program let go and pressed again around a reset
// hold refused for the bolt too; a programHeld that disagrees with the key, edited in, is refused
// naming the field, by the check and by `lockstep run` (exit 2).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { keyBit } from '../src/hardware/buttons.ts';
import { Twin, type Action, type TwinSnapshot } from '../src/twin/twin.ts';
import { edited, verdict, runFromSnapshot } from './snapshot-verdict.ts';

const PROGRAM = keyBit('program');
/** Inside a contact's bounce and the firmware's debounce, and past both. */
const MID_DEBOUNCE: Action = { do: 'wait', ms: 1 };
const SETTLED: Action = { do: 'wait', ms: 40 };
const PAUSE: Action = { do: 'wait', ms: 10_000 };
/** Past every model's Mastercode and reset holds (30 s at most, seed S8). */
const PAST_ANY_HOLD: Action = { do: 'wait', ms: 35_000 };

/** Program pressed, held and let go every way the models answer. */
const WALK: Action[] = [
  { do: 'hold', key: 'program' }, MID_DEBOUNCE, SETTLED,
  { do: 'release', key: 'program', pauseMs: 0 }, MID_DEBOUNCE, SETTLED, PAUSE,
  { do: 'hold', key: 'program' }, SETTLED, PAST_ANY_HOLD,
  { do: 'release', key: 'program', pauseMs: 0 }, MID_DEBOUNCE, SETTLED,
  { do: 'press', key: 'program' }, PAUSE, PAUSE,
  { do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, MID_DEBOUNCE, SETTLED, { do: 'wait', ms: 2_000 },
  { do: 'release', key: 'program', pauseMs: 0 }, MID_DEBOUNCE, SETTLED, PAUSE,
];

function idle(model: string): Twin {
  const t = Twin.create(model, { seed: 6, trace: false, doorOpen: true });
  t.apply(PAUSE);
  return t;
}

function check(t: Twin, after: string): void {
  const snap = t.snapshot();
  expect(verdict(snap), after).toBe('accepted');
  if (snap.firmware.mode !== 'off') expect(snap.firmware.programHeld, after).toBe((snap.firmware.keyMask & PROGRAM) !== 0);
}

describe('the firmware takes Program as held as it reads its key', () => {
  for (const p of MODELS) {
    it(`${p.id}: every snapshot of Program pressed, held, let go and held through power, accepted`, () => {
      const t = idle(p.id);
      for (const action of WALK) {
        t.apply(action);
        check(t, `${p.id} after ${JSON.stringify(action)}`);
      }
    });
  }

  it('powerbolt-250: Program let go and pressed again around a reset hold refused for the bolt, accepted', () => {
    const t = idle('powerbolt-250');
    const steps: Action[] = [{ do: 'thumbturn', dir: 'lock' }, { do: 'wait', ms: 5_000 }, { do: 'hold', key: 'program' }, SETTLED];
    for (const a of steps) t.apply(a);
    t.apply({ do: 'wait', ms: t.snapshot().firmware.tHold - 10 - t.snapshot().sim.now });
    for (const a of [{ do: 'release', key: 'program', pauseMs: 0 }, { do: 'wait', ms: 12 }, { do: 'hold', key: 'program' }, MID_DEBOUNCE, SETTLED, { do: 'release', key: 'program' }, SETTLED] as Action[]) {
      t.apply(a);
      check(t, `after ${JSON.stringify(a)}`);
    }
  });

  it('refuses Program taken as held while read as up', () => {
    expect(verdict(edited(idle('smartcode-913').snapshot(), (s) => (s.firmware.programHeld = true)))).toBe(
      'firmware.programHeld: true, but the firmware reads Program as up (firmware.keyMask): it takes Program as held from the key as read, at power-up and as Program settles',
    );
  });

  it('refuses Program taken as up while read as down, settled or settling', () => {
    const t = idle('smartcode-913');
    for (const a of [{ do: 'hold', key: 'program' }, SETTLED] as Action[]) t.apply(a);
    expect(verdict(edited(t.snapshot(), (s) => (s.firmware.programHeld = false)))).toBe(
      'firmware.programHeld: false, but the firmware reads Program as down (firmware.keyMask): it takes Program as held from the key as read, at power-up and as Program settles',
    );
    t.apply({ do: 'release', key: 'program', pauseMs: 0 });
    const settling: TwinSnapshot = t.snapshot();
    expect(settling.firmware.debounceKey).toBe('program');
    expect(verdict(settling)).toBe('accepted');
    expect(verdict(edited(settling, (s) => (s.firmware.programHeld = false)))).toBe(
      'firmware.programHeld: false, but the firmware reads Program as down (firmware.keyMask, settling): it takes Program as held from the key as read, at power-up and as Program settles',
    );
  });
});

it('the command line refuses such a snapshot, exit 2, naming the field', () => {
  const snap = edited(idle('smartcode-913').snapshot(), (s) => (s.firmware.programHeld = true));
  const { run, file } = runFromSnapshot(snap, 'smartcode-913');
  expect(run.code).toBe(2);
  expect(run.err).toContain(`snapshot ${file}: firmware.programHeld: true, but the firmware reads Program as up (firmware.keyMask)`);
});
