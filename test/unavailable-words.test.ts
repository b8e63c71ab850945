// A procedure the plan leaves out is said by its title, never its internal id: the SmartCode 909
// has no Mastercode (product-facts M4), so "Set your own Mastercode" is skipped — in the doctor's
// notes, its --json plan, and the page's Assistant (what it read, and why it cannot).
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import type { LeftOut } from '../src/troubleshoot/plan.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { storyGuide, symptomGuide } from '../web/src/assistant-plans.ts';
import { lockstep } from './cli-run.ts';

const SC909 = findModel('smartcode-909')!;

/** "set mastercode:" — the id as the old lines printed it. */
function idWords(u: LeftOut): string {
  return `${u.id.replace(/-/g, ' ')}:`;
}

function expectTitled(lines: readonly string[], left: readonly LeftOut[]): void {
  for (const u of left) {
    expect(u.title.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain(u.title);
    for (const line of lines) expect(line.toLowerCase().startsWith(idWords(u))).toBe(false);
  }
}

describe('a procedure left out is named by its title', () => {
  it('on a 909, the doctor skips "Set your own Mastercode", by that name', () => {
    const c = examineSymptom(SC909, 'no-mastercode', { doorOpen: 'no' });
    expect(c.report.procedure.unavailable).toEqual([{ id: 'set-mastercode', title: 'Set your own Mastercode', why: expect.stringContaining('no Mastercode') }]);
    expect(c.report.also).toContain(`Set your own Mastercode — skipped: ${c.plan.unavailable[0].why}.`);
    expectTitled(c.report.also, c.plan.unavailable);
  });

  it('on every model and symptom, and from every fresh twin', () => {
    for (const m of MODELS) {
      for (const s of SYMPTOMS) {
        const c = examineSymptom(m, s.id, {});
        expectTitled(c.report.also, c.plan.unavailable);
      }
      const t = examineTwin(freshTwin(m.id), { symptom: 'no-mastercode' });
      expectTitled(t.report.also, t.plan.unavailable);
    }
  });

  it('in `doctor --json`, each left-out procedure keeps its id and carries its title', () => {
    const r = lockstep('doctor', '--model', 'smartcode-909', '--symptom', 'no-mastercode', '--json');
    expect(r.code, r.err).toBe(0);
    const { report } = JSON.parse(r.out) as { report: { procedure: { unavailable: LeftOut[] }; also: string[] } };
    expect(report.procedure.unavailable.map((u) => [u.id, u.title])).toEqual([['set-mastercode', 'Set your own Mastercode']]);
    expect(report.also.join('\n')).not.toContain('set mastercode:');
  });

  it('in what the page\'s Assistant read for the seed story and for a symptom on a 909', () => {
    const session = new Session(freshTwin(SC909.id));
    const story = storyGuide(session.twin, () => session.log);
    expectTitled(story.read.map((r) => r.says), story.plan.unavailable as LeftOut[]);
    expect(story.plan.unavailable.map((u) => u.title)).toEqual(['Set your own Mastercode']);
    const symptom = symptomGuide(session.twin, () => session.log, 'no-mastercode');
    expectTitled(symptom.read.map((r) => r.says), symptom.plan.unavailable as LeftOut[]);
  });
});
