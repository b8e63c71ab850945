// The page says each key as the model's keypad draws it (src/troubleshoot/key-words.ts) wherever
// it tells an action: a scenario's step list (web/src/step-list.ts), the "Do it for me" label
// (web/src/deed-words.ts) and the Assistant's note on a key the step did not ask for
// (web/src/assistant-walk.ts) — "press Kwikset" on a Powerbolt, "press ✓ Lock" on the 916, never
// the scenario's "press lock" — for every model.
import { describe, it, expect } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { keyWords } from '../src/troubleshoot/key-words.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { stepWording } from '../web/src/step-list.ts';
import { deedWords } from '../web/src/deed-words.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { Walk } from '../web/src/assistant-walk.ts';
import { storyGuide } from '../web/src/assistant-plans.ts';

/** A key said by the scenario's word after a verb: what the owner should never read. */
const SCENARIO_KEY_WORD = /\b(press|hold|release|of) (lock|program|reset)\b/;

function scenarioFor(model: string): string {
  return [`name: keys`, `model: ${model}`, `steps:`, `  - press: lock`, `  - hold: program`, `  - release: program`, `  - hold: { key: program, for: 5s }`, ''].join('\n');
}

describe.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, model) => {
  const key = keyWords(model);

  it('the step list names each key as the keypad draws it', () => {
    const words = parseScenario(scenarioFor(model.id), 'keys.yaml').steps.map((s) => stepWording(s, model));
    expect(words).toEqual([`press ${key('lock')}`, 'hold Program down', 'release Program', 'hold Program for 5 s']);
    for (const w of words) expect(w).not.toMatch(SCENARIO_KEY_WORD);
  });

  it('"Do it for me" names each key as the keypad draws it', () => {
    expect(deedWords({ do: 'apply', action: { do: 'press', key: 'lock' } }, model)).toBe(`press ${key('lock')}`);
    expect(deedWords({ do: 'press-start', key: 'program' }, model)).toBe('hold Program down');
    expect(deedWords({ do: 'press-end', key: 'program' }, model)).toBe('let go of Program');
  });

  it('the Assistant’s note on a key the step did not ask for names it as the keypad draws it', () => {
    const session = new Session(freshTwin(model.id));
    const guide = storyGuide(session.twin, () => session.log);
    const walk = new Walk(guide.plan, guide.replanner, session.twin);
    session.onEntries((fresh) => walk.entries(fresh));
    session.onAction((a) => walk.act(a, session.twin));
    const asked = walk.current!.action;
    const stray = asked?.do === 'press' && asked.key === 'lock' ? 'program' : 'lock';
    session.apply({ do: 'press', key: stray });
    expect(walk.note).toContain(`That was “press ${key(stray)}”`);
    expect(walk.note).not.toMatch(SCENARIO_KEY_WORD);
  });
});
