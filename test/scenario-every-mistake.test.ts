// A scenario file is read to its end: every mistake found in one reading is reported, each at its
// file:line:col and sorted by position, rather than one per run (README, Scenarios). A mistake
// that leaves the rest unjudgeable — a YAML syntax error, an unknown model for the steps — still
// stops the reading at once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISTAKES_LISTED } from '../src/scenario/mistakes.ts';
import type { ScenarioError } from '../src/scenario/types.ts';
import { parseErrorOf } from './scenario-error-of.ts';
import { lockstep } from './cli-run.ts';
import { mistakeLines } from '../src/cli/refusal-words.ts';

const FILE = 's.yaml';
const STEP_WORDS = 'press, hold, release, type, battery, door, strike, exterior, thumbturn, key, bolt, switch, wait, fault, expect';
const GIVEN_WORDS = 'door, handed, mastercode, codes, battery, doorState, strike, bolt, switches, tag, userCodes, oneTimeCode, autoLock, autoLockDelay, snapshot';

/** Five mistakes: an unknown word (in given and in the steps), a bad value, a wrong type, a missing field. */
const MISTAKES = `name: five mistakes
model: smartcode-913
given:
  colour: red
steps:
  - press: 1
  - hold: { for: 5s }
  - presss: 1
  - wait: soon
  - expect: { beep: 2 }
`;
const MISTAKES_FOUND = [
  { line: 4, col: 3, why: `unknown given key "colour" (expected one of: ${GIVEN_WORDS})` },
  { line: 7, col: 11, why: 'hold needs "key"' },
  { line: 8, col: 5, why: `unknown step word "presss" — did you mean "press"? (expected one of: ${STEP_WORDS})` },
  { line: 9, col: 11, why: 'wait: bad duration "soon" (expected a number and a unit, e.g. 500ms, 30s, 1.5s, 2min, 3h, 1d)' },
  { line: 10, col: 21, why: 'beep must be true or false, got the number 2' },
];

/** The ScenarioError parsing `text` throws. */
function errorOf(text: string): ScenarioError {
  return parseErrorOf(text, FILE);
}

/** Every mistake of the error, as place and words. */
function found(err: ScenarioError): Array<{ line: number; col: number; why: string }> {
  return [err, ...err.more].map((m) => ({ line: m.pos.line, col: m.pos.col, why: m.why }));
}

function scenarioFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lockstep-mistakes-')), 'mistakes.yaml');
  writeFileSync(file, text);
  return file;
}

