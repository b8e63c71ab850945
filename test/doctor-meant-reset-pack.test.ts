// An owner who meant to erase the lock, whose keypad is dark and whose status light they did not
// notice (`whatHappens=nothing,led=unsure,meantReset=yes`): fresh batteries come first, as a dark
// keypad is first a flat pack (seed S25) — but taking the pack out ends a reset left waiting for
// its confirming press (the doctor's cancel, reset-intent.ts; assumed, and what the twin does on
// every model whose reset waits for that press: the SmartCode power-up hold, the 275's too, the
// Powerbolt 250's and SmartCode 955's powered hold). The battery step says so, and the half-finished reset
// the doctor names after it points to the whole factory reset again, not to a press that no
// longer finishes anything.

import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { cancelResetCite } from '../src/troubleshoot/reset-intent.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import type { Answers } from '../src/troubleshoot/symptoms.ts';
import type { Action } from '../src/twin/twin.ts';
import { lockstep } from './cli-run.ts';

const confirming = MODELS.filter((m) => m.reset.confirmPress);
/** A dark keypad, its status light not noticed, a reset meant. */
const DARK_MEANT: Answers = { whatHappens: 'nothing', led: 'unsure', meantReset: 'yes' };
/** The battery step's words for a reset meant and left waiting. */
const PACK_ENDS_IT = /taking the pack out ends it/;
const SETTLE_MS = 30_000;
/** The events a twin's trace holds, by type. */
function events(entries: readonly { ch: string; v: unknown }[], type: string): number {
  return entries.filter((e) => e.ch === 'event' && (e.v as { type?: string }).type === type).length;
}

describe('fresh batteries first for an owner who meant a reset', () => {
  it.each(confirming.map((m) => [m.id, m] as const))('%s: the battery step says the pack change ends a reset left waiting', (_id, m) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', DARK_MEANT);
    expect(c.plan.ids[0]).toBe('replace-batteries');
    const out = c.plan.steps.findIndex((s) => s.action?.do === 'battery-out');
    const told = c.plan.steps.findIndex((s) => PACK_ENDS_IT.test(s.says));
    expect(told, 'the step is there').toBeGreaterThan(-1);
    expect(told).toBeLessThan(c.plan.steps.findIndex((s) => s.action?.do === 'battery-in'));
    expect(told).toBeGreaterThanOrEqual(out);
    const step = c.plan.steps[told];
    expect(step.says).toMatch(new RegExp(`do the whole factory reset again: the full ${m.timing.resetHoldMs / 1000} s hold, then the press`));
    expect(step.cite).toBe(ownCite(m, cancelResetCite(m)));
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: nothing after the batteries finishes a reset that no longer waits', (_id, m) => {
    const r = examineSymptom(m, 'unresponsive-to-all-codes', DARK_MEANT).report;
    const pack = r.causes.findIndex((c) => c.fix === 'replace-batteries');
    expect(pack).toBe(0);
    const later = [...r.causes.slice(pack + 1), ...(r.ifPersists ? [r.ifPersists] : [])];
    expect(later.map((c) => c.fix)).not.toContain('finish-reset');
    const half = r.causes.find((c) => c.id === 'reset-half-finished')!;
    expect(half.fix).toBe('factory-reset');
    expect(half.says).toMatch(/the battery step ends a reset left waiting: do the whole factory reset again/);
    expect(half.says).not.toMatch(/give it that press/);
  });

  it.each([['no'], ['unsure']] as const)('says nothing of it to an owner who did not mean a reset (%s): the pack cycle cancels it, as they want', (meantReset) => {
    for (const m of confirming) {
      const c = examineSymptom(m, 'unresponsive-to-all-codes', { ...DARK_MEANT, meantReset });
      expect(c.plan.steps.some((s) => PACK_ENDS_IT.test(s.says)), m.id).toBe(false);
    }
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: on a twin left half-finished, the battery step ends the reset and a press then erases nothing', (_id, m) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', DARK_MEANT);
    const { twin } = conditionTwin(m, 'unresponsive-to-all-codes', 'reset-half-finished', DARK_MEANT);
    expect(twin.mode).toBe('reset-armed');
    const codes = twin.store().codes.filter(Boolean);
    for (const s of c.plan.steps) if (s.action) twin.apply(s.action);
    expect(twin.mode).not.toBe('reset-armed');
    const actions: Action[] = [{ do: 'press', key: 'program' }, { do: 'wait', ms: SETTLE_MS }];
    for (const a of actions) twin.apply(a);
    expect(events(twin.trace.entries, 'factory-reset')).toBe(0);
    expect(twin.store().codes.filter(Boolean)).toEqual(codes);
  });

  it('lockstep doctor prints it, and no finish of the reset', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=unsure,meantReset=yes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/You meant to erase the lock: if a reset was left waiting for its confirming press, taking the pack out ends it/);
    expect(r.out).not.toContain('Finish the half-finished reset');
  });
});
