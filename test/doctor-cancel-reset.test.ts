// A half-finished reset (seed S24: the reset armed by the full hold, never confirmed) with the
// codes still stored: nothing is erased yet, so unless the owner meant to erase the lock the
// doctor's plan first cancels it — the pack out and back in without touching Program — and keeps
// every code; only an owner who says they meant it (`meantReset=yes`) gets the confirming press
// that erases them. The same from the owner's story, from a twin's own state and on the CLI, on
// every model whose reset waits for a confirming press.

import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import { questionsFor, rankCauses, type Answers } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const MC = '86420';
const CODES = { 1: '1357', 2: '2468' };
const RESET_HOLD_MS = 31_000;
/** The lock's keypad dead but for the lone red blink of the armed reset (S24). */
const HALF_FINISHED: Answers = { whatHappens: 'nothing', led: 'red-blink', batteriesChanged: 'recent' };
/** Pack out, Program held through reinsertion for the full 30 s, released — never confirmed (S24). */
const HALF_RESET: Action[] = [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: RESET_HOLD_MS }, { do: 'release', key: 'program' }];

const sc = findModel('smartcode-913')!;
const confirming = MODELS.filter((m) => m.reset.confirmPress);

function armed913(volts?: number): Twin {
  const twin = Twin.create('smartcode-913', { seed: 11, door: 'right', handed: 'right', mastercode: MC, codes: { ...CODES }, doorOpen: true });
  const gesture = volts === undefined ? HALF_RESET : [...HALF_RESET.slice(0, 2), { do: 'battery-in', volts } as Action, ...HALF_RESET.slice(3)];
  for (const a of [...gesture, { do: 'door', state: 'closed' } as Action, { do: 'key', dir: 'lock' } as Action]) twin.apply(a);
  expect(twin.mode).toBe('reset-armed');
  return twin;
}

function events(twin: Twin, type: string): number {
  return twin.trace.entries.filter((e) => e.ch === 'event' && (e.v as { type?: string }).type === type).length;
}

describe('the half-finished reset, from the owner\'s story', () => {
  it('asks whether the owner meant to erase the lock, where a reset waits for a confirming press', () => {
    expect(questionsFor('unresponsive-to-all-codes', sc, { whatHappens: 'nothing', led: 'red-blink' }).map((q) => q.id)).toContain('meantReset');
    // Not where nothing points at a half-finished reset, nor on a model that has none.
    expect(questionsFor('unresponsive-to-all-codes', sc, { whatHappens: 'rejected' }).map((q) => q.id)).not.toContain('meantReset');
    expect(questionsFor('unresponsive-to-all-codes', findModel('powerbolt-264')!, {}).map((q) => q.id)).not.toContain('meantReset');
  });

  it('ranks the cancel first unless the owner meant to reset; with yes, the confirming press', () => {
    expect(rankCauses('unresponsive-to-all-codes', sc, HALF_FINISHED)[0].fix).toBe('cancel-reset');
    expect(rankCauses('unresponsive-to-all-codes', sc, { ...HALF_FINISHED, meantReset: 'no' })[0].fix).toBe('cancel-reset');
    expect(rankCauses('unresponsive-to-all-codes', sc, { ...HALF_FINISHED, meantReset: 'yes' })[0].fix).toBe('finish-reset');
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: the cancel is shown on a twin, and every code is still there after it', (_id, m) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', HALF_FINISHED);
    expect(c.plan.ids).toEqual(['cancel-reset']);
    expect(c.plan.resets).toBe(false);
    expect(c.report.afterReset).toBeUndefined();
    const before = c.twin.store();
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    // The plan's own step checks the codes where they were (expect-check), and the owner's check opens the door with one.
    expect(c.plan.steps.some((s) => s.expect?.codes !== undefined)).toBe(true);
    expect(c.confirm.unlocks.length).toBeGreaterThan(0);
    expect(c.twin.store().codes).toEqual(before.codes);
    expect(c.twin.store().adminCode).toBe(before.adminCode);
    expect(events(c.twin, 'factory-reset')).toBe(0);
    expect(c.twin.mode).toBe('idle');
  });

  it('with meantReset=yes the reset is finished: every code erased (S6)', () => {
    const c = examineSymptom(sc, 'unresponsive-to-all-codes', { ...HALF_FINISHED, meantReset: 'yes' });
    expect(c.plan.ids[0]).toBe('finish-reset');
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
    expect(events(c.twin, 'factory-reset')).toBe(1);
  });

  it('the finishing step no longer carries the cancel in brackets: it has its own procedure', () => {
    const c = examineSymptom(sc, 'unresponsive-to-all-codes', { ...HALF_FINISHED, meantReset: 'yes' });
    expect(c.plan.steps.map((s) => s.says).join('\n')).not.toMatch(/Did not mean to reset/);
  });
});

describe('the half-finished reset, read from a twin', () => {
  it('cancels it first, keeping the codes and the Mastercode; finishes it when the owner meant it', () => {
    const twin = armed913();
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('reset-armed');
    expect(c.report.findings[0].fix).toBe('cancel-reset');
    expect(c.plan.ids[0]).toBe('cancel-reset');
    expect(c.plan.resets).toBe(false);
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
    expect(twin.store().codes.slice(0, 2)).toEqual(['1357', '2468']);
    expect(twin.store().adminCode).toBe(MC);
    expect(events(twin, 'factory-reset')).toBe(0);
    const meant = examineTwin(armed913(), { answers: { meantReset: 'yes' } });
    expect(meant.plan.ids[0]).toBe('finish-reset');
    expect(meant.report.findings[0].fix).toBe('finish-reset');
  });

  it('on a weak pack: fresh batteries cancel it (the pack comes out without Program); meant, it is done again on them (S10)', () => {
    const twin = armed913(4.7);
    const c = examineTwin(twin);
    expect(c.plan.ids).toEqual(['replace-batteries']);
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
    expect(twin.store().codes.slice(0, 2)).toEqual(['1357', '2468']);
    expect(events(twin, 'factory-reset')).toBe(0);
    expect(examineTwin(armed913(4.7), { answers: { meantReset: 'yes' } }).plan.ids[0]).toBe('factory-reset');
  });
});

describe('lockstep doctor and the half-finished reset', () => {
  it('--show cancels it and confirms the codes are still there; meantReset=yes finishes it', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=red-blink,batteriesChanged=recent', '--json', '--show');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.report.procedure.ids).toEqual(['cancel-reset']);
    expect(json.report.causes[0].fixTitle).toBe('Cancel the half-finished reset');
    expect(json.report.assumed).toContain('meantReset');
    expect(json.demonstration.ok).toBe(true);
    // The owner's check after the cancel looks at the lock's memory: the codes are where they were.
    const kept = json.demonstration.confirmation.checks.find((c: { says: string }) => c.says.startsWith('Every code is still stored'));
    expect(kept?.ok).toBe(true);
    const yes = JSON.parse(lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=red-blink,batteriesChanged=recent,meantReset=yes', '--json').out);
    expect(yes.report.procedure.ids[0]).toBe('finish-reset');
  });

  it('refuses meantReset on a model whose reset needs no confirming press', () => {
    const r = lockstep('doctor', '--model', 'powerbolt-264', '--symptom', 'unresponsive-to-all-codes', '--answers', 'meantReset=no');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--answers meantReset: the powerbolt-264 resets as its hold ends: there is no half-finished reset to cancel or finish');
  });
});
