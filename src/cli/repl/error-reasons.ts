// What kind of error a `lockstep repl --json` `error` line reports, as a stable id (its `reason`)
// that a program driving the twin can act on without reading the message: a harness retries a
// command the lock refused once the lock has changed, but not one it misspelt. The README lists
// every id with what it means (test/readme-repl-error-reasons.test.ts holds the two together).

export const REPL_ERROR_REASONS = [
  /** The line's first word is no command. */
  'unknown-command',
  /** A command's words are wrong: missing, extra, out of range, not a key, a duration without its unit. */
  'bad-argument',
  /** A well-formed action the lock as it is now cannot do: a key not held released, a pack in put in. */
  'refused',
  /** `load FILE`: the file cannot be read or is not a snapshot of a lock. */
  'cannot-load',
  /** `save FILE` or `record FILE`: the file cannot be written there. */
  'cannot-write',
  /** The session did not start (line 0, in place of `ready`): a bad model, seed or snapshot. */
  'cannot-start',
  /** Something failed that should not have: a fault of the twin, not of the command. */
  'internal',
] as const;

export type ReplErrorReason = (typeof REPL_ERROR_REASONS)[number];
