// A snapshot file's text as JSON, read as leniently as a scenario file and reported as strictly:
// a UTF-8 byte-order mark before it is allowed (editors on Windows write one, and a scenario file
// may start with one too), and a syntax error that quotes the text around the fault keeps that
// quote on one line, its line breaks and control characters escaped (the project's rule on "Bad input": a
// clear error naming what was wrong), and says at which line and column of the file the text stops
// being JSON (json-error-place.ts: Node's message gives at best an offset, often nothing). The
// value is then checked by checkSnapshot.
import { printable } from '../printable.ts';
import { jsonErrorOffset, placeOf } from './json-error-place.ts';

/** The UTF-8 byte-order mark, as a decoded string starts with it. */
const BYTE_ORDER_MARK = '\uFEFF';

/** The JSON value of a snapshot file's text; a SyntaxError on one line, leading with the line and
 * column where the text stops being JSON, when it is not JSON. */
export function parseSnapshotJson(text: string): unknown {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  try {
    return JSON.parse(json);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const offset = jsonErrorOffset(json);
    const place = offset === null ? null : placeOf(json, offset);
    throw new SyntaxError(`${place === null ? '' : `line ${place.line}, column ${place.col}: `}${oneLine(err.message)}`);
  }
}

/** `message` with its control characters, line breaks and tabs escaped: one line. */
function oneLine(message: string): string {
  return printable(message).replace(/[\t\n]/g, (c) => (c === '\n' ? '\\n' : '\\t'));
}
