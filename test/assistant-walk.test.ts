// The Assistant walking the troubleshooter's plans on the page's twin (web/src/assistant-walk.ts,
// assistant-plans.ts), through the page's own Session so that actions and trace entries reach the
// walker exactly as in the browser. For every model: the seed's story (S3 inherited lock, S8/S9
// reset, S15–S18 handing, S19/S21 new Mastercode and code, S20 tested with the door open, S23 the
// order) walked by performing each step's own action ("Do it for me") completes and ends with the
// new code withdrawing the bolt with the door open; walked by a person's hand too (clicks as
// key-down/key-up, digits one key at a time, time in frames of the page clock). Letting go early
// (S9) and a wrong digit are caught and the rest planned afresh; a weak pack (S25) is read from
// the twin and fixed; a forgotten code is replaced, not reset (S7 row 1).
import { describe, it, expect } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ButtonKey } from '../src/hardware/buttons.ts';
import { BOLT_STROKE } from '../src/hardware/motor-bolt.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { WEAK_PACK_VOLTS } from '../web/src/lock-view.ts';
import { Walk } from '../web/src/assistant-walk.ts';
import { perform } from './perform-deeds.ts';
import { reviveGuide, saveGuide, storyGuide, symptomGuide, type Guide } from '../web/src/assistant-plans.ts';
import { Twin } from '../src/twin/twin.ts';
import { keyOf } from '../web/src/assistant-match.ts';
import { stillDue, twinNow } from '../web/src/assistant-summary.ts';
import { DEMO_NEW_ADMIN, DEMO_NEW_CODE } from '../src/troubleshoot/condition-twin.ts';
import { codeEntryActions } from '../src/troubleshoot/procedure-kit.ts';

const FRAME_MS = 100; // a frame of the page clock at 10× (about 10 ms of real time)
const MAX_TURNS = 400;
const PAUSE_MS = 300; // a person between two steps

function start(session: Session, guide: Guide): Walk {
  expect(guide.unavailable).toBeUndefined();
  const walk = new Walk(guide.plan, guide.replanner, session.twin);
  session.onEntries((fresh) => walk.entries(fresh));
  session.onAction((a) => walk.act(a, session.twin));
  return walk;
}


/** "Do it for me" on every step until the walk ends. */
function byDeeds(session: Session, walk: Walk): void {
  for (let turn = 0; walk.phase !== 'finished'; turn++) {
    expect(turn, `stuck on: ${walk.current?.says}`).toBeLessThan(MAX_TURNS);
    perform(session, walk, walk.deeds(session.twin));
  }
}

/** Let the page clock run, frame by frame, until the walk moves on (or `ms` pass). */
function frames(session: Session, walk: Walk, ms: number): void {
  const before = walk.passed.length;
  for (let t = 0; t < ms && walk.passed.length === before && walk.phase !== 'finished'; t += FRAME_MS) session.advance(FRAME_MS);
}

/** One step as a person does it on the page: clicks, holds, keys one at a time, the clock running. */
function byHand(session: Session, walk: Walk): void {
  for (let turn = 0; walk.phase !== 'finished'; turn++) {
    expect(turn, `stuck on: ${walk.current?.says} (${walk.note})`).toBeLessThan(MAX_TURNS);
    const a = walk.current!.action;
    if (walk.phase !== 'step') frames(session, walk, 20_000);
    else if (!a) walk.acknowledge(session.twin);
    else
      switch (a.do) {
        case 'press':
          session.pressStart(a.key);
          session.pressEnd(a.key);
          break;
        case 'hold':
          session.pressStart(a.key);
          break;
        case 'release':
          session.pressEnd(a.key);
          break;
        case 'hold-for':
          session.pressStart(a.key);
          for (let t = 0; t < a.ms + PAUSE_MS; t += FRAME_MS) session.advance(FRAME_MS);
          session.pressEnd(a.key);
          break;
        case 'type':
          for (const d of a.digits) {
            const k = keyOf(session.twin.model, d) as ButtonKey; // the key the page sends for it
            session.pressStart(k);
            session.pressEnd(k);
          }
          break;
        case 'wait':
          frames(session, walk, a.ms + 5_000);
          break;
        case 'battery-in':
          session.apply({ do: 'battery-in', volts: a.volts ?? 6.0 }); // the page's "Insert fresh"
          break;
        case 'key':
          session.apply({ do: 'thumbturn', dir: a.dir }); // the page has the thumbturn
          break;
        default:
          session.apply(a);
      }
    if (walk.current) session.advance(PAUSE_MS);
  }
}

