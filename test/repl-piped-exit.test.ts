// `lockstep repl` with its commands piped in, as a CI script runs it: a line the REPL cannot
// accept (a command it does not know, a command's bad words, a file it cannot load or write) is a
// mistake in the script, so once the input ends the session exits 2 and its last line names the
// lines; every line still runs. An action the lock refuses is the lock's answer, not a mistake:
// exit 0. With --json the same rule, and an `end` object says it as data.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { BIN, colourlessEnv, colouredEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { LineTally } from '../src/cli/repl/line-tally.ts';

const MODEL = 'smartcode-913';
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 3;

function repl(args: string[], lines: string[], env = colourlessEnv()) {
  const r = spawnSync(process.execPath, [BIN, 'repl', '--model', MODEL, ...args], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: REPO_ROOT, env });
  return { code: r.status, out: stripVTControlCharacters(r.stdout), err: stripVTControlCharacters(r.stderr) };
}

interface Line {
  kind: string;
  line?: number;
  command?: string;
  reason?: string;
  lines?: number;
  notAccepted?: number[];
  internal?: number[];
  exit?: number;
}

const objects = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);

describe('lockstep repl, piped: the exit code says whether every line was accepted', () => {
  it('exits 2 after a line it did not understand, still running every line, and names the lines last', () => {
    const r = repl([], ['bogus', 'wait 5', 'program', '', 'state']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    // Nothing lost: the lines after the mistakes ran and printed their answers.
    expect(r.out).toContain('lockstep> state');
    expect(r.out).toMatch(/^ {2}codes +0$/m);
    expect(r.out).toMatch(/● green ×1/); // the Program press after the mistakes
    const errors = r.err.trimEnd().split('\n');
    expect(errors.at(-1)).toBe('error: 2 of 5 lines not accepted, each said above: lines 1, 2; exit 2');
  });

  it('exits 0 when the lock refuses actions: a refusal is the lock answering a well-formed line', () => {
    const r = repl([], ['release 1', 'insert', 'lock', 'wait 3s', 'open', 'state']);
    expect(r.err).toContain('error: key 1 is not held down');
    expect(r.err).not.toContain('not accepted');
    expect(r.code).toBe(EXIT_OK);
  });

  it('counts a file that cannot be loaded or written, and leaves at quit with the same rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-repl-exit-'));
    const r = repl([], [`load ${join(dir, 'missing.json')}`, 'release 1', `save ${join(dir, 'no-folder', 'twin.json')}`, 'quit', 'bogus']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err.trimEnd().split('\n').at(-1)).toBe('error: 2 of 4 lines not accepted, each said above: lines 1, 3; exit 2');
  });

  it('says the same with colour on (CI=true)', () => {
    const r = repl([], ['frobnicate', 'state'], { ...colouredEnv(), CI: 'true' });
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err.trimEnd().split('\n').at(-1)).toBe('error: 1 of 2 lines not accepted, each said above: line 1; exit 2');
  });

  it('--json: the same exit, and an end object with the lines not accepted', () => {
    const bad = repl(['--json'], ['bogus', 'release 1', 'press elbow', 'state']);
    expect(bad.code).toBe(EXIT_BAD_INPUT);
    const got = objects(bad.out);
    expect(got.filter((o) => o.kind === 'error').map((o) => o.reason)).toEqual(['unknown-command', 'refused', 'bad-argument']);
    expect(got.at(-2)).toMatchObject({ kind: 'done', line: 4, command: 'state' });
    expect(got.at(-1)).toEqual({ kind: 'end', lines: 4, notAccepted: [1, 3], internal: [], exit: EXIT_BAD_INPUT });
    const refused = repl(['--json'], ['release 1', 'quit']);
    expect(refused.code).toBe(EXIT_OK);
    expect(objects(refused.out).at(-1)).toEqual({ kind: 'end', lines: 2, notAccepted: [], internal: [], exit: EXIT_OK });
  });
});

describe('the tally of lines a piped session could not run', () => {
  it('keeps refusals out, and a failure of lockstep itself wins over a mistake in the input', () => {
    const tally = new LineTally();
    tally.note(1, 'refused');
    expect(tally.exitCode()).toBe(EXIT_OK);
    expect(tally.summary(1)).toBeNull();
    tally.note(2, 'cannot-write');
    expect(tally.exitCode()).toBe(EXIT_BAD_INPUT);
    tally.note(3, 'internal');
    expect(tally.exitCode()).toBe(EXIT_INTERNAL);
    expect(tally.summary(3)).toBe("1 of 3 lines not accepted, each said above: line 2; lockstep itself failed on line 3 (a bug: please report it with the session's record); exit 3");
  });
});
