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

describe('a failed item of an event list', () => {
  function failedAt(steps: string): string {
    const result = runScenario(parseScenario(START + steps, 'words.yaml'));
    expect(result.ok).toBe(false);
    const f = result.failure!.failures[0]!;
    return `${f.pos!.line}:${f.pos!.col} ${failureWords(f)}`;
  }

  it('is reported at the item, not at the list', () => {
    expect(failedAt('  - thumbturn: lock\n  - expect: { event: [locked, factory-reset] }\n')).toBe('6:31 expected event factory-reset, observed locked');
    expect(failedAt('  - thumbturn: lock\n  - expect: { noEvent: [factory-reset, locked] }\n')).toBe('6:40 expected no "locked" event, observed one at 0 s');
  });

  it('is reported where an aliased list is used, as any aliased value is', () => {
    const steps = '  - thumbturn: lock\n  - expect: { noEvent: &quiet [factory-reset, unlocked] }\n  - thumbturn: unlock\n  - expect: { noEvent: *quiet }\n';
    expect(failedAt(steps)).toBe('8:24 expected no "unlocked" event, observed one at 0 s');
  });
});

describe('several failed words of one expect', () => {
  function failuresOf(steps: string): string[] {
    const result = runScenario(parseScenario(START + steps, 'words.yaml'));
    expect(result.ok).toBe(false);
    return result.failure!.failures.map((f) => `${f.pos!.line}:${f.pos!.col} ${f.key}`);
  }

  it('come in the order the file gives them, the first written reported first', () => {
    // Checked in another order (led, status, bolt, codes, mastercode, …, event last): the first
    // failed word written here is the event, then the status, then the rest line by line.
    const steps = ['  - thumbturn: lock', '  - expect:', '      event: unlocked', '      status: red', '      codes: 2', '      led: red', '      bolt: retracted', ''].join('\n');
    expect(failuresOf(steps)).toEqual(['7:14 event', '8:15 status', '9:14 codes', '10:12 led', '11:13 bolt']);
  });

  it('come along one line in the order written there', () => {
    expect(failuresOf('  - thumbturn: lock\n  - expect: { noEvent: locked, locked: false, beep: true }\n')).toEqual(['6:24 noEvent', '6:40 locked', '6:53 beep']);
  });
});