describe('every mistake of a scenario in one reading', () => {
  it('reports each mistake with its place, sorted by position, the first as the error itself', () => {
    const err = errorOf(MISTAKES);
    expect(found(err)).toEqual(MISTAKES_FOUND);
    expect(err.message).toBe(`${FILE}:4:3: ${MISTAKES_FOUND[0].why}`);
  });

  it('gives each mistake the place and words it has alone in a file', () => {
    for (const mistake of errorOf(MISTAKES).more) {
      const lines = MISTAKES.split('\n');
      const alone = lines.filter((line, i) => i + 1 === mistake.pos.line || !MISTAKES_FOUND.some((f) => f.line === i + 1));
      // Removing the other mistakes' lines moves this one up by as many as stood before it.
      const before = MISTAKES_FOUND.filter((f) => f.line < mistake.pos.line).length;
      const single = errorOf(alone.join('\n'));
      expect(single.more).toEqual([]);
      expect({ line: single.pos.line + before, col: single.pos.col, why: single.why }).toEqual({ line: mistake.pos.line, col: mistake.pos.col, why: mistake.why });
    }
  });

  it('reports the mistakes of several top-level values and an expect together', () => {
    const err = errorOf('name: ""\nmodel: smartcode-913\nseed: -1\nsteps:\n  - expect: { bolt: sideways, mode: nap }\n');
    expect(found(err).map((m) => `${m.line}:${m.col}`)).toEqual(['1:7', '3:7', '5:21', '5:37']);
  });

  it('reports a mistake found again through an alias once', () => {
    const err = errorOf('name: n\nmodel: smartcode-913\nsteps:\n  - &bad { wait: soon }\n  - *bad\n  - *bad\n  - press: 12\n');
    expect(found(err).map((m) => `${m.line}:${m.col}`)).toEqual(['4:18', '7:12']);
  });

  it('stops at a YAML syntax error: what follows it cannot be read', () => {
    const err = errorOf('name: n\nmodel: smartcode-913\nsteps:\n  - press: [1\n  - presss: 2\n');
    expect(err.more).toEqual([]);
    expect(err.why).toMatch(/^YAML syntax error/);
  });

  it('does not judge the steps on an unknown model, whose keys and words it cannot know', () => {
    const err = errorOf('name: n\nmodel: smartcode-999\nsteps:\n  - press: reset\n');
    expect(err.more).toEqual([]);
    expect(err.pos.line).toBe(2);
  });

  it('leaves out a missing key beside an unknown one, which may be that key misspelt', () => {
    const err = errorOf('nme: t\nmodel: smartcode-913\nseed: x\nsteps:\n  - press: 1\n');
    expect(found(err).map((m) => m.why)).toEqual(['unknown top-level key "nme" (expected one of: name, model, seed, given, steps)', '"seed" must be a whole number from 0 to 4294967295, got the string "x"']);
  });

  it('lists at most MISTAKES_LISTED on the command line, then how many more', () => {
    const extra = 5;
    const steps = Array.from({ length: MISTAKES_LISTED + extra }, () => '  - wait: soon').join('\n');
    const file = scenarioFile(`name: n\nmodel: smartcode-913\nsteps:\n${steps}\n`);
    const r = lockstep('run', file);
    expect(r.code).toBe(2);
    const errors = r.err.trimEnd().split('\n');
    expect(errors).toHaveLength(MISTAKES_LISTED + 1);
    expect(errors.at(-1)).toBe(`error: … and ${extra} more mistakes in ${file}`);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(`REFUSED ${file}:4:11: wait: bad duration "soon" (expected a number and a unit, e.g. 500ms, 30s, 1.5s, 2min, 3h, 1d) (and ${MISTAKES_LISTED + extra - 1} more mistakes: ${MISTAKES_LISTED - 1} on stderr, ${extra} not listed)`);
    // The verdict's count agrees with stderr: the mistakes listed after the first, then the ones its last line counts.
    const [, listedThere, notListed] = /: (\d+) on stderr, (\d+) not listed\)$/.exec(r.out.trimEnd())!;
    expect(Number(listedThere)).toBe(errors.length - 2);
    expect(`error: … and ${notListed} more mistakes in ${file}`).toBe(errors.at(-1));
    const json = JSON.parse(lockstep('run', '--json', file).out.trim().split('\n').at(-1)!);
    expect(json.mistakes).toHaveLength(MISTAKES_LISTED);
    expect(json.unlisted).toBe(extra);
  });

  it('counts one mistake past the listed ones as "1 more mistake"', () => {
    const steps = Array.from({ length: MISTAKES_LISTED + 1 }, () => '  - wait: soon').join('\n');
    const lines = mistakeLines(errorOf(`name: n\nmodel: smartcode-913\nsteps:\n${steps}\n`));
    expect(lines).toHaveLength(MISTAKES_LISTED + 1);
    expect(lines.at(-1)).toBe(`error: … and 1 more mistake in ${FILE}`);
  });

  it('says every mistake on the command line, and gives each as data in the --json verdict', () => {
    const file = scenarioFile(MISTAKES);
    const r = lockstep('run', file);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toEqual(MISTAKES_FOUND.map((f) => `error: ${file}:${f.line}:${f.col}: ${f.why}`));
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(`REFUSED ${file}:4:3: ${MISTAKES_FOUND[0].why} (and 4 more mistakes: each on stderr)`);
    const j = lockstep('run', '--json', file);
    expect(j.code).toBe(2);
    const verdict = JSON.parse(j.out.trim().split('\n').at(-1)!);
    expect(verdict.refusal).toEqual({ file, ...MISTAKES_FOUND[0] });
    expect(verdict.mistakes).toEqual(MISTAKES_FOUND.map((f) => ({ file, ...f })));
    expect(verdict).not.toHaveProperty('unlisted');
  });
});
