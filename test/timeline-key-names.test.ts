// The timeline's input rows name a key as the model's keypad draws it — Kwikset on the menu
// family and the 240, ✓ Lock on the 916, Lock elsewhere; Program, Reset — not by the scenario's
// word for it ("press lock"): in `lockstep run`'s terminal timeline and in the page's "What just
// happened", on every model — there for a press or hold the page joins from a key's down and up
// too ("press Kwikset", "hold Program for 1.5 s").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { lockKeyName } from '../src/troubleshoot/procedure-kit.ts';
import type { LockTraceEntry } from '../src/twin/trace-entry.ts';
import { describe } from '../web/src/describe.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { timelineLines } from '../web/src/timeline-view.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { lockstep } from './cli-run.ts';

const TAP_MS = 120;
const HOLD_MS = 1_500;

/** The inputs the page's timeline shows after `key` is held down for `ms` and let go, oldest first. */
function inputsAfter(model: string, key: ButtonKey, ms: number): string[] {
  const session = new Session(freshTwin(model), [], []);
  session.pressStart(key);
  session.advance(ms);
  session.pressEnd(key);
  session.advance(TAP_MS);
  return timelineLines(session.twin.model, session.log).filter((l) => l.kind === 'input').map((l) => l.text);
}

/** A scenario's word for a key, as the old rows printed it ("press lock", "hold program down"). */
const KEY_WORD_ROW = /\b(?:press|hold|release) (?:lock|program|reset)\b/;

function input(v: Record<string, unknown>): LockTraceEntry {
  return { t: 0, ch: 'input', v } as unknown as LockTraceEntry;
}

group("the timeline names each key as the model's keypad draws it", () => {
  it('the page\'s "What just happened", on every model', () => {
    for (const p of MODELS) {
      const lock = lockKeyName(p);
      const said = (v: Record<string, unknown>) => describe(p, input(v), null)!.text;
      expect(said({ do: 'press', key: 'lock' }), p.id).toBe(`press ${lock}`);
      expect(said({ do: 'press', key: 'program' }), p.id).toBe('press Program');
      expect(said({ do: 'hold', key: 'program' }), p.id).toBe('hold Program down');
      expect(said({ do: 'release', key: 'program', pauseMs: 500 }), p.id).toBe('release Program (then 0.5 s pass)');
      expect(said({ do: 'hold-for', key: 'reset', ms: 1000 }), p.id).toBe('hold Reset for 1 s');
      expect(said({ do: 'press', key: '5' }), p.id).toBe('press 5');
      for (const key of ['lock', 'program', 'reset']) expect(said({ do: 'press', key }), p.id).not.toMatch(KEY_WORD_ROW);
    }
  });

  it.each([
    ['powerbolt-250', 'lock', TAP_MS, 'press Kwikset'],
    ['smartcode-916', 'lock', TAP_MS, 'press ✓ Lock'],
    ['smartcode-913', 'lock', TAP_MS, 'press Lock'],
    ['smartcode-913', 'program', HOLD_MS, 'hold Program for 1.5 s'],
    ['powerbolt-264', 'reset', HOLD_MS, 'hold Reset for 1.5 s'],
    ['smartcode-913', '5', TAP_MS, 'press 5'],
  ] as const)('the page\'s row joined from a key\'s down and up, on the %s: %s held %i ms reads "%s"', (model, key, ms, words) => {
    expect(inputsAfter(model, key, ms)).toEqual([words]);
  });

  // One test a model: each spawns the CLI, and thirteen of them in one test came near its time limit.
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-keys-'));
  it.each(MODELS.map((p) => [p.id, p] as const))("`lockstep run`'s timeline, on the %s", (_id, p) => {
    const file = join(dir, `${p.id}.yaml`);
    writeFileSync(file, `name: keys\nmodel: ${p.id}\nsteps:\n  - press: lock\n  - wait: 2s\n  - press: program\n`);
    const r = lockstep('run', file);
    expect(r.code, r.err).toBe(0);
    const rows = r.out.split('\n').filter((l) => l.includes('› '));
    expect(rows.some((l) => l.endsWith(`› press ${lockKeyName(p)}`)), `${p.id}: ${rows.join(' | ')}`).toBe(true);
    expect(rows.some((l) => l.endsWith('› press Program')), p.id).toBe(true);
    for (const l of rows) expect(l, p.id).not.toMatch(KEY_WORD_ROW);
  });
});
