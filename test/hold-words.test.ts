// The line beside the page's reset ring (web/src/hold-words.ts), before a hold starts: on the
// models whose reset is the power-up Program hold, it promises door handing after the reset only
// where handing runs by itself (seed S16; product-facts G1/G2) — the 909 learns it by Lock held
// while the pack goes in (M15), the 620 by the reset gesture released early (M8). And a 264's
// Reset held on past the reset it made (product-facts M11, seed S14) is said to have made it —
// let go — not to be outside normal operation, where the lock is, nor to be held again. The line is an instruction ("Unlock and open the door
// first"), not a statement of the door's state read beside a lock that is locked and shut.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';
import { ANNOUNCE_EVERY_MS, holdAnnouncement, holdWords } from '../web/src/hold-words.ts';
import { holdAnswer } from '../web/src/hold-answered.ts';

const IDLE = { armed: false, counted: -1, down: false, boltRetracted: true } as const;
const POWER_UP = MODELS.filter((m) => m.reset.gesture === 'power-up-program-hold');

describe('the reset ring line before a hold', () => {
  it('the power-up hold models include ones whose handing does not follow by itself', () => {
    expect(POWER_UP.filter((m) => m.handing.trigger !== 'auto').map((m) => m.id)).toEqual(expect.arrayContaining(['smartcode-909', 'homeconnect-620']));
  });

  it.each(POWER_UP.map((m) => [m.id, m] as const))('%s: says handing follows only where it runs by itself', (_id, m) => {
    const words = holdWords(m, IDLE);
    expect(words).toMatch(/pull the pack, hold Program, put the pack back: 30 s for the reset/i);
    if (m.handing.trigger === 'auto') expect(words).toMatch(/^Unlock and open the door first \(door handing follows the reset by itself\), then pull/);
    else expect(words).not.toMatch(/handing follows/);
  });

  it.each(POWER_UP.map((m) => [m.id, m] as const))('%s: tells what to do, never states the door as unlocked and open beside a lock that may be locked and shut', (_id, m) => {
    const words = holdWords(m, IDLE);
    expect(words).not.toMatch(/^Door unlocked and open/);
    expect(words).toMatch(/^(Unlock|Pull) /);
  });
});

describe('the reset ring line while Reset is held on after the reset', () => {
  it('powerbolt-264: back in normal operation, the line says the reset is made and to let go, not that the lock is elsewhere', () => {
    const t = Twin.create('powerbolt-264', { seed: 1 });
    t.apply({ do: 'hold', key: 'reset' });
    const heldMs = t.model.timing.resetHoldMs + 1_000;
    t.apply({ do: 'wait', ms: heldMs });
    expect(t.trace.entries.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toBe(true);
    expect(t.mode).toBe('idle');
    const words = holdWords(t.model, { armed: false, counted: t.resetHoldCountedMs, down: true, boltRetracted: t.bolt.state() === 'retracted', answered: holdAnswer(t, heldMs) });
    expect(words).not.toMatch(/counts it only in normal operation|hold Reset again/);
    expect(words).toBe('Reset held the full 5 s: the lock is reset — let go of Reset');
  });

  it('powerbolt-264: Reset pressed in a menu still says it counts only a hold begun in normal operation', () => {
    const m = MODELS.find((x) => x.id === 'powerbolt-264')!;
    expect(holdWords(m, { armed: false, counted: -1, down: true, boltRetracted: true, answered: null })).toBe('Reset down, not counting toward a reset: the lock counts only a hold begun in normal operation — let go and hold Reset again');
  });
});

describe('the reset ring line as said aloud', () => {
  it('smartcode-913: a running count is said in whole 5 s steps, the rest as the line says it', () => {
    const m = MODELS.find((x) => x.id === 'smartcode-913')!;
    const held = (counted: number) => ({ armed: false, counted, down: true, boltRetracted: true });
    expect(holdAnnouncement(m, held(12_345))).toBe('Program held 10.0 s of 30 s');
    expect(holdWords(m, held(12_345))).toBe('Program held 12.3 s of 30 s');
    const said = new Set(Array.from({ length: 300 }, (_, i) => holdAnnouncement(m, held(i * 100))));
    expect(said.size).toBe(30_000 / ANNOUNCE_EVERY_MS);
    for (const h of [IDLE, { ...IDLE, down: true }, { ...IDLE, armed: true }]) expect(holdAnnouncement(m, h)).toBe(holdWords(m, h));
  });
});
