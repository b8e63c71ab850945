// The error of a snapshot a twin cannot be restored from (README "Use it from code"): what
// checkSnapshot throws for one read from outside, and Twin.restore for one whose outline is no
// snapshot's (snapshot-outline.ts). Its own file, so the twin can throw it without loading the
// checker's schemas.

import { QuotingError } from '../printable.ts';

/** A snapshot that cannot be restored; the message names the field at fault. */
export class SnapshotError extends QuotingError {
  override name = 'SnapshotError';
}
