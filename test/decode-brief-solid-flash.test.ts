// A light a second long is what an owner calls a flash. The Powerbolt 250's reset, held 15 s, answers
// with its long beep (product-facts M9) and a red light of one second (the profile's resetArmed):
// "after holding Program for 15 seconds it flashed red and beeped" is that reset armed, waiting for
// its confirming press (seed S8, S24), as the same words are on a 913 after its 30 s hold — not a
// wrong code to type again. So is a 30 s hold, the seed's time (S8), which passes the 250's 15 s.
import { describe, expect, it } from 'vitest';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { decodeObservation } from '../src/troubleshoot/decode.ts';
import { modelOf } from './model-of.ts';

function first(id: string, text: string) {
  return decodeObservation(modelOf(id), parseSignalText(text))[0];
}

describe('a one-second light said to flash (Powerbolt 250 reset armed: product-facts M9; seed S8, S24)', () => {
  it('after the 250\'s reset hold, "flashed red and beeped" is the reset armed, counted or not', () => {
    for (const text of [
      'after holding Program for 15 seconds it flashed red and beeped',
      'after holding the programming button for 30 seconds it flashed red and beeped',
      'held the program button for 15 s, then one red flash and a long beep',
    ]) {
      expect(first('powerbolt-250', text), text).toMatchObject({ signal: 'resetArmed', quality: 'exact' });
    }
  });

  it('with no hold said, a red flash and a beep on the 250 is still first its incorrect code (M9)', () => {
    expect(first('powerbolt-250', 'it flashed red and beeped').signal).toBe('wrongCode');
  });

  it('a light said to flash many times is still no one-second light', () => {
    expect(decodeObservation(modelOf('powerbolt-250'), parseSignalText('after holding Program for 15 seconds it flashed red 10 times')).map((m) => m.signal)).not.toContain('resetArmed');
  });
});
