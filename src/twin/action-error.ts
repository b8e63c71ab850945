// The error of an action a twin cannot do (README "Use it from code"): what checkAction throws
// for an action from outside the program, and Twin.apply for one whose shape no lock takes
// (action-shape.ts). Its own file, so the twin can throw it without loading the checker's schemas.

import { QuotingError } from '../printable.ts';

/** An action that cannot be applied; the message names the field at fault (`action.key: …`). */
export class ActionError extends QuotingError {
  override name = 'ActionError';
}
