// How the command line says a scenario file it cannot accept (README "The command line", exit 2):
// every mistake found in one reading (scenario/mistakes.ts) on stderr, each at its file:line:col,
// at most MISTAKES_LISTED and then how many more; the REFUSED verdict names the first and counts
// the rest; the --json verdict gives the first as `refusal` and each listed as data.
import { listedMistakes } from '../scenario/mistakes.ts';
import { mistakeListing, restOfMistakes } from '../scenario/mistake-words.ts';
import type { ScenarioError } from '../scenario/types.ts';

/** The error lines of a refused file, for stderr (without colour). */
export function mistakeLines(err: ScenarioError): string[] {
  return mistakeListing(err).map((line) => `error: ${line}`);
}

/** The REFUSED verdict's words: the first mistake, how many more there are, and how many of them stderr lists. */
export function refusedWords(err: ScenarioError): string {
  const more = err.more.length;
  return more === 0 ? err.message : `${err.message} (${restOfMistakes(err, 'on stderr')})`;
}

/** One mistake as data: its place and words (a file name may hold colons of its own). */
function placeOf(m: ScenarioError): { file: string; line: number; col: number; why: string } {
  return { file: m.pos.file, line: m.pos.line, col: m.pos.col, why: m.why };
}

/** The --json refused verdict's data: the first mistake, every one listed, and how many are not. */
export function refusalData(err: ScenarioError): { refusal: ReturnType<typeof placeOf>; mistakes: Array<ReturnType<typeof placeOf>>; unlisted?: number } {
  const { listed, unlisted } = listedMistakes(err);
  return { refusal: placeOf(err), mistakes: listed.map(placeOf), ...(unlisted > 0 ? { unlisted } : {}) };
}
