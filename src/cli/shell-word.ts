// A word — a file name — written so that a POSIX shell reads it back as that one word, for a
// command lockstep prints for pasting (`replay: lockstep run 'my rec.yaml'`): left as it is when
// every character is one no shell treats specially, else in single quotes, a ' inside written
// '\'' (close, an escaped quote, reopen). The REPL reads the same quoting (repl/line-words.ts).

/** Characters that mean nothing to a shell, so a word of them only needs no quotes. Our choice:
 * the set Python's shlex.quote leaves bare. */
const PLAIN = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** `word` as one shell word. */
export function shellWord(word: string): string {
  if (PLAIN.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
