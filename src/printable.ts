// Text quoted from outside — a scenario file's bytes, a snapshot's fields — made safe to print:
// a message that quotes a damaged or binary file must not drive the terminal it is printed on
// (the brief's "Bad input": a clear error naming what was wrong and where).

/** Control characters (all but tab and newline) as escapes, so that a message quoting a file's bytes cannot drive the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

