// A signal said to come while programming ("when I try to add a new code", "setting the
// Mastercode") is first the lock refusing the change (programming refused: product-facts M1, M14
// on a 913), not a wrong code typed at the door. After a factory reset, no code or Mastercode is
// accepted until door handing has run without error (seed S18: "skipping it is why a freshly
// reset lock refuses to cooperate"), so there the refusal's advice names the handing first, in the
// model's own way — not "add a code", which is what the owner was doing.
import { describe, expect, it } from 'vitest';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { decodeObservation } from '../src/troubleshoot/decode.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { modelOf } from './model-of.ts';

const PROGRAMMING = [
  'it flashes red 3 times and beeps 3 times when I try to add a new code',
  'red x3, 3 beeps while programming a code',
  'when I set the Mastercode it flashed red three times and beeped three times',
];

describe('a signal while programming (product-facts M1, M14)', () => {
  it('is read as context, and put the refusal first', () => {
    for (const text of PROGRAMMING) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toContain('programming');
      expect(decodeObservation(modelOf('smartcode-913'), obs)[0].signal, text).toBe('programmingFailed');
    }
  });

  it('a code typed to open the door is no programming', () => {
    for (const text of ['it flashes red 3 times when I type my code', 'red x3 when I enter the code to unlock']) {
      expect(parseSignalText(text).context, text).not.toContain('programming');
    }
  });
});

describe('refused after a factory reset: door handing first (seed S18)', () => {
  it('on a 913 the refusal comes first, and its advice begins with the handing, the model\'s own way', () => {
    const r = readDecodeText(modelOf('smartcode-913'), 'after the reset the keypad flashes red three times and beeps when I try to add a new code', TERMINAL_POINTERS);
    expect(r.answers[0].signal).toBe('programmingFailed');
    expect(r.answers[0].todo).toMatch(/^After a factory reset no code or Mastercode is accepted until door handing has run/);
    expect(r.answers[0].todo).toMatch(/pull the battery pack and put it back/);
    expect(r.answers[0].cite).toMatch(/S18/);
  });

  it('on a Powerbolt 250 it names its menu, opened by Program alone after the reset (M9)', () => {
    const r = readDecodeText(modelOf('powerbolt-250'), 'I did a factory reset and now it flashes red 3 times when I try to program a new code', TERMINAL_POINTERS);
    expect(r.answers[0].signal).toBe('programmingFailed');
    expect(r.answers[0].todo).toMatch(/press Program, then 0, then Kwikset/);
  });

  it('without a reset said, the refusal\'s advice is the usual list', () => {
    const r = readDecodeText(modelOf('smartcode-913'), PROGRAMMING[0], TERMINAL_POINTERS);
    expect(r.answers[0].todo).toMatch(/^Usual causes:/);
  });
});
