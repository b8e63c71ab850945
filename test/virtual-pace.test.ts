// Real time to whole virtual milliseconds at any speed (src/cli/virtual-pace.ts): the twin's clock
// takes no fraction, and the speed asked is kept on average.
import { describe, expect, it } from 'vitest';
import { VirtualPace } from '../src/cli/virtual-pace.ts';
import { practiceTwin } from '../src/cli/practice-session.ts';
import { findModel } from '../src/models/index.ts';

const TICK_MS = 100;

describe('VirtualPace', () => {
  it('advances whole milliseconds only, and the speed asked over many ticks', () => {
    for (const speed of [2.3, 0.333, 0.07, 1, 10, 1000, 0.001]) {
      const pace = new VirtualPace(speed);
      let total = 0;
      const ticks = 10_000;
      for (let i = 0; i < ticks; i++) {
        const ms = pace.next(TICK_MS);
        expect(Number.isInteger(ms) && ms >= 0, `${speed}: ${ms}`).toBe(true);
        total += ms;
      }
      expect(Math.abs(total - ticks * TICK_MS * speed), String(speed)).toBeLessThanOrEqual(1);
    }
  });

  it('drives a practice twin at --speed 2.3 with Program held, which once hung on a fractional clock', () => {
    const twin = practiceTwin(findModel('smartcode-913')!, 1);
    const pace = new VirtualPace(2.3);
    twin.apply({ do: 'battery-out' });
    twin.apply({ do: 'hold', key: 'program' });
    twin.apply({ do: 'battery-in' });
    for (let i = 0; i < 200; i++) twin.apply({ do: 'wait', ms: pace.next(TICK_MS) });
    expect(twin.trace.entries.some((e) => e.ch === 'event' && (e.v as { type: string }).type === 'reset-armed')).toBe(true);
  });
});
