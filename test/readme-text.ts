// The README as the tests that hold it to the code read it: its text with every run of white
// space as one space (a sentence may be wrapped anywhere), and counts written as it writes them.
import { readFileSync } from 'node:fs';
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
