// Every shipped profile's security-relevant constants — reset hold, lockout attempts, window and
// duration, code lengths, capacity, programming timeout — against the numbers the sources state
// (profile-facts.ts, written by hand from product-facts.md and seed-claims.md), and the deliberately
// weakened 913 profile (a 25 s hold, four wrong attempts) that the checker's own properties let
// through because its monitors read the profile.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { PROFILE_FACTS, profileMismatches } from './profile-facts.ts';
import { SMARTCODE_913_WEAKENED, WEAKENED_HOLD_MS, WEAKENED_WRONG_ATTEMPTS } from './fixtures/wrong-profile/smartcode-913-weakened.ts';

describe('profile constants against their sources', () => {
  it('the table covers every shipped model', () => {
    expect(Object.keys(PROFILE_FACTS).sort()).toEqual(MODELS.map((m) => m.id).sort());
  });

  for (const m of MODELS) {
    it(`${m.id}: each constant is the number its cited source states, or owned up to as assumed`, () => {
      expect(profileMismatches(m, PROFILE_FACTS[m.id])).toEqual([]);
    });
  }

  it('catches the weakened 913 profile: the 25 s hold and the fourth wrong attempt, each against its source', () => {
    const found = profileMismatches(SMARTCODE_913_WEAKENED, PROFILE_FACTS['smartcode-913']);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`resetHoldMs is ${WEAKENED_HOLD_MS}; .*K1.* → 30000`));
    expect(found[1]).toMatch(new RegExp(`wrongAttempts is ${WEAKENED_WRONG_ATTEMPTS}; .*M4.* → 3`));
  });
});