/** With the door open: Lock throws the bolt, the code withdraws it (seed S20). */
function codeOpensWithDoorOpen(session: Session, code: string): boolean {
  const p = session.twin.model;
  session.apply({ do: 'door', state: 'open' });
  session.apply({ do: 'press', key: 'lock' });
  session.apply({ do: 'wait', ms: p.bolt.travelMs * 2 });
  if (!session.twin.locked) return false;
  for (const a of codeEntryActions(p, code)) session.apply(a);
  session.apply({ do: 'wait', ms: p.bolt.travelMs * 2 });
  return session.twin.bolt.state() === 'retracted' && !session.twin.locked && session.twin.bolt.snapshot().pos < BOLT_STROKE / 2;
}

/** The doctor's guide for a symptom read from the session's twin, walked by hand: what it read,
 * the parts it planned before the walk, and the walk. */
function symptomWalkedByHand(session: Session, symptom: Parameters<typeof symptomGuide>[2]): { read: string; planned: string[]; walk: Walk } {
  const guide = symptomGuide(session.twin, () => session.log, symptom);
  const walk = start(session, guide);
  const planned = parts(walk);
  byHand(session, walk);
  return { read: guide.read.map((r) => r.says).join(' '), planned, walk };
}

function parts(walk: Walk): string[] {
  return walk.steps.map((s) => s.part).filter((part, i, all) => all[i - 1] !== part);
}

