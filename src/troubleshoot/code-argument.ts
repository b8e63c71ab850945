// The codes a keypad sequence is built around (keypad-sequences.ts: addCodeSequence and the
// others, README "Use it from code"), looked at as it is built: a program in plain JavaScript can
// pass a code with a letter in it, or none, and would otherwise hear of it only when `perform`
// reached the step that types it (sequence-check.ts, which still looks at a sequence built by
// hand). The project's rule on bad input: a clear error naming what was wrong and where — here
// the function and its argument, in the words of a bad action's digits (action-shape.ts).

import { digitsProblem } from '../twin/action-shape.ts';
import { ActionError } from '../twin/action-error.ts';

/** What an admin-code argument may be besides digits, said after a bad one. */
const ADMIN_VALUES = "('' when none is set, null when it is set and lost)";

/** Throws an ActionError, naming `fn(arg)`, unless `code` is one or more digits 0–9. */
export function checkCodeArgument(fn: string, arg: string, code: string): void {
  const problem = digitsProblem(`${fn}(${arg})`, code);
  if (problem !== null) throw new ActionError(problem);
}

/** Throws an ActionError, naming `fn(admin)`, unless `admin` is digits, '' (none set) or null
 * (set and lost). */
export function checkAdminArgument(fn: string, admin: string | null): void {
  if (admin === null || admin === '') return;
  const problem = digitsProblem(`${fn}(admin)`, admin);
  if (problem !== null) throw new ActionError(`${problem} ${ADMIN_VALUES}`);
}
