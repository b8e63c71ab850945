// How a failed expectation reads (src/scenario/failure-words.ts, expect-check.ts): the word and
// what was expected, then what was observed; a noEvent said plainly, with when the event came.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { failureWords } from '../src/scenario/failure-words.ts';

const START = 'name: n\nmodel: smartcode-913\ngiven: { door: right, handed: right, doorState: open }\nsteps:\n';

function firstFailure(steps: string): string {
  const result = runScenario(parseScenario(START + steps, 'words.yaml'));
  expect(result.ok).toBe(false);
  return failureWords(result.failure!.failures[0]!);
}

describe('a failed expectation in words', () => {
  it('names the event a noEvent ruled out, and when it came', () => {
    expect(firstFailure('  - wait: 1s\n  - thumbturn: lock\n  - expect: { noEvent: [factory-reset, locked] }\n')).toBe('expected no "locked" event, observed one at 1 s');
  });

  it('puts the word before what was expected otherwise', () => {
    expect(firstFailure('  - thumbturn: lock\n  - expect: { bolt: retracted }\n')).toBe('expected bolt retracted, observed extended');
  });
});
