// A file name given on the command line or typed into the REPL that is not valid UTF-8: Node
// decodes the bytes it cannot read as U+FFFD, so the name lockstep sees is not the file's name —
// reading it failed with ENOENT, and writing made a file of another name. Such a name is refused,
// saying why (the project's rule on "Bad input": a clear error naming what was wrong).

/** What Node puts where a name's bytes are not UTF-8 (a name may hold it, written as UTF-8, too). */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** Why lockstep cannot use the file name `path`, or null when it can. */
export function undecodableName(path: string): string | null {
  return path.includes(REPLACEMENT_CHARACTER)
    ? 'the name is not valid UTF-8 (Node reads the bytes it cannot decode as U+FFFD, and cannot pass such a name through to the file system)'
    : null;
}
