// The lockout's guessing bound is printed only where the search held the model's wrong attempts
// + 1 whole wrong guesses in a row (src/check/guess-reach.ts); --json says whether every
// exploration reached its depth (`complete`, src/check/report.ts).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { checkCommand, type CheckIo } from '../src/check/check-command.ts';
import { stepsPerGuess } from '../src/check/guess-reach.ts';
import { findModel } from '../src/models/index.ts';
import { explorationsOf } from '../src/check/explore.ts';
import { readmeText } from './readme-text.ts';

function capture(): CheckIo & { said: () => string } {
  const lines: string[] = [];
  return { said: () => stripVTControlCharacters(lines.join('\n')), out: (l) => lines.push(l), err: (l) => lines.push(l), progress: null };
}

const BOUND_913 = 'at least 1 h 46 min on average';

describe('the guessing bound', () => {
  it('a guess is a whole code as each exploration enters it, with Lock where codes open with it', () => {
    const m913 = findModel('smartcode-913')!;
    const pb2 = findModel('powerbolt-2')!;
    const m916 = findModel('smartcode-916')!;
    expect(stepsPerGuess('switches', m913, 4)).toBe(1); // typed whole
    expect(stepsPerGuess('switches', pb2, 4)).toBe(2); // and Lock (M10)
    expect(stepsPerGuess('exterior', m913, 4)).toBe(4);
    expect(stepsPerGuess('window-holds', pb2, 4)).toBe(5); // key by key, and Lock (M10)
    expect(stepsPerGuess('interior', pb2, 5)).toBe(6);
    expect(stepsPerGuess('screened', m916, 4)).toBe(7); // the waking touch, the two shown digits
    expect(stepsPerGuess('cable', m913, 4)).toBeNull();
  });

  // `--depth 2` printed "PASS lockout … at least 1.8 h on average", with no fourth wrong entry in reach.
  it('is not printed where no exploration held four wrong codes (913: depth 3), and is at depth 4 (four codes typed whole)', async () => {
    const shallow = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '3', jobs: '1' }, shallow)).toBe(0);
    expect(shallow.said()).toMatch(/PASS lockout +exterior ≤3, window-holds ≤3, interior ≤3, switches ≤3\n +\(guessing bound not reached at this depth: 4 wrong 4-digit codes in a row take 16 steps in exterior \(complete to 3\), 16 in window-holds \(complete to 3\), 16 in interior \(complete to 3\), 4 in switches \(complete to 3\)\)/);
    expect(shallow.said()).not.toContain(BOUND_913);
    const deep = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '4', jobs: '1' }, deep)).toBe(0);
    expect(deep.said()).toContain(BOUND_913);
    expect(deep.said()).not.toContain('not reached');
  });

  // The README gave `--depth switches=12` for the Powerbolt 2's bound; under the default state
  // cap that search stops complete to 11, and the bound is not reached. The command it gives now
  // reaches it (the other explorations, which do not, at depth 1).
  it("the README's command for the Powerbolt 2's bound reaches it", async () => {
    const readme = readmeText();
    const m = /take 12 steps there \(`--model powerbolt-2 --depth switches=(\d+)(?: --state-cap (\d+))?`/.exec(readme);
    expect(m, 'the README names the command').not.toBeNull();
    const pb2 = findModel('powerbolt-2')!;
    const depth = explorationsOf(pb2).map((e) => `${e}=${e === 'switches' ? m![1] : 1}`).join(',');
    const run = capture();
    expect(await checkCommand({ model: 'powerbolt-2', depth, ...(m![2] ? { stateCap: m![2] } : {}), jobs: '1', json: true }, run)).toBe(0);
    const lockout = JSON.parse(run.said()).models[0].properties.find((p: { id: string }) => p.id === 'lockout');
    expect(lockout.guessing).toMatchObject({ reached: true, wrongAttempts: 5 });
  }, 120_000);

  // `--state-cap 1 --json` said `"ok": true` and nothing at the top said no exploration finished.
  it('--json: `complete` false when the state cap stopped an exploration, and no guessing figures where not reached', async () => {
    const capped = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '4', stateCap: '1', jobs: '1', json: true }, capped)).toBe(0);
    const j = JSON.parse(capped.said());
    expect(j.ok).toBe(true);
    expect(j.complete).toBe(false);
    const lockout = j.models[0].properties.find((p: { id: string }) => p.id === 'lockout');
    expect(lockout.guessing).toMatchObject({ reached: false, guesses: 4 });
    expect(lockout.guessing.expectedHoursAtLeast).toBeUndefined();
    const whole = capture();
    expect(await checkCommand({ model: 'smartcode-913', depth: '4', jobs: '1', json: true }, whole)).toBe(0);
    const w = JSON.parse(whole.said());
    expect(w.complete).toBe(true);
    expect(w.models[0].properties.find((p: { id: string }) => p.id === 'lockout').guessing).toMatchObject({ reached: true, wrongAttempts: 3 });
  });
});
