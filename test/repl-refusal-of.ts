// The ReplInputError the REPL's line reading throws, for the tests of its refusals (README, The
// REPL: a line it cannot take is refused with its reason and the command that does it).
import { parseLine } from '../src/cli/repl/parse.ts';
import { ReplInputError } from '../src/cli/repl/input-error.ts';

/** The ReplInputError parsing `line` throws; anything else thrown is thrown on, a line taken fails. */
export function replRefusalOf(line: string): ReplInputError {
  try {
    parseLine(line);
  } catch (err) {
    if (err instanceof ReplInputError) return err;
    throw err;
  }
  throw new Error(`${line} was taken`);
}
