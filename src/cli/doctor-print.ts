// How `lockstep doctor` reads on a terminal: the causes most likely first, the plan step by step
// in the owner's words with each step's source, what to try if it persists, the seed's
// after-reset guidance (S20–S23), and — with --show — the plan running on the twin, every input,
// light, beep and bolt movement in the run timeline's form, then the confirmation.

import pc from 'picocolors';
import type { Twin } from '../twin/twin.ts';
import type { DoctorReport } from '../troubleshoot/doctor.ts';
import type { Demonstration, StepOutcome } from '../troubleshoot/demonstrate.ts';
import type { TroubledPoint } from '../troubleshoot/scenario-state.ts';
import { formatEntry } from './timeline.ts';

type Out = (line: string) => void;

const INDENT = '   ';
const TRACE_INDENT = '      ';

function fixWords(id: string): string {
  return id.replace(/-/g, ' ');
}

export function printReport(r: DoctorReport, out: Out): void {
  out(pc.bold(`lockstep doctor — ${r.model.name}`) + pc.dim(` (${r.model.id})`));
  if (r.symptom) out(`${pc.bold('Symptom:')} ${r.symptom.says}. ${pc.dim(`The seed's answer: ${r.symptom.seedAnswer} (${r.symptom.cite}).`)}`);
  if (r.from === 'twin') out(pc.dim(`Read from the twin's own state: ${r.findings.length ? r.findings.map((f) => f.id).join(', ') : 'nothing wrong'}.`));
  if (r.causes.length) {
    out('');
    out(pc.bold('What is wrong, most likely first'));
    for (const c of r.causes) out(`${INDENT}${c.rank}. ${c.says} ${pc.dim(`[${c.cite}]`)} ${pc.cyan(`→ ${fixWords(c.fix)}`)}`);
  }
  if (r.procedure.steps.length) {
    out('');
    out(pc.bold('What to do'));
    let part = '';
    for (const s of r.procedure.steps) {
      if (s.part !== part) {
        part = s.part;
        out(`${INDENT}${pc.cyan(`── ${r.procedure.titles[s.part] ?? fixWords(s.part)}`)}`);
      }
      out(`${INDENT}${String(s.n).padStart(2)}. ${s.says} ${pc.dim(`[${s.cite}]`)}`);
    }
  }
  if (r.ifPersists) {
    out('');
    out(`${pc.bold('If it persists:')} ${r.ifPersists.says} ${pc.cyan(`→ ${fixWords(r.ifPersists.fix)}`)}`);
  }
  if (r.afterReset) {
    const a = r.afterReset;
    out('');
    out(pc.bold('After the reset') + pc.dim(` [${a.cite}]`));
    for (const line of [a.order, a.setMastercode, a.slotPlan, a.testDoorOpen, a.restored]) if (line) out(`${INDENT}• ${line}`);
  }
  if (r.also.length) {
    out('');
    for (const line of r.also) out(`${INDENT}${pc.yellow('•')} ${line}`);
  }
}

export function printTroubled(points: readonly TroubledPoint[], out: Out): void {
  if (!points.length) return;
  out('');
  out(pc.bold('Earlier in the scenario the lock showed'));
  for (const t of points) out(`${INDENT}step ${t.step} (line ${t.line}): ${t.conditions.join(', ')} ${pc.dim(`— --until-step ${t.step} diagnoses it there`)}`);
}

/** A live printer for demonstrate(): each step, then what the lock did. */
export function stepPrinter(out: Out, titles: Partial<Record<string, string>>): (o: StepOutcome, twin: Twin) => void {
  let part = '';
  return (o, twin) => {
    if (o.step.part !== part) {
      part = o.step.part;
      const title = part === 'confirm' ? 'Check: is the symptom gone?' : part === 'symptom' ? 'The trouble, on the twin' : (titles[part] ?? fixWords(part));
      out(pc.cyan(`── ${title}`));
    }
    const mark = o.failures.length ? pc.red('✗') : o.step.expect ? pc.green('✓') : ' ';
    out(`${mark} ${String(o.step.n).padStart(2)}. ${o.step.says}`);
    for (const e of twin.trace.entries.slice(o.from, o.to)) {
      if (e.ch === 'mode') continue;
      const line = formatEntry(e);
      if (line) out(TRACE_INDENT + line);
    }
    for (const f of o.failures) out(`${TRACE_INDENT}${pc.red(`${f.key}: expected ${f.expected}, observed ${f.observed}`)}`);
  };
}

export function printDemonstrationStart(twin: Twin, d: { before: { id: string }[] }, out: Out): void {
  out('');
  out(pc.bold(`On the twin (${twin.model.id}, seed ${twin.seed})`) + pc.dim(` — its state: ${d.before.length ? d.before.map((f) => f.id).join(', ') : 'nothing wrong'}`));
}

export function printConfirmation(d: Demonstration, out: Out): void {
  out('');
  for (const c of d.confirmation.checks) out(`${c.ok ? pc.green('✓') : pc.red('✗')} ${c.says}${c.observed ? pc.dim(` — ${c.observed}`) : ''}`);
  out(d.ok ? pc.green(pc.bold('Confirmed: the symptom is gone.')) : pc.red(pc.bold('Not confirmed: the twin still shows trouble (see above).')));
  if (d.after.length) out(pc.dim(`The twin now: ${d.after.map((f) => f.id).join(', ')}`));
}
