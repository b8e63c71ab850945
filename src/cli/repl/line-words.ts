// A REPL line cut into words as a POSIX shell cuts a command line, so a file name with spaces (or
// with two spaces in a row, or with a quote mark in it) can be given as it is on disk: words are
// separated by blanks; inside '…' every character is itself; inside "…" every character is itself
// but \" and \\, which stand for " and \; outside quotes a backslash makes the next character
// itself (`my\ snap.json`). Nothing is expanded: no $VARIABLES, globs, ~ or operators (the REPL
// runs no shell). Our choice of rule, the shell's own quoting, so the replay commands the REPL
// prints (shell-word.ts) can be pasted back into it as well as into a shell.

import { ReplInputError } from './input-error.ts';

const BLANK = /\s/;
const SINGLE = "'";
const DOUBLE = '"';
const BACKSLASH = '\\';
/** What a backslash escapes inside double quotes (POSIX names $ and ` too; they mean nothing here). */
const ESCAPED_IN_DOUBLE = new Set([DOUBLE, BACKSLASH]);

/** The words of `line`; an unclosed quote or a line ending in a lone backslash is a bad-argument
 * ReplInputError naming it. */
export function lineWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null; // null between words; '' is a word begun (`""` is an empty word)
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (BLANK.test(c)) {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else if (c === SINGLE) {
      const end = line.indexOf(SINGLE, i + 1);
      if (end < 0) throw unclosed(SINGLE, i);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end + 1;
    } else if (c === DOUBLE) {
      let text = '';
      let j = i + 1;
      while (j < line.length && line[j] !== DOUBLE) {
        if (line[j] === BACKSLASH && ESCAPED_IN_DOUBLE.has(line[j + 1] ?? '')) j++;
        text += line[j];
        j++;
      }
      if (j >= line.length) throw unclosed(DOUBLE, i);
      word = (word ?? '') + text;
      i = j + 1;
    } else if (c === BACKSLASH) {
      if (i + 1 >= line.length) throw new ReplInputError('bad-argument', `the line ends in a backslash, which escapes nothing (a \\ makes the next character itself)`);
      word = (word ?? '') + line[i + 1];
      i += 2;
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

function unclosed(mark: string, at: number): ReplInputError {
  return new ReplInputError('bad-argument', `the ${mark} opened at column ${at + 1} is never closed (quote a name with spaces whole: save "my snap.json")`);
}
