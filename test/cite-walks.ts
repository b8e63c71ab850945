// The walks over what the troubleshooter prints, shared by the tests of its citations
// (own-cites.test.ts: each source the model's own or said to be borrowed; own-cite-idempotent.test.ts:
// a citation routed twice reads as routed once): every doctor interview on a model, every
// citation decode and doctor print (a reset that did not take included), and every step of every procedure with the citation it carries.
import type { ModelProfile } from '../src/models/profile.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { applicableSignals } from '../src/troubleshoot/signal-scope.ts';
import { readStatusBlink } from '../src/troubleshoot/status-reading.ts';
import { readLitDigits } from '../src/troubleshoot/screen-reading.ts';
import { readResetFailure } from '../src/troubleshoot/reset-failure-reading.ts';
import { TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { SYMPTOMS as SYMPTOM_ROWS, questionsFor, type Answers, type SymptomId } from '../src/troubleshoot/symptoms.ts';
import { buildProcedure } from '../src/troubleshoot/procedures.ts';
import type { DoctorProcedureId, LockFacts } from '../src/troubleshoot/procedure-kit.ts';

/** Every symptom the doctor takes: a new one is walked without being listed here. */
export const SYMPTOMS: readonly SymptomId[] = SYMPTOM_ROWS.map((s) => s.id);
export const STATUS_COLOURS = ['green', 'amber', 'red'] as const;
/** Deep enough for every question the interview asks in turn (symptoms.ts questionsFor). */
const MAX_QUESTIONS = 8;

/** Calls `visit` with every symptom and every full set of answers the doctor's interview can
 * take on model m (each question's every choice, up to MAX_QUESTIONS deep). */
export function forEveryInterview(m: ModelProfile, visit: (symptom: SymptomId, answers: Answers) => void): void {
  for (const symptom of SYMPTOMS) {
    const walk = (answers: Answers, depth: number): void => {
      const [q] = questionsFor(symptom, m, answers);
      if (q && depth < MAX_QUESTIONS) {
        for (const c of q.choices) walk({ ...answers, [q.id]: c.value }, depth + 1);
        return;
      }
      visit(symptom, answers);
    };
    walk({}, 0);
  }
}

/** Every citation decode and doctor print for model m, with where it was printed. */
export function printedCites(m: ModelProfile): [string, string][] {
  const out: [string, string][] = [];
  for (const s of applicableSignals(m)) out.push([`decode ${s}`, adviceFor(m, s).cite]);
  for (const c of STATUS_COLOURS) {
    const r = readStatusBlink(m, parseSignalText(`blinking ${c} every few seconds`));
    if (r) out.push([`decode status ${c}`, r.cite]);
  }
  const screen = readLitDigits(m, 'some');
  if (screen) out.push(['decode screen', screen.cite]);
  for (const c of readResetFailure(m, parseSignalText("the reset didn't work"), TERMINAL_POINTERS.rehearseReset)?.causes ?? []) out.push([`decode reset-failed ${c.id}`, c.cite]);
  forEveryInterview(m, (symptom, answers) => {
    const r = examineSymptom(m, symptom, answers).report;
    const where = `doctor ${symptom} ${JSON.stringify(answers)}`;
    if (r.symptom) out.push([`${where} the seed's answer`, r.symptom.cite]);
    for (const c of r.causes) out.push([`${where} cause ${c.id}`, c.cite]);
    for (const s of r.procedure.steps) out.push([`${where} step ${s.n} (${s.part})`, s.cite]);
    if (r.ifPersists) out.push([`${where} if it persists`, r.ifPersists.cite]);
    if (r.afterReset) out.push([`${where} after the reset`, r.afterReset.cite]);
  });
  return out;
}

export const PROCEDURE_IDS: readonly DoctorProcedureId[] = [
  'press-firmly', 'code-then-lock', 'shown-digits-first', 'insert-pack', 'reconnect-exterior', 'wait-lockout', 'replace-batteries', 'try-factory-code',
  'cancel-reset', 'finish-reset', 'factory-reset', 'clear-jam', 'relearn-handing', 'replace-code', 'set-mastercode', 'add-code', 'test-codes-door-open',
];

/** What the owner may know as a procedure begins: the admin code none, known or lost; the
 * forgotten code's digits on record or not. */
export function factsVariants(): LockFacts[] {
  const base: LockFacts = { adminCode: '', codes: { 1: '2580' }, untested: [1], handed: true, doorOpen: false, tag: '0000', newCode: '2580', newAdminCode: '97531' };
  return [null, '', '97531'].flatMap((adminCode) => [
    { ...base, adminCode },
    { ...base, adminCode, forgotten: { slot: 1, code: '2580' } },
    { ...base, adminCode, forgotten: { slot: 1, code: null } },
  ]);
}

/** Every step of every procedure on model m: where, the citation it carries, and as printed. */
export function rawAndPrinted(m: ModelProfile): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const id of PROCEDURE_IDS) {
    for (const facts of factsVariants()) {
      for (const s of buildProcedure(id, m, facts).procedure.steps) out.push([`${id}: ${s.says}`, s.cite, ownCite(m, s.cite)]);
    }
  }
  return out;
}
