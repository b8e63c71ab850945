// The doctor's "Not answered, so taken as" line says each question as the interview asks it and
// the answer taken in the interview's words, on every model and symptom — not `whatHappens=unsure`
// (src/troubleshoot/assumed-words.ts).

import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { ANSWER_VALUES, SYMPTOMS, questionsFor } from '../src/troubleshoot/symptoms.ts';

const QUESTION_IDS = Object.keys(ANSWER_VALUES);

function assumedLineOf(also: readonly string[]): string | undefined {
  return also.find((l) => l.startsWith('Not answered, so taken as:'));
}

describe('the questions a run left unanswered', () => {
  it('on a 913 that beeps and will not unlock: each question and its answer in the interview\'s words', () => {
    const r = examineSymptom(findModel('smartcode-913')!, 'beeps-wont-unlock', {}).report;
    expect(assumedLineOf(r.also)).toBe(
      'Not answered, so taken as: “I did not notice / not sure” to “What light and beeps does it give when you type your code?”; “I don\'t know” to “When were the batteries last changed?”; “No, it is closed” to “Is the door open right now?”.',
    );
    expect(r.assumed).toEqual(['led', 'batteriesChanged', 'doorOpen']);
  });

  it('on every model and symptom: no question id and no id=value, and one question per answer not given', () => {
    for (const p of MODELS) {
      for (const s of SYMPTOMS) {
        const r = examineSymptom(p, s.id, {}).report;
        const line = assumedLineOf(r.also);
        const asked = questionsFor(s.id, p, {});
        if (asked.length === 0) {
          expect(line, `${p.id} ${s.id}`).toBeUndefined();
          continue;
        }
        expect(line, `${p.id} ${s.id}`).toBeDefined();
        expect(line, `${p.id} ${s.id}`).not.toMatch(/\w=\w/);
        for (const id of QUESTION_IDS) expect(line, `${p.id} ${s.id}`).not.toContain(id);
        for (const q of asked) expect(line, `${p.id} ${s.id}`).toContain(`to “${q.message}”`);
      }
    }
  });

  it('follows an answer given: a keypad that does nothing is asked about the light by itself', () => {
    const r = examineSymptom(findModel('smartcode-916')!, 'unresponsive-to-all-codes', { whatHappens: 'nothing' }).report;
    expect(assumedLineOf(r.also)).toContain('to “What does the light on the lock do by itself?”');
    expect(assumedLineOf(r.also)).not.toContain('What does the lock do when you type a code?');
  });

  it('leaves out a question the answers given skip: not taken as answered "not sure", since the interview never asks it', () => {
    // The bolt going the wrong way is the handing whatever the door does (seed S15).
    const bolt = examineSymptom(findModel('smartcode-913')!, 'bolt-misbehaves', { boltDoes: 'wrong-way' }).report;
    expect(bolt.assumed).toEqual(['doorOpen']);
    expect(assumedLineOf(bolt.also)).not.toContain('With the door open');
    // A keypad that does nothing shows no SecureScreen digits to ask about (product-facts M5, M7).
    const dead = examineSymptom(findModel('smartcode-916')!, 'unresponsive-to-all-codes', { whatHappens: 'nothing' }).report;
    // It may be a reset left half-finished, though (seed S24): whether it was meant is asked.
    expect(dead.assumed).toEqual(['led', 'meantReset', 'batteriesChanged', 'doorOpen']);
    expect(assumedLineOf(dead.also)).not.toContain('digits light up');
  });
});
