// What the Scenarios panel says when a scenario file cannot be loaded (README "The browser twin"):
// a file refused names its first mistake in the status line and counts the rest, and every mistake
// found in one reading is listed under it, each at its file:line:col with why — at most
// MISTAKES_LISTED, then how many more — in the words `lockstep run` prints on stderr
// (src/scenario/mistake-words.ts).
import { mistakeListing, restOfMistakes } from '../../src/scenario/mistake-words.ts';
import { ScenarioError } from '../../src/scenario/types.ts';

export interface LoadRefusal {
  /** The status line: `what` (e.g. "Cannot load FILE"), then the first mistake or the error. */
  status: string;
  /** Every mistake listed, when the file had more than one; otherwise none (the status says it). */
  mistakes: string[];
}

/** The words for a load that failed with `err`, after `what` ("Cannot load FILE"). */
export function loadRefusal(what: string, err: unknown): LoadRefusal {
  if (!(err instanceof ScenarioError)) return { status: `${what}: ${(err as Error).message}`, mistakes: [] };
  const more = err.more.length;
  if (more === 0) return { status: `${what}: ${err.message}`, mistakes: [] };
  return { status: `${what}: ${err.message} (${restOfMistakes(err, 'listed below')})`, mistakes: mistakeListing(err) };
}
