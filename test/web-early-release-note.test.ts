// The page's "What just happened" tells the owner a Powerbolt 250's reset hold let go early did not
// register (seed S9; product-facts M9: 15 s), in the words the SmartCode 913's own
// `reset-not-registered` event is told in (src/twin/event-words.ts): the 250's firmware opens its
// programming menu at that release instead, and reports no such event.
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { timelineLines, type Line } from '../web/src/timeline-view.ts';

/** Program held `heldMs` on the page (a button's down and up, web/src/session.ts), then 40 s. */
function linesOf(model: string, heldMs: number): Line[] {
  const twin = Twin.create(model, { mastercode: 'none', codes: { 1: '1357' } });
  twin.apply({ do: 'hold', key: 'program' });
  twin.apply({ do: 'wait', ms: heldMs });
  twin.apply({ do: 'release', key: 'program' });
  twin.apply({ do: 'wait', ms: 40_000 });
  return timelineLines(twin.model, twin.trace.entries);
}

const NOT_REGISTERED = 'factory reset not registered (Program released early)';

describe('a reset hold let go early, on the page', () => {
  it('says the Powerbolt 250\'s 10 s Program hold did not register, right after the hold', () => {
    const lines = linesOf('powerbolt-250', 10_000);
    const hold = lines.findIndex((l) => l.text === 'hold Program for 10.0 s');
    expect(hold).toBeGreaterThanOrEqual(0);
    expect(lines[hold + 1]).toMatchObject({ kind: 'event', text: NOT_REGISTERED });
    expect(lines.filter((l) => l.text === NOT_REGISTERED)).toHaveLength(1);
    expect(lines.some((l) => l.text.startsWith('programming opened'))).toBe(true);
  });

  it('says nothing of a reset for a press that opens the menu', () => {
    const lines = linesOf('powerbolt-250', 300);
    expect(lines.some((l) => l.text.includes('not registered'))).toBe(false);
  });

  it('says nothing of it for the full 15 s hold, which arms the reset', () => {
    const lines = linesOf('powerbolt-250', 15_500);
    expect(lines.some((l) => l.text.includes('not registered'))).toBe(false);
    expect(lines.some((l) => l.text.startsWith('factory reset waiting'))).toBe(true);
  });

  it('leaves the SmartCode 913\'s Program hold to the lock: a powered hold there is the Mastercode\'s, no reset', () => {
    const lines = linesOf('smartcode-913', 10_000);
    expect(lines.some((l) => l.text.includes('not registered'))).toBe(false);
  });
});
