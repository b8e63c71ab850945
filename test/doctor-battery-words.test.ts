// The battery step says what the owner told the doctor, not one fixed story: a keypad that gives
// no light and no beep is not "a lock that beeps but will not move the bolt" (seed S25's words
// for the other case), and batteries changed recently are first taken out and put back, each
// cell's way round and the contacts looked at (the codes kept, product-facts S11; the contacts
// and the polarity as a cause are assumed), before fresh ones are fitted.

import { describe, expect, it } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { Twin } from '../src/twin/twin.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import type { Answers } from '../src/troubleshoot/symptoms.ts';
import type { PlanStep } from '../src/troubleshoot/plan.ts';

const sc = findModel('smartcode-913')!;
const DARK: Answers = { whatHappens: 'nothing', led: 'none' };
/** Below the regulator's drop-out: the lock cannot even run its electronics (dark and silent). */
const DEAD_PACK_VOLTS = 4.0;

function batterySteps(steps: readonly PlanStep[]): PlanStep[] {
  return steps.filter((s) => s.part === 'replace-batteries');
}

function words(steps: readonly PlanStep[]): string {
  return batterySteps(steps).map((s) => s.says).join('\n');
}

describe('the battery step follows what the owner said', () => {
  it('a keypad with no light and no beep is not told it "beeps but will not move the bolt"', () => {
    const c = examineSymptom(sc, 'unresponsive-to-all-codes', { ...DARK, batteriesChanged: 'old' });
    expect(c.plan.ids[0]).toBe('replace-batteries');
    expect(words(c.plan.steps)).not.toMatch(/beeps but will not move/);
    expect(words(c.plan.steps)).toMatch(/no light and no beep/);
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('a lock that beeps and will not unlock keeps seed S25\'s words', () => {
    const c = examineSymptom(sc, 'beeps-wont-unlock', { led: 'green', batteriesChanged: 'old' });
    expect(words(c.plan.steps)).toMatch(/beeps but will not move the bolt is first a battery question \(S25\)/);
  });

  it('batteries changed recently: the same pack re-seated, cells and contacts looked at, before fresh ones', () => {
    const c = examineSymptom(sc, 'unresponsive-to-all-codes', { ...DARK, batteriesChanged: 'recent' });
    expect(c.plan.ids[0]).toBe('replace-batteries');
    const steps = batterySteps(c.plan.steps);
    const text = words(c.plan.steps);
    expect(text).toMatch(/right way round/);
    expect(text).toMatch(/contacts/);
    // The first pack put back is the same one; fresh batteries only after it, if the lock still gives nothing.
    const inserts = steps.filter((s) => s.action?.do === 'battery-in');
    expect(inserts[0].action).toEqual({ do: 'battery-in' });
    expect(inserts.at(-1)!.action).toMatchObject({ volts: expect.any(Number) });
    expect(steps.findIndex((s) => /right way round/.test(s.says))).toBeLessThan(steps.findIndex((s) => /fresh batteries/i.test(s.says)));
    expect(steps.find((s) => /right way round/.test(s.says))!.cite).toMatch(/assumed/);
    expect(steps[0].says).not.toMatch(/^Take the battery pack out of the interior assembly\. .*Fit fresh/);
    expect(c.plan.titles['replace-batteries']).not.toBe('Replace the batteries');
    // On the twin, whose pack is flat, the re-seat does not help and the fresh pack does.
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('read from a twin that is dark and silent: no beep is spoken of', () => {
    const twin = Twin.create('smartcode-913', { seed: 11, door: 'right', handed: 'right', codes: { 1: '1357' }, battery: DEAD_PACK_VOLTS, boltExtended: true });
    expect(twin.powered).toBe(false);
    const c = examineTwin(twin);
    expect(c.plan.ids[0]).toBe('replace-batteries');
    expect(words(c.plan.steps)).not.toMatch(/beeps/);
  });
});
