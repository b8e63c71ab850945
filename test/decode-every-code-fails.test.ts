// "None of my codes work", "codes dont work anymore": seed S7's second row — a lock unresponsive
// to all codes wants a factory reset — after the batteries (S25), the code memory lost (S5).
// Decode understood none of it: alone, the words exited 1 ("Could not make out a light or a
// sound"); beside a signal they were ignored, and the wrong code's answer said "Try once more".
// Every code failing is now read (every-code-fails-words.ts): alone, low battery first with the
// reset after it; beside the model's wrong-code signal, that answer first with fresh batteries,
// then the reset, in the doctor's words for a corrupted code store.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { lockstep } from './cli-run.ts';

const EVERY_CODE_FAILS = ['none of my codes work', 'codes dont work anymore', 'all my codes stopped working', 'no code works any more', 'every code fails'];

/** The model's own wrong-code signal in an owner's words: "flashes red 3 times and beeps 3 times". */
function wrongCodeWords(m: ModelProfile): string {
  const p = m.signals.wrongCode;
  return `it flashes ${p.color} ${p.count} times and beeps ${p.beeps} times`;
}

describe('every code failing (seed S7, S5, S25)', () => {
  it('is read, nothing ignored', () => {
    for (const text of EVERY_CODE_FAILS) {
      const obs = parseSignalText(text);
      expect(obs.symptoms, text).toEqual(['codes-fail']);
      expect(obs.ignored, text).toEqual([]);
    }
  });

  it('"my code doesn\'t work" (one code, S7\'s first row) is not every code', () => {
    expect(parseSignalText("red x3, my code doesn't work").symptoms).not.toContain('codes-fail');
  });

  it.each(MODELS.map((m) => [m.id]))('%s: alone, low battery first, then the factory reset', (id) => {
    const model = MODELS.find((m) => m.id === id)!;
    for (const text of EVERY_CODE_FAILS) {
      const r = readDecodeText(model, text, TERMINAL_POINTERS);
      expect(r.found, `${id}: ${text}`).toBe(true);
      expect(r.answers[0]?.signal, `${id}: ${text}`).toBe('lowBattery');
      expect(r.answers[0]?.todo, `${id}: ${text}`).toMatch(/If fresh batteries do not help .*a factory reset does\. It erases every code/);
      expect(r.answers[0]?.cite, `${id}: ${text}`).toMatch(/S5\b.*S7\b|S7\b.*S5\b/);
    }
  });

  it.each(MODELS.map((m) => [m.id]))('%s: beside its wrong-code signal, that answer first, batteries then the reset', (id) => {
    const model = MODELS.find((m) => m.id === id)!;
    const text = `${wrongCodeWords(model)}, none of my codes work`;
    const r = readDecodeText(model, text, TERMINAL_POINTERS);
    expect(r.answers[0]?.signal, `${id}: ${text}`).toBe('wrongCode');
    const todo = r.answers[0]!.todo;
    expect(todo, `${id}: ${text}`).toContain('You say every code fails: check the batteries first');
    expect(todo, `${id}: ${text}`).toMatch(/a factory reset does\. It erases every code/);
    expect(todo, `${id}: ${text}`).not.toContain('If one code has stopped working');
  });

  it('on a 913 the terminal answers "none of my codes work" with exit 0, not "could not make out"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'none of my codes work');
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out).not.toContain('Could not make out');
    expect(out.split('\n')[0]).toBe('SmartCode 913 · you said: every code fails');
    expect(out.split('\n').find((l) => l.startsWith('▶'))).toContain('▶ low battery');
  });
});
