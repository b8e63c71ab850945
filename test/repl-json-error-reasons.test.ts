// `lockstep repl --json` as a harness reads it: every `error` line carries a `reason` id beside its
// message, so a program tells a command it misspelt from one the lock refused, a file it could not
// load or write, and a session that never started. Each id the code can give is given here for a
// real case (the one for a fault of the twin, which no command should reach, by the function that
// picks it).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, colourlessEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { REPL_ERROR_REASONS } from '../src/cli/repl/error-reasons.ts';
import { ReplInputError, replErrorReason } from '../src/cli/repl/input-error.ts';

const MODEL = 'smartcode-913';
/** Far enough to bring the clock near its limit of 10 000 years; two of them run past it. */
const NEAR_CLOCK_LIMIT = 'wait 3000000d';

interface Line {
  kind: string;
  line?: number;
  command?: string | null;
  reason?: string;
  message?: string;
  state?: { t: number };
}

function jsonRepl(args: string[], lines: string[]): { code: number | null; objects: Line[] } {
  const r = spawnSync(process.execPath, [BIN, 'repl', ...args, '--json'], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
  return { code: r.status, objects: r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Line) };
}

/** The `error` lines, by the command that caused each: its reason. */
function reasons(objects: Line[]): Record<string, string | undefined> {
  return Object.fromEntries(objects.filter((o) => o.kind === 'error').map((o) => [String(o.command), o.reason]));
}

describe('lockstep repl --json: the reason of every error line', () => {
  const seen = new Set<string>();
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-repl-errors-'));
  const notJson = join(dir, 'not-a-snapshot.json');
  const snapshot = join(dir, 'start.json');
  beforeAll(() => {
    writeFileSync(notJson, 'bolt: thrown\n');
    expect(jsonRepl(['--model', MODEL], [`save ${snapshot}`]).code).toBe(0);
  });

  it('tells an unknown command from bad arguments, and both from what the lock refuses', () => {
    const r = jsonRepl(['--model', MODEL], [
      'frobnicate',
      'press elbow',
      'wait 30',
      'speed 5000',
      'switch 9 on',
      'save',
      'release 1',
      'insert',
      'shown',
      'lock',
      'wait 3s',
      'open',
      NEAR_CLOCK_LIMIT,
      NEAR_CLOCK_LIMIT,
    ]);
    expect(r.code).toBe(2); // lines not accepted; the lock's refusals alone would leave 0
    const got = reasons(r.objects);
    expect(got).toEqual({
      frobnicate: 'unknown-command',
      'press elbow': 'bad-argument',
      'wait 30': 'bad-argument',
      'speed 5000': 'bad-argument',
      'switch 9 on': 'bad-argument',
      save: 'bad-argument',
      'release 1': 'refused', // not held down
      insert: 'refused', // the pack is in
      shown: 'refused', // the 913 has no SecureScreen
      open: 'refused', // the bolt holds the door
      [NEAR_CLOCK_LIMIT]: 'refused', // the second: past the clock's limit
    });
    // The message and the fields there before the reason are as they were.
    expect(r.objects.find((o) => o.command === 'frobnicate')).toEqual({
      kind: 'error',
      line: 1,
      command: 'frobnicate',
      reason: 'unknown-command',
      message: 'unknown command "frobnicate" (type help for the list of commands)',
    });
    for (const reason of Object.values(got)) seen.add(reason!);
  });

  it('leaves the lock as it was after a refused command: a paced wait past the clock limit runs no piece of it', () => {
    // 150 s short of the limit; at speed 1000 a paced wait runs in pieces of 100 s.
    const r = jsonRepl(['--model', MODEL], ['wait 3652499d', 'wait 86250s', 'speed 1000', 'wait 200s', 'state', `record ${join(dir, 'paced.yaml')}`]);
    const clock = (line: number) => r.objects.find((o) => o.kind === 'done' && o.line === line)?.state?.t;
    expect(reasons(r.objects)).toEqual({ 'wait 200s': 'refused' });
    expect(r.objects.filter((o) => o.kind === 'entry' && o.line === 4)).toEqual([]);
    expect(clock(2)).toBeGreaterThan(0);
    expect(clock(5)).toBe(clock(2));
    const steps = (parse(readFileSync(join(dir, 'paced.yaml'), 'utf8')) as { steps: object[] }).steps;
    expect(steps.filter((s) => 'wait' in s)).toEqual([{ wait: '3652499d' }, { wait: '86250s' }]);
  });

  it('tells a file that cannot be loaded from one that cannot be written', () => {
    const r = jsonRepl(['--model', MODEL], [
      `load ${join(dir, 'missing.json')}`,
      `load ${notJson}`,
      `save ${join(dir, 'no-folder', 'twin.json')}`,
      `record ${join(dir, 'no-folder', 'session.yaml')}`,
    ]);
    expect(reasons(r.objects)).toEqual({
      [`load ${join(dir, 'missing.json')}`]: 'cannot-load',
      [`load ${notJson}`]: 'cannot-load',
      [`save ${join(dir, 'no-folder', 'twin.json')}`]: 'cannot-write',
      [`record ${join(dir, 'no-folder', 'session.yaml')}`]: 'cannot-write',
    });
    // A record over the snapshot the session started from is refused as a file it may not write.
    const over = jsonRepl(['--load', snapshot], [`record ${snapshot}`]);
    expect(reasons(over.objects)).toEqual({ [`record ${snapshot}`]: 'cannot-write' });
    for (const reason of [...Object.values(reasons(r.objects)), 'cannot-write']) seen.add(reason!);
  });

  it('says a session that could not start as cannot-start, on line 0, exit 2', () => {
    for (const args of [['--model', 'smartcode-000'], ['--model', MODEL, '--seed', 'x'], ['--load', join(dir, 'missing.json')], ['--load', snapshot, '--model', 'smartcode-275'], ['--load', snapshot, '--seed', '3'], []]) {
      const r = jsonRepl(args, ['state']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.objects, args.join(' ')).toEqual([{ kind: 'error', line: 0, command: null, reason: 'cannot-start', message: expect.any(String) }]);
    }
    seen.add('cannot-start');
  });

  it('gives internal for a failure that is no fault of the command, and the reason a command error names', () => {
    expect(replErrorReason(new TypeError("Cannot read properties of undefined (reading 'at')"))).toBe('internal');
    expect(replErrorReason(new ReplInputError('refused', 'key 1 is not held down: hold it first'))).toBe('refused');
    seen.add('internal');
  });

  it('has given every reason the code can give', () => {
    expect([...seen].sort()).toEqual([...REPL_ERROR_REASONS].sort());
  });
});
