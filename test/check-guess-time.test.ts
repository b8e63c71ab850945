// The lockout bound turned into guessing time (src/check/guess-time.ts): the figures follow from
// the model's proven lockout rate, its capacity and its keypad (two digits per key: 5⁴ sequences).
import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { guessBound, guessText } from '../src/check/guess-time.ts';

describe('guessing time from the lockout bound', () => {
  it('SmartCode 913: 3 per minute, 30 codes among 10 000 → about 323 guesses, at least 1.8 h', () => {
    const b = guessBound(findModel('smartcode-913')!);
    expect(b.keySequences).toBe(10_000);
    expect(b.storedCodes).toBe(30);
    expect(b.expectedGuesses).toBeCloseTo(10_001 / 31, 9);
    expect(b.expectedHoursAtLeast).toBeCloseTo(((10_001 / 31) * 60) / 3 / 3600, 9);
    expect(guessText(b)).toContain('at least 1.8 h');
  });

  it('two digits per key shrink the key space to 625 sequences; capacity caps the stored codes', () => {
    const m = findModel('smartcode-909')!;
    const b = guessBound(m);
    expect(b.keySequences).toBe(625);
    expect(b.storedCodes).toBe(Math.min(30, m.codes.capacity));
  });

  it('Powerbolt 2: its lockout (45 s) is shorter than its window (60 s), so the bound is 5 per 45 s', () => {
    const b = guessBound(findModel('powerbolt-2')!);
    expect(b.spanMs).toBe(45_000);
    expect(b.expectedHoursAtLeast).toBeCloseTo((b.expectedGuesses * 45) / 5 / 3600, 9);
    expect(guessText(b)).toContain('at most 5 wrong entries per 45 s');
  });

  it('a laxer lockout (more attempts per window) shortens the bound in proportion', () => {
    const m = findModel('smartcode-913')!;
    const lax = { ...m, lockout: { ...m.lockout, wrongAttempts: 6 } };
    expect(guessBound(lax).expectedHoursAtLeast).toBeCloseTo(guessBound(m).expectedHoursAtLeast / 2, 9);
  });
});
