// How a refused scenario file's mistakes are told, on the command line and on the browser twin's
// Scenarios panel alike (README "The command line", exit 2, and "The browser twin"): every mistake
// found in one reading (mistakes.ts), each at its file:line:col with why, at most MISTAKES_LISTED,
// then one line counting the rest.
import { printable } from '../printable.ts';
import { listedMistakes } from './mistakes.ts';
import type { ScenarioError } from './types.ts';

/** One line for each listed mistake (`file:line:col: why`), then `… and N more mistakes in FILE` ("1 more mistake" for one) when some are not listed. */
export function mistakeListing(err: ScenarioError): string[] {
  const { listed, unlisted } = listedMistakes(err);
  const lines = listed.map((m) => m.message);
  if (unlisted > 0) lines.push(`… ${moreMistakes(unlisted)} in ${printable(err.pos.file)}`);
  return lines;
}

/** "and N more mistake(s)": how many more mistakes a file has, "1 more mistake" for one. */
export function moreMistakes(count: number): string {
  return `and ${count} more mistake${count === 1 ? '' : 's'}`;
}