describe('the seed story on every model', () => {
  for (const model of MODELS) {
    it(`${model.id}: each step's own action completes it, and the new code opens the lock with the door open`, () => {
      const session = new Session(freshTwin(model.id));
      const guide = storyGuide(session.twin, () => session.log);
      const walk = start(session, guide);
      // S23: reset, then handing, then a new code, tested with the door open — in that order.
      const order = parts(walk).filter((x) => x !== 'symptom');
      expect(order[0]).toBe('factory-reset');
      expect(order.at(-1)).toBe('test-codes-door-open');
      expect(order.indexOf('add-code')).toBeGreaterThan(0);
      if (model.programming === 'positional') expect(walk.unavailable.map((u) => u.id)).toEqual(['set-mastercode']);
      else expect(order).toContain('set-mastercode');
      byDeeds(session, walk);
      expect(walk.failure).toBeNull();
      expect(walk.passed.length).toBe(walk.steps.length);
      expect(walk.resetDone).toBe(true);
      const store = session.twin.store();
      expect(store.handed).toBe('right');
      expect(store.codes.filter((c) => c === DEMO_NEW_CODE)).toHaveLength(1);
      if (model.programming !== 'positional') expect(store.adminCode).toBe(DEMO_NEW_ADMIN);
      expect(session.twin.door.open).toBe(false); // closed only after the test (S20)
      expect(codeOpensWithDoorOpen(session, DEMO_NEW_CODE)).toBe(true);
    });
  }

  it('says where the story\'s premise does not hold: a factory code still in place (seed S12), a model with no Mastercode (S6, S7)', () => {
    const says = (id: string) => storyGuide(new Session(freshTwin(id)).twin, () => []).read.map((r) => r.says).join('\n');
    expect(says('powerbolt-2')).toMatch(/still has its factory Mastercode, 0-0-0-0: with it the menu opens and no reset is needed — try it first/);
    expect(says('powerbolt-92640-001')).toMatch(/still has its factory programming code, 0-0-0-0/);
    expect(says('smartcode-909')).toMatch(/has no Mastercode: in the story's place, the reset is how a new owner clears the previous owner's codes/);
    expect(says('smartcode-913')).not.toMatch(/still has its factory|has no Mastercode:/); // the inherited lock: the premise holds
  });

  it('smartcode-916 with SecureScreen on (M5, M7): the story\'s new code is tested behind the screen — a touch, the digits shown, the code — by hand', () => {
    const session = new Session(freshTwin('smartcode-916'));
    session.apply({ do: 'switch', n: 4, on: true });
    const walk = start(session, storyGuide(session.twin, () => session.log));
    expect(walk.steps.some((s) => s.part === 'test-codes-door-open' && s.action?.do === 'type-shown')).toBe(true);
    byHand(session, walk);
    expect(walk.failure).toBeNull();
    expect(walk.passed.some((x) => x.step.part === 'test-codes-door-open' && x.step.action?.do === 'type' && x.step.action.digits.length === 2)).toBe(true);
    expect(session.twin.switches[3]).toBe(true); // the reset left the switch as it was
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string; slot?: number }).type === 'unlocked')).toBe(true);
  });

  // Every menu item has its own key on every model's keypad (test/model-family.test.ts), so each can be chosen by hand.
  for (const model of MODELS) {
    it(`${model.id}: walked by a person's hand on the page, the same story ends the same way`, () => {
      const session = new Session(freshTwin(model.id));
      const walk = start(session, storyGuide(session.twin, () => session.log));
      byHand(session, walk);
      expect(walk.failure).toBeNull();
      const store = session.twin.store();
      expect(store.codes.some((c) => c !== '' && [...c].every((d, i) => keyOf(model, d) === keyOf(model, DEMO_NEW_CODE[i])))).toBe(true);
      if (model.programming !== 'positional') expect(store.adminCode).not.toBe('');
      expect(codeOpensWithDoorOpen(session, DEMO_NEW_CODE)).toBe(true);
    });
  }

  it('the closing advice to set an admin code (S21) is said while the reset left it, and not once the walk set the owner\'s own', () => {
    for (const id of ['smartcode-913', 'smartcode-275']) {
      const session = new Session(freshTwin(id));
      const guide = storyGuide(session.twin, () => session.log);
      const admin = guide.after.find((r) => r.cite === 'seed S21')!;
      expect(admin.says).toMatch(/^(Set a Mastercode now|Change the programming code from 0-0-0-0 now)/);
      const walk = start(session, guide);
      byDeeds(session, walk);
      expect(stillDue(guide.after, session.twin)).not.toContain(admin);
      expect(stillDue(guide.after, session.twin).length).toBe(guide.after.length - 1);
      const afterReset = findModel(id)!.defaults.adminCodeAfterReset;
      expect(stillDue(guide.after, Twin.create(id, { seed: 1, mastercode: afterReset || undefined }))).toContain(admin); // the admin code as a reset leaves it
    }
  });

  it('says what the twin shows at the end (Mastercode, codes, bolt)', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    byDeeds(session, walk);
    const words = twinNow(session.twin, session.log);
    expect(words).toContain('Mastercode set');
    expect(words).toContain('1 code stored');
    expect(words).toContain('bolt retracted');
    expect(words).toContain('door handing learned (right)');
    expect(words.at(-1)).toBe('last light green ×1');
  });
});

/** "Do it for me" until the walk waits out the 30 s reset hold with Program down. */
function toResetHold(session: Session, walk: Walk): void {
  for (let turn = 0; !(walk.current?.action?.do === 'wait' && session.twin.buttons.isHeld('program')); turn++) {
    expect(turn).toBeLessThan(MAX_TURNS);
    perform(session, walk, walk.deeds(session.twin));
  }
}

describe('across a page reload', () => {
  it('a walk saved mid-way through the 30 s reset hold, with the twin and the held key, goes on to the same end', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const guide = storyGuide(session.twin, () => session.log);
    const walk = start(session, guide);
    toResetHold(session, walk);
    session.advance(12_000); // 12 s into the hold
    const progress = walk.progress(session.twin);
    expect(progress?.doneMs).toBeGreaterThan(10_000);

    // What the page saves, through JSON as localStorage keeps it.
    const saved = JSON.parse(JSON.stringify({ snapshot: session.twin.snapshot(), log: session.log, holds: session.holds(), guide: saveGuide(guide), walk: walk.saved() }));
    const again = new Session(Twin.restore(saved.snapshot), saved.log, saved.holds);
    expect(again.heldMs('program')).toBe(session.heldMs('program'));
    const revived = Walk.revive(saved.walk, reviveGuide(saved.guide, () => again.log).replanner);
    again.onEntries((fresh) => revived.entries(fresh));
    again.onAction((a) => revived.act(a, again.twin));
    expect(revived.current).toEqual(walk.current);
    expect(revived.progress(again.twin)).toEqual(progress);

    byDeeds(session, walk);
    byDeeds(again, revived);
    expect(revived.failure).toBeNull();
    expect(revived.resetDone).toBe(true);
    expect(revived.passed.map((p) => p.how)).toEqual(walk.passed.map((p) => p.how));
    expect(JSON.stringify(again.twin.snapshot())).toBe(JSON.stringify(session.twin.snapshot()));
    expect(again.twin.store().adminCode).toBe(DEMO_NEW_ADMIN);
  });

  it('a revived walk whose held key was not kept cannot finish the hold (the holds are what make it work)', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const guide = storyGuide(session.twin, () => session.log);
    const walk = start(session, guide);
    toResetHold(session, walk);
    const again = new Session(Twin.restore(session.twin.snapshot()), session.log.slice()); // no holds
    const revived = Walk.revive(walk.saved(), guide.replanner);
    again.onAction((a) => revived.act(a, again.twin));
    perform(again, revived, revived.deeds(again.twin)); // the wait
    perform(again, revived, revived.deeds(again.twin)); // let go: the page does not know Program is down
    expect(again.twin.buttons.isHeld('program')).toBe(true);
  });
});

