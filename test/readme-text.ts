// The README as the tests that hold it to the code read it: its text with every run of white
// space as one space (a sentence may be wrapped anywhere), and counts written as it writes them.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';

/** README.md with its line breaks and runs of spaces as single spaces. */
export function readmeText(): string {
  return readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
}

/** A count as the README writes it: 6 375, 1 976. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The README's words from just after `opening` up to the next `close` (what a sentence lists:
 * "`help` lists the words (" … ")"); fails the test, named by `what`, when the opening is gone. */
export function readmeAfter(opening: string, close: string, what: string): string {
  const text = readmeText();
  const at = text.indexOf(opening);
  expect(at, what).toBeGreaterThanOrEqual(0);
  return text.slice(at + opening.length, text.indexOf(close, at + opening.length));
}
