// "Held program 30 seconds, red flash and a beep" is seed S8's own answer to the reset hold: the
// reset armed, waiting for its confirming press (S24). Said without "for", the hold's time was read
// as how long the light stayed on — a red light lit 30 s — and a 913 answered "bolt jammed", whose
// advice (pull the pack and put it back) ends the reset the owner meant; a Powerbolt 250 held its
// 15 s answered "programming step accepted". The time after a hold is now the hold's, "for" or not.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { lockstep } from './cli-run.ts';

const model = (id: string) => MODELS.find((m) => m.id === id)!;

describe('decode: a hold said without "for"', () => {
  it.each([
    ['held program 30 seconds, red flash and a beep', 30],
    ['hold program 30s, red blink, beep', 30],
    ['press and hold program for 30 s, then a red flash', 30],
    ['I held the programming button about 15 seconds and got a long beep', 15],
    ['held reset 5 seconds, three long beeps', 5],
  ])('"%s" is a hold of %d s, not a light lit that long', (text, held) => {
    const obs = parseSignalText(text);
    expect(obs.heldSeconds).toBe(held);
    expect(obs.seconds).toBeNull();
  });

  it('on a 913, the full hold answered by a red flash and a beep is the reset waiting for its press, not a jam', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'held program 30 seconds, red flash and a beep');
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out).not.toContain('solid red for 30 s');
    expect(out.split('\n').find((l) => l.startsWith('▶'))).toContain('▶ reset waiting for its last press');
  });

  it('on a Powerbolt 250, its 15 s hold answered by a long beep is the reset waiting for its press', () => {
    const reading = readDecodeText(model('powerbolt-250'), 'held programming button 15 seconds, long beep', TERMINAL_POINTERS);
    expect(reading.answers[0]?.signal).toBe('resetArmed');
  });

  it('"red for 5 seconds" with no hold said is still how long the light stayed on', () => {
    const obs = parseSignalText('stays red for 5 seconds');
    expect(obs.seconds).toBe(5);
    expect(obs.heldSeconds).toBeNull();
  });
});
