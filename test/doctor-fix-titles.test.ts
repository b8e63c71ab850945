// Each cause's fix, and the fix to try if it persists, is said by the procedure's title — the
// words the plan heads its steps with ("→ Replace the batteries"), never its internal id
// ("→ replace batteries") — on every model, for every symptom and every single answer, and from
// a twin in each cause's condition. `doctor --json` keeps `fix` (the id) and adds `fixTitle`.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { examineSymptom, type DoctorCase } from '../src/troubleshoot/doctor.ts';
import { PROCEDURES, buildProcedure } from '../src/troubleshoot/procedures.ts';
import { SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { printReport } from '../src/cli/doctor-print.ts';
import { lockstep } from './cli-run.ts';
import { answerSets, twinCases } from './doctor-cases.ts';

const ARROW = '→ ';
/** An internal id, hyphenated or with its hyphens made spaces ("replace-batteries", "replace batteries"). */
const ID_WORDS = /^[a-z]+(?:[- ][a-z]+)*$/;
const PROCEDURE_IDS = Object.keys(PROCEDURES);
const ANSI = /\x1b\[[0-9;]*m/g;

function printed(c: DoctorCase): string[] {
  const lines: string[] = [];
  printReport(c.report, (line) => lines.push(line.replace(ANSI, '')));
  return lines;
}

/** What follows the last arrow of each line that names a fix. */
function arrows(lines: readonly string[]): string[] {
  return lines.filter((l) => l.includes(ARROW)).map((l) => l.slice(l.lastIndexOf(ARROW) + ARROW.length));
}

function expectTitles(p: ModelProfile, c: DoctorCase): void {
  const fixes = [...c.report.causes, ...(c.report.ifPersists ? [c.report.ifPersists] : [])];
  const said = arrows(printed(c));
  expect(said.length, p.id).toBe(fixes.length);
  for (const f of fixes) {
    const title = buildProcedure(f.fix, p, c.plan.facts).procedure.title;
    expect(said, `${p.id}: ${f.fix}`).toContain(title);
  }
  for (const s of said) {
    expect(s, p.id).not.toMatch(ID_WORDS);
    for (const id of PROCEDURE_IDS) expect(s, p.id).not.toContain(id);
  }
}

describe("a cause's fix is said by its procedure's title", () => {
  it('on a 913 whose lock beeps and will not unlock: "→ Replace the batteries", then the reset', () => {
    const c = examineSymptom(MODELS.find((m) => m.id === 'smartcode-913')!, 'beeps-wont-unlock', { batteriesChanged: 'old', led: 'green' });
    const lines = printed(c);
    expect(lines.some((l) => l.endsWith('→ Replace the batteries'))).toBe(true);
    expect(lines.some((l) => l.startsWith('If it persists:') && l.endsWith('→ Factory reset, then door handing'))).toBe(true);
  });

  it('on every model, for every symptom and answer', () => {
    for (const p of MODELS) for (const s of SYMPTOMS) for (const a of answerSets(p, s.id)) expectTitles(p, examineSymptom(p, s.id, a));
  });

  it("on every model, from a twin in each cause's condition", () => {
    for (const p of MODELS) for (const c of twinCases(p)) expectTitles(p, c);
  });

  it('`doctor --json` keeps each fix id and adds its title', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', 'batteriesChanged=old,led=green', '--json');
    expect(r.code, r.err).toBe(0);
    const { report } = JSON.parse(r.out) as { report: { causes: { fix: string; fixTitle: string }[]; ifPersists: { fix: string; fixTitle: string } } };
    expect(report.causes[0]).toMatchObject({ fix: 'replace-batteries', fixTitle: 'Replace the batteries' });
    expect(report.ifPersists).toMatchObject({ fix: 'factory-reset', fixTitle: 'Factory reset, then door handing' });
  });
});
