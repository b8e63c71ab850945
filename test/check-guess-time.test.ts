// The lockout bound turned into guessing time (src/check/guess-time.ts): the figures follow from
// the model's proven lockout rate, its capacity and its keypad (two digits per key: 5⁴ sequences).
// The time is a lower bound: with at most A wrong entries judged within any span S, the G-th guess
// comes at least ⌊(G − 1)/A⌋ × S after the first, so the expected time is at least S times the
// expectation of ⌊(G − 1)/A⌋ — computed here from the distribution of G itself, guess by guess,
// not from the code's sum (E[G] × S/A, the figure given before, exceeds it); the text rounds it
// down, never up.
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { guessBound, guessText } from '../src/check/guess-time.ts';

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

/** E[⌊(G − 1)/A⌋] × S in hours, from P(G = g): the first g − 1 of N sequences drawn at random,
 * none repeated, all wrong, and the g-th one of the K stored codes. */
function boundFromDistribution(model: ModelProfile): number {
  const b = guessBound(model);
  const { keySequences: n, storedCodes: k, wrongAttempts: a, spanMs } = b;
  let allWrongBefore = 1;
  let expectedSpans = 0;
  for (let g = 1; g <= n - k + 1; g++) {
    const hitNow = k / (n - g + 1);
    expectedSpans += allWrongBefore * hitNow * Math.floor((g - 1) / a);
    allWrongBefore *= 1 - hitNow;
  }
  return (expectedSpans * spanMs) / MS_PER_HOUR;
}

describe('guessing time from the lockout bound', () => {
  it('SmartCode 913: 3 per minute, 30 codes among 10 000 → about 323 guesses, at least 1 h 46 min (not the 1.79 h of E[G] × S/A)', () => {
    const m = findModel('smartcode-913')!;
    const b = guessBound(m);
    expect(b.keySequences).toBe(10_000);
    expect(b.storedCodes).toBe(30);
    expect(b.expectedGuesses).toBeCloseTo(10_001 / 31, 9);
    expect(b.expectedHoursAtLeast).toBeCloseTo(boundFromDistribution(m), 9);
    expect(b.expectedHoursAtLeast).toBeLessThan(((10_001 / 31) * 60) / 3 / 3600);
    expect(guessText(b)).toContain('at least 1 h 46 min on average');
  });

  it('two digits per key shrink the key space to 625 sequences; capacity caps the stored codes', () => {
    const m = findModel('smartcode-909')!;
    const b = guessBound(m);
    expect(b.keySequences).toBe(625);
    expect(b.storedCodes).toBe(Math.min(30, m.codes.capacity));
    expect(b.expectedHoursAtLeast).toBeCloseTo(boundFromDistribution(m), 9);
  });

  it('Powerbolt 2: its lockout (45 s) is shorter than its window (60 s), so the bound is 5 per 45 s: at least 12 min, under the 13 the old figure gave', () => {
    const m = findModel('powerbolt-2')!;
    const b = guessBound(m);
    expect(b.spanMs).toBe(45_000);
    expect(b.expectedHoursAtLeast).toBeCloseTo(boundFromDistribution(m), 9);
    expect((b.expectedHoursAtLeast * MS_PER_HOUR) / MS_PER_MINUTE).toBeLessThan(13);
    expect(guessText(b)).toContain('at most 5 wrong entries per 45 s');
    expect(guessText(b)).toContain('at least 12 min on average');
  });

  it('a laxer lockout (more attempts per window) shortens the bound', () => {
    const m = findModel('smartcode-913')!;
    const lax = { ...m, lockout: { ...m.lockout, wrongAttempts: 6 } };
    expect(guessBound(lax).expectedHoursAtLeast).toBeCloseTo(boundFromDistribution(lax), 9);
    expect(guessBound(lax).expectedHoursAtLeast).toBeLessThan(guessBound(m).expectedHoursAtLeast / 2);
  });
});
