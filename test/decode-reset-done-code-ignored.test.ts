// A reset told as done, then a code the keypad does not answer: "did the reset, nothing happened
// when I entered my code". No failed reset (the reset's own answer is not what went missing), and
// no word ignored either: it is the after-reset context of signal-context.ts — the reset wipes
// every code (seed S6, S19), so "no user code" comes first on a model whose reset brings none back,
// and door handing may have to run again before anything works (seed S15, S18).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { decodeCommand } from '../src/troubleshoot/decode-command.ts';

/** What `lockstep decode` prints for `text` on `model`, without colour, and its exit code. */
function decode(text: string, model = 'smartcode-913'): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = decodeCommand({ text, model, json: false }, { out: (l) => lines.push(stripVTControlCharacters(l)), err: (l) => lines.push(stripVTControlCharacters(l)) });
  return { code, lines };
}

const RESET_THEN_CODE_IGNORED = [
  'did the reset, nothing happened when I entered my code',
  'after the reset, nothing happened when I entered my code',
  'I reset it, nothing happened when I typed my code',
  'we did a factory reset and nothing happens when I enter the code',
];

describe('a reset done, then no answer to a code (seed S6, S19, S18)', () => {
  it.each(RESET_THEN_CODE_IGNORED)('"%s" is no response after a reset, no word ignored', (text) => {
    const obs = parseSignalText(text);
    expect(obs.symptoms).toEqual(['unresponsive']);
    expect(obs.context).toEqual(['after-reset']);
    expect(obs.ignored).toEqual([]);
  });

  it.each(RESET_THEN_CODE_IGNORED)('lockstep decode "%s" reads it after a reset, no code programmed first', (text) => {
    const r = decode(text);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe('SmartCode 913 · you said: no response, after a reset');
    expect(r.lines).toContainEqual(expect.stringMatching(/^▶ no code programmed: /));
  });

  it('a reset only tried is no reset done: not read as after a reset', () => {
    expect(parseSignalText('tried to reset it, nothing happened when I entered my code').context).not.toContain('after-reset');
  });

  it('a reset done with nothing after it is still the reset that did not take', () => {
    const obs = parseSignalText('did the reset, nothing happened');
    expect(obs.symptoms).toEqual(['reset-failed']);
    expect(obs.context).toEqual([]);
  });
});
