// `lockstep check --require-complete` exits 4 when no property failed but the search did not cover
// the whole scope (the state cap stopped an exploration short of its depth), so that a CI job can
// gate on the exit code alone. Without it such a run exits 0, and a script had to read `complete`
// from --json (README "The command line": the exit-code table).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

/** A tiny run of the 913: every exploration at depth 1, and a cap of 2 states, which stops those
 * that have more than one move from the start short of depth 1. */
function capped(...extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'lockstep-require-complete-'));
  return lockstep('check', '--model', '913', '--depth', '1', '--state-cap', '2', '--jobs', '1', '--out', out, ...extra);
}

describe('check --require-complete', () => {
  it('exits 4 and says why in one line when the state cap cut the search short', () => {
    const r = capped('--require-complete');
    expect(r.code).toBe(4);
    const said = stripVTControlCharacters(r.err).trim().split('\n');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^error: --require-complete: no property failed, but the search was not complete: .*smartcode-913 exterior/);
  });

  it('keeps --json the report alone on stdout, with complete false, and exits 4', () => {
    const r = capped('--require-complete', '--json');
    expect(r.code).toBe(4);
    expect((JSON.parse(r.out) as { ok: boolean; complete: boolean })).toMatchObject({ ok: true, complete: false });
  });

  it('exits 0 on the same run without it, and on a complete run with it', () => {
    expect(capped().code).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'lockstep-require-complete-'));
    const whole = lockstep('check', '--model', '913', '--depth', '1', '--jobs', '1', '--out', out, '--require-complete');
    expect(stripVTControlCharacters(whole.err)).toBe('');
    expect(whole.code).toBe(0);
  });

  it('is an option of the model checker, refused with the power-cut campaign', () => {
    const r = lockstep('check', '--power-cut-campaign', '--require-complete');
    expect(r.code).toBe(2);
    expect(stripVTControlCharacters(r.err)).toContain('--require-complete is an option of the model checker');
  });

  it("is in the README's table of exit codes", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('Exit codes:'), readme.indexOf('When the reader of its output'));
    expect(table).toMatch(/^\| 4 \| .*--require-complete/m);
  });
});
