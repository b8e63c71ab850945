// A factory reset that did not take, said the way owners say it: "tried to reset it after new
// batteries but nothing happened", "did the reset, nothing happened", "held the program button
// 30 seconds, no flash". Each is the reset-failure reading (seed S8: the hold from power-up and
// its red flash and beep; S9: let go early and nothing happens; S10: a weak pack), with what was
// said beside it kept — after new batteries, the reseat rather than fresh batteries again
// (signal-context.ts, fresh-pack-advice.ts). Words that only sound like it — a reset of the door
// handing, a keypad ignoring a code — are not a failed reset.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { decodeCommand } from '../src/troubleshoot/decode-command.ts';

/** What `lockstep decode` prints for `text` on `model`, without colour, and its exit code. */
function decode(text: string, model = 'smartcode-913', json = false): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = decodeCommand({ text, model, json }, { out: (l) => lines.push(stripVTControlCharacters(l)), err: (l) => lines.push(stripVTControlCharacters(l)) });
  return { code, lines };
}

const FAILED_RESETS = [
  'tried to reset it after new batteries but nothing happened',
  'did the reset, nothing happened',
  'I did a factory reset but nothing happens',
  'held the program button 30 seconds, no flash',
  'held program for 30 seconds and nothing happened',
  "reset didn't work",
  'I reset it, nothing happened',
  'tried resetting the lock. Nothing happened.',
  "held program for 30 seconds, didn't flash red",
];

const NOT_FAILED_RESETS = [
  'reset the handing',
  'tried to reset the handing but nothing happened',
  'nothing happened when I entered my code',
  'did the reset, nothing happened when I entered my code',
  'held the program button 30 seconds, it flashed red and beeped',
  'did the reset, green flash and two beeps',
];

describe('a failed reset said in words', () => {
  it.each(FAILED_RESETS)('"%s" is a reset that did not take, not a keypad ignoring codes', (text) => {
    const obs = parseSignalText(text);
    expect(obs.symptoms).toEqual(['reset-failed']);
    expect(obs.ignored).not.toContain('reset');
    // The light or sound it did not give is the reset's: no colour seen.
    expect(obs.colors).toEqual([]);
  });

  it.each(NOT_FAILED_RESETS)('"%s" is no failed reset', (text) => {
    expect(parseSignalText(text).symptoms).not.toContain('reset-failed');
  });

  it('the keypad ignoring a code after a reset is still read as no response', () => {
    expect(parseSignalText('nothing happened when I entered my code').symptoms).toEqual(['unresponsive']);
  });

  it('the hold said before "no flash" is the reset attempt, not a light that stayed on 30 s', () => {
    const obs = parseSignalText('held the program button 30 seconds, no flash');
    expect(obs.seconds).toBeNull();
    expect(obs.heldSeconds).toBeNull();
  });
});

describe('lockstep decode "tried to reset it after new batteries but nothing happened"', () => {
  const SAID = 'tried to reset it after new batteries but nothing happened';

  it('prints the reset-failure reading with the new batteries kept: the reseat, not fresh batteries again', () => {
    const r = decode(SAID);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/you said: the reset did not take, after new batteries$/);
    expect(r.lines).toContainEqual(expect.stringMatching(/^▶ factory reset did not take: /));
    const todo = r.lines.find((l) => l.startsWith('  → Check the new pack is seated'));
    expect(todo).toMatch(/lockstep practice-reset --model smartcode-913/);
    expect(r.lines.join('\n')).not.toMatch(/keypad lockout|Fit fresh batteries first|ignored: reset/);
  });

  it('--json carries the same reading as `reset`, with the context', () => {
    const r = decode(SAID, 'smartcode-913', true);
    const j = JSON.parse(r.lines.join('\n'));
    expect(j.observation.symptoms).toEqual(['reset-failed']);
    expect(j.observation.context).toEqual(['fresh-batteries']);
    expect(j.reset.causes.map((c: { id: string }) => c.id)).toEqual(['pack-not-cycled', 'released-early', 'confirm-press-missing']);
    expect(j.reset.todo).toMatch(/^Check the new pack is seated/);
  });

  it('on a Reset-button model, "held the reset button 5 seconds, nothing happened" is its reset not taking', () => {
    const r = decode('held the reset button 5 seconds, nothing happened', 'powerbolt-264');
    expect(r.code).toBe(0);
    expect(r.lines).toContainEqual(expect.stringMatching(/^▶ factory reset did not take: /));
  });
});
