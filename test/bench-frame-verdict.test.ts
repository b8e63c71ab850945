// The browser bench's "within one frame" verdict (bench/frame-verdict.ts): counted in the page's
// own frames, so a next-frame change passes whatever the display's exact interval, and a change
// drawn a frame later fails.
import { describe, expect, it } from 'vitest';
import { drawnAtNextFrame, frameBoundaries } from '../bench/frame-verdict.ts';

const DISPLAY_MS = 16.7; // the interval headless Chromium's frames came at in the bench's runs

describe('the quick tap judged in frames', () => {
  it('passes a change drawn at the next frame even when that takes a little over 1000/60 ms', () => {
    // The median here, 16.72 ms, is above 16.67 ms: judged in ms against a nominal 60 Hz it failed.
    const trials = [16.69, 16.72, 16.75, 16.6, 16.8].map((frames) => ({ frames }));
    const boundaries = frameBoundaries(trials, DISPLAY_MS);
    expect(boundaries).toEqual([1, 1, 1, 1, 1]);
    expect(drawnAtNextFrame(boundaries)).toBe(true);
  });

  it('fails when most changes wait for the second frame', () => {
    const trials = [16.7, 33.4, 33.5, 33.3, 16.6].map((frames) => ({ frames }));
    expect(drawnAtNextFrame(frameBoundaries(trials, DISPLAY_MS))).toBe(false);
  });

  it('fails with no trial, and refuses a frame interval that is not a positive number', () => {
    expect(drawnAtNextFrame([])).toBe(false);
    expect(() => frameBoundaries([{ frames: 16.7 }], 0)).toThrow(/positive/);
    expect(() => frameBoundaries([{ frames: 16.7 }], Number.NaN)).toThrow(/positive/);
  });
});
