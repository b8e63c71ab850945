// `lockstep run --json` closes a file it cannot accept with a refused verdict that gives the
// place as data, as a failed one gives its failure (README "The command line", the trace lines):
// `refusal: { file, line, col, why }`, so a harness need not take the message apart — which a
// file name with a colon in it makes ambiguous — and `mistakes`, every mistake found in the file.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockstep } from './cli-run.ts';

describe('run --json: a refused file', () => {
  it('gives the refusal as data: file, line, col and why, and the list of mistakes', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lockstep-refused-')), 'site:12');
    mkdirSync(dir);
    const file = join(dir, 'unit:3.yaml');
    writeFileSync(file, 'name: a code too short\nmodel: powerbolt-264\ngiven:\n  codes: { 1: "123" }\nsteps:\n  - press: lock\n');
    const r = lockstep('run', '--json', file);
    expect(r.code).toBe(2);
    const verdict = JSON.parse(r.out.trim().split('\n').at(-1)!);
    const why = 'code "123" in slot 1 has 3 digits; a powerbolt-264 code has 4–10';
    const refusal = { file, line: 4, col: 15, why };
    expect(verdict).toEqual({ scenario: file, verdict: 'refused', message: `${file}:4:15: ${why}`, refusal, mistakes: [refusal] });
  });
});
