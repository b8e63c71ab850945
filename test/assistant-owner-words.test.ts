// The words a lock owner reads in the page's Assistant (web/src/assistant-words.ts,
// assistant-plans.ts): the story walk's button, its accessible name, its heading, its last line,
// and what each walk reads out before its steps, on every model — in the owner's terms, never
// the project's own names ("the seed story", "the seed's answer"). Sources stay where they are
// cited (a reading's cite, the step's Source line), and are not read here.
import { describe, it, expect } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import { freshTwin } from '../web/src/session.ts';
import { storyGuide, symptomGuide } from '../web/src/assistant-plans.ts';
import { STORY_BUTTON, STORY_BUTTON_LABEL, STORY_DONE, STORY_TITLE } from '../web/src/assistant-words.ts';

const PROJECT_WORDS = /\bseed\b/i;

describe('the Assistant speaks to the owner in the owner\'s words', () => {
  it('its story button, accessible name, heading and last line say what the walk does', () => {
    for (const words of [STORY_BUTTON, STORY_BUTTON_LABEL, STORY_TITLE, STORY_DONE]) expect(words).not.toMatch(PROJECT_WORDS);
    expect(STORY_BUTTON).toMatch(/factory reset/);
    expect(STORY_BUTTON_LABEL.startsWith(STORY_BUTTON)).toBe(true);
  });

  it.each(MODELS.map((m) => [m.id] as const))('%s: the story\'s heading and readings, and each symptom\'s, name no project word', (id) => {
    const twin = freshTwin(id);
    const guides = [storyGuide(twin, () => []), ...SYMPTOMS.map((s) => symptomGuide(freshTwin(id), () => [], s.id))];
    for (const g of guides) {
      expect(g.title).not.toMatch(PROJECT_WORDS);
      for (const r of g.read) expect(r.says, r.says).not.toMatch(PROJECT_WORDS);
    }
    expect(storyGuide(twin, () => []).title).toBe(STORY_TITLE);
    // The symptom as the owner put it comes with what to do about it.
    const forgot = symptomGuide(freshTwin(id), () => [], 'forgot-one-code');
    expect(forgot.read.map((r) => r.says)).toContain('Someone forgot their code (the other codes work). What to do: delete and reprogram that one code.');
  });
});
