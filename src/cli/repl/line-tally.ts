// The exit of `lockstep repl` fed piped lines, as a script feeds it (README "CLI", exit codes): a
// line the REPL could not accept — a command it does not know, a command's bad words, a file it
// could not load or write — is a mistake in the input, so once the input ends the session exits 2
// and says which lines; an action the lock refused is the lock's answer to a well-formed line, as
// a harness may send on purpose, and leaves the exit 0; a line on which lockstep itself failed
// exits 3. Every line still runs: the tally is kept, not acted on, until the end.

import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from '../exit-codes.ts';
import type { ReplErrorReason } from './error-reasons.ts';

/** What each reason makes of a line: a mistake in the input, the lock's answer, or a fault of lockstep. */
const KIND_OF: Record<ReplErrorReason, 'not-accepted' | 'answer' | 'internal'> = {
  'unknown-command': 'not-accepted',
  'bad-argument': 'not-accepted',
  'cannot-load': 'not-accepted',
  'cannot-write': 'not-accepted',
  'cannot-start': 'not-accepted',
  refused: 'answer',
  internal: 'internal',
};

/** The lines of a piped session that could not be run, by their 1-based numbers. */
export class LineTally {
  readonly notAccepted: number[] = [];
  readonly internal: number[] = [];

  /** A line's error, by its reason; a refused action is not counted. */
  note(line: number, reason: ReplErrorReason): void {
    const kind = KIND_OF[reason];
    if (kind === 'internal') this.internal.push(line);
    else if (kind === 'not-accepted') this.notAccepted.push(line);
  }

  exitCode(): number {
    if (this.internal.length > 0) return EXIT_INTERNAL;
    return this.notAccepted.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }

  /** The session's last words when some line could not be run, of `lines` read; null when every one was. */
  summary(lines: number): string | null {
    const parts: string[] = [];
    if (this.notAccepted.length > 0) {
      parts.push(`${this.notAccepted.length} of ${lines} ${lines === 1 ? 'line' : 'lines'} not accepted, each said above: ${lineList(this.notAccepted)}`);
    }
    if (this.internal.length > 0) {
      parts.push(`lockstep itself failed on ${lineList(this.internal)} (a bug: please report it with the session's record)`);
    }
    return parts.length === 0 ? null : `${parts.join('; ')}; exit ${this.exitCode()}`;
  }
}

function lineList(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
}
