// The page's "What just happened" tells the owner a reset hold let go early did not register
// (seed S9), once, from the firmware's own `reset-not-registered` event in its words
// (src/twin/event-words.ts): a Powerbolt 250's Program hold (product-facts M9: 15 s), which also
// opens its programming menu at that release, and a 264's Reset button (M11: 5 s).
import { describe, expect, it } from 'vitest';
import { Twin } from '../src/twin/twin.ts';
import { timelineLines, type Line } from '../web/src/timeline-view.ts';

/** `key` (Program unless told) held `heldMs` on the page (a button's down and up,
 * web/src/session.ts), then 40 s. */
function linesOf(model: string, heldMs: number, key: 'program' | 'reset' = 'program'): Line[] {
  const twin = Twin.create(model, key === 'program' ? { mastercode: 'none', codes: { 1: '1357' } } : { codes: { 1: '1357' } });
  twin.apply({ do: 'hold', key });
  twin.apply({ do: 'wait', ms: heldMs });
  twin.apply({ do: 'release', key });
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

  it("says a 264's Reset button let go at 4 s did not register, right after the hold", () => {
    const lines = linesOf('powerbolt-264', 4_000, 'reset');
    const hold = lines.findIndex((l) => l.text === 'hold Reset for 4.0 s');
    expect(hold).toBeGreaterThanOrEqual(0);
    expect(lines[hold + 1]).toMatchObject({ kind: 'event', text: 'factory reset not registered (Reset released early)' });
    expect(lines.filter((l) => l.text.includes('not registered'))).toHaveLength(1);
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
