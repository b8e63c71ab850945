// Colour follows the usual switches (README, "Colour"), for each stream on its own: FORCE_COLOR=0
// is off (picocolors read any FORCE_COLOR as on), standard error is coloured by its own terminal
// (not standard output's), and a dumb terminal gets no line-rewriting codes (src/cli/colour-rules.ts).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colourOn, normaliseColourEnv, rewritesLines } from '../src/cli/colour-rules.ts';
import { BIN } from './cli-run.ts';
import { Terminal, TMUX_AVAILABLE, TMUX_SKIP_NOTE } from './terminal.ts';

const ESC = '\x1b[';

describe('colour', () => {
  // FORCE_COLOR=0 turned colour on when piped.
  it('is off with FORCE_COLOR=0 (or false), on with FORCE_COLOR=1, when piped', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'lockstep-colour-')), 'missing.yaml');
    const run = (force: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: force };
      delete env.NO_COLOR;
      delete env.CI;
      return spawnSync(process.execPath, [BIN, 'run', missing], { encoding: 'utf8', env });
    };
    for (const off of ['0', 'false']) {
      const r = run(off);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('cannot read scenario file');
      expect(r.stderr + r.stdout).not.toContain(ESC);
    }
    expect(run('1').stderr).toContain(ESC);
  });

  it('decides each stream by its own terminal, and TERM=dumb neither colours nor rewrites lines', () => {
    expect(colourOn(true, { TERM: 'xterm' })).toBe(true);
    expect(colourOn(false, { TERM: 'xterm' })).toBe(false);
    expect(colourOn(true, { TERM: 'dumb' })).toBe(false);
    expect(colourOn(false, { FORCE_COLOR: '0', CI: 'true' })).toBe(false);
    expect(colourOn(false, { CI: 'true' })).toBe(true);
    expect(colourOn(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(rewritesLines(true, { TERM: 'xterm' })).toBe(true);
    expect(rewritesLines(true, { TERM: 'dumb' })).toBe(false);
    expect(rewritesLines(false, { TERM: 'xterm' })).toBe(false);
    const env: Record<string, string | undefined> = { FORCE_COLOR: '0' };
    normaliseColourEnv(env);
    expect(env).toEqual({ NO_COLOR: '1' });
  });

  // Standard output on a terminal coloured standard error written to a file.
  it.skipIf(!TMUX_AVAILABLE)(`writes no escape codes to standard error in a file while standard output is a terminal${TMUX_SKIP_NOTE}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-colour-'));
    const errFile = join(dir, 'err.txt');
    const term = new Terminal(`env -u NO_COLOR -u FORCE_COLOR -u CI TERM=xterm node ${BIN} run ${join(dir, 'missing.yaml')} 2>${errFile}; echo "[exit $?]"; sleep 60`);
    try {
      await term.waitFor(/\[exit 2\]/);
      expect(readFileSync(errFile, 'utf8')).toContain('cannot read scenario file');
      expect(readFileSync(errFile, 'utf8')).not.toContain(ESC);
    } finally {
      term.kill();
    }
  });
});
