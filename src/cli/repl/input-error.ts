// A command line `lockstep repl` cannot run, said in a person's words (the message) and as the
// kind of error it is (its reason, error-reasons.ts): the session goes on after it.

import { QuotingError } from '../../printable.ts';
import type { ReplErrorReason } from './error-reasons.ts';

/** A line the REPL cannot run; the message says what was wrong, the reason what kind of wrong. */
export class ReplInputError extends QuotingError {
  override name = 'ReplInputError';
  constructor(
    readonly reason: ReplErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The reason an error thrown while running a line gives: a ReplInputError's own, else the twin
 * failed where no command should make it fail. */
export function replErrorReason(err: unknown): ReplErrorReason {
  return err instanceof ReplInputError ? err.reason : 'internal';
}
