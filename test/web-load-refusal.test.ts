// What the browser twin's Scenarios panel says of a file it cannot load (web/src/load-refusal.ts,
// README "The browser twin"): the first mistake in the status line, the rest counted, and every
// mistake listed in the words `lockstep run` prints on stderr — at most MISTAKES_LISTED, then how
// many more.
import { describe, expect, it } from 'vitest';
import { loadRefusal } from '../web/src/load-refusal.ts';
import { mistakeLines } from '../src/cli/refusal-words.ts';
import { MISTAKES_LISTED } from '../src/scenario/mistakes.ts';
import { parseErrorOf } from './scenario-error-of.ts';

const FILE = 'scenarios/smartcode-913/edited.yaml';
const WHAT = `Cannot load ${FILE}`;
const GIVEN_WORDS = 'door, handed, mastercode, codes, battery, doorState, strike, bolt, switches, tag, userCodes, oneTimeCode, autoLock, autoLockDelay, snapshot';

/** A file with an unknown given word, then `steps` misspelt step words (lines 6 on) and one good step. */
function edited(steps: number): string {
  return ['name: edited', 'model: smartcode-913', 'given:', '  colour: red', 'steps:', ...Array.from({ length: steps }, () => '  - presss: 1'), '  - wait: 1s', ''].join('\n');
}

describe('loadRefusal', () => {
  it('names one mistake in the status line and lists nothing more', () => {
    const refusal = loadRefusal(WHAT, parseErrorOf(edited(0), FILE));
    expect(refusal).toEqual({ status: `${WHAT}: ${FILE}:4:3: unknown given key "colour" (expected one of: ${GIVEN_WORDS})`, mistakes: [] });
  });

  it('lists every mistake of a file with several, each at its file:line:col, and counts them after the first', () => {
    const refusal = loadRefusal(WHAT, parseErrorOf(edited(2), FILE));
    expect(refusal.status).toBe(`${WHAT}: ${FILE}:4:3: unknown given key "colour" (expected one of: ${GIVEN_WORDS}) (and 2 more mistakes: each listed below)`);
    expect(refusal.mistakes).toHaveLength(3);
    expect(refusal.mistakes[0]).toBe(`${FILE}:4:3: unknown given key "colour" (expected one of: ${GIVEN_WORDS})`);
    expect(refusal.mistakes.slice(1).map((m) => m.split(': ')[0])).toEqual([`${FILE}:6:5`, `${FILE}:7:5`]);
  });

  it('says "1 more mistake" of a file with two', () => {
    expect(loadRefusal(WHAT, parseErrorOf(edited(1), FILE)).status).toMatch(/\(and 1 more mistake: each listed below\)$/);
  });

  it('lists at most MISTAKES_LISTED, then how many more, as the command line does', () => {
    const extra = 4;
    const err = parseErrorOf(edited(MISTAKES_LISTED + extra - 1), FILE);
    const refusal = loadRefusal(WHAT, err);
    expect(refusal.status.endsWith(`(and ${MISTAKES_LISTED + extra - 1} more mistakes: ${MISTAKES_LISTED - 1} listed below, ${extra} not listed)`)).toBe(true);
    expect(refusal.mistakes).toHaveLength(MISTAKES_LISTED + 1);
    expect(refusal.mistakes.at(-1)).toBe(`… and ${extra} more mistakes in ${FILE}`);
    expect(refusal.mistakes.map((m) => `error: ${m}`)).toEqual(mistakeLines(err));
  });

  it('counts one mistake past the listed ones as "1 more mistake"', () => {
    expect(loadRefusal(WHAT, parseErrorOf(edited(MISTAKES_LISTED), FILE)).mistakes.at(-1)).toBe(`… and 1 more mistake in ${FILE}`);
  });

  it('gives any other error its own words and lists nothing', () => {
    expect(loadRefusal(WHAT, new Error(`no scenario ${FILE} is bundled with the page`))).toEqual({ status: `${WHAT}: no scenario ${FILE} is bundled with the page`, mistakes: [] });
  });
});
