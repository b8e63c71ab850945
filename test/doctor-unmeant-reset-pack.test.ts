// An owner who did not mean to erase the lock (`meantReset=no`, or not sure), whose keypad is dark
// and whose status light they did not notice: fresh batteries come first (seed S25) — a lone red
// blink seen puts the cancel first instead, its batteries fitted while its pack is out
// (test/doctor-cancel-folds-batteries.test.ts) — and taking their pack out has already ended
// a reset left waiting for its confirming press (seed S24; the doctor's cancel, reset-intent.ts,
// assumed — and what the twin does). The half-finished reset named after the battery step says
// so: nothing erased, no cancel still to do, and no procedure of its own beyond that battery step.

import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { cancelResetCite } from '../src/troubleshoot/reset-intent.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import type { Answers } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const confirming = MODELS.filter((m) => m.reset.confirmPress);
/** The answers that rank fresh batteries before a half-finished reset its owner did not mean. */
const BATTERY_FIRST: readonly Answers[] = [
  { whatHappens: 'nothing', led: 'unsure' },
  { whatHappens: 'nothing', led: 'unsure', batteriesChanged: 'recent' },
];
const NOT_MEANT: readonly Answers['meantReset'][] = ['no', 'unsure', undefined];
/** The cancel as the doctor words it where no battery step comes first. */
const CANCEL_IT = /cancel it rather than finish it/;
const ALREADY_ENDED = /the battery step has already ended it/;

const cases = confirming.flatMap((m) => BATTERY_FIRST.flatMap((a) => NOT_MEANT.map((meantReset) => [`${m.id} ${JSON.stringify({ ...a, meantReset })}`, m, { ...a, meantReset }] as const)));

describe('a half-finished reset nobody meant, named after the battery step', () => {
  it.each(cases)('%s: says the battery step already ended it, and asks for nothing more', (_name, m, answers) => {
    const c = examineSymptom(m, 'unresponsive-to-all-codes', answers);
    const r = c.report;
    const pack = r.causes.findIndex((x) => x.fix === 'replace-batteries');
    const half = r.causes.findIndex((x) => x.id === 'reset-half-finished');
    expect(pack).toBe(0);
    expect(half).toBeGreaterThan(pack);
    const cause = r.causes[half];
    expect(cause.says).not.toMatch(CANCEL_IT);
    expect(cause.says).toMatch(ALREADY_ENDED);
    expect(cause.says).toMatch(/nothing is erased/);
    // No procedure of its own: the battery step it names is the one already planned.
    expect(cause.fix).toBe('replace-batteries');
    expect(c.plan.ids).not.toContain('cancel-reset');
    expect(r.ifPersists?.id).not.toBe('reset-half-finished');
    expect(cause.cite).toBe(ownCite(m, cancelResetCite(m)));
  });

  it.each(confirming.map((m) => [m.id, m] as const))('%s: on a twin left half-finished, the battery step ends the reset and every code is kept', (_id, m) => {
    const answers: Answers = { whatHappens: 'nothing', led: 'unsure', meantReset: 'no' };
    const c = examineSymptom(m, 'unresponsive-to-all-codes', answers);
    const { twin } = conditionTwin(m, 'unresponsive-to-all-codes', 'reset-half-finished', answers);
    expect(twin.mode).toBe('reset-armed');
    const codes = twin.store().codes.filter(Boolean);
    expect(codes.length).toBeGreaterThan(0);
    for (const s of c.plan.steps) if (s.action) twin.apply(s.action);
    expect(twin.mode).not.toBe('reset-armed');
    expect(twin.store().codes.filter(Boolean)).toEqual(codes);
  });

  it.each([['no'], ['unsure']] as const)('lockstep doctor prints it (meantReset=%s), and no cancel still to do', (meantReset) => {
    const r = lockstep('doctor', '--model', '913', '--symptom', 'unresponsive-to-all-codes', '--answers', `whatHappens=nothing,led=unsure,meantReset=${meantReset}`);
    expect(r.code).toBe(0);
    const lines = stripVTControlCharacters(r.out).split('\n');
    const half = lines.find((l) => l.includes('a reset left half-finished'));
    expect(half).toBeDefined();
    expect(half).toMatch(ALREADY_ENDED);
    expect(half).not.toMatch(CANCEL_IT);
    expect(half).not.toContain('Cancel the half-finished reset');
  });
});
