// The errors Twin.apply throws for a time the clock cannot take are the library's own, caught by
// class from `import … from 'lockstep'` (src/index.ts, README "Use it from code"): a fraction of a
// millisecond (VirtualTimeError) and a run past the clock's 10 000 years (ClockLimitError).
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.ts';
import { CLOCK_LIMIT_MS } from '../src/sim/kernel.ts';

describe('the time errors a program catches by class', () => {
  it('exports ClockLimitError, thrown by a wait past the clock limit, and VirtualTimeError', () => {
    const twin = lib.Twin.create('smartcode-913', { trace: false });
    expect(() => twin.apply({ do: 'wait', ms: CLOCK_LIMIT_MS + 1 })).toThrow(lib.ClockLimitError);
    expect(() => twin.apply({ do: 'wait', ms: 0.5 })).toThrow(lib.VirtualTimeError);
    expect(new lib.ClockLimitError(0, CLOCK_LIMIT_MS + 1)).toBeInstanceOf(RangeError);
    expect(twin.sim.now).toBe(0);
  });
});
