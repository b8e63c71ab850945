// Lines written to a terminal, wrapped here between words to its width. Left to the terminal, a
// long line is cut at its right edge wherever that falls, mid-word ("Progr" / "am", "speed i" /
// "nstant"). Colour codes are neither split nor counted (wrap-ansi closes them at the end of a row
// and opens them again on the next). A line may hang: its rows after the first are indented, so
// that a numbered step's or a table's text keeps its column. What is not written to a terminal
// (a pipe, a file) is written as it is, one line a line, for the scripts and tests that read it.

import wrapAnsi from 'wrap-ansi';

const DEFAULT_COLUMNS = 80; // a terminal that does not say its width
const MIN_WRAP_COLUMNS = 20; // narrower than this, words would be cut mid-word anyway
/** A space the wrap never breaks at, written as a plain space: it keeps a few words on one row. */
export const NO_BREAK = '\u00a0';
/** A colour code at the start of a string (picocolors writes only these). */
const COLOUR_CODE = /^\u001b\[[0-9;]*m/;
/** The spaces that begin a row, after any colour codes it opens with. */
const SPACES_AFTER_CODES = /^((?:\u001b\[[0-9;]*m)*) +/;

/** What is known of where lines are written: whether it is a terminal, and its width. */
export interface LineSink {
  isTTY?: boolean;
  columns?: number;
}

/** The width to wrap to on `output`: one column short of the terminal's, as a line that fills the
 * last column wraps on some terminals, and never under MIN_WRAP_COLUMNS. */
export function wrapColumns(output: LineSink): number {
  return Math.max(MIN_WRAP_COLUMNS, (output.columns || DEFAULT_COLUMNS) - 1);
}

/** `text` in rows of at most `columns`. Its own leading spaces are kept (an indent); a row after
 * a break starts at its word, where wrap-ansi leaves the space it broke at when a row is full. */
function wrapRows(text: string, columns: number): string[] {
  const [first, ...after] = wrapAnsi(text, columns, { hard: true, trim: false }).split('\n');
  return [first, ...after.map((row) => row.replace(SPACES_AFTER_CODES, '$1'))];
}

/** `text` cut after its first `column` characters, colour codes not counted (the codes at the cut
 * go with the second part). The characters are taken one column wide: what a line hangs by is
 * its indent, a list mark and a number, or a table's first column. */
function cutAtColumn(text: string, column: number): [string, string] {
  let at = 0;
  for (let seen = 0; at < text.length && seen < column; seen++) {
    for (let code = COLOUR_CODE.exec(text.slice(at)); code; code = COLOUR_CODE.exec(text.slice(at))) at += code[0].length;
    at += String.fromCodePoint(text.codePointAt(at) ?? 0).length;
  }
  return [text.slice(0, at), text.slice(at)];
}

/**
 * `line` wrapped between words to `columns`, its rows after the first indented by `hang` columns
 * (as far as leaves MIN_WRAP_COLUMNS for the words); a word longer than a row is cut.
 */
export function wrapLine(line: string, columns: number, hang = 0): string {
  const indent = Math.max(0, Math.min(hang, columns - MIN_WRAP_COLUMNS));
  return line
    .split('\n')
    .map((text) => {
      if (indent === 0) return wrapRows(text, columns).join('\n');
      // What comes after the indent is wrapped to the columns beside it, the first row put back
      // after the indent's own text and the others after spaces.
      const [head, body] = cutAtColumn(text, indent);
      const [first, ...after] = wrapRows(body, columns - indent);
      return [head + first, ...after.map((row) => ' '.repeat(indent) + row)].join('\n');
    })
    .join('\n')
    .replaceAll(NO_BREAK, ' ');
}

/** `line` as it is written to `output`: wrapped to its width when it is a terminal (see wrapLine),
 * as it is otherwise (a no-break space is a plain space either way). */
export function fitLine(output: LineSink, line: string, hang = 0): string {
  return output.isTTY ? wrapLine(line, wrapColumns(output), hang) : line.replaceAll(NO_BREAK, ' ');
}
