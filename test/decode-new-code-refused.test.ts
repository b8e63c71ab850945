// "After the reset it won't take a new code, red x3" and "since resetting it, it refuses new
// codes" are the lock refusing a change after a factory reset: no code or Mastercode is accepted
// until door handing has run (seed S18). Decode read "won't take / refuses a new code" as nothing,
// so the first answer was "no code programmed → Add a code" — what the owner was already failing
// at — or, said without a light, no answer at all. Refusing a new code is now read as programming
// (signal-context.ts) and as the lock refusing it, so the refusal comes first on every model, its
// advice the handing first.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { readDecodeText } from '../src/troubleshoot/decode-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { lockstep } from './cli-run.ts';

const REFUSED_AFTER_RESET = [
  "after the reset it won't take a new code, red x3",
  'since resetting it, it refuses new codes',
  'after a factory reset the lock will not accept any new codes',
  'since the reset it rejects the new code, red flashes 3 times',
];

describe('a new code refused after a factory reset (seed S18)', () => {
  it('is read as programming after a reset, nothing ignored', () => {
    for (const text of REFUSED_AFTER_RESET) {
      const obs = parseSignalText(text);
      expect(obs.context, text).toEqual(['after-reset', 'programming']);
      expect(obs.ignored, text).toEqual([]);
    }
  });

  it.each(MODELS.map((m) => [m.id]))('%s: the refusal comes first, door handing first in its advice', (id) => {
    const model = MODELS.find((m) => m.id === id)!;
    for (const text of REFUSED_AFTER_RESET) {
      const r = readDecodeText(model, text, TERMINAL_POINTERS);
      expect(r.answers.map((a) => a.signal), `${id}: ${text}`).toEqual(['programmingFailed']);
      expect(r.answers[0].todo, `${id}: ${text}`).toMatch(/^After a factory reset no code (?:or [a-z ]+? )?is accepted until door handing has run/i);
      expect(r.answers[0].cite, `${id}: ${text}`).toMatch(/S18/);
    }
  });

  it('"won\'t take my code" is a code at the door, not programming', () => {
    for (const text of ["red x3, it won't take my code", 'red x3, it refuses my code']) {
      expect(parseSignalText(text).context, text).not.toContain('programming');
    }
  });

  it('on a 913 the terminal does not lead with "Add a code"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', "after the reset it won't take a new code, red x3");
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out.split('\n').find((l) => l.startsWith('▶'))).toContain('▶ programming refused');
    expect(out).toContain('→ After a factory reset no code or Mastercode is accepted until door handing has run');
    expect(out).not.toContain('ignored');
  });

  it('said with no light, on a 913 it is still answered, not "could not make out a light"', () => {
    const r = lockstep('decode', '--model', 'smartcode-913', 'since resetting it, it refuses new codes');
    const out = stripVTControlCharacters(r.out);
    expect(r.code).toBe(0);
    expect(out).not.toContain('Could not make out');
    expect(out.split('\n').find((l) => l.startsWith('▶'))).toContain('▶ programming refused');
  });
});
