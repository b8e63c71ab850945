// How a refused scenario file's mistakes are told, on the command line and on the browser twin's
// Scenarios panel alike (README "The command line", exit 2, and "The browser twin"): every mistake
// found in one reading (mistakes.ts), each at its file:line:col with why, at most MISTAKES_LISTED,
// then one line counting the rest; the verdict after the first mistake counts the rest and says
// how many of them that listing holds, so the two agree.
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

/** The words after a refused file's first mistake: how many more it has and where they are —
 * `where` is where the listing is ("on stderr", "listed below") — every one (`and 4 more
 * mistakes: each on stderr`), or, past MISTAKES_LISTED, how many the listing holds and how many
 * its last line only counts (`and 24 more mistakes: 19 on stderr, 5 not listed`). */
export function restOfMistakes(err: ScenarioError, where: string): string {
  const more = err.more.length;
  const { unlisted } = listedMistakes(err);
  if (unlisted === 0) return `${moreMistakes(more)}: each ${where}`;
  return `${moreMistakes(more)}: ${more - unlisted} ${where}, ${unlisted} not listed`;
}
