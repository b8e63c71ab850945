// Runs the lockstep command line as a user would (node bin/lockstep.js …), without colour and
// with nothing on standard input; returns its exit code and what it wrote.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './scenario-files.ts';

export const BIN = join(REPO_ROOT, 'bin', 'lockstep.js');

/**
 * The environment of a command run without colour: NO_COLOR set and FORCE_COLOR taken away, so
 * that a test run in a coloured environment (FORCE_COLOR set, as some CI runners do) reads the
 * same plain text and no warning that one of the two was ignored.
 */
export function colourlessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** The environment of a command run with colour, whatever the test process has: FORCE_COLOR set, NO_COLOR taken away. */
export function colouredEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1' };
  delete env.NO_COLOR;
  return env;
}

export function lockstep(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: colourlessEnv() });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
