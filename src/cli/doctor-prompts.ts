// The doctor's interview (issue "npx lockstep doctor"): select lists with the arrow keys, in
// plain words, asking only what the ranking needs for this symptom and model (symptoms.ts
// questionsFor) — the model, the symptom (seed S7's rows), then the few questions that follow.

import { confirm, select } from '@inquirer/prompts';
import { MODELS, findModel } from '../models/index.ts';
import type { ModelProfile } from '../models/profile.ts';
import { practiceKeysInShort } from './practice-keys.ts';
import { SYMPTOMS, questionsFor, symptomOn, type Answers, type QuestionId, type SymptomId } from '../troubleshoot/symptoms.ts';

const IDENTIFIERS_SHOWN = 2;

export async function askModel(preset?: string): Promise<ModelProfile> {
  const known = preset ? findModel(preset) : undefined;
  if (known) return known;
  const id = await select({
    message: 'Which lock is it? (the part number is molded on the interior escutcheon, or printed on the box)',
    choices: MODELS.map((m) => ({ value: m.id, name: `${m.name}  (${m.identifiers.slice(0, IDENTIFIERS_SHOWN).join(', ')})`, description: m.distinguish })),
    pageSize: MODELS.length,
  });
  return findModel(id)!;
}

/** The trouble, each row in the words of model p's owner (symptoms.ts symptomOn). */
export async function askSymptom(p: ModelProfile): Promise<SymptomId> {
  return select({ message: "What's the trouble?", choices: SYMPTOMS.map((s) => ({ value: s.id, name: symptomOn(p, s.id).says })) });
}

/** Ask until the ranking has what it needs; already-given answers are not asked again. */
export async function askAnswers(symptom: SymptomId, p: ModelProfile, given: Answers): Promise<Answers> {
  const answers: Record<string, string> = { ...given };
  for (;;) {
    const [q] = questionsFor(symptom, p, answers as Answers);
    if (!q) return answers as Answers;
    answers[q.id as QuestionId] = await select({ message: q.message, choices: q.choices });
  }
}

export async function askShow(): Promise<boolean> {
  return confirm({ message: 'Show it on a twin of your lock, step by step?', default: true });
}

/** The offer names the model's own hold and keys (15 s on a Powerbolt 250, product-facts M9;
 * Reset held 5 s on the 264 and Powerbolt 2, M11), as the practice itself does. */
export async function askPractise(p: ModelProfile): Promise<boolean> {
  const hold = `${p.timing.resetHoldMs / 1000} s`;
  return confirm({ message: `Practise the reset now, with a live ${hold} hold timer? (keys: ${practiceKeysInShort(p)})`, default: false });
}
