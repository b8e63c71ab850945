// The trace hash a program driving `lockstep repl --json` can compute (README, the REPL's --json
// paragraph): `hashTrace` over the entries it was given is the hash `lockstep run` prints for
// the scenario `record` wrote — for a fresh session, one started with `--load`, and one that
// `load`s a snapshot partway, where the record starts from that snapshot and so the hash is over
// the entries after its `done`. Sessions are run through the command line, as a harness runs them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, colourlessEnv } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { readmeAfter } from './readme-text.ts';
import { hashTrace, type TraceEntry } from '../src/sim/trace.ts';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

interface JsonLine {
  kind: string;
  line?: number;
  t?: number;
  ch?: string;
  v?: unknown;
  reason?: string;
}

function lockstep(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO_ROOT, env: colourlessEnv() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A `--json` session of `lines`, ended by quit; its objects, one a line. A line it could not
 * accept (an unknown command, a file it could not load) makes the exit 2, said by the `end`. */
function jsonSession(args: string[], lines: string[], exit = EXIT_OK): JsonLine[] {
  const r = lockstep(['repl', ...args, '--json'], [...lines, 'quit'].join('\n') + '\n');
  expect(r.err).toBe('');
  expect(r.code).toBe(exit);
  const objects = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonLine);
  expect(objects.at(-1)).toMatchObject({ kind: 'end', exit });
  return objects;
}

/** The trace entries of `entry` lines, as a harness rebuilds them: `t`, `ch`, `v`. */
function entriesOf(objects: JsonLine[]): TraceEntry[] {
  return objects.filter((o) => o.kind === 'entry').map(({ t, ch, v }) => ({ t, ch, v }) as TraceEntry);
}

/** The hash `lockstep run` prints for a scenario file. */
function runHash(file: string): string {
  const r = lockstep(['run', '--quiet', file]);
  expect(r.err).toBe('');
  expect(r.code).toBe(EXIT_OK);
  const hash = /^PASS .* {2}trace ([0-9a-f]{14})$/m.exec(r.out)?.[1];
  expect(hash, r.out).toBeDefined();
  return hash!;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lockstep-repl-hash-'));
}

describe('lockstep repl --json: the hash of its entries is the one `lockstep run` prints for the record', () => {
  it('holds for a fresh session, through paced waits, a timed hold, refused and unknown commands', () => {
    const record = join(tempDir(), 'fresh.yaml');
    const objects = jsonSession(['--model', 'smartcode-913', '--seed', '11'], [
      'speed 1000', 'program', '1357', 'lock', 'wait 7s', 'speed instant',
      'release program', 'frobnicate', // refused, unknown: nothing done, nothing traced
      'open', 'pull', 'hold program 30s', 'insert', 'wait 2s', 'insert 4.6', 'wait 65s',
      `record ${record}`,
    ], EXIT_BAD_INPUT);
    expect(objects.filter((o) => o.kind === 'error').map((o) => o.reason)).toEqual(['refused', 'unknown-command', 'refused']);
    expect(objects.filter((o) => o.kind === 'entry' && o.line === 0).map((o) => o.ch)).toEqual(['power', 'mode', 'led']);
    expect(hashTrace(entriesOf(objects))).toBe(runHash(record));
  });

  it("holds for a model whose Mastercode comes from the seed, and for a 916's shown digits", () => {
    const dir = tempDir();
    const tagged = jsonSession(['--model', 'smartcode-275', '--seed', '9'], ['1234', 'wait 3s', 'switch 2 on', 'lock', 'wait 5s', `record ${join(dir, 'tag.yaml')}`]);
    expect(hashTrace(entriesOf(tagged))).toBe(runHash(join(dir, 'tag.yaml')));
    const screened = jsonSession(['--model', 'smartcode-916'], ['switch 4 on', 'wait 1s', '1', 'shown', 'wait 3s', `record ${join(dir, 'shown.yaml')}`]);
    expect(hashTrace(entriesOf(screened))).toBe(runHash(join(dir, 'shown.yaml')));
  });

  it('holds for a session started with --load: none at line 0, the restored lock being on already', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'start.json');
    jsonSession(['--model', 'smartcode-913'], ['program', '1357', 'lock', 'wait 2s', `save ${snapshot}`]);
    const record = join(dir, 'loaded.yaml');
    const objects = jsonSession(['--load', snapshot], ['1357', 'wait 3s', 'hold lock', 'wait 4s', 'release lock', `record ${record}`]);
    expect(objects.filter((o) => o.kind === 'entry' && o.line === 0)).toEqual([]);
    expect(hashTrace(entriesOf(objects))).toBe(runHash(record));
  });

  it('holds after a `load` partway over the entries after its `done`, the record starting from that snapshot; a failed load changes nothing', () => {
    const dir = tempDir();
    const snapshot = join(dir, 'pb2.json');
    jsonSession(['--model', 'powerbolt-2'], ['1234', 'lock', 'wait 3s', `save ${snapshot}`]);
    const record = join(dir, 'after-load.yaml');
    const objects = jsonSession(['--model', 'smartcode-913'], [
      'wait 5s', '1357',
      `load ${join(dir, 'missing.json')}`, // line 3: cannot-load, the session goes on as it was
      `load ${snapshot}`, // line 4: the record starts here
      '1234', 'lock', 'wait 3s',
      `save ${snapshot}`, // the start changed on disk: the record keeps a copy of it
      'wait 1s', `record ${record}`,
    ], EXIT_BAD_INPUT);
    expect(objects.find((o) => o.kind === 'error')).toMatchObject({ line: 3, reason: 'cannot-load' });
    const loadLine = 4;
    expect(objects.find((o) => o.kind === 'done' && o.line === loadLine)).toMatchObject({ model: 'powerbolt-2', from: snapshot });
    const hash = runHash(record);
    const afterLoad = objects.filter((o) => o.kind !== 'entry' || (o.line ?? 0) > loadLine);
    expect(hashTrace(entriesOf(afterLoad))).toBe(hash);
    // The entries before it are of the lock the session drove until then, which the record does not replay.
    expect(hashTrace(entriesOf(objects))).not.toBe(hash);
  });

  it('is said so in the README: over every entry, or after a `load` over those of the lines after it', () => {
    const said = readmeAfter('those recorded before any command', ', then for each command line', "the repl --json paragraph's trace hash");
    expect(said).toContain('so `hashTrace` over every entry gives the hash `lockstep run` prints for the session `record` writes');
    expect(said).toContain('after a `load`, which `record` then starts from, over the entries of the lines after it');
    expect(said).toContain('a session started with `--load` has none');
  });
});
