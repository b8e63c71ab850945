// An answer left blank — passed as `undefined` by a caller from code, or by the page's Assistant —
// is a question not answered: it keeps its cautious default (symptoms.ts DEFAULT_ANSWERS), as the
// interview and `doctor --json`'s `assumed` take it, and never stands in for an answer of its own.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { ANSWER_VALUES, SYMPTOMS, batteriesUnchecked, rankCauses, withDefaults, type Answers, type QuestionId } from '../src/troubleshoot/symptoms.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';

const QUESTIONS = Object.keys(ANSWER_VALUES) as QuestionId[];
/** Every question answered blank, as a form with nothing chosen hands it over. */
const ALL_BLANK = Object.fromEntries(QUESTIONS.map((q) => [q, undefined])) as Answers;

describe('a blank answer keeps its default', () => {
  it('withDefaults takes a blank answer as its default and keeps every answer given', () => {
    const a = withDefaults({ doorOpen: undefined, batteriesChanged: 'recent' });
    expect(a.doorOpen).toBe('no');
    expect(a.batteriesChanged).toBe('recent');
    expect(withDefaults(ALL_BLANK)).toEqual(withDefaults({}));
  });

  it('rankCauses ranks blank answers as unanswered ones, on every model and symptom', () => {
    for (const p of MODELS) {
      for (const s of SYMPTOMS) {
        const ids = (answers: Answers) => rankCauses(s.id, p, answers).map((c) => `${c.id}: ${c.says}`);
        expect(ids(ALL_BLANK), `${p.id} ${s.id}`).toEqual(ids({}));
        expect(batteriesUnchecked(s.id, p, ALL_BLANK), `${p.id} ${s.id}`).toBe(batteriesUnchecked(s.id, p, {}));
      }
    }
  });

  it('the condition twin and the whole doctor report are those of no answers', () => {
    for (const p of MODELS) {
      for (const s of SYMPTOMS) {
        const cause = rankCauses(s.id, p, {})[0].id;
        expect(conditionTwin(p, s.id, cause, ALL_BLANK).facts, `${p.id} ${s.id}`).toEqual(conditionTwin(p, s.id, cause, {}).facts);
        const { report } = examineSymptom(p, s.id, ALL_BLANK);
        const { report: unanswered } = examineSymptom(p, s.id, {});
        expect(report.causes, `${p.id} ${s.id}`).toEqual(unanswered.causes);
        expect(report.procedure, `${p.id} ${s.id}`).toEqual(unanswered.procedure);
        expect(report.also, `${p.id} ${s.id}`).toEqual(unanswered.also);
      }
    }
  });
});
