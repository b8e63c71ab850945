// A whole-number option of the command line (`check --depth 9`, `--jobs 2`, `--state-cap`,
// `--code-length`, `--max-cuts`, `doctor --until-step`) or REPL argument (`switch 2 on`): plain
// decimal digits and nothing else. JavaScript's Number()
// also reads " 3", "0x3", "3e0" and "4.0" as whole numbers, so a typing slip or a value from a
// script that meant something else ran as if it were the number (the project's rule on "Bad input": a clear
// error naming what was wrong, exit 2).
import { quoted } from '../printable.ts';

/** Decimal digits only: no sign, no space, no point, no exponent, no base prefix. */
const PLAIN_DECIMAL = /^\d+$/;

/** `text` as a whole number when it is written in plain decimal digits (and not past 2^53), undefined otherwise. */
export function plainWholeNumber(text: string | undefined): number | undefined {
  const n = text !== undefined && PLAIN_DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `text` as a whole number from 1 to `max`, or (a string) the message naming `what` was wrong. */
export function wholeNumberOption(text: string, what: string, max: number): number | string {
  const n = plainWholeNumber(text);
  return n !== undefined && n >= 1 && n <= max ? n : `${what} must be a whole number from 1 to ${max}, got ${quoted(text)}`;
}
