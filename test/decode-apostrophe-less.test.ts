// Owners type "doesnt", "didnt", "cant" without the apostrophe. Read as ignored words, they turned
// what was said around: "red flash, didnt beep" became a red flash WITH a beep (the jam, not the
// half-finished reset's silent blink, seed S24), "the bolt doesnt move" was dropped (the code
// taken and the bolt still: a battery question, seed S25), "reset didnt work" was not understood
// (a reset that did not take, seed S8–S10). Each is now read as its apostrophe form is.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { lockstep } from './cli-run.ts';

/** What the reader took from the words, without the words themselves. */
function meaningOf(text: string) {
  const { understood: _u, ignored: _i, ...rest } = parseSignalText(text);
  return rest;
}

const PAIRS: [string, string][] = [
  ['red flash, didnt beep', "red flash, didn't beep"],
  ['green light but the bolt doesnt move', "green light but the bolt doesn't move"],
  ['green flash and a beep but it doesnt unlock', "green flash and a beep but it doesn't unlock"],
  ['the reset didnt work', "the reset didn't work"],
  ['keypad flashes red when i try to lock, bolt cant extend', "keypad flashes red when i try to lock, bolt can't extend"],
  ['tried to reset it but it isnt working', "tried to reset it but it isn't working"],
  ['I did a reset and it wasnt taken, red x3', "I did a reset and it wasn't taken, red x3"],
];

describe('decode: contractions typed without their apostrophe', () => {
  it.each(PAIRS)('"%s" is read as "%s"', (bare, proper) => {
    expect(meaningOf(bare)).toEqual(meaningOf(proper));
  });

  it('"didnt beep" is silence, not a beep: no word of it is left unread', () => {
    const obs = parseSignalText('red flash, didnt beep');
    expect(obs.beeps).toBe(0);
    expect(obs.heardBeep).toBe(false);
    expect(obs.ignored).toEqual([]);
  });

  it('on a 913, "red flash, didnt beep" reads as "didn\'t beep" does, not as the jam\'s red flash and beep', () => {
    const bare = lockstep('decode', '--model', 'smartcode-913', 'red flash, didnt beep');
    const proper = lockstep('decode', '--model', 'smartcode-913', "red flash, didn't beep");
    const first = (out: string) => stripVTControlCharacters(out).split('\n').find((l) => l.startsWith('▶'));
    expect(bare.code).toBe(proper.code);
    expect(first(bare.out)).toBe(first(proper.out));
    expect(first(bare.out)).not.toContain('bolt jammed');
    expect(stripVTControlCharacters(bare.out)).toContain('you said: red ×1, no beep');
  });

  it('"reset didnt work" is the reset that did not take, not "nothing I recognise"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'reset didnt work');
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out).toContain('you said: the reset did not take');
    expect(out).toContain('▶ factory reset did not take');
  });
});
