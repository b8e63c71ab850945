// Long codes leak their first digits (src/check/long-code-guessing.ts): where a code opens at its
// last digit (product-facts §9), the keypad judges an entry wrong at its fourth digit unless a
// longer stored code begins with it (src/firmware/entry.ts; assumed: no source says how a wrong
// entry ends), so someone outside tells a right start from a wrong one. The check report's
// guessing line gave only the 4-digit figure, as if an 8-digit code were 10⁴ times stronger; it
// now gives the bound with the leak, and says the entry rule is assumed. The statement is held to
// the twin itself on every model, and the shipped scenario shows the probe on the 913.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { MODELS, findModel } from '../src/models/index.ts';
import { guessBound, guessText } from '../src/check/guess-time.ts';
import { loadScenarioFile, parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const PROBE_SCENARIO = 'scenarios/smartcode-913/long-code-leaks-its-first-four-digits.yaml';
/** A stored code's start and a start no code of the probe begins with, on either keypad (1357 and
 * 8642 are different presses with two digits per key too). */
const RIGHT_START = '1357';
const WRONG_START = '8642';

function capture(): CheckIo & { said: () => string } {
  const lines: string[] = [];
  return { said: () => stripVTControlCharacters(lines.join('\n')), out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

/** Whether typing `start` with a code of the model's longest length stored gets a wrong-code answer within 2 s. */
function answeredAtOnce(modelId: string, longest: number, start: string): boolean {
  const code = '13579753'.padEnd(longest, '1');
  const text =
    `name: probe\nmodel: ${modelId}\nseed: 1\ngiven:\n  door: right\n  handed: right\n  codes: { 1: "${code}" }\n  doorState: open\n  bolt: extended\n` +
    `steps:\n  - type: "${start}"\n  - wait: 2s\n  - expect: { noEvent: wrong-code }\n`;
  return !runScenario(parseScenario(text, 'probe.yaml')).ok;
}

describe('the guessing bound with long codes', () => {
  it('SmartCode 913: an 8-digit code falls to its first 4 digits, then one at a time — ≈345 guesses, not ≈3 225 806; the entry rule said to be assumed', () => {
    const m = findModel('smartcode-913')!;
    const b = guessBound(m);
    expect(b.longCodes).toMatchObject({ startsLeak: true, judgedAtDigits: 4, longestCode: 8 });
    expect(b.longCodes.expectedGuesses).toBeCloseTo(10_001 / 31 + 4 * 5.5, 9);
    const text = b.longCodes.text;
    expect(text).toContain('a code of any length falls to guessing its first 4 digits, then one digit at a time');
    expect(text).toContain('an 8-digit one in ≈345 guesses on average, not the ≈3225806 its 100000000 key sequences would take');
    expect(text).toMatch(/assumed/);
    // The 4-digit line itself is unchanged.
    expect(guessText(b)).toContain('≈323 guesses, at least 1 h 46 min on average');
  });

  // The report printed "≈323 guesses, at least 1 h 46 min" alone, under a scope that installs
  // codes of up to 8 digits on the 913, as if a longer code were proportionally stronger.
  it('the check report gives the long-code bound under the lockout line where the guessing bound is reached (913: depth 4)', async () => {
    const run = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '4', jobs: '1' }, run)).toBe(0);
    expect(run.said()).toMatch(/≈323 guesses, at least 1 h 46 min on average\n +longer codes are barely stronger: .*a code of any length falls to guessing its first 4 digits, then one digit at a time — an 8-digit one in ≈345 guesses/);
    const json = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '4', jobs: '1', json: true }, json)).toBe(0);
    const lockout = JSON.parse(json.said()).models[0].properties.find((p: { id: string }) => p.id === 'lockout');
    expect(lockout.guessing.longCodes).toMatchObject({ startsLeak: true, judgedAtDigits: 4, longestCode: 8 });
  });

  it('two digits per key: five keys per digit, so each further digit takes ≈3 guesses', () => {
    const m = findModel('smartcode-909')!;
    const b = guessBound(m);
    expect(b.longCodes.expectedGuesses).toBeCloseTo(626 / (Math.min(30, m.codes.capacity) + 1) + (m.codes.maxLength - 4) * 3, 9);
  });

  it('a model whose programming code is typed at the keypad: its start leaks too', () => {
    const b = guessBound(findModel('smartcode-955')!);
    expect(b.longCodes.text).toContain('unless a longer code or the programming code begins with it');
  });

  it('Powerbolt 2: a code is judged whole at the Lock press, so nothing leaks and no figure is given', () => {
    const b = guessBound(findModel('powerbolt-2')!);
    expect(b.longCodes).toMatchObject({ startsLeak: false, expectedGuesses: null, longestCode: 10 });
    expect(b.longCodes.text).toContain('judged whole at the Lock press (product-facts M10), so a right start is not told from a wrong one');
  });

  for (const m of MODELS) {
    it(`${m.id}: what the bound says of a wrong start is what the twin does`, () => {
      const leaks = guessBound(m).longCodes.startsLeak;
      expect(answeredAtOnce(m.id, m.codes.maxLength, WRONG_START)).toBe(leaks);
      expect(answeredAtOnce(m.id, m.codes.maxLength, RIGHT_START)).toBe(false);
    });
  }

  it(`the shipped probe (${PROBE_SCENARIO}) passes on the shipped firmware`, () => {
    const result = runScenario(loadScenarioFile(join(REPO_ROOT, PROBE_SCENARIO)));
    expect(result.failure?.failures ?? []).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
