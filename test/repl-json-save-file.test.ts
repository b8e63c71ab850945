// `lockstep repl --json`: a `save`'s `done` line names the snapshot it wrote as data — `file`, as a
// full path, as a `record`'s does and as `load` and `ready` give `from` — so a program that saved
// with a path relative to the session's folder can hand the file to another process (`--load`,
// `Twin.restore`) without guessing where the session ran.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, colourlessEnv } from './cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'lockstep-repl-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonRepl(lines: string[]): Record<string, unknown>[] {
  const r = spawnSync(process.execPath, [BIN, 'repl', '--model', 'smartcode-913', '--json'], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: dir, env: colourlessEnv() });
  expect(r.status).toBe(0);
  return r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('lockstep repl --json: save', () => {
  it("answers with the snapshot's full path as `file`, the one a later load names as `from`", () => {
    const lines = jsonRepl(['save twin.json', 'load twin.json']).filter((o) => o.kind === 'done');
    const written = join(dir, 'twin.json');
    expect(existsSync(written)).toBe(true);
    expect(lines[0]).toMatchObject({ kind: 'done', line: 1, command: 'save twin.json', file: written, message: "saved the twin's state to twin.json" });
    expect(lines[1]).toMatchObject({ line: 2, from: written });
  });

  it('gives no `file` on a line that wrote none', () => {
    const lines = jsonRepl(['state']).filter((o) => o.kind === 'done');
    expect(lines[0]).not.toHaveProperty('file');
  });
});
