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

  // It said "observed status blink green": a blink led does not compare, listed as if it had.
  it('lists only the light patterns it compares when it fails, never the status blink', () => {
    expect(observed('smartcode-913', LOCKED_THEN_TURNED, '{ led: green }')).toBe('no light pattern since the previous expect');
    // A lock and an unlock by hand in one stretch: amber ×1, then the status blink amber, then green.
    const locked = ['press: lock', 'wait: 3s', 'thumbturn: unlock', 'wait: 3s'];
    expect(observed('smartcode-913', locked, '{ led: red }')).toBe('amber ×1');
  });

  // It said "observed no light" while the solid red of a failed handing was still lit: led speaks
  // of patterns that began since the previous expect, and says so.
  it('says no new pattern began, and names one still showing, begun before the previous expect', () => {
    const handingFails = ['battery: out', 'battery: in', 'wait: 4s', 'expect: { event: handing-failed, led: { color: red, solid: true } }', 'wait: 1s'];
    const said = observed('smartcode-913', handingFails, '{ led: { color: red, solid: true } }', '{ door: right, handed: none, doorState: closed, bolt: retracted }');
    expect(said).toBe('no new light pattern since the previous expect (red solid 5 s, lit since 3.3 s, still on)');
  });
});

/** What the failed `led` expectation, checked on the window the steps leave, says it observed. */
function observed(model: string, steps: string[], expectation: string, given = '{ handed: right }'): string {
  const text = ['name: n', `model: ${model}`, `given: ${given}`, 'steps:', ...steps.map((s) => `  - ${s}`), `  - expect: ${expectation}`].join('\n');
  const failure = runScenario(parseScenario(text + '\n', 'led.yaml')).failure!;
  expect(failure.failures[0]!.key).toBe('led');
  return failure.failures[0]!.observed;
}

describe('led solid: a solid light, or with false a flash pattern', () => {
  // A 620 re-handed with the door closed stalls: its only red is solid for 5 s (product-facts M8).
  const STALLED_620 = ['battery: out', 'hold: program', 'battery: in', 'wait: 1s', 'release: program', 'expect: { mode: handing-armed }', 'press: program', 'wait: 5s'];

  it('passes solid: true and fails solid: false on a window whose only red was solid', () => {
    const windows = ['{ led: { color: red, solid: true } }', '{ led: { color: red, solid: false } }', '{ led: red }'];
    expect(passes('homeconnect-620', STALLED_620, windows)).toEqual([true, false, true]);
  });

  it('passes solid: false and fails solid: true on a window of red flashes', () => {
    const wrongCode = ['type: "9999"', 'wait: 3s'];
    const windows = ['{ led: { color: red, solid: false } }', '{ led: { color: red, solid: true } }'];
    expect(passes('smartcode-913', wrongCode, windows)).toEqual([true, false]);
  });

  it('refuses an option that could never hold, at its place', () => {
    const at = (e: string) => () => parseScenario(`name: n\nmodel: smartcode-913\nsteps:\n  - expect: { led: ${e} }\n`, 'led.yaml');
    expect(at('{ color: red, flashes: 3, solid: true }')).toThrow(/^led\.yaml:4:46: a solid light has no flashes: give flashes or solid: true, not both$/);
    expect(at('{ color: off, solid: false }')).toThrow(/^led\.yaml:4:34: led off is no light pattern shown: it takes no "solid"$/);
    expect(at('{ color: off, flashes: 0 }')).toThrow(/^led\.yaml:4:34: led off is no light pattern shown: it takes no "flashes"$/);
  });
});

describe('a failed led in words', () => {
  /** What the failed `led` expectation says it expected. */
  function expected(steps: string[], expectation: string): string {
    const text = ['name: n', 'model: smartcode-913', 'given: { handed: right }', 'steps:', ...steps.map((s) => `  - ${s}`), `  - expect: ${expectation}`].join('\n');
    const failure = runScenario(parseScenario(text + '\n', 'led.yaml')).failure!;
    expect(failure.failures[0]!.key).toBe('led');
    return failure.failures[0]!.expected;
  }
  const WRONG_CODE = ['type: "9999"', 'wait: 3s'];

  // It said `expected led {"color":"red","flashes":2}, observed red ×3`: the file's words as JSON.
  it('says what it expected as the patterns it observed are said', () => {
    expect(expected(WRONG_CODE, '{ led: { color: red, flashes: 2 } }')).toBe('red ×2');
    expect(expected(WRONG_CODE, '{ led: { color: red, solid: true } }')).toBe('red solid');
    expect(expected(WRONG_CODE, '{ led: { color: green, solid: false } }')).toBe('green flashing');
    expect(expected(WRONG_CODE, '{ led: { color: green } }')).toBe('green');
    expect(expected(WRONG_CODE, '{ led: amber }')).toBe('amber');
    expect(expected(WRONG_CODE, '{ led: off }')).toBe('off');
  });
});
