// The README lists the reasons a `lockstep repl --json` error line carries, each with what it
// means: every id the code can give (src/cli/repl/error-reasons.ts) is named there, so a harness
// can be written from the README, and no id is named that the REPL never gives.
import { describe, expect, it } from 'vitest';
import { REPL_ERROR_REASONS } from '../src/cli/repl/error-reasons.ts';
import { readmeAfter } from './readme-text.ts';

describe("the README's reasons of a repl --json error", () => {
  it('names every reason id the REPL gives, and no other', () => {
    const text = readmeAfter("An `error` line's `reason` says what kind of error it is, for a program to act on:", ' Its `message` says the same in words', 'the repl error reasons paragraph');
    const named = new Set([...text.matchAll(/`([a-z]+(?:-[a-z]+)*)`/g)].map((m) => m[1]!));
    const ids: readonly string[] = REPL_ERROR_REASONS;
    expect(ids.filter((id) => !named.has(id))).toEqual([]);
    expect([...named].filter((n) => !ids.includes(n))).toEqual([]);
  });
});
