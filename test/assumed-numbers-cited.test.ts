// A number decode's advice prints that no source states for the model is cited as assumed. The
// table of what each source states (profile-facts.ts, written by hand) marks the lockout's window
// and length and the code lengths a model's sources do not give as ASSUMED; wherever the advice
// says them — "3 wrong codes within a minute lock the keypad for 60 s" after a wrong code and at
// the lockout, "not 4–8 digits" when programming is refused — its citation must say "assumed",
// not only name the guide that gives the rest (the Powerbolt 250's M9 gives "Exceed 3 incorrect
// User Code attempts — RED×15", neither the minute nor the 60 s, and no code length).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { ASSUMED, PROFILE_FACTS } from './profile-facts.ts';
import { modelOf } from './model-of.ts';
import { lockstep } from './cli-run.ts';

const ASSUMED_WORD = /\bassumed\b/;

describe('a number the advice prints that no source states is cited as assumed', () => {
  const lockoutAssumed = MODELS.filter((m) => PROFILE_FACTS[m.id].lockoutWindowMs === ASSUMED || PROFILE_FACTS[m.id].lockoutMs === ASSUMED);
  const lengthsAssumed = MODELS.filter((m) => PROFILE_FACTS[m.id].minLength === ASSUMED || PROFILE_FACTS[m.id].maxLength === ASSUMED);

  it('the table has such models, the Powerbolt 250 among them', () => {
    expect(lockoutAssumed.map((m) => m.id)).toContain('powerbolt-250');
    expect(lengthsAssumed.map((m) => m.id)).toContain('powerbolt-250');
  });

  it.each(lockoutAssumed.map((m) => [m.id, m] as const))('%s: the lockout told after a wrong code and at the lockout', (_id, m) => {
    for (const signal of ['wrongCode', 'lockout'] as const) {
      const a = adviceFor(m, signal);
      expect(`${a.says} ${a.todo}`, signal).toMatch(/wrong codes within .* lock the keypad for \d+ s/);
      expect(a.cite, signal).toMatch(ASSUMED_WORD);
    }
  });

  it.each(lengthsAssumed.map((m) => [m.id, m] as const))('%s: the code lengths told when programming is refused', (_id, m) => {
    const a = adviceFor(m, 'programmingFailed');
    expect(a.todo).toContain(`not ${m.codes.minLength}–${m.codes.maxLength} digits`);
    expect(a.cite).toMatch(ASSUMED_WORD);
  });
});

describe('the Powerbolt 250, whose guide (M9) gives the counts of its red flashes', () => {
  const pb250 = modelOf('powerbolt-250');

  it('says which of the lockout and the beeps are assumed, beside M9', () => {
    for (const signal of ['wrongCode', 'lockout'] as const) {
      const cite = adviceFor(pb250, signal).cite;
      expect(cite, signal).toMatch(/product-facts M9\b/);
      expect(cite, signal).toContain('the beeps: assumed');
      expect(cite, signal).toContain("the minute's window and the lockout's length: assumed");
    }
  });

  it('lockstep decode prints it', () => {
    const r = lockstep('decode', '--model', 'powerbolt-250', 'red x3 and 3 beeps');
    expect(r.code).toBe(0);
    const out = stripVTControlCharacters(r.out);
    expect(out).toMatch(/Careful: 3 wrong codes within a minute lock the keypad for 60 s\./);
    expect(out).toMatch(/\(product-facts M9; the beeps: assumed; the minute's window and the lockout's length: assumed; seed S7\)/);
    expect(out).toMatch(/not 4–8 digits[\s\S]*\(seed S2, S4, S18; product-facts M9; the beeps: assumed; assumed from product-facts M14\)/);
  });
});
