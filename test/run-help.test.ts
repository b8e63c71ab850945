// `lockstep run --help` says what each option prints as the README's command table does: --quiet
// prints the verdicts, and a file or step it cannot accept has one too, REFUSED (exit 2).
import { describe, expect, it } from 'vitest';
import { lockstep } from './cli-run.ts';

describe('lockstep run --help', () => {
  it('names all three verdicts --quiet prints', () => {
    const help = lockstep('run', '--help');
    expect(help.code).toBe(0);
    const quiet = help.out.split('\n').findIndex((l) => l.includes('--quiet'));
    const text = help.out.split('\n').slice(quiet, quiet + 2).join(' ').replace(/\s+/g, ' ');
    for (const verdict of ['PASS', 'FAIL', 'REFUSED']) expect(text).toContain(verdict);
  });
});
