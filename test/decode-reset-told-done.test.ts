// A factory reset told as done, the way owners tell it: "I reset it and now …", "I did a factory
// reset and now …". It is the after-reset context (signal-context.ts): every code is gone (seed
// S6, S19) and door handing is forgotten (S15, S18) — so a red ×3 on a 913 is first "no code
// programmed", not a wrong code to type again. A reset only tried is not a reset done.
import { describe, expect, it } from 'vitest';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { bestMatches, decodeObservation } from '../src/troubleshoot/decode.ts';
import { modelOf } from './model-of.ts';

const TOLD_DONE = [
  'I reset it and now it flashes red three times and beeps',
  'I did a factory reset and now the keypad flashes red 3 times and beeps 3 times',
  "we reset the lock, now it flashes red x3 with 3 beeps",
  "I've reset it and now it flashes red 3 times with 3 beeps",
];

describe('a reset told as done, then what the lock does now (seed S6, S15, S19)', () => {
  it('is read as after a reset, and "reset" is not said to be ignored', () => {
    for (const text of TOLD_DONE) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toEqual(['after-reset']);
      expect(obs.ignored, text).not.toContain('reset');
      expect(obs.ignored, text).not.toContain('factory');
    }
  });

  it('red ×3 on a SmartCode 913 is first "no code programmed": the reset erased every code', () => {
    for (const text of TOLD_DONE) {
      expect(bestMatches(decodeObservation(modelOf('smartcode-913'), parseSignalText(text))).map((m) => m.signal), text).toEqual(['noUserCode']);
    }
  });

  it('the bolt going the wrong way since is read beside it', () => {
    const obs = parseSignalText('I reset it and now it locks the wrong way');
    expect(obs.context).toEqual(['after-reset']);
    expect(obs.symptoms).toContain('wrong-way');
    expect(obs.ignored).not.toContain('reset');
  });

  it('a reset only tried, or told with no "now" after it, is not read as done', () => {
    for (const text of ['I tried to reset it and now it flashes red 3 times', 'I reset it but it flashes red 3 times', 'how do I reset it, it flashes red 3 times']) {
      expect(parseSignalText(text).context, text).not.toContain('after-reset');
    }
  });
});
