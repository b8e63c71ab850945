// A keypad dead but for the lone red blink of a reset left half-finished (seed S24), its owner not
// meaning to erase the lock (`meantReset=no`, not sure, or no answer) and the batteries old or of
// unknown age: the cancel and the battery check are one act, the pack out and back in (product-
// facts S11; the cancel assumed, reset-intent.ts). So the doctor says the cancel first, and fits
// the fresh batteries inside it, while the pack is out (seed S25) — no battery step of its own
// before it, nor after it as what to try if it persists. The same read from a twin left half-
// finished, beside the symptom (its batteries' age then unknown), and in the page's Assistant.

import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { FRESH_PACK_VOLTS } from '../src/hardware/battery.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { symptomGuide } from '../web/src/assistant-plans.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import type { Answers } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const confirming = MODELS.filter((m) => m.reset.confirmPress);
const RED_BLINK: Answers = { whatHappens: 'nothing', led: 'red-blink' };
const AGES: readonly Answers['batteriesChanged'][] = ['unknown', 'old', undefined];
const NOT_MEANT: readonly Answers['meantReset'][] = ['no', 'unsure', undefined];
/** How the folded step names the batteries' age, as told (or not told). */
const AGE_WORDS = { old: 'The batteries are old', unknown: 'The batteries are of unknown age' } as const;

/** The answers as the command line gives them: a question not answered is absent, not undefined. */
function told(more: Answers): Answers {
  return Object.fromEntries(Object.entries({ ...RED_BLINK, ...more }).filter(([, v]) => v !== undefined));
}

const cases = confirming.flatMap((m) => AGES.flatMap((batteriesChanged) => NOT_MEANT.map((meantReset) => [`${m.id} batteriesChanged=${batteriesChanged} meantReset=${meantReset}`, m, told({ batteriesChanged, meantReset })] as const)));

describe('a half-finished reset nobody meant, the batteries unchecked', () => {
  it.each(cases)('%s: the cancel comes first, with fresh batteries while the pack is out', (_name, m, answers) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', answers);
    const r = c.report;
    expect(r.causes[0].id).toBe('reset-half-finished');
    expect(r.causes[0].fix).toBe('cancel-reset');
    // The battery question is folded into the cancel: no cause of its own, before or after.
    expect(r.causes.some((x) => x.id === 'battery-unchecked')).toBe(false);
    expect(r.ifPersists?.fix).not.toBe('replace-batteries');
    const age = AGE_WORDS[answers.batteriesChanged === 'old' ? 'old' : 'unknown'];
    expect(r.causes[0].says).toContain(`${age}: fit fresh ones while the pack is out for the cancel`);
    expect(c.plan.ids).toEqual(['cancel-reset']);
    const out = c.plan.steps.findIndex((s) => s.action?.do === 'battery-out');
    const back = c.plan.steps.findIndex((s) => s.action?.do === 'battery-in');
    expect(out).toBeGreaterThan(-1);
    expect(back).toBeGreaterThan(out);
    expect(c.plan.steps.slice(out, back + 1).map((s) => s.says).join(' ')).toContain(`${age}: while the pack is out, fit fresh ones`);
    expect(c.plan.steps[back].action).toEqual({ do: 'battery-in', volts: FRESH_PACK_VOLTS });
    expect(c.plan.steps[back].says).toMatch(/without touching Program/);
    // On the twin: the reset cancelled, every code kept, nothing erased.
    const before = c.twin.store().codes;
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
    expect(c.twin.store().codes).toEqual(before);
    expect(c.twin.mode).toBe('idle');
  });

  it('lockstep doctor prints the cancel first, and no battery step', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=red-blink,meantReset=no');
    expect(r.code).toBe(0);
    const lines = stripVTControlCharacters(r.out).split('\n');
    const first = lines.find((l) => /^\s+1\. /.test(l));
    expect(first).toMatch(/a reset left half-finished/);
    expect(first).toMatch(/→ Cancel the half-finished reset$/);
    expect(lines.some((l) => l.includes('→ Replace the batteries'))).toBe(false);
    expect(lines.filter((l) => l.trim().startsWith('──')).map((l) => l.trim())).toEqual(['── Cancel the half-finished reset']);
  });
});

/** A twin of model m left with its reset held the full time and never confirmed (seed S24). */
function halfResetTwin(id: string): Twin {
  const twin = Twin.create(id, { seed: 11, door: 'right', handed: 'right', codes: { 1: '1357' }, doorOpen: true });
  const hold: Action[] = [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: twin.model.timing.resetHoldMs + 1_000 }, { do: 'release', key: 'program' }];
  for (const a of hold) twin.apply(a);
  expect(twin.mode).toBe('reset-armed');
  return twin;
}

describe('read from a twin left half-finished, beside the symptom', () => {
  it.each([[{}], [{ batteriesChanged: 'old' }], [{ meantReset: 'no' }]] as const)('the cancel fits fresh batteries, and no battery step follows it (%o)', (answers) => {
    const c = examineTwin(halfResetTwin('smartcode-913'), { symptom: 'unresponsive-to-all-codes', answers });
    expect(c.plan.ids).toEqual(['cancel-reset']);
    expect(c.report.causes.map((x) => x.id)).not.toContain('battery-unchecked');
    expect(c.report.ifPersists?.fix).not.toBe('replace-batteries');
    const age = AGE_WORDS['batteriesChanged' in answers ? 'old' : 'unknown'];
    expect(c.report.causes[0].says).toContain(`${age}: fit fresh ones while the pack is out for the cancel`);
    expect(c.plan.steps.some((x) => x.action?.do === 'battery-in' && x.action.volts === FRESH_PACK_VOLTS)).toBe(true);
  });

  it('an owner who said the batteries are recent gets the same pack back in', () => {
    const c = examineTwin(halfResetTwin('smartcode-913'), { symptom: 'unresponsive-to-all-codes', answers: { batteriesChanged: 'recent' } });
    expect(c.plan.steps.find((x) => x.action?.do === 'battery-in')?.says).toMatch(/^Slide the same pack back in/);
  });

  it('the page\'s Assistant walks the cancel with fresh batteries, and says no battery check after it', () => {
    const twin = halfResetTwin('smartcode-913');
    const guide = symptomGuide(twin, () => [], 'unresponsive-to-all-codes');
    expect(guide.plan.steps.map((x) => x.part).filter((x, i, all) => all[i - 1] !== x)[0]).toBe('cancel-reset');
    expect(guide.plan.steps.map((x) => x.says).join(' ')).toContain(`${AGE_WORDS.unknown}: while the pack is out, fit fresh ones`);
    expect(guide.after.map((x) => x.says).join(' ')).not.toMatch(/Check them next/);
  });
});
