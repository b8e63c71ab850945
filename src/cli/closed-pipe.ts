// A reader that stops early (`lockstep claims | head`, `lockstep run … 2>&1 | head -1`) closes the
// pipe lockstep writes to; the next write fails with EPIPE, on standard output or standard error.
// That is not a bug of lockstep (no "internal error", no stack trace on a stream that is gone),
// but neither is it success: the command stops at once and its exit code says what was known —
// the code already decided (a scenario that failed, a file refused), or, when none was yet,
// CLOSED_PIPE_EXIT, the shell's code for a writer stopped by a closed pipe (128 + SIGPIPE), so
// that `set -o pipefail` never reads an unfinished run as a passing one.

/** 128 + SIGPIPE (13): what a shell reports for a command stopped by writing to a closed pipe. */
export const CLOSED_PIPE_EXIT = 141;

/** The code to exit with when a pipe closes: the one decided so far, or CLOSED_PIPE_EXIT. */
export function closedPipeExit(decided: string | number | null | undefined): number {
  const code = typeof decided === 'string' ? Number(decided) : decided;
  return typeof code === 'number' && Number.isInteger(code) ? code : CLOSED_PIPE_EXIT;
}

/** Stop the process quietly when standard output or standard error is a pipe closed by its reader. */
export function exitOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(closedPipeExit(process.exitCode));
    });
  }
}
