// Text quoted from outside — a scenario file's bytes, a snapshot's fields, a command's
// arguments, a line typed or piped into the REPL — made safe to print: a message that quotes a
// damaged or binary file, or an argument pasted with escape bytes in it, must not drive the
// terminal it is printed on, nor bury the message under a quoted megabyte (the project's rule on "Bad
// input": a clear error naming what was wrong and where).

/** How many characters of an outside text a message quotes; the rest is cut to "…". */
export const QUOTED_MAX = 60;

/** Control characters (all but tab and newline) as escapes, so that a message quoting a file's bytes cannot drive the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** An outside text as a message may show it: its first QUOTED_MAX characters ("…" after them when
 * there were more), control characters and line breaks escaped (it stays on one line). */
export function clipped(text: string): string {
  const head = text.length > QUOTED_MAX ? `${cut(text, QUOTED_MAX)}…` : text;
  return printable(head).replace(/[\t\n]/g, (c) => (c === '\n' ? '\\n' : '\\t'));
}

/** The first `n` UTF-16 units of `text`, one fewer when the cut would split a character in two
 * (a surrogate pair: an emoji, say). */
function cut(text: string, n: number): string {
  const last = text.charCodeAt(n - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

/** clipped(text) in double quotes: `unknown model "x"`. */
export function quoted(text: string): string {
  return `"${clipped(text)}"`;
}

/** A value given from outside as a message shows it: a string quoted, a number or word as
 * written, a list or an object by what it is. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return quoted(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  if (typeof v === 'function') return 'a function';
  return String(v);
}

/** An error whose message may quote outside text: its control characters are escaped as it is
 * made, wherever the message is printed later. */
export class QuotingError extends Error {
  constructor(message: string) {
    super(printable(message));
  }
}

const LONG_WORD = new RegExp(`\\S{${QUOTED_MAX + 1},}`, 'g');

/** A message written by a library that quotes outside text whole (the argument parser's
 * `unknown option '…'`): control characters escaped, every word longer than QUOTED_MAX cut. */
export function clippedWords(message: string): string {
  return printable(message).replace(LONG_WORD, (word) => `${cut(word, QUOTED_MAX)}…`);
}
