// The page's hand (web/src/session.ts): a quick tap is stretched to a real press and released
// with only the contact's settling after it (not the scripted 280 ms pause), so what the press
// set off is showing when the tap's handlers end and the page draws it at its next frame — the short green flash of a right code included (issue "The
// browser twin": key press to LED within one frame). The hand's pause before its next press keeps
// fast typing — even with the page clock paused — a real sequence of presses the firmware accepts.
import { describe, expect, it } from 'vitest';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import type { TraceEntry } from '../src/sim/trace.ts';
import { KEY_GAP_MS, PRESS_MS } from '../src/twin/twin.ts';
import { ledAt, patternFrom } from '../web/src/led.ts';
import type { LedEntry } from '../web/src/signals.ts';
import { MIN_GAP_MS, MIN_PRESS_MS, Session, freshTwin } from '../web/src/session.ts';

const INHERITED_CODE = '1111'; // the inherited 913's slot 1 (web/src/session.ts INHERITED)
const WRONG_CODE = '9999';

/** The colour the page shows at `now`, from the last light pattern in `log` (as web/src/main.ts follows it). */
function shownAt(session: Session, now: number): string | null {
  const lights = session.log.filter((e) => e.ch === 'led' && !('status' in (e.v as object)));
  const last = lights.at(-1);
  if (!last) return null;
  const beep = session.log.find((e) => e.t === last.t && e.ch === 'beep');
  const pattern = patternFrom(session.twin.model, last.t, last.v as LedEntry, beep ? (beep.v as { count: number }).count : 0);
  return ledAt(pattern, null, now);
}

/** Quick taps (down and up at once), the page clock paused. */
function tapAll(session: Session, digits: string): void {
  for (const d of digits) {
    session.pressStart(d as ButtonKey);
    session.pressEnd(d as ButtonKey);
  }
}

/** The code was taken: the bolt is on its way back. */
const withdrawing = (session: Session) => session.log.some((e) => e.ch === 'bolt' && (e.v as { bolt?: string }).bolt === 'withdrawing');
const inputs = (log: readonly TraceEntry[]) => log.filter((e) => e.ch === 'input').map((e) => ({ t: e.t, ...(e.v as { do: string; key?: string }) }));

describe("the page's hand", () => {
  it('shows a right code\'s single green flash at the moment the quick tap ends', () => {
    const session = new Session(freshTwin('smartcode-913'));
    tapAll(session, INHERITED_CODE);
    expect(withdrawing(session)).toBe(true);
    expect(shownAt(session, session.now)).toBe('green');
  });

  it("shows a wrong code's first red flash at the moment the quick tap ends", () => {
    const session = new Session(freshTwin('smartcode-913'));
    tapAll(session, WRONG_CODE);
    expect(shownAt(session, session.now)).toBe('red');
    const lights = session.log.filter((e) => e.ch === 'led' && (e.v as LedEntry).color === 'red');
    expect(session.now - lights.at(-1)!.t).toBeLessThan(session.twin.model.signals.wrongCode.onMs);
  });

  it('stretches a tap to a real press and waits out the pause before the next press', () => {
    const session = new Session(freshTwin('smartcode-913'));
    tapAll(session, '12');
    const seen = inputs(session.log);
    expect(seen.map((x) => `${x.do} ${x.key}`)).toEqual(['hold 1', 'release 1', 'hold 2', 'release 2']);
    expect((seen[1] as { pauseMs?: number }).pauseMs).toBe(session.releaseSettleMs());
    expect(session.releaseSettleMs()).toBeLessThan(KEY_GAP_MS);
    expect(seen[1].t - seen[0].t).toBe(MIN_PRESS_MS);
    expect(seen[2].t - seen[1].t).toBe(MIN_GAP_MS);
    expect(MIN_PRESS_MS).toBe(PRESS_MS);
    expect(MIN_GAP_MS).toBe(KEY_GAP_MS);
    // a slower hand is left alone
    session.advance(1_000);
    const before = session.now;
    session.pressStart('3');
    expect(session.now).toBe(before);
  });

  it('the same taps released with the usual scripted pause would no longer show the green flash (the check can fail)', () => {
    const session = new Session(freshTwin('smartcode-913'));
    for (const d of INHERITED_CODE) {
      session.apply({ do: 'hold', key: d as ButtonKey });
      session.apply({ do: 'wait', ms: PRESS_MS });
      session.apply({ do: 'release', key: d as ButtonKey }); // KEY_GAP_MS passes after it
    }
    expect(withdrawing(session)).toBe(true);
    expect(shownAt(session, session.now)).not.toBe('green');
  });
});
