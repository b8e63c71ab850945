// The page's beeper (web/src/sound.ts): beeps queue one after another and the queue is bounded,
// and a context that is not running plays nothing. Unbounded, a scenario played quickly piled
// up scheduled oscillators until the browser fell over (about a hundred scenarios in one tab).
import { describe, expect, it } from 'vitest';
import { MAX_QUEUED_S, Sound, type BeepContext } from '../web/src/sound.ts';

/** A stand-in audio context whose clock stands still, recording each oscillator's start. */
function fakeContext(state: AudioContextState): BeepContext & { starts: number[] } {
  const starts: number[] = [];
  const node = () => ({ connect: (next: unknown) => next, frequency: { value: 0 }, gain: { value: 0 }, start: (t: number) => starts.push(t), stop: () => {} });
  return {
    starts,
    currentTime: 0,
    state,
    destination: {} as AudioDestinationNode,
    createOscillator: node as unknown as AudioContext['createOscillator'],
    createGain: node as unknown as AudioContext['createGain'],
    resume: () => Promise.resolve(),
  };
}

describe('the page beeper', () => {
  it('queues beeps one after another and drops what would sound more than its bound ahead', () => {
    const ctx = fakeContext('running');
    const sound = new Sound(() => ctx);
    sound.unlock();
    for (let i = 0; i < 1_000; i++) sound.beep(15, false, 1_000); // a lockout's beeps, played quickly, a thousand times
    expect(ctx.starts.length).toBeGreaterThan(15);
    expect(ctx.starts.length).toBeLessThan(100);
    expect(Math.max(...ctx.starts)).toBeLessThanOrEqual(MAX_QUEUED_S);
    expect([...ctx.starts].sort((a, b) => a - b)).toEqual(ctx.starts); // in order, none on top of another
    expect(new Set(ctx.starts).size).toBe(ctx.starts.length);
  });

  it('plays nothing while its context is not running, or muted', () => {
    const suspended = fakeContext('suspended');
    const sound = new Sound(() => suspended);
    sound.unlock();
    sound.beep(3, false, 1);
    expect(suspended.starts).toEqual([]);
    const running = fakeContext('running');
    const muted = new Sound(() => running);
    muted.unlock();
    muted.muted = true;
    muted.beep(3, false, 1);
    expect(running.starts).toEqual([]);
  });
});
