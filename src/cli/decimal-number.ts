// A decimal number typed by a person (`practice-reset --speed 2.5`, the REPL's `speed 10` and
// `insert 4.6`): digits with at most one decimal point and digits after it, nothing else.
// JavaScript's Number() also reads " 5", "0x10", "1e-300" and "Infinity", so a typing slip or a
// value from a script that meant something else ran as if it were a number (the project's rule on "Bad
// input": a clear error naming what was wrong, exit 2).

/** Decimal digits, then optionally a point and more digits: no sign, space, exponent or base. */
const PLAIN_DECIMAL_NUMBER = /^\d+(?:\.\d+)?$/;

/** `text` as a number when it is written as plain decimal digits (with an optional fraction),
 * undefined otherwise. */
export function plainDecimal(text: string | undefined): number | undefined {
  return text !== undefined && PLAIN_DECIMAL_NUMBER.test(text) ? Number(text) : undefined;
}
