// A keypad that gives no light and no sound (the doctor's `whatHappens=nothing`, `led=none`):
// the doctor's first cause is a pack flat or not making contact (seed S25), and its `--show`
// must meet that lock — one whose pack is below what runs its electronics, dark and silent to a
// code, its status light dark too — not one at the critical level, which still runs, answers a
// code with its low-battery warning and blinks red. The demonstration judges the darkness: a lock
// that lights, beeps or blinks its status light is not the trouble the owner told.

import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import type { Answers } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const DARK: Answers = { whatHappens: 'nothing', led: 'none' };
const darkFirst = MODELS.filter((m) => examineSymptom(m, 'unresponsive-to-all-codes', DARK).report.causes[0].id === 'battery-critical');

describe('the twin of a dark, silent keypad', () => {
  it('is built for every model whose first cause is the pack (all but the one that wants firm presses)', () => {
    expect(darkFirst.length).toBeGreaterThanOrEqual(MODELS.length - 1);
  });

  it.each(darkFirst.map((m) => [m.id, m] as const))('%s: is dark and silent to a code, and its status light is dark too', (_id, m) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', DARK);
    expect(c.twin.powered).toBe(false);
    expect(c.twin.indicators.status ?? 'off').toBe('off');
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    const shown = d.steps.filter((s) => s.step.part === 'symptom');
    expect(shown.length).toBeGreaterThan(0);
    const seen = c.twin.trace.entries.slice(shown[0].from, shown.at(-1)!.to).filter((e) => e.ch === 'led' || e.ch === 'beep');
    expect(seen).toEqual([]);
    // The step that shows the trouble says so, and checks it: no light, no beep, the status light off.
    expect(shown.at(-1)!.step.expect).toMatchObject({ led: 'off', beep: false, status: 'off' });
  });

  it('judges the darkness: a lock at the critical level, which still lights, beeps and blinks red, is not the trouble told', () => {
    const m = findModel('smartcode-913')!;
    const c = examineSymptom(m, 'unresponsive-to-all-codes', DARK);
    const lit = Twin.create(m.id, { seed: 7, door: 'right', handed: 'right', codes: { 1: '1357', 2: '5791', 3: '3579' }, boltExtended: true, battery: m.battery.criticalVolts });
    lit.apply({ do: 'wait', ms: 60_000 });
    expect(lit.powered).toBe(true);
    const d = demonstrate(lit, c.plan, c.confirm);
    const trouble = d.confirmation.checks.find((x) => x.says === 'before the fix, the twin shows the trouble');
    expect(trouble?.ok).toBe(false);
    expect(trouble?.observed).toMatch(/status: expected off, observed red/);
  });

  it('lockstep doctor --show shows the keypad dark, and confirms the cure', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=none', '--show');
    expect(r.code).toBe(0);
    const from = r.out.indexOf('── The trouble, on the twin');
    expect(from).toBeGreaterThan(-1);
    const trouble = r.out.slice(from, r.out.indexOf('── Replace the batteries', from));
    expect(trouble).toContain('no light, no beep');
    expect(trouble).not.toMatch(/[●♪]/);
    expect(r.out).toContain('Confirmed: the symptom is gone.');
  });
});