describe('when the lock leaves the plan', () => {
  it('letting go of Program before the red flash does not count (S9): the gesture is planned again, then completes', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    while (!(walk.current?.action?.do === 'wait' && walk.current.expect?.event === 'reset-armed')) perform(session, walk, walk.deeds(session.twin));
    expect(walk.held(session.twin)).toEqual(['program']);
    for (let t = 0; t < 10_000; t += FRAME_MS) session.advance(FRAME_MS);
    expect(walk.progress(session.twin)!.doneMs).toBeGreaterThan(9_000);
    session.pressEnd('program');
    expect(walk.note).toContain('seed S9');
    expect(walk.note).toContain('You let go of Program'); // as the button reads
    expect(session.twin.mode).not.toBe('reset-armed');
    expect(walk.phase).toBe('step');
    expect(walk.current!.action).toEqual({ do: 'battery-out' }); // the gesture from the top: pack out again
    expect(session.twin.store().codes.filter(Boolean)).toHaveLength(4); // nothing was erased
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    expect(session.twin.store().adminCode).toBe(DEMO_NEW_ADMIN);
  });

  it('a wrong digit in the new Mastercode: said, and once the entry is over the rest is planned again', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    while (!(walk.current?.action?.do === 'type' && walk.current.part === 'set-mastercode')) perform(session, walk, walk.deeds(session.twin));
    session.pressStart('9');
    session.pressEnd('9');
    session.pressStart('4');
    session.pressEnd('4');
    expect(walk.note).toContain('not the start of 9-7-5-3-1');
    expect(walk.phase).toBe('settling'); // the lock is still in the Mastercode entry
    frames(session, walk, 30_000);
    expect(walk.phase).toBe('step');
    expect(walk.current!.part).toBe('set-mastercode');
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    expect(session.twin.store().adminCode).toBe(DEMO_NEW_ADMIN);
  });

  it('the trouble shown first (S3) is optional: doing the fix’s first step passes over it', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    expect(walk.current!.part).toBe('symptom');
    session.apply({ do: 'thumbturn', dir: 'unlock' });
    expect(walk.passed.map((p) => p.how)).toEqual(['skipped', 'skipped', 'done']);
    expect(walk.current!.action).toEqual({ do: 'door', state: 'open' });
    expect(walk.note).toBeNull();
  });

  it('something the lock does not notice (the strike) is only remarked on', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    perform(session, walk, walk.deeds(session.twin)); // press Program: the lock asks for a Mastercode
    frames(session, walk, 10_000);
    const at = walk.index;
    session.apply({ do: 'strike', state: 'misaligned' });
    expect(walk.index).toBe(at);
    expect(walk.phase).toBe('step');
    expect(walk.note).toContain('strike plate misaligned');
  });

  it('"Start this part again" reads the lock and plans the rest from where it is', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const walk = start(session, storyGuide(session.twin, () => session.log));
    session.apply({ do: 'thumbturn', dir: 'unlock' }); // done early, by hand: the bolt withdrawn and the door opened
    session.apply({ do: 'door', state: 'open' });
    walk.restartPart(session.twin);
    expect(walk.steps.slice(walk.index).some((s) => s.action?.do === 'door' && s.action.state === 'open')).toBe(false);
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
  });
});

