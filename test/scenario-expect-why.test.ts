// An `expect:` names the `why` of an event (README, Scenarios: expectations): the stable id an
// event that says why carries (src/firmware/event-why.ts, EVENT_WHYS), so that a scenario can
// claim the lock refused for this reason and not another. A misspelt id is refused at its place
// with the closest id; one that the `event` named beside it never gives is refused too.
import { describe, expect, it } from 'vitest';
import { EVENT_WHY_IDS } from '../src/firmware/event-why.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { failureWords } from '../src/scenario/failure-words.ts';
import { describeExpectation } from '../src/scenario/describe-expectation.ts';
import type { ScenarioError } from '../src/scenario/types.ts';
import { parseErrorOf } from './scenario-error-of.ts';

const FILE = 'why.yaml';

/** A 909 given code 1357, three wrong codes typed, then `expect` (line 9 of the file). */
function lockout(expectation: string): string {
  return ['name: n', 'model: smartcode-909', 'given:', '  codes: { 1: "1357" }', 'steps:', '  - type: "9999"', '  - type: "7777"', '  - type: "9191"', `  - expect: { ${expectation} }`].join('\n') + '\n';
}

function errorOf(text: string): ScenarioError {
  return parseErrorOf(text, FILE);
}

describe('expect: why', () => {
  it('holds when an event of the stretch gives that why', () => {
    const result = runScenario(parseScenario(lockout('event: lockout, why: too-many-wrong-codes'), FILE));
    expect(result.failure).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('fails, at the why, when no event of the stretch gives it, saying the whys that came', () => {
    const scn = parseScenario(['name: n', 'model: smartcode-913', 'steps:', '  - press: 1', '  - expect: { beeps: 0, why: too-many-wrong-codes }'].join('\n') + '\n', FILE);
    const result = runScenario(scn);
    expect(result.ok).toBe(false);
    const [first] = result.failure!.failures;
    expect(first.pos).toEqual({ file: FILE, line: 5, col: 30 });
    expect(failureWords(first)).toBe('expected why too-many-wrong-codes, observed no event with a why');
  });

  it('is refused at its place when misspelt, with the closest id', () => {
    const err = errorOf(lockout('event: lockout, why: too-many-wrong-code'));
    expect(err.pos).toEqual({ file: FILE, line: 9, col: 36 });
    expect(err.why).toBe(`unknown why "too-many-wrong-code" — did you mean "too-many-wrong-codes"? (expected one of: ${EVENT_WHY_IDS.join(', ')})`);
  });

  it('is refused when the event named beside it never gives it', () => {
    const err = errorOf(lockout('event: lockout, why: released-early'));
    expect(err.pos).toEqual({ file: FILE, line: 9, col: 36 });
    expect(err.why).toBe('no "lockout" event gives why "released-early" (its whys: too-many-wrong-codes), so the expectation could never hold');
  });

  it('matches the why to the events named beside it, not to another event of the stretch', () => {
    const result = runScenario(parseScenario(lockout('event: [wrong-code, lockout], why: too-many-wrong-codes'), FILE));
    expect(result.ok).toBe(true);
    const err = errorOf(lockout('event: wrong-code, why: too-many-wrong-codes'));
    expect(err.why).toBe('no "wrong-code" event gives a why, so why: too-many-wrong-codes could never hold');
  });

  it('is said in plain words beside the event', () => {
    expect(describeExpectation({ event: 'lockout', why: 'too-many-wrong-codes' }, 'Mastercode')).toBe('check: happened: lockout; why: too-many-wrong-codes');
  });
});
