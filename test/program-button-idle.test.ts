// Where the profile gives the Program button no job (src/models/program-button-use.ts), the twin
// answers nothing to it — a press, a hold past any reset time while powered, a hold as the pack
// goes in — and every other model answers at least one of those (a Mastercode or reset hold, the
// menu, a code's position, handing at power-up). The page's note follows that data.
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { programButtonIdle } from '../src/models/program-button-use.ts';
import { programButtonNote } from '../web/src/program-button-note.ts';

/** Longer than every model's reset hold (30 s at most, seed S8). */
const PAST_ANY_HOLD_MS = 35_000;
const SETTLE_MS = 5_000;

const GESTURES: Record<string, Action[]> = {
  press: [{ do: 'press', key: 'program' }],
  'hold powered': [{ do: 'hold', key: 'program' }, { do: 'wait', ms: PAST_ANY_HOLD_MS }, { do: 'release', key: 'program' }],
  'hold at power-up': [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: PAST_ANY_HOLD_MS }, { do: 'release', key: 'program' }],
};

/** Whether the lock shows, sounds or reports anything after the gesture (status blinks and power aside). */
function answers(modelId: string, gesture: Action[]): boolean {
  const twin = Twin.create(modelId, { seed: 3, doorOpen: true });
  twin.apply({ do: 'wait', ms: SETTLE_MS });
  const from = twin.trace.entries.length;
  for (const a of gesture) twin.apply(a);
  twin.apply({ do: 'press', key: 'program' }); // a confirming press, where a reset wants one
  twin.apply({ do: 'wait', ms: SETTLE_MS });
  const after = twin.trace.entries.slice(from).filter((e) => (e.ch === 'led' && !('status' in (e.v as object))) || e.ch === 'beep' || e.ch === 'event');
  return after.length > 0;
}

describe('a Program button with no job', () => {
  it.each(MODELS.map((m) => [m.id]))('%s: the twin answers the button exactly where the profile gives it a job', (id) => {
    const model = findModel(id)!;
    const answered = Object.values(GESTURES).some((g) => answers(id, g));
    expect(answered).toBe(!programButtonIdle(model));
    expect(programButtonNote(model) === null).toBe(!programButtonIdle(model));
  });

  it('is the Powerbolt 264 family\'s, and the page says so in the model\'s words', () => {
    expect(MODELS.filter(programButtonIdle).map((m) => m.id).sort()).toEqual(['powerbolt-2', 'powerbolt-264', 'powerbolt-92640-001']);
    expect(programButtonNote(findModel('powerbolt-2')!)).toContain('(the Mastercode, then Lock)');
  });
});
