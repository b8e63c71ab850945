// `lockstep check` exits 0 when no property failed, also when the state cap stopped an
// exploration short of its depth (`--state-cap 1`: every search stopped at depth 0). Its --help
// said "exit 0 when every property holds", and the README's table of exit codes gave 0 only to
// scenarios: both now say that 0 covers the depths reached, and that the report says when the
// state cap stopped an exploration (src/check/register.ts, README "The command line").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const SAID = 'exit 0 when no property fails within the depths reached (the report says when the state cap stopped an exploration short of its depth)';

describe('check says what its exit 0 covers', () => {
  it('in --help', () => {
    const help = lockstep('check', '--help');
    expect(help.code).toBe(0);
    expect(stripVTControlCharacters(help.out).replace(/\s+/g, ' ')).toContain(SAID);
  });

  it("in the README's table of exit codes", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('Exit codes:'), readme.indexOf('| 1 |', readme.indexOf('Exit codes:')));
    expect(table.replace(/\s+/g, ' ')).toContain(
      '`check`: no property failed within the depths reached — the report says when the state cap stopped an exploration short of its depth',
    );
  });
});
