// The `led` expectation (src/scenario/expect-check.ts; README "Expectations"): a light pattern — a
// flash or a solid light — of a colour shown since the previous expect, and `off` none shown. The
// slow status blink is not a light pattern: the `status` word speaks of it. So `led: COLOUR` and
// `led: off` never both pass on the same window.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';

/** Whether each expectation, checked alone on the window the steps leave, passes. */
function passes(model: string, steps: string[], expectations: string[]): boolean[] {
  return expectations.map((e) => {
    const text = [`name: n`, `model: ${model}`, 'given: { handed: right }', 'steps:', ...steps.map((s) => `  - ${s}`), `  - expect: ${e}`].join('\n');
    return runScenario(parseScenario(text + '\n', 'led.yaml')).ok;
  });
}

const LOCKED_THEN_TURNED = ['press: lock', 'wait: 3s', 'expect: { bolt: extended }', 'thumbturn: unlock', 'wait: 3s'];

describe('led: a light pattern since the previous expect', () => {
  it('is not the status blink: a window with only a status change shows no light pattern', () => {
    expect(passes('smartcode-913', LOCKED_THEN_TURNED, ['{ led: green }', '{ led: off }', '{ status: green }'])).toEqual([false, true, true]);
  });

  it('sees a flash of its colour, and then off fails', () => {
    expect(passes('smartcode-913', ['press: lock', 'wait: 3s'], ['{ led: amber }', '{ led: off }', '{ led: green }'])).toEqual([true, false, false]);
  });

  it('names the status blink among what was seen when it fails', () => {
    const text = ['name: n', 'model: smartcode-913', 'given: { handed: right }', 'steps:', ...LOCKED_THEN_TURNED.map((s) => `  - ${s}`), '  - expect: { led: green }'].join('\n');
    const failure = runScenario(parseScenario(text, 'led.yaml')).failure!;
    expect(failure.failures[0]).toMatchObject({ key: 'led', expected: 'green', observed: 'status blink green' });
  });
});
