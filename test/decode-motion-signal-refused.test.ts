// "It flashes green and beeps but won't unlock" is seed S7's last row and S25 itself: the lock
// took the code (its own "unlocking" answer) and the bolt did not follow — a battery question
// first. Decode used to drop the unlocking signal whenever "won't unlock" was said, so on every
// model the first answer was "factory reset done: every code erased" (and on a 913 "amber and a
// beep but won't lock" matched nothing at all, "check the model"). The lock's own motion answer
// now ranks first, with the motor's advice: fresh batteries, then the strike (seed S25, S17).
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { borrowedPrintedAsOwn, ownAndBorrowed, repeatedRefs } from './cite-checks.ts';
import { lockstep } from './cli-run.ts';

const WONT_UNLOCK = "it flashes green and beeps but won't unlock";
const WONT_LOCK = "it flashes amber and beeps but won't lock";

describe('decode: the lock answers as if the code were right, and the bolt does not follow', () => {
  it.each(MODELS.map((m) => [m.id]))('%s: "green and beeps but won\'t unlock" is the unlocking answer first, with fresh batteries first', (id) => {
    const model = MODELS.find((m) => m.id === id)!;
    const reading = readDecodeText(model, WONT_UNLOCK, TERMINAL_POINTERS);
    const [first] = reading.answers;
    // The 916 draws its low battery in green (checkmark and lock symbols, product-facts M5/M6):
    // there that reading may come first — a battery question either way.
    if (first?.signal === 'lowBattery') return;
    expect(first?.signal, id).toBe('unlocked');
    expect(first?.todo, id).toMatch(/^Put in four fresh AA batteries first/);
    expect(reading.answers.map((a) => a.signal), id).not.toContain('resetDone');
    expect(borrowedPrintedAsOwn(model, first!.cite), `${id}: ${first!.cite}`).toEqual([]);
    expect(ownAndBorrowed(first!.cite), `${id}: ${first!.cite}`).toEqual([]);
    expect(repeatedRefs(first!.cite), `${id}: ${first!.cite}`).toEqual([]);
  });

  it('on a 913 the terminal does not say the reset is done and every code erased', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'green light and a beep but the door wont open');
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    const first = out.split('\n').find((l) => l.startsWith('▶'));
    expect(first).toContain('▶ unlocking');
    expect(out).not.toMatch(/^▶ factory reset done/m);
    expect(out).toContain('→ Put in four fresh AA batteries first');
    expect(out).toContain('you say it would not unlock');
  });

  it('on a 913 "amber and beeps but won\'t lock" is the locking answer with the motor\'s advice, not "nothing looks like that"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', WONT_LOCK);
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out).not.toContain('Nothing on the SmartCode 913 looks like that.');
    expect(out.split('\n').find((l) => l.startsWith('▶'))).toContain('▶ locking');
    expect(out).toContain('→ Put in four fresh AA batteries first');
    expect(out).toContain('you say it would not lock');
  });

  it('"beeps but won\'t unlock" with no light said stays a battery question first', () => {
    const model = MODELS.find((m) => m.id === 'smartcode-913')!;
    const reading = readDecodeText(model, "it beeps but won't unlock", TERMINAL_POINTERS);
    expect(reading.answers[0]?.signal).toBe('lowBattery');
  });

  it('"red x3 and won\'t unlock" is still the wrong code: a refused code is no motion answer', () => {
    const model = MODELS.find((m) => m.id === 'smartcode-913')!;
    const reading = readDecodeText(model, "red x3, 3 beeps, won't unlock", TERMINAL_POINTERS);
    expect(reading.answers[0]?.signal).toBe('wrongCode');
    expect(reading.answers.map((a) => a.signal)).not.toContain('unlocked');
  });
});
