// A sequence `perform` is given, looked at whole before any step of it is done (README "Use it
// from code"; the project's rule on bad input: a clear error naming what was wrong and where): a
// program in plain JavaScript can pass what is no sequence, or build one around a code with a
// letter in it — refused at the first step otherwise, with Program already pressed and the lock
// left in programming. Each step's action is held to the shape Twin.apply takes (action-shape.ts).

import { actionShapeProblem } from '../twin/action-shape.ts';
import { ActionError } from '../twin/action-error.ts';
import { shown } from '../printable.ts';
import type { Sequence } from './keypad-sequences.ts';

/** `sequence` as perform can run it, or a TypeError (no sequence, no step) or ActionError (a step's
 * action no lock takes) naming where: `sequence[3].action.digits: …`. */
export function checkSequence(sequence: Sequence, name = 'sequence'): void {
  if (!Array.isArray(sequence)) {
    const why: unknown = typeof sequence === 'object' && sequence !== null ? (sequence as { unavailable?: unknown }).unavailable : undefined;
    if (typeof why !== 'string') throw new TypeError(`${name}: ${shown(sequence)} is neither a list of steps nor { unavailable: why }`);
    return;
  }
  sequence.forEach((step: unknown, i) => {
    if (typeof step !== 'object' || step === null) throw new TypeError(`${name}[${i}]: ${shown(step)} is no step ({ says, cite, action?, expect? })`);
    const action = (step as { action?: unknown }).action;
    if (action === undefined) return;
    const problem = actionShapeProblem(action as never, `${name}[${i}].action`);
    if (problem !== null) throw new ActionError(problem);
  });
}
