// A progress line on standard error, rewritten in place: `lockstep check`'s explorations under
// way and the power-cut campaign's scenarios. Only on a terminal that can rewrite a line (not
// TERM=dumb, which would print the erase code as it stands; README "Colour"); cut to the
// terminal's width, since a line that wraps is erased from its last row only and leaves the rows
// above it on the screen; dimmed in standard error's own colours.
import { errColours, rewritesLines } from './colour.ts';

/** Back to the line's start, and erase it. */
const ERASE_LINE = '\r\x1b[2K';
/** The width assumed of a terminal that does not say its own. */
const DEFAULT_COLUMNS = 80;

/** The stream a progress line is written to (process.stderr). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** A writer of the progress line, or null where the stream cannot rewrite one in place. */
export function progressLine(stream: ProgressStream = process.stderr): ((line: string) => void) | null {
  if (!rewritesLines(stream.isTTY)) return null;
  return (line) => {
    // One column short of the width: a line that fills the last column wraps on some terminals.
    const width = Math.max(0, (stream.columns || DEFAULT_COLUMNS) - 1);
    stream.write(`${ERASE_LINE}${errColours.dim(line.slice(0, width))}`);
  };
}
