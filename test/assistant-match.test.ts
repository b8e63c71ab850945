// The Assistant's step matching and pointing (web/src/assistant-match.ts, assistant-target.ts):
// given a procedure step and what a person did on the page, is the step done; and which control
// does the step point at. Seed S8/S9 (Program held through reinsertion; letting go early), S10/S25
// (a fresh pack, not a weak one), S14/§3/M10 (a two-digit key types either of its digits),
// product-facts §8 (the key and the thumbturn move the bolt alike), S16/S20 (watch the bolt).
import { describe, it, expect } from 'vitest';
import { findModel } from '../src/models/index.ts';
import { Twin, type Action } from '../src/twin/twin.ts';
import { step, type ProcedureStep } from '../src/troubleshoot/procedure-kit.ts';
import { NO_PROGRESS, alreadyDone, expectsHeld, keyOf, matchAction, type StepProgress } from '../web/src/assistant-match.ts';
import { BOLT, LED, keySelector, targetFor } from '../web/src/assistant-target.ts';

const SC913 = findModel('smartcode-913')!;
const SC909 = findModel('smartcode-909')!;
const s = (action?: Action, expect?: ProcedureStep['expect']) => step('do it', 'seed S8', action, expect);

/** Feed actions to a step as the page would, carrying its progress; the last verdict. */
function feed(model = SC913, st: ProcedureStep, actions: Action[]) {
  let seen: StepProgress = NO_PROGRESS;
  let last = matchAction(model, st, { do: 'wait', ms: 1 }, seen);
  for (const a of actions) {
    last = matchAction(model, st, a, seen);
    if (last.kind === 'progress') seen = last.progress;
  }
  return { last, seen };
}

describe('matching a person’s action to a step', () => {
  it('a press is a key going down and coming up; "Do it for me" presses at once', () => {
    const press = s({ do: 'press', key: 'program' });
    expect(feed(SC913, press, [{ do: 'hold', key: 'program' }]).last).toEqual({ kind: 'progress', progress: { typed: '', down: true } });
    expect(feed(SC913, press, [{ do: 'hold', key: 'program' }, { do: 'release', key: 'program' }]).last.kind).toBe('done');
    expect(feed(SC913, press, [{ do: 'release', key: 'program' }]).last.kind).toBe('stray'); // no press began in this step
    expect(matchAction(SC913, press, { do: 'press', key: 'program' }).kind).toBe('done');
    expect(matchAction(SC913, press, { do: 'hold', key: 'lock' })).toEqual({ kind: 'stray', heard: true, why: undefined });
  });

  it('holds and releases match their own key; a timed hold is done when the key comes up', () => {
    expect(matchAction(SC913, s({ do: 'hold', key: 'program' }), { do: 'hold', key: 'program' }).kind).toBe('done');
    expect(matchAction(SC913, s({ do: 'release', key: 'program' }), { do: 'release', key: 'program' }).kind).toBe('done');
    const timed = s({ do: 'hold-for', key: 'program', ms: 5_000 });
    expect(feed(SC913, timed, [{ do: 'hold', key: 'program' }, { do: 'wait', ms: 5_000 }, { do: 'release', key: 'program' }]).last.kind).toBe('done');
    expect(matchAction(SC913, timed, { do: 'hold-for', key: 'program', ms: 5_000 }).kind).toBe('done');
  });

  it('typed digits count as each key goes down; a wrong digit is heard by the lock and said', () => {
    const type = s({ do: 'type', digits: '97531' });
    const partial = feed(SC913, type, [{ do: 'hold', key: '9' }, { do: 'release', key: '9' }, { do: 'hold', key: '7' }]);
    expect(partial.last).toEqual({ kind: 'progress', progress: { typed: '97', down: false } });
    const wrong = feed(SC913, type, [{ do: 'hold', key: '9' }, { do: 'hold', key: '4' }]).last;
    expect(wrong.kind).toBe('stray');
    expect(wrong.kind === 'stray' && wrong.heard).toBe(true);
    expect(wrong.kind === 'stray' && wrong.why).toContain('not the start of 9-7-5-3-1');
    expect(feed(SC913, type, [...'97531'].map((k) => ({ do: 'hold', key: k }) as Action)).last.kind).toBe('done');
    expect(matchAction(SC913, type, { do: 'type', digits: '97531' }).kind).toBe('done');
    expect(matchAction(SC913, type, { do: 'press', key: 'lock' }).kind).toBe('stray'); // Lock ends the entry early
  });

  it('on a two-digit keypad a key types either of its digits (product-facts §3, M10)', () => {
    expect(keyOf(SC909, '2')).toBe(keyOf(SC909, '1'));
    expect(keyOf(SC909, '0')).toBe(keyOf(SC909, '9'));
    expect(keyOf(SC913, '2')).toBe('2');
    const type = s({ do: 'type', digits: '2580' });
    expect(feed(SC909, type, ['1', '5', '7', '9'].map((k) => ({ do: 'hold', key: k }) as Action)).last.kind).toBe('done');
    expect(feed(SC913, type, ['1', '5', '7', '9'].map((k) => ({ do: 'hold', key: k }) as Action)).last.kind).toBe('stray');
  });

  it('the pack goes in fresh where the step says so (seed S10, S25); any pack where it does not', () => {
    const fresh = s({ do: 'battery-in', volts: 6.0 });
    expect(matchAction(SC913, fresh, { do: 'battery-in', volts: 6.0 }).kind).toBe('done');
    const weak = matchAction(SC913, fresh, { do: 'battery-in', volts: 4.6 });
    expect(weak.kind === 'stray' && weak.heard && weak.why).toContain('4.6 V');
    expect(matchAction(SC913, s({ do: 'battery-in' }), { do: 'battery-in', volts: 4.6 }).kind).toBe('done');
  });

  it('the key and the thumbturn move the bolt alike (product-facts §8); a door or strike the lock does not hear', () => {
    const key = s({ do: 'key', dir: 'unlock' });
    expect(matchAction(SC913, key, { do: 'thumbturn', dir: 'unlock' }).kind).toBe('done');
    expect(matchAction(SC913, key, { do: 'thumbturn', dir: 'lock' }).kind).toBe('stray');
    expect(matchAction(SC913, s({ do: 'door', state: 'open' }), { do: 'door', state: 'open' }).kind).toBe('done');
    expect(matchAction(SC913, s({ do: 'door', state: 'open' }), { do: 'strike', state: 'misaligned' })).toEqual({ kind: 'stray', heard: false, why: undefined });
    expect(matchAction(SC913, s({ do: 'door', state: 'open' }), { do: 'wait', ms: 16 }).kind).toBe('time');
  });

  it('a step asking for what is already so is passed over; presses and the pack going in never are', () => {
    const twin = Twin.create('smartcode-913', { seed: 1, doorOpen: true });
    expect(alreadyDone(s({ do: 'door', state: 'open' }), twin)).toBe(true);
    expect(alreadyDone(s({ do: 'door', state: 'closed' }), twin)).toBe(false);
    expect(alreadyDone(s({ do: 'thumbturn', dir: 'unlock' }), twin)).toBe(true);
    expect(alreadyDone(s({ do: 'strike', state: 'aligned' }), twin)).toBe(true);
    expect(alreadyDone(s({ do: 'battery-out' }), twin)).toBe(false);
    twin.apply({ do: 'battery-out' });
    expect(alreadyDone(s({ do: 'battery-out' }), twin)).toBe(true);
    expect(alreadyDone(s({ do: 'battery-in' }), twin)).toBe(false);
    expect(alreadyDone(s({ do: 'press', key: 'program' }), twin)).toBe(false);
  });

  it('letting go before the release step lets go early (seed S9)', () => {
    const gesture = [s({ do: 'battery-out' }), s({ do: 'hold', key: 'program' }), s({ do: 'battery-in', volts: 6 }), s({ do: 'wait', ms: 31_000 }, { event: 'reset-armed' }), s({ do: 'release', key: 'program' }), s({ do: 'press', key: 'program' })];
    expect(expectsHeld(SC913, gesture, 2, 'program')).toBe(true);
    expect(expectsHeld(SC913, gesture, 3, 'program')).toBe(true);
    expect(expectsHeld(SC913, gesture, 5, 'program')).toBe(false);
    expect(expectsHeld(SC913, gesture, 2, '5')).toBe(false);
  });
});

