// An `expect: { mode }` naming a firmware mode the model's lock is never in — a 913's Mastercode
// steps on a Powerbolt, a menu's on a 913, the 620's armed handing elsewhere — is refused at its
// place, exit 2, with the model's modes (README, Scenarios), as a snapshot holding such a mode is
// (twin/snapshot-fit.ts). Checked, it failed, exit 1, as if the lock had misbehaved: "expected mode
// prog-auth, observed idle" on a Powerbolt 264 whose programming is a menu.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseScenario } from '../src/scenario/load.ts';
import { parseErrorOf } from './scenario-error-of.ts';
import { lockstep } from './cli-run.ts';

/** A scenario on `model` that waits a second and then expects `mode` (the word at line 5, column 21). */
function expectingMode(model: string, mode: string): string {
  return `name: mode on ${model}\nmodel: ${model}\nsteps:\n  - wait: 1s\n  - expect: { mode: ${mode} }\n`;
}

describe('expect: { mode } held to the model', () => {
  it('refuses a mode the model has none of, at its place, naming the model and its modes', () => {
    for (const [model, mode] of [
      ['powerbolt-264', 'prog-auth'],
      ['smartcode-913', 'menu'],
      ['smartcode-909', 'handing-armed'],
      ['smartcode-955', 'slot-select'],
    ]) {
      const err = parseErrorOf(expectingMode(model!, mode!), 's.yaml');
      expect(err.pos).toEqual({ file: 's.yaml', line: 5, col: 21 });
      expect(err.why).toMatch(new RegExp(`^a ${model} is never in mode ${mode}: its firmware's modes are off, idle, `));
      expect(err.why.split(": its firmware's modes are ")[1]!.split(', ')).not.toContain(mode);
    }
  });

  it('lists exactly the modes of the model', () => {
    const err = parseErrorOf(expectingMode('powerbolt-264', 'prog-auth'), 's.yaml');
    expect(err.why.split(": its firmware's modes are ")[1]).toBe(
      'off, idle, handing-wait, handing, reset-hold, reset-armed, resetting, menu, menu-add, menu-del-1, menu-del-2, menu-pc-1, menu-pc-2',
    );
  });

  it("accepts a mode of the model's own", () => {
    for (const [model, mode] of [
      ['smartcode-913', 'prog-auth'],
      ['powerbolt-264', 'menu'],
      ['homeconnect-620', 'handing-armed'],
      ['smartcode-909', 'slot-select'],
      ['powerbolt-250', 'menu-auto-lock-delay'],
      ['smartcode-955', 'menu-add-once'],
      ['powerbolt-2', 'reset-hold'],
    ]) expect(() => parseScenario(expectingMode(model!, mode!), 's.yaml')).not.toThrow();
  });

  it('lockstep run refuses the file, exit 2, rather than failing it, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-expect-mode-'));
    const file = join(dir, 'mode.yaml');
    writeFileSync(file, expectingMode('powerbolt-264', 'prog-auth'));
    const r = lockstep('run', '--quiet', file);
    expect(r.code).toBe(2);
    expect(stripVTControlCharacters(r.out)).toMatch(new RegExp(`^REFUSED ${file}:5:21: a powerbolt-264 is never in mode prog-auth`, 'm'));
  });
});
