// The line beside the page's reset ring (web/src/hold-words.ts), before a hold starts: on the
// models whose reset is the power-up Program hold, it promises door handing after the reset only
// where handing runs by itself (seed S16; product-facts G1/G2) — the 909 learns it by Lock held
// while the pack goes in (M15), the 620 by the reset gesture released early (M8).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { holdWords } from '../web/src/hold-words.ts';

const IDLE = { armed: false, counted: -1, down: false, boltRetracted: true } as const;
const POWER_UP = MODELS.filter((m) => m.reset.gesture === 'power-up-program-hold');

describe('the reset ring line before a hold', () => {
  it('the power-up hold models include ones whose handing does not follow by itself', () => {
    expect(POWER_UP.filter((m) => m.handing.trigger !== 'auto').map((m) => m.id)).toEqual(expect.arrayContaining(['smartcode-909', 'homeconnect-620']));
  });

  it.each(POWER_UP.map((m) => [m.id, m] as const))('%s: says handing follows only where it runs by itself', (_id, m) => {
    const words = holdWords(m, IDLE);
    expect(words).toMatch(/pull the pack, hold Program, put the pack back: 30 s for the reset/i);
    if (m.handing.trigger === 'auto') expect(words).toMatch(/^Door unlocked and open \(handing follows\)/);
    else expect(words).not.toMatch(/handing follows/);
  });
});
