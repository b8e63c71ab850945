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
/** A code that ends a colour or a weight (picocolors' closing codes), at the start of a string. */
const COLOUR_END = /^\u001b\[(?:0|2[2-9]|39|49)?m/;
/** The spaces that begin a row, after any colour codes it opens with. */
const SPACES_AFTER_CODES = /^((?:\u001b\[[0-9;]*m)*) +/;
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

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
  return [first, ...after.map(unindented)];
}

/** `text` cut after its first `column` characters, colour codes not counted (at the cut, a code
 * that ends a colour goes with the first part, one that starts a colour with the second). The
 * characters are taken one column wide: what a line hangs by is its indent, a list mark and a
 * number, or a table's first column. */
function cutAtColumn(text: string, column: number): [string, string] {
  let at = 0;
  for (let seen = 0; at < text.length && seen < column; seen++) {
    for (let code = COLOUR_CODE.exec(text.slice(at)); code; code = COLOUR_CODE.exec(text.slice(at))) at += code[0].length;
    at += String.fromCodePoint(text.codePointAt(at) ?? 0).length;
  }
  for (let code = COLOUR_END.exec(text.slice(at)); code; code = COLOUR_END.exec(text.slice(at))) at += code[0].length;
  return [text.slice(0, at), text.slice(at)];
}

/** How much further in than the text before it the words go, where the terminal is too narrow
 * for them beside it. */
const NARROW_STEP = 4;

/** The rows of `text` with the spaces they start with (after any colour codes) taken away. */
function unindented(text: string): string {
  return text.replace(SPACES_AFTER_CODES, '$1');
}

/**
 * `line` wrapped between words to `columns`; a word longer than a row is cut. With `hang`, the
 * words after the first `hang` columns (a step's number, a table's first column) are wrapped
 * beside them, their rows after the first indented by `hang`; where that leaves them fewer than
 * MIN_WRAP_COLUMNS, the first columns have a row of their own and the words go under them,
 * NARROW_STEP further in.
 */
export function wrapLine(line: string, columns: number, hang = 0): string {
  const pad = (indent: number) => (row: string) => ' '.repeat(indent) + row;
  return line
    .split('\n')
    .map((text) => {
      const [head, body] = cutAtColumn(text, hang);
      if (hang === 0 || body === '') return wrapRows(text, columns).join('\n');
      if (columns - hang >= MIN_WRAP_COLUMNS) {
        const [first, ...after] = wrapRows(body, columns - hang);
        return [head + first, ...after.map(pad(hang))].join('\n');
      }
      const headIndent = head.replace(COLOUR_CODES, '').length - unindented(head).replace(COLOUR_CODES, '').length;
      const indent = Math.max(0, Math.min(headIndent + NARROW_STEP, columns - MIN_WRAP_COLUMNS));
      return [...wrapRows(head.trimEnd(), columns), ...wrapRows(unindented(body), columns - indent).map(pad(indent))].join('\n');
    })
    .join('\n')
    .replaceAll(NO_BREAK, ' ');
}

/** `line` as it is written to `output`: wrapped to its width when it is a terminal (see wrapLine),
 * as it is otherwise (a no-break space is a plain space either way). */
export function fitLine(output: LineSink, line: string, hang = 0): string {
  return output.isTTY ? wrapLine(line, wrapColumns(output), hang) : line.replaceAll(NO_BREAK, ' ');
}
