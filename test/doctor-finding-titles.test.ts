// What the doctor reads from a twin's own state is said in words ("batteries low"), from one
// table (condition-titles.ts), never by the condition's internal id ("battery-low"): in "Read from
// the twin's own state", the twin's state before the demonstration, each "no longer" check, what
// the twin shows after, and where earlier in a scenario the lock showed trouble — on every model,
// from a twin in each cause's condition. `doctor --json` keeps each finding's `id` and adds `title`.
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { examineTwin } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { diagnoseTwin, type ConditionId } from '../src/troubleshoot/conditions.ts';
import { CONDITION_TITLES } from '../src/troubleshoot/condition-titles.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { printConfirmation, printDemonstrationStart, printReport, printTroubled } from '../src/cli/doctor-print.ts';
import { lockstep } from './cli-run.ts';
import { twinCases } from './doctor-cases.ts';

const ANSI = /\x1b\[[0-9;]*m/g;
/** A hyphenated lowercase id, as the conditions are named inside ("battery-low", "no-admin-code"). */
const HYPHENATED_ID = /\b[a-z]+(?:-[a-z]+)+\b/;
/** The lines that list what the twin shows. */
const STATE_LINES = /Read from the twin's own state|its state:|no longer:|The twin now:|Earlier in the scenario|^\s+step \d+ \(line/;

function collect(): { out: (line: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line.replace(ANSI, '')) };
}

function expectWords(p: ModelProfile, lines: readonly string[]): void {
  const state = lines.filter((l) => STATE_LINES.test(l));
  for (const l of state) {
    expect(l, p.id).not.toMatch(HYPHENATED_ID);
    for (const id of Object.keys(CONDITION_TITLES)) expect(l, p.id).not.toContain(id);
  }
}

describe("the twin's own state is read in words", () => {
  it('every condition has a title, in words', () => {
    const ids: ConditionId[] = ['reset-armed', 'reset-holding', 'handing-not-learned', 'handing-running', 'battery-critical', 'battery-low', 'store-untrusted', 'lockout', 'bolt-jammed', 'no-admin-code', 'untested-codes', 'no-codes', 'powered-off', 'exterior-unplugged'];
    for (const id of ids) {
      expect(CONDITION_TITLES[id], id).toMatch(/^[a-z][a-zA-Z ,']+$/);
      expect(CONDITION_TITLES[id]).not.toMatch(HYPHENATED_ID);
    }
  });

  it('on a 913 with a weak pack: "batteries low", before and after the fix', () => {
    const p = findModel('smartcode-913')!;
    const c = examineTwin(conditionTwin(p, 'beeps-wont-unlock', 'battery-weak', { batteriesChanged: 'old', led: 'green' }).twin);
    const { out, lines } = collect();
    printReport(c.report, out);
    printDemonstrationStart(c.twin, { before: diagnoseTwin(c.twin) }, out);
    printConfirmation(demonstrate(c.twin, c.plan, c.confirm), out);
    expect(lines).toContain("Read from the twin's own state: batteries low.");
    expect(lines.some((l) => l.endsWith('— its state: batteries low'))).toBe(true);
    expect(lines).toContain('✓ no longer: batteries low');
    expectWords(p, lines);
  });

  it('on every model, from a twin in each cause\'s condition, and shown fixed', () => {
    for (const p of MODELS) {
      for (const c of twinCases(p)) {
        const { out, lines } = collect();
        printReport(c.report, out);
        printDemonstrationStart(c.twin, { before: diagnoseTwin(c.twin) }, out);
        printConfirmation(demonstrate(c.twin, c.plan, c.confirm), out);
        expect(lines.some((l) => l.startsWith("Read from the twin's own state:")), p.id).toBe(true);
        expectWords(p, lines);
      }
    }
  });

  it('where earlier in a scenario the lock showed trouble', () => {
    const { out, lines } = collect();
    printTroubled([{ step: 3, line: 12, conditions: ['reset-armed', 'battery-low'] }], out);
    expect(lines).toContain(`   step 3 (line 12): ${CONDITION_TITLES['reset-armed']}, ${CONDITION_TITLES['battery-low']} — --until-step 3 diagnoses it there`);
    expectWords(findModel('smartcode-913')!, lines.map((l) => l.replace('--until-step', '')));
  });

  it('`doctor --json` keeps each finding id and adds its title', () => {
    const r = lockstep('doctor', '--scenario', 'scenarios/smartcode-913/s24-reset-armed-never-confirmed.yaml', '--until-step', '7', '--json');
    expect(r.code === 0 || r.code === 1, r.err).toBe(true);
    const { report } = JSON.parse(r.out) as { report: { findings: { id: ConditionId; title: string }[] } };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.title).toBe(CONDITION_TITLES[f.id]);
  });
});
