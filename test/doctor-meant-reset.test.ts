// An owner who meant to erase the lock and left the reset half-finished (seed S24: the lone red
// blink of a dead keypad, `meantReset=yes`), the batteries' age not given or old: fresh batteries
// first would take the pack out, and that cancels the armed reset they meant. So the confirming
// press comes first — it costs nothing — and its step says what a pack too weak to erase answers
// (the low-battery warning, S10) and what then: fresh batteries and the whole reset again. An
// owner who did not mean it gets the cancel first, the fresh batteries fitted while its pack is
// out (test/doctor-cancel-folds-batteries.test.ts).

import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import { rankCauses, type Answers } from '../src/troubleshoot/symptoms.ts';
import { lockstep } from './cli-run.ts';

const sc = findModel('smartcode-913')!;
/** The dead keypad and its lone red blink, the batteries' age not given. */
const RED_BLINK: Answers = { whatHappens: 'nothing', led: 'red-blink' };

describe('a half-finished reset its owner meant, the batteries unchecked', () => {
  it.each([[{}], [{ batteriesChanged: 'old' }], [{ batteriesChanged: 'unknown' }]] as const)('ranks the confirming press before the batteries (%o)', (more) => {
    const causes = rankCauses('unresponsive-to-all-codes', sc, { ...RED_BLINK, ...more, meantReset: 'yes' });
    expect(causes.map((c) => c.id).slice(0, 2)).toEqual(['reset-half-finished', 'battery-unchecked']);
    expect(causes[0].fix).toBe('finish-reset');
  });

  it('for an owner who did not mean it, the cancel first, the batteries fitted while its pack is out', () => {
    for (const meantReset of ['no', 'unsure'] as const) {
      const causes = rankCauses('unresponsive-to-all-codes', sc, { ...RED_BLINK, meantReset });
      expect(causes[0].fix).toBe('cancel-reset');
      expect(causes.map((c) => c.id)).not.toContain('battery-unchecked');
    }
  });

  it('finishes the reset without taking the pack out first, and says what the press answers on a pack too weak to erase (S10)', () => {
    const c = examineSymptom(sc, 'unresponsive-to-all-codes', { ...RED_BLINK, meantReset: 'yes' });
    expect(c.plan.ids[0]).toBe('finish-reset');
    const press = c.plan.steps.findIndex((s) => s.action?.do === 'press' && s.action.key === 'program');
    expect(press).toBeGreaterThan(-1);
    expect(c.plan.steps.slice(0, press).some((s) => s.action?.do === 'battery-out')).toBe(false);
    expect(c.plan.steps[press + 1].says).toMatch(/^If the press gave red ×10 and ten beeps instead, the pack is too weak to erase/);
    expect(c.plan.steps[press + 1].cite).toMatch(/^seed S10\b/);
    expect(c.report.ifPersists?.fix).toBe('replace-batteries');
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(c.twin.trace.entries.filter((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toHaveLength(1);
  });

  it('lockstep doctor --show finishes it on the twin', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'unresponsive-to-all-codes', '--answers', 'whatHappens=nothing,led=red-blink,meantReset=yes', '--json', '--show');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.report.procedure.ids[0]).toBe('finish-reset');
    expect(json.report.causes[0].fixTitle).toBe('Finish the half-finished reset');
    expect(json.demonstration.ok).toBe(true);
  });
});
