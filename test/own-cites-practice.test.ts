// practice-reset's words name only the model's own sources, or say they are borrowed — the same
// rule as the doctor's (own-cite.ts): its instructions, and every line the session says along
// the ways a practice goes (too early, not counted, long enough, done, and the door-handing
// gesture a short hold at power-up is taken for), walked for every model.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { PracticeSession, practiceInstructions } from '../src/cli/practice-session.ts';
import { citesInProse, repeatedRefs, wrongInProse } from './cite-checks.ts';
import { modelOf } from './model-of.ts';

const TICK_MS = 100;
const FULL_HOLD_MS = 40_000; // longer than any model's reset hold
const AFTER_MS = 12_000; // the handing and the lock's answers after the confirming press

/** The ways a practice goes: letters are keys, numbers virtual ms; a key the model does not take
 * is skipped. */
const SCRIPTS: readonly (string | number)[][] = [
  ['h', 2_000, 'r'],
  ['h', 100, 'r'],
  ['h', FULL_HOLD_MS, 'r', 'p', AFTER_MS],
  ['b', 'h', 'b', FULL_HOLD_MS, 'r', 'p', AFTER_MS],
  ['b', 'h', 'b', 500, 'r', 'p', AFTER_MS],
  ['b', 'h', 'b', 5_000, 'r'],
];

/** Everything practice-reset says on model m along every script, its instructions first. */
function practiceWords(m: ModelProfile): string[] {
  const out = [...practiceInstructions(m)];
  for (const script of SCRIPTS) {
    const session = new PracticeSession(m, 1, (l) => out.push(stripVTControlCharacters(l)));
    for (const x of script) {
      if (typeof x === 'number') for (let t = 0; t < x; t += TICK_MS) session.tick(TICK_MS);
      else session.key(x);
    }
  }
  return out;
}

/** A SmartCode 913 whose door handing is the Home Connect 620's gesture (M8, not a 913 guide). */
const TAP_HANDING_913: ModelProfile = { ...modelOf('smartcode-913'), handing: { trigger: 'program-tap-at-power-up' } };

describe('the check on practice-reset\'s words', () => {
  it('catches the 620\'s sheet printed as a 913\'s own, and passes it said to be borrowed', () => {
    expect(wrongInProse(TAP_HANDING_913, '(Let go that early, the lock took it for the door-handing gesture (product-facts M8): press Program [p].)')).toEqual(['M8 in "(product-facts M8)"']);
    expect(wrongInProse(TAP_HANDING_913, 'the door-handing gesture (assumed from product-facts M8): press Program [p].')).toEqual([]);
  });
});

describe('the door-handing gesture a short hold is taken for cites the model\'s handing source', () => {
  it('on the Home Connect 620, its own sheet M8', () => {
    expect(practiceWords(modelOf('homeconnect-620')).join('\n')).toContain('the door-handing gesture (product-facts M8)');
  });

  it('on a model whose guides do not give that gesture, M8 as borrowed', () => {
    const said = practiceWords(TAP_HANDING_913).join('\n');
    expect(said).toContain('the door-handing gesture (assumed from product-facts M8)');
  });
});

describe('every source practice-reset names is the model\'s own or says it is borrowed', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const said = practiceWords(m);
    expect(said.some((l) => /\((seed|product-facts|assumed)\b/.test(l))).toBe(true);
    expect([...new Set(said.flatMap((l) => wrongInProse(m, l)))]).toEqual([]);
  });
});

describe('every citation practice-reset says names each reference once', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const said = practiceWords(m);
    expect([...new Set(said.flatMap((l) => citesInProse(l).flatMap((cite) => repeatedRefs(cite).map((r) => `${r} in "(${cite})"`))))]).toEqual([]);
  });
});
