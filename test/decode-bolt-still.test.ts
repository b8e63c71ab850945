// "It lights up green but the bolt doesn't move": decode still reads the signal (the lock took the
// code), but its advice is the motor's — fresh batteries first (seed S25), then the strike (S17) —
// not the signal's own "Nothing to do". A signal given with no such complaint keeps its advice.
// A dark, silent lock is said to give no signal at all, then what to check (seed S25).
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { borrowedPrintedAsOwn, ownAndBorrowed, repeatedRefs } from './cite-checks.ts';
import { lockstep } from './cli-run.ts';

const STILL = "keypad lights up green but the bolt doesn't move";

describe('decode: a motion signal the bolt did not follow', () => {
  it('on the 913 the terminal leads with batteries, not "Nothing to do"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', STILL);
    expect(r.code).toBe(0);
    expect(r.out).toContain('▶ unlocking');
    expect(r.out).not.toContain('Nothing to do');
    expect(r.out).toMatch(/→ Put in four fresh AA batteries first/);
    expect(r.out).toContain('seed S25');
    expect(r.out).toContain('seed S17');
  });

  it('on every model whose signals fit, each motion answer carries the motor advice with sound cites', () => {
    let seen = 0;
    for (const model of MODELS) {
      const reading = readDecodeText(model, STILL, TERMINAL_POINTERS);
      for (const a of reading.answers.filter((x) => x.signal === 'unlocked' || x.signal === 'locked')) {
        seen++;
        expect(a.todo, model.id).toMatch(/^Put in four fresh AA batteries first/);
        expect(a.says, model.id).toContain('did not move');
        expect(borrowedPrintedAsOwn(model, a.cite), `${model.id}: ${a.cite}`).toEqual([]);
        expect(ownAndBorrowed(a.cite), `${model.id}: ${a.cite}`).toEqual([]);
        expect(repeatedRefs(a.cite), `${model.id}: ${a.cite}`).toEqual([]);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('a right-code answer with no complaint keeps the signal\'s own advice', () => {
    const model = MODELS.find((m) => m.id === 'smartcode-913')!;
    const reading = readDecodeText(model, 'green flash, one beep', TERMINAL_POINTERS);
    const unlocked = reading.answers.find((a) => a.signal === 'unlocked');
    expect(unlocked?.todo).toBe(adviceFor(model, 'unlocked').todo);
  });
});

describe('decode: a dark, silent lock', () => {
  it('says it gives no signal at all, not that nothing looks like it, then what to check; exit 1', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'keypad dead');
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('Nothing on the SmartCode 913 looks like that.');
    expect(r.out).toContain('That is no signal at all: the SmartCode 913 is not answering.');
    expect(r.out).toContain('Put in four fresh AA batteries first (seed S25)');
  });

  it('a light no signal has still reads "Nothing on the … looks like that"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'flashed blue 7 times');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Nothing on the SmartCode 913 looks like that.');
  });
});
