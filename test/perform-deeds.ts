// Does an Assistant step's deeds on the page's session as its "Do it for me" would (web/src/assistant-walk.ts),
// for tests that walk the Assistant: test/assistant-walk.test.ts and test/armed-hold-reading.test.ts.
import type { Session } from '../web/src/session.ts';
import type { Walk, Deed } from '../web/src/assistant-walk.ts';

export function perform(session: Session, walk: Walk, deeds: Deed[]): void {
  for (const d of deeds) {
    if (d.do === 'apply') session.apply(d.action);
    else if (d.do === 'press-start') session.pressStart(d.key);
    else if (d.do === 'press-end') session.pressEnd(d.key);
    else walk.acknowledge(session.twin);
  }
}
