// A cause's words follow the causes ranked before it, and so the plan given: the corrupted code
// store (seed S5, S7) names fresh batteries as the step that did not help only where a battery
// step comes before it, and batteries nobody has checked (seed S25) are "first" only where they
// rank first — never after the owner said the batteries are recent, or after a cheaper step
// (a half-finished reset cancelled, S24; the lockout waited out, M4; firm presses, S14).
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { examineSymptom, examineTwin, type DoctorCause } from '../src/troubleshoot/doctor.ts';
import { ANSWER_VALUES, type Answers, type SymptomId } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const FRESH_PACK_DID_NOT_HELP = /If fresh batteries do not/;
const BATTERIES_FIRST = /Check them first/;
const CODE_SYMPTOMS: readonly SymptomId[] = ['unresponsive-to-all-codes', 'beeps-wont-unlock'];

/** What is wrong with the words of each cause, given the causes ranked before it. */
function wordsAhead(causes: readonly DoctorCause[]): string[] {
  const wrong: string[] = [];
  causes.forEach((c, i) => {
    const before = causes.slice(0, i);
    if (FRESH_PACK_DID_NOT_HELP.test(c.says) && !before.some((b) => b.fix === 'replace-batteries')) wrong.push(`${c.id} names fresh batteries none of ${before.map((b) => b.id).join(', ') || 'the causes before it'} gave`);
    if (BATTERIES_FIRST.test(c.says) && i > 0) wrong.push(`${c.id} says "first" at rank ${i + 1}, after ${before.map((b) => b.id).join(', ')}`);
  });
  return wrong;
}

describe('"if it persists" follows the plan given and the owner\'s answers', () => {
  it('after cancelling a half-finished reset, with batteries recent, it names no fresh batteries', () => {
    const r = lockstep('doctor', '--model', '913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=red-blink,batteriesChanged=recent', '--show');
    expect(r.code).toBe(0);
    const lines = stripVTControlCharacters(r.out).split('\n');
    const persists = lines.find((l) => l.startsWith('If it persists:'));
    expect(persists).toBeDefined();
    expect(persists).toMatch(/code memory is corrupted/);
    expect(persists).not.toMatch(/fresh batteries/i);
    expect(lines.join('\n')).not.toMatch(FRESH_PACK_DID_NOT_HELP);
  });

  it('batteries nobody has checked, ranked after a cheaper step, are checked next, not "first"', () => {
    const pb2 = MODELS.find((m) => m.id === 'powerbolt-2')!;
    const c = examineSymptom(pb2, 'unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'wrong-code', batteriesChanged: 'old' });
    expect(c.plan.ids[0]).toBe('code-then-lock');
    expect(c.report.ifPersists?.id).toBe('battery-unchecked');
    expect(c.report.ifPersists?.says).not.toMatch(BATTERIES_FIRST);
    expect(c.report.ifPersists?.says).toMatch(/Check them next/);
  });

  it('batteries ranked first are still checked first', () => {
    const c = examineSymptom(MODELS.find((m) => m.id === 'smartcode-913')!, 'beeps-wont-unlock', { led: 'wrong-code', batteriesChanged: 'old' });
    expect(c.report.causes[0].id).toBe('battery-unchecked');
    expect(c.report.causes[0].says).toMatch(BATTERIES_FIRST);
    expect(c.report.causes.find((x) => x.id === 'store-corrupted')?.says).toMatch(FRESH_PACK_DID_NOT_HELP);
  });

  it('no cause, on any model, names a step the causes before it did not give', () => {
    const wrong: string[] = [];
    for (const p of MODELS)
      for (const symptom of CODE_SYMPTOMS)
        for (const whatHappens of ANSWER_VALUES.whatHappens)
          for (const led of ANSWER_VALUES.led)
            for (const batteriesChanged of ANSWER_VALUES.batteriesChanged)
              for (const meantReset of ['yes', 'unsure'] as const) {
                const answers: Answers = { whatHappens, led, batteriesChanged, meantReset };
                const r = examineSymptom(p, symptom, answers).report;
                for (const w of wordsAhead(r.causes)) wrong.push(`${p.id} ${symptom} ${JSON.stringify(answers)}: ${w}`);
              }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('a twin whose own state comes first: the symptom\'s causes after it follow it too', () => {
    // A half-finished reset (S24): pack out, Program held through reinsertion for the full hold, released.
    const twin = Twin.create('smartcode-913', { seed: 11, door: 'right', handed: 'right', mastercode: '86420', codes: { 1: '1357' }, doorOpen: true });
    const halfReset: Action[] = [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: twin.model.timing.resetHoldMs + 1000 }, { do: 'release', key: 'program' }];
    for (const a of halfReset) twin.apply(a);
    expect(twin.mode).toBe('reset-armed');
    const c = examineTwin(twin, { symptom: 'unresponsive-to-all-codes' });
    expect(c.report.causes[0].id).toBe('reset-armed');
    expect(wordsAhead(c.report.causes)).toEqual([]);
  });
});
