// The doctor's cases the title tests walk on a model: its symptoms with no answer and with each
// answer one at a time, and a twin put in each top cause those reach (src/troubleshoot/doctor.ts,
// condition-twin.ts).

import type { ModelProfile } from '../src/models/profile.ts';
import { examineSymptom, examineTwin, type DoctorCase } from '../src/troubleshoot/doctor.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { SYMPTOMS, questionsFor, type Answers, type SymptomId } from '../src/troubleshoot/symptoms.ts';

/** No answer, then each answer the symptom asks on this model, one at a time. */
export function answerSets(p: ModelProfile, symptom: SymptomId): Answers[] {
  const sets: Answers[] = [{}];
  for (const q of questionsFor(symptom, p, {})) for (const choice of q.choices) sets.push({ [q.id]: choice.value } as Answers);
  return sets;
}

/** A twin in the condition of each top cause this model's symptoms reach, examined by the doctor. */
export function twinCases(p: ModelProfile): DoctorCase[] {
  const out: DoctorCase[] = [];
  for (const s of SYMPTOMS) {
    const seen = new Set<string>();
    for (const a of answerSets(p, s.id)) {
      const top = examineSymptom(p, s.id, a).report.causes[0];
      if (seen.has(top.id)) continue;
      seen.add(top.id);
      out.push(examineTwin(conditionTwin(p, s.id, top.id as never, a).twin, { symptom: s.id, answers: a }));
    }
  }
  return out;
}
