// Runs the lockstep command line as a user would (node bin/lockstep.js …), without colour and
// with nothing on standard input; returns its exit code and what it wrote.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';

export const BIN = join(REPO_ROOT, 'bin', 'lockstep.js');

export function lockstep(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
