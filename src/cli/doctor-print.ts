// How `lockstep doctor` reads on a terminal: the causes most likely first, the plan step by step
// in the owner's words with each step's source, what to try if it persists, the seed's
// after-reset guidance (S20–S23), and — with --show — the plan running on the twin, every input,
// light, beep and bolt movement in the run timeline's form, then the confirmation.

import pc from 'picocolors';
import type { Twin } from '../twin/twin.ts';
import type { DoctorReport } from '../troubleshoot/doctor.ts';
import type { Demonstration, StepOutcome } from '../troubleshoot/demonstrate.ts';
import type { TroubledPoint } from '../troubleshoot/scenario-state.ts';
import type { Finding } from '../troubleshoot/conditions.ts';
import { conditionList } from '../troubleshoot/condition-titles.ts';
import { keyWords } from '../troubleshoot/key-words.ts';
import { ENTRY_TEXT_COLUMN, formatEntry } from './timeline.ts';

/** Writes a line; `hang` is how far its rows after the first are indented where it is wrapped to
 * a terminal's width (terminal-wrap.ts), so that a step's text keeps its column. */
export type Out = (line: string, hang?: number) => void;

const INDENT = '   ';
const TRACE_INDENT = '      ';
const TITLE_MARK = '── ';
const BULLET = '• ';
/** A step's mark on the twin: ✓, ✗ or a space. */
const MARK_WIDTH = 1;

function fixWords(id: string): string {
  return id.replace(/-/g, ' ');
}

export function printReport(r: DoctorReport, out: Out): void {
  out(pc.bold(`lockstep doctor — ${r.model.name}`) + pc.dim(` (${r.model.id})`));
  if (r.symptom) out(`${pc.bold('Symptom:')} ${r.symptom.says}. ${pc.dim(`The seed's answer: ${r.symptom.seedAnswer} (${r.symptom.cite}).`)}`);
  if (r.from === 'twin') out(pc.dim(`Read from the twin's own state: ${conditionList(r.findings.map((f) => f.id))}.`));
  if (r.causes.length) {
    out('');
    out(pc.bold('What is wrong, most likely first'));
    for (const c of r.causes) {
      const mark = `${INDENT}${c.rank}. `;
      out(`${mark}${c.says} ${pc.dim(`[${c.cite}]`)} ${pc.cyan(`→ ${c.fixTitle}`)}`, mark.length);
    }
  }
  if (r.procedure.steps.length) {
    out('');
    out(pc.bold('What to do'));
    let part = '';
    for (const s of r.procedure.steps) {
      if (s.part !== part) {
        part = s.part;
        out(`${INDENT}${pc.cyan(`${TITLE_MARK}${r.procedure.titles[s.part] ?? fixWords(s.part)}`)}`, INDENT.length + TITLE_MARK.length);
      }
      const mark = `${INDENT}${String(s.n).padStart(2)}. `;
      out(`${mark}${s.says} ${pc.dim(`[${s.cite}]`)}`, mark.length);
    }
  }
  if (r.ifPersists) {
    out('');
    out(`${pc.bold('If it persists:')} ${r.ifPersists.says} ${pc.cyan(`→ ${r.ifPersists.fixTitle}`)}`);
  }
  if (r.afterReset) {
    const a = r.afterReset;
    out('');
    out(pc.bold('After the reset') + pc.dim(` [${a.cite}]`));
    for (const line of [a.order, a.setMastercode, a.slotPlan, a.testDoorOpen, a.restored]) if (line) out(`${INDENT}${BULLET}${line}`, INDENT.length + BULLET.length);
  }
  if (r.also.length) {
    out('');
    for (const line of r.also) out(`${INDENT}${pc.yellow(BULLET.trim())} ${line}`, INDENT.length + BULLET.length);
  }
}

export function printTroubled(points: readonly TroubledPoint[], out: Out): void {
  if (!points.length) return;
  out('');
  out(pc.bold('Earlier in the scenario the lock showed'));
  for (const t of points) out(`${INDENT}step ${t.step} (line ${t.line}): ${conditionList(t.conditions)} ${pc.dim(`— --until-step ${t.step} diagnoses it there`)}`, INDENT.length);
}

/** A live printer for demonstrate(): each step, then what the lock did. */
export function stepPrinter(out: Out, titles: Partial<Record<string, string>>): (o: StepOutcome, twin: Twin) => void {
  let part = '';
  return (o, twin) => {
    if (o.step.part !== part) {
      part = o.step.part;
      const title = part === 'confirm' ? 'Check: is the symptom gone?' : part === 'symptom' ? 'The trouble, on the twin' : (titles[part] ?? fixWords(part));
      out(pc.cyan(`${TITLE_MARK}${title}`), TITLE_MARK.length);
    }
    const mark = o.failures.length ? pc.red('✗') : o.step.expect ? pc.green('✓') : ' ';
    const number = ` ${String(o.step.n).padStart(2)}. `;
    out(`${mark}${number}${o.step.says}`, MARK_WIDTH + number.length);
    for (const e of twin.trace.entries.slice(o.from, o.to)) {
      if (e.ch === 'mode') continue;
      const line = formatEntry(e, keyWords(twin.model), twin.model.adminCodeName);
      if (line) out(TRACE_INDENT + line, TRACE_INDENT.length + ENTRY_TEXT_COLUMN);
    }
    for (const f of o.failures) out(`${TRACE_INDENT}${pc.red(`${f.key}: expected ${f.expected}, observed ${f.observed}`)}`, TRACE_INDENT.length);
  };
}

export function printDemonstrationStart(twin: Twin, d: { before: readonly Pick<Finding, 'id'>[] }, out: Out): void {
  out('');
  out(pc.bold(`On the twin (${twin.model.name}, seed ${twin.seed})`) + pc.dim(` — its state: ${conditionList(d.before.map((f) => f.id))}`));
}

export function printConfirmation(d: Demonstration, out: Out): void {
  out('');
  for (const c of d.confirmation.checks) out(`${c.ok ? pc.green('✓') : pc.red('✗')} ${c.says}${c.observed ? pc.dim(` — ${c.observed}`) : ''}`, MARK_WIDTH + 1);
  out(d.ok ? pc.green(pc.bold('Confirmed: the symptom is gone.')) : pc.red(pc.bold('Not confirmed: the twin still shows trouble (see above).')));
  if (d.after.length) out(pc.dim(`The twin now: ${conditionList(d.after.map((f) => f.id))}`));
}
