// The doctor's line for the questions a scripted run left unanswered (seed S7: the troubleshooting
// table is read from what the owner tells): each said as the interview asks it, with the answer
// taken in the interview's own words — never the question's id and the answer's value as
// `whatHappens=unsure`. `doctor --json` keeps the ids in `assumed`.

import type { ModelProfile } from '../models/profile.ts';
import { DEFAULT_ANSWERS, questionsFor, type Answers, type Question, type QuestionId, type SymptomId } from './symptoms.ts';

/** The question `id` as this model's interview asks it, given the answers there are (a question's
 * wording may follow an earlier answer), or as it asks it first. */
function questionOf(p: ModelProfile, symptom: SymptomId, answers: Answers, id: QuestionId): Question | undefined {
  return questionsFor(symptom, p, answers).find((q) => q.id === id) ?? questionsFor(symptom, p, {}).find((q) => q.id === id);
}

/** `“Not sure” to “What does the lock do when you type a code?”` for one unanswered question. */
function takenAs(p: ModelProfile, symptom: SymptomId, answers: Answers, id: QuestionId): string {
  const value = DEFAULT_ANSWERS[id];
  const q = questionOf(p, symptom, answers, id);
  const choice = q?.choices.find((c) => c.value === value);
  return `“${choice?.name ?? value}” to “${q?.message ?? id}”`;
}

/** The whole line, or null when every question was answered. */
export function assumedLine(p: ModelProfile, symptom: SymptomId, answers: Answers, assumed: readonly QuestionId[]): string | null {
  if (assumed.length === 0) return null;
  return `Not answered, so taken as: ${assumed.map((id) => takenAs(p, symptom, answers, id)).join('; ')}.`;
}
