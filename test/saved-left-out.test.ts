// A walk the page saved before each procedure a plan leaves out kept its title has only its id
// and why; taken up again after a reload, its closing summary would read "“undefined” cannot be
// done on the SmartCode 909". The page fills the title from the id, as the plan gives it, and
// refuses only a save whose left-out procedure it does not know (web/src/saved-left-out.ts).
import { describe, expect, it } from 'vitest';
import { Session, freshTwin } from '../web/src/session.ts';
import { Walk } from '../web/src/assistant-walk.ts';
import { saveGuide, storyGuide } from '../web/src/assistant-plans.ts';
import { titledSave } from '../web/src/saved-left-out.ts';
import { cannotLine } from '../src/troubleshoot/unavailable-words.ts';

/** The 909's story as the page saves it, and as an older page saved it: no titles. */
function saves(): { now: { guide: ReturnType<typeof saveGuide>; walk: ReturnType<Walk['saved']> }; old: unknown; session: Session } {
  const session = new Session(freshTwin('smartcode-909'));
  const guide = storyGuide(session.twin, () => session.log);
  const walk = new Walk(guide.plan, guide.replanner, session.twin);
  const now = JSON.parse(JSON.stringify({ guide: saveGuide(guide), walk: walk.saved() }));
  const old = JSON.parse(JSON.stringify(now));
  for (const u of [...old.guide.plan.unavailable, ...old.walk.unavailable]) delete u.title;
  return { now, old, session };
}

describe('a walk saved before left-out procedures kept their titles', () => {
  it('the 909\'s story leaves out "Set your own Mastercode", and an old save has only its id', () => {
    const { now, old } = saves();
    expect(now.walk.unavailable.map((u) => u.title)).toEqual(['Set your own Mastercode']);
    const line = cannotLine((old as typeof now).walk.unavailable[0], 'SmartCode 909');
    expect(line).toContain('undefined'); // what the summary printed before the page filled it
  });

  it('gets each title back from its id, the one the plan gives, in the walk and in its guide', () => {
    const { now, old, session } = saves();
    const titled = titledSave(old as typeof now, session.twin);
    expect(titled.walk.unavailable).toEqual(now.walk.unavailable);
    expect(titled.guide.plan.unavailable).toEqual(now.guide.plan.unavailable);
    expect(cannotLine(titled.walk.unavailable[0], 'SmartCode 909')).toBe(cannotLine(now.walk.unavailable[0], 'SmartCode 909'));
  });

  it('leaves a save with its titles as it is', () => {
    const { now, session } = saves();
    expect(titledSave(now, session.twin)).toEqual(now);
  });

  it('refuses a save whose left-out procedure, untitled, it does not know (the page then says it could not take it up)', () => {
    const { now, old, session } = saves();
    const damaged = old as typeof now;
    damaged.walk.unavailable[0].id = 'set-mastercodes';
    expect(() => titledSave(damaged, session.twin)).toThrow('a procedure left out is unknown: "set-mastercodes"');
  });
});
