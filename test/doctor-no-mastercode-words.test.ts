// The doctor's no-Mastercode row (seed S7, S3) in each model's own words: the admin code by the
// name its model gives it (the 275, 264 and 92640-001 call it a programming code, product-facts
// §7); the reset as what it really leaves — the 264's, 92640-001's and Powerbolt 2's restores the
// factory codes 0-0-0-0 and 1-2-3-4 (product-facts §5 [M11], §7 [S5]), the 275's the programming
// code 0-0-0-0 (seed S12), a blank slate only where it is one; and on the 275 both codes a lock
// nobody personalised may still have, in order: the programming tag's, as it left the box, then
// 0-0-0-0, as a previous owner's reset left it (seed S12).
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import { modelOf } from './model-of.ts';
import { lockstep } from './cli-run.ts';

const report = (id: string) => examineSymptom(modelOf(id), 'no-mastercode', { doorOpen: 'yes' }).report;

describe('the complaint names the admin code as the model does', () => {
  it.each(MODELS.map((m) => [m.id, m.adminCodeName] as const))('%s: "nobody gave me the %s"', (id, name) => {
    expect(report(id).symptom?.says).toBe(`I moved in and nobody gave me the ${name}`);
  });

  it('lockstep doctor prints it on the 275', () => {
    const r = lockstep('doctor', '--model', '275', '--symptom', 'no-mastercode', '--answers', 'doorOpen=yes');
    expect(r.code).toBe(0);
    expect(stripVTControlCharacters(r.out)).toContain('Symptom: I moved in and nobody gave me the programming code.');
  });
});

describe('the reset is said as what it leaves', () => {
  const lostSays = (id: string) => report(id).causes.find((c) => c.id === 'mastercode-lost')!;

  it.each(['powerbolt-264', 'powerbolt-92640-001', 'powerbolt-2'])('%s: the factory codes come back, to change at once', (id) => {
    const lost = lostSays(id);
    expect(lost.says).not.toMatch(/starts clean/);
    expect(lost.says).toMatch(/After the reset the (programming code|Mastercode) is 0-0-0-0; user code 1-2-3-4 \(slot 1\) is back — delete or replace it\./);
    expect(lost.cite).toMatch(id === 'powerbolt-2' ? /product-facts M11/ : /product-facts S5/);
  });

  it('the 275: the programming code 0-0-0-0, not a blank slate (seed S12)', () => {
    const lost = lostSays('smartcode-275');
    expect(lost.says).not.toMatch(/starts clean/);
    expect(lost.says).toMatch(/After the reset the programming code is 0-0-0-0\./);
    expect(lost.cite).toMatch(/seed [^;]*S12/);
  });

  it('the 913, whose reset leaves no code at all, starts clean', () => {
    expect(lostSays('smartcode-913').says).toMatch(/It erases every code, so the new owner starts clean\./);
  });
});

describe('the 275 tries the tag\'s code, then the 0-0-0-0 a reset leaves, before resetting (seed S12)', () => {
  it('says both, in that order, as the cause and as the first step', () => {
    const r = report('smartcode-275');
    const unchanged = r.causes.find((c) => c.fix === 'try-factory-code')!;
    expect(unchanged.says).toMatch(/programming tag.*then 0-0-0-0/);
    const first = r.procedure.steps.find((s) => s.says.startsWith('Try the'))!;
    expect(first.says).toMatch(/^Try the programming code printed on the programming tag; if the lock answers red ×3 and three beeps, try 0-0-0-0, the code a reset leaves:/);
    expect(first.says.indexOf('programming tag')).toBeLessThan(first.says.indexOf('0-0-0-0'));
    expect(first.cite).toMatch(/seed S12/);
  });

  it('still shows the tag\'s code opening the menu on a twin, no reset', () => {
    const c = examineSymptom(modelOf('smartcode-275'), 'no-mastercode', { doorOpen: 'yes' });
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('the 264 and Powerbolt 2, whose box and reset give the same 0-0-0-0, name it once', () => {
    for (const id of ['powerbolt-264', 'powerbolt-2']) {
      const first = report(id).procedure.steps.find((s) => s.says.startsWith('Try the'))!;
      expect(first.says.match(/0-0-0-0/g)).toHaveLength(1);
    }
  });
});