describe('pointing at the part to touch', () => {
  it('points at the control each action uses, as lock-view.ts names it', () => {
    const t = (a: Action, seen = NO_PROGRESS) => targetFor(s(a), seen, [])?.selector;
    expect(t({ do: 'hold', key: 'program' })).toBe('#program');
    expect(t({ do: 'press', key: 'reset' })).toBe('#reset');
    expect(t({ do: 'press', key: 'lock' })).toBe('#lock .keypad button[data-key="lock"]');
    expect(t({ do: 'battery-out' })).toBe('#battery-out');
    expect(t({ do: 'battery-in', volts: 6 })).toBe('#battery-in-fresh');
    expect(t({ do: 'battery-in', volts: 4.6 })).toBe('#battery-in-weak');
    expect(t({ do: 'battery-in' })).toBe('#battery-in-fresh');
    expect(t({ do: 'door', state: 'open' })).toBe('#door-toggle');
    expect(t({ do: 'strike', state: 'aligned' })).toBe('#strike-toggle');
    expect(t({ do: 'key', dir: 'unlock' })).toBe('#thumb-unlock');
    expect(t({ do: 'thumbturn', dir: 'lock' })).toBe('#thumb-lock');
    expect(t({ do: 'switch', n: 2, on: true })).toBe('#switch-2');
    // the next digit to type, by the digits printed on the key (one- or two-digit keypads alike)
    expect(t({ do: 'type', digits: '2580' })).toBe(keySelector('2'));
    expect(t({ do: 'type', digits: '2580' }, { typed: '25', down: false })).toBe('#lock .keypad button[data-digits*="8"]');
    expect(targetFor(s(), NO_PROGRESS, [])).toBeNull();
  });

  it('a wait points at the held button (keep holding), else at the bolt or the LED to watch', () => {
    const hold = s({ do: 'wait', ms: 31_000 }, { event: 'reset-armed' });
    expect(targetFor(hold, NO_PROGRESS, ['program'])).toEqual({ selector: '#program', kind: 'touch' });
    expect(targetFor(hold, NO_PROGRESS, [])).toEqual({ selector: LED, kind: 'watch' });
    expect(targetFor(s({ do: 'wait', ms: 10_000 }, { event: 'handing-learned' }), NO_PROGRESS, [])).toEqual({ selector: BOLT, kind: 'watch' });
    expect(targetFor(s({ do: 'wait', ms: 2_000 }, { event: 'unlocked', locked: false }), NO_PROGRESS, [])?.selector).toBe(BOLT);
    expect(targetFor(s({ do: 'press', key: 'program' }, { mode: 'prog-auth' }), NO_PROGRESS, [], true)).toEqual({ selector: LED, kind: 'watch' });
  });
});