describe('"Something’s wrong": the twin’s own condition and the doctor’s plan', () => {
  it('a weak pack (S25): "beeps but will not unlock" is read from the twin, fixed with fresh batteries and checked from outside', () => {
    const session = new Session(freshTwin('smartcode-913'));
    session.apply({ do: 'battery-out' });
    session.apply({ do: 'battery-in', volts: 4.6 });
    session.apply({ do: 'type', digits: '1111' });
    session.apply({ do: 'wait', ms: 3_000 });
    const { read, planned, walk } = symptomWalkedByHand(session, 'beeps-wont-unlock');
    expect(read).toContain('batteries are low (4.60 V)');
    expect(planned).toEqual(['replace-batteries']);
    expect(walk.failure).toBeNull();
    expect(parts(walk)).toEqual(['replace-batteries', 'confirm']); // then the owner's own check
    expect(session.twin.packVolts()).toBeGreaterThan(5.5);
    expect(session.twin.locked).toBe(false);
    expect(session.twin.door.open).toBe(false);
  });

  it('the keypad unplugged (product-facts M5, M6): "unresponsive to all codes" is read from the twin, the cable plugged back in by hand, no reset', () => {
    const session = new Session(freshTwin('smartcode-916'));
    const codes = session.twin.store().codes.slice();
    session.apply({ do: 'exterior', state: 'disconnected' });
    session.apply({ do: 'wait', ms: 3_000 });
    const { read, planned, walk } = symptomWalkedByHand(session, 'unresponsive-to-all-codes');
    expect(read).toContain('cable from the outside keypad is unplugged');
    expect(planned).toEqual(['reconnect-exterior']);
    expect(walk.failure).toBeNull();
    expect(session.twin.buttons.exteriorLinked).toBe(true);
    expect(session.twin.store().codes).toEqual(codes); // nothing erased
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toBe(false);
  });

  it('a reset left half-finished (seed S24) with the codes stored: the Assistant cancels it, by hand — every code kept, no reset', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const codes = session.twin.store().codes.slice();
    expect(codes.some((c) => c !== '')).toBe(true);
    for (const a of [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: 31_000 }, { do: 'release', key: 'program' }] as const) session.apply(a);
    expect(session.twin.mode).toBe('reset-armed');
    const { read, planned, walk } = symptomWalkedByHand(session, 'unresponsive-to-all-codes');
    expect(read).toContain('started and never confirmed');
    expect(planned).toEqual(['cancel-reset']);
    expect(walk.failure).toBeNull();
    expect(session.twin.mode).not.toBe('reset-armed');
    expect(session.twin.store().codes).toEqual(codes); // nothing erased
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toBe(false);
  });

  it('a Powerbolt 2 "ignores every code" (product-facts M10): the Lock press after the code is walked first, by hand, and the door opens — no reset', () => {
    const session = new Session(freshTwin('powerbolt-2'));
    const codes = session.twin.store().codes.slice();
    const code = codes.find((c) => c !== '')!;
    session.apply({ do: 'type', digits: code }); // the code alone, as on a SmartCode
    session.apply({ do: 'wait', ms: 10_000 });
    expect(session.twin.locked).toBe(true);
    const { read, planned, walk } = symptomWalkedByHand(session, 'unresponsive-to-all-codes');
    expect(read).toContain('opens only when Lock is pressed after the code');
    expect(planned).toEqual(['code-then-lock']);
    expect(walk.failure).toBeNull();
    expect(session.twin.store().codes).toEqual(codes); // nothing erased
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'unlocked')).toBe(true);
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toBe(false);
  });

  it('a 916 with SecureScreen on "ignores every code" (product-facts M5, M7): the shown digits, then the code, walked by hand — the door opens, no reset', () => {
    const session = new Session(freshTwin('smartcode-916'));
    session.apply({ do: 'switch', n: 4, on: true });
    const codes = session.twin.store().codes.slice();
    const code = codes.find((c) => c !== '')!;
    if (!session.twin.locked) session.apply({ do: 'press', key: 'lock' });
    session.apply({ do: 'wait', ms: 5_000 });
    session.apply({ do: 'type', digits: code }); // straight on, as on any keypad
    session.apply({ do: 'wait', ms: 30_000 });
    expect(session.twin.locked).toBe(true);
    const { read, planned, walk } = symptomWalkedByHand(session, 'unresponsive-to-all-codes');
    expect(read).toContain('SecureScreen (switch 4)');
    expect(planned).toEqual(['shown-digits-first']);
    expect(walk.failure).toBeNull();
    // The digits were typed as the screen showed them: the walk asked for them once shown.
    expect(walk.passed.some((x) => x.step.part === 'shown-digits-first' && x.step.action?.do === 'type' && x.step.action.digits.length === 2)).toBe(true);
    expect(session.twin.store().codes).toEqual(codes); // nothing erased
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'unlocked')).toBe(true);
    expect(session.log.some((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'factory-reset')).toBe(false);
  });

  it('someone forgot one code (S7 row 1): that code is replaced, not the lock reset', () => {
    const session = new Session(freshTwin('smartcode-913'));
    const old = session.twin.store().codes[1];
    expect(symptomGuide(session.twin, () => session.log, 'forgot-one-code').unavailable).toContain('which code was forgotten is not known');
    const guide = symptomGuide(session.twin, () => session.log, 'forgot-one-code', { slot: 2, code: old });
    const walk = start(session, guide);
    expect(parts(walk)).toEqual(['replace-code', 'test-codes-door-open']); // and the new code tried with the door open (S20)
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    const codes = session.twin.store().codes;
    expect(codes).not.toContain(old);
    expect(codes).toContain(DEMO_NEW_CODE);
    expect(codes.filter(Boolean)).toHaveLength(4); // the others stay
  });

  it('a forgotten code on a lock with a weak pack (S7 row 1, S25): fresh batteries first, then that code replaced — not only the pack, checked with the forgotten code', () => {
    const session = new Session(freshTwin('smartcode-913'));
    session.apply({ do: 'battery-out' });
    session.apply({ do: 'battery-in', volts: WEAK_PACK_VOLTS });
    const old = session.twin.store().codes[0];
    const walk = start(session, symptomGuide(session.twin, () => session.log, 'forgot-one-code', { slot: 1, code: old }));
    expect(parts(walk)).toEqual(['replace-batteries', 'replace-code', 'test-codes-door-open']);
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    const codes = session.twin.store().codes;
    expect(codes).not.toContain(old);
    expect(codes).toContain(DEMO_NEW_CODE);
    expect(session.twin.packVolts()).toBeGreaterThan(WEAK_PACK_VOLTS);
  });

  it('no Mastercode handed over, on a lock with a weak pack (S7 row 3, S25): the reset (with fresh batteries, S8) and a Mastercode of the owner\'s own, not only the pack', () => {
    const session = new Session(freshTwin('smartcode-913'));
    session.apply({ do: 'battery-out' });
    session.apply({ do: 'battery-in', volts: WEAK_PACK_VOLTS });
    const walk = start(session, symptomGuide(session.twin, () => session.log, 'no-mastercode'));
    expect(parts(walk)).toContain('set-mastercode');
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    expect(walk.resetDone).toBe(true);
    expect(session.twin.store().adminCode).toBe(DEMO_NEW_ADMIN);
  });

  it('on a model with a factory programming code, "no Mastercode" first tries it; its note step is read, then Next', () => {
    const session = new Session(freshTwin('smartcode-275'));
    const walk = start(session, symptomGuide(session.twin, () => session.log, 'no-mastercode'));
    expect(parts(walk)[0]).toBe('try-factory-code');
    while (walk.current?.action) perform(session, walk, walk.deeds(session.twin));
    expect(walk.deeds(session.twin)).toEqual([{ do: 'next' }]);
    byDeeds(session, walk);
    expect(walk.failure).toBeNull();
    expect(session.twin.store().adminCode).toBe(DEMO_NEW_ADMIN);
  });

  it('every model either walks the story or says why not', () => {
    for (const model of MODELS) {
      const session = new Session(freshTwin(model.id));
      const guide = storyGuide(session.twin, () => session.log);
      if (guide.unavailable) expect(guide.unavailable).toMatch(/cannot/);
      else expect(guide.plan.steps.length).toBeGreaterThan(0);
      for (const u of guide.plan.unavailable) expect(u.why.length).toBeGreaterThan(10);
    }
    expect(findModel('powerbolt-240')!.programming).toBe('positional');
  });
});
