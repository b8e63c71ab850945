// `lockstep run DIR`: `run` takes several scenario files, so a folder given stands for the
// scenario files in it (*.yaml, in name order), each run and reported as the files named one by
// one are; it was refused as "not a regular file". A folder with none in it is refused by name.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { spawnSync } from 'node:child_process';
import { BIN, colouredEnv, lockstep } from './cli-run.ts';
import { REPO_ROOT } from './scenario-files.ts';

const EXIT_OK = 0;
const EXIT_EXPECTATION_FAILED = 1;
const EXIT_BAD_INPUT = 2;

const PASSING = `name: S2 sample
model: smartcode-913
given: { mastercode: "86420" }
steps:
  - press: program
  - expect: { beeps: 3, mode: prog-auth }
`;

/** A folder holding `files` (name → text); a name ending in / is a folder. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-run-folder-'));
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The file each verdict line names, in order. */
const verdictFiles = (out: string) => [...out.matchAll(/^(?:PASS|FAIL|REFUSED) (\S+?)(?::\d+:\d+:.*)?(?: {2}trace \w+)?$/gm)].map((m) => m[1]);

describe('lockstep run given a folder', () => {
  it("runs the folder's scenario files in name order, and not its other files or folders", () => {
    const dir = folder({ 'b.yaml': PASSING, 'a.yaml': PASSING, 'notes.txt': 'not a scenario', 'sub/': '' });
    writeFileSync(join(dir, 'sub', 'c.yaml'), PASSING);
    const r = lockstep('run', '--quiet', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT_OK);
    expect(verdictFiles(r.out)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(r.out).toContain('2 passed, 0 failed');
  });

  it('runs a shipped model folder, written with its trailing slash as a shell completes it', () => {
    const shipped = 'scenarios/smartcode-913';
    const r = spawnSync(process.execPath, [BIN, 'run', '--quiet', `${shipped}/`], { encoding: 'utf8', cwd: REPO_ROOT, env: { ...colouredEnv(), CI: 'true' } });
    const out = stripVTControlCharacters(r.stdout);
    expect(r.status, out).toBe(EXIT_OK);
    const yaml = readdirSync(join(REPO_ROOT, shipped)).filter((f) => f.endsWith('.yaml')).sort();
    expect(verdictFiles(out)).toEqual(yaml.map((f) => `${shipped}/${f}`));
  });

  it('reports each file of a folder as the files named one by one: a failure is exit 1, a bad file exit 2, the rest still run', () => {
    const failing = folder({ 'a.yaml': PASSING, 'b.yaml': PASSING.replace('beeps: 3', 'beeps: 2') });
    expect(lockstep('run', '--quiet', failing).code).toBe(EXIT_EXPECTATION_FAILED);
    const bad = folder({ 'a.yaml': PASSING.replace('press: program', 'presss: program'), 'b.yaml': PASSING });
    const r = lockstep('run', '--quiet', bad, join(failing, 'a.yaml'));
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(verdictFiles(r.out)).toEqual([join(bad, 'a.yaml'), join(bad, 'b.yaml'), join(failing, 'a.yaml')]);
    expect(r.out).toContain('2 passed, 0 failed, 1 refused');
  });

  it('refuses a folder with no scenario file in it by name, and runs the others', () => {
    const empty = folder({ 'notes.txt': 'x' });
    const full = folder({ 'a.yaml': PASSING });
    const r = lockstep('run', '--quiet', empty, full);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain(`error: ${empty}:1:1: a folder with no scenario file (*.yaml) in it: give a folder that holds some, or the files`);
    expect(r.out).toContain(`PASS ${join(full, 'a.yaml')}`);
  });

  it('counts the files of a folder for --save-snapshot, which saves one scenario', () => {
    const dir = folder({ 'a.yaml': PASSING, 'b.yaml': PASSING });
    const r = lockstep('run', '--save-snapshot', join(dir, 'out.json'), dir);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain('takes one scenario file, got 2');
  });
});
