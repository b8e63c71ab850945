// A misspelt event type or step word in a scenario (README, Scenarios: a misspelt one is refused
// at its place): refused as before, and, where the word is a slip away from one the language has,
// with that word — as a misspelt `why` id is (`did you mean "too-many-wrong-codes"?`).
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../src/firmware/events.ts';
import { parseErrorOf } from './scenario-error-of.ts';

const FILE = 'slip.yaml';
const STEP_WORDS = 'press, hold, release, type, battery, door, strike, exterior, thumbturn, key, bolt, switch, wait, fault, expect';

function scenario(...steps: string[]): string {
  return ['name: n', 'model: smartcode-913', 'steps:', ...steps.map((s) => `  - ${s}`)].join('\n') + '\n';
}

describe('a misspelt word of a scenario', () => {
  it('an event type a slip from one is refused at its place with that one', () => {
    const err = parseErrorOf(scenario('press: 1', 'expect: { event: code-add }'), FILE);
    expect(err.pos).toEqual({ file: FILE, line: 5, col: 22 });
    expect(err.why).toBe(`bad event type: the string "code-add" — did you mean "code-added"? (expected one of: ${EVENT_TYPES.join(', ')})`);
  });

  it('so is one in a noEvent list', () => {
    const err = parseErrorOf(scenario('press: 1', 'expect: { noEvent: [locked, unlock] }'), FILE);
    expect(err.pos).toEqual({ file: FILE, line: 5, col: 33 });
    expect(err.why).toBe(`bad noEvent type: the string "unlock" — did you mean "unlocked"? (expected one of: ${EVENT_TYPES.join(', ')})`);
  });

  it('a step word a slip from one is refused at its place with that one', () => {
    const err = parseErrorOf(scenario('presss: lock'), FILE);
    expect(err.pos).toEqual({ file: FILE, line: 4, col: 5 });
    expect(err.why).toBe(`unknown step word "presss" — did you mean "press"? (expected one of: ${STEP_WORDS})`);
  });

  it('a word far from any is refused with the list alone', () => {
    expect(parseErrorOf(scenario('press: 1', 'expect: { event: teleported-away }'), FILE).why).toBe(
      `bad event type: the string "teleported-away" (expected one of: ${EVENT_TYPES.join(', ')})`,
    );
    expect(parseErrorOf(scenario('levitate: 1'), FILE).why).toBe(`unknown step word "levitate" (expected one of: ${STEP_WORDS})`);
  });
});
