// The interior switches and the Powerbolt 250's menu-set auto-lock can be read from a lock's state
// (src/twin/lock-state.ts, src/twin/switch-words.ts): `lockState(twin).switches` by number, the
// REPL's `state` row in words, `repl --json`'s state — so after `repl --load` one can tell whether
// auto-lock (switch 2) or audio (switch 3) is on; and on a Powerbolt 250 the store's `autoLock` and
// `autoLockDelay` are given at their defaults too (before, a 250 with auto-lock on at its first
// delay showed no `autoLockDelay`, and no state showed a switch).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Twin, lockState } from '../src/index.ts';
import { BIN, colourlessEnv } from './cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'lockstep-switch-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function repl(args: string[], lines: string[]): string {
  const r = spawnSync(process.execPath, [BIN, 'repl', ...args], { input: lines.join('\n') + '\n', encoding: 'utf8', cwd: dir, env: colourlessEnv() });
  expect(r.status, r.stderr).toBe(0);
  return stripVTControlCharacters(r.stdout);
}

describe('the switches in a lock state', () => {
  it('gives them by number, in the shape Twin.create takes', () => {
    const twin = Twin.create('smartcode-913', { switches: { 2: true, 3: false } });
    expect(lockState(twin).switches).toEqual({ 1: true, 2: true, 3: false, 4: false });
    twin.apply({ do: 'switch', n: 4, on: true });
    const state = lockState(twin);
    expect(state.switches).toEqual({ 1: true, 2: true, 3: false, 4: true });
    expect(lockState(Twin.create('smartcode-913', { switches: state.switches })).switches).toEqual(state.switches);
  });

  it("gives a Powerbolt 250's menu-set auto-lock and its delay at their defaults too", () => {
    expect(lockState(Twin.create('powerbolt-250', { autoLock: 'on' })).store).toMatchObject({ autoLock: 'on', autoLockDelay: 30_000 });
    expect(lockState(Twin.create('powerbolt-250')).store).toMatchObject({ autoLock: 'off', autoLockDelay: 30_000 });
    expect(lockState(Twin.create('powerbolt-250', { autoLock: 'on', autoLockDelay: 60_000 })).store).toMatchObject({ autoLock: 'on', autoLockDelay: 60_000 });
    // Where switch 2 sets auto-lock, the store keeps none.
    expect(lockState(Twin.create('smartcode-913')).store).not.toHaveProperty('autoLock');
  });

  it('shows them after repl --load, in the state row and in --json', () => {
    const snapshot = join(dir, 'switched.json');
    const twin = Twin.create('smartcode-916', { switches: { 2: true, 3: false, 4: true } });
    writeFileSync(snapshot, JSON.stringify(twin.snapshot()));
    const out = repl(['--load', snapshot], ['state']);
    expect(out).toMatch(/^ {2}switches +1 on \(status LED\), 2 on \(auto-lock\), 3 off \(audio\), 4 on \(SecureScreen\)$/m);
    const ready = JSON.parse(repl(['--load', snapshot, '--json'], []).split('\n')[0]!) as { kind: string; state: { switches: unknown } };
    expect(ready.kind).toBe('ready');
    expect(ready.state.switches).toEqual({ 1: true, 2: true, 3: false, 4: true });
  });

  it("shows a Powerbolt 250's menu-set auto-lock in the state, and switch 2 as not read", () => {
    const out = repl(['--model', 'powerbolt-250'], ['state']);
    expect(out).toMatch(/^ {2}switches +1 on \(status LED\), 2 off \(auto-lock, not read: the menu sets it\), 3 on \(audio\), 4 off \(unused\)$/m);
    expect(out).toMatch(/^ {2}auto-lock +off \(after 30s when on; menu\)$/m);
  });
});
