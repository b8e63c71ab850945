// Practising the factory reset on the page (the Assistant's "Practise a factory reset, start to
// finish", walked on the page's own Session), "What just happened" read the reset's red flash —
// shown the moment the full hold is counted, with Program still down (seed S8) — with the advice
// meant for a reset left waiting (seed S24): "Unless you meant to erase the lock, cancel it: take
// the battery pack out…". Now, while the reset's button is held, the light says the hold counted and
// what comes next, as `lockstep practice-reset` does (web/src/armed-hold-reading.ts); a reset let go
// with no press is half-finished, and its reminder still offers the cancel.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import { Session, freshTwin } from '../web/src/session.ts';
import { Walk } from '../web/src/assistant-walk.ts';
import { perform } from './perform-deeds.ts';
import { storyGuide } from '../web/src/assistant-plans.ts';
import { timelineLines, type Line } from '../web/src/timeline-view.ts';

const MAX_TURNS = 400;
/** The words of the half-finished reset's cancel (reset-intent.ts armedResetChoice). */
const CANCEL = /cancel it/;


const said = (l: Line) => `${l.text} ${l.detail ?? ''}`;

describe('the page\'s practice reset tells what happened, not the cancel of a reset left waiting', () => {
  for (const model of MODELS.filter((m) => m.reset.confirmPress)) {
    it(`${model.id}: the story walked to its end never offers the cancel; the hold counted says let go, then press once more`, () => {
      const session = new Session(freshTwin(model.id));
      const guide = storyGuide(session.twin, () => session.log);
      const walk = new Walk(guide.plan, guide.replanner, session.twin);
      session.onEntries((fresh) => walk.entries(fresh));
      session.onAction((a) => walk.act(a, session.twin));
      for (let turn = 0; walk.phase !== 'finished'; turn++) {
        expect(turn, `stuck on: ${walk.current?.says}`).toBeLessThan(MAX_TURNS);
        perform(session, walk, walk.deeds(session.twin));
      }
      expect(walk.failure).toBeNull();
      const lines = timelineLines(session.twin.model, session.log);
      expect(lines.some((l) => l.kind === 'event' && l.text === 'factory reset done')).toBe(true);
      const armedAt = lines.find((l) => l.kind === 'event' && l.text.startsWith('factory reset waiting'))!.t;
      const armed = lines.find((l) => l.kind === 'led' && l.t === armedAt)!;
      expect(armed.text).toMatch(/ — reset waiting for its last press$/);
      expect(armed.detail).toMatch(/Held long enough: let go of Program, then press it once more — that press erases every code\./);
      for (const l of lines) expect(said(l), `at ${l.t}`).not.toMatch(CANCEL);
    });
  }

  it('a Powerbolt 250\'s Program held on past its long beep: the reminders while it is held are the reset waiting, not a half-finished one; let go with no press, they are', () => {
    const run = runScenario(parseScenario(`
name: 250 held on past the long beep, then let go
model: powerbolt-250
given: { handed: right, codes: { 1: "1357" } }
steps:
  - thumbturn: unlock
  - hold: program
  - wait: 28s
  - release: program
  - wait: 7s
  - expect: { event: reset-armed }
`, 'held-on.yaml'));
    const lines = timelineLines(run.twin.model, run.twin.trace.entries).filter((l) => l.kind === 'led');
    const released = 28_000;
    const held = lines.filter((l) => l.t > 15_000 && l.t < released);
    expect(held.length).toBeGreaterThan(0);
    for (const l of held) {
      expect(l.text).not.toMatch(/half-finished/);
      expect(said(l)).not.toMatch(CANCEL);
    }
    const after = lines.filter((l) => l.t > released);
    expect(after.map((l) => l.text)).toEqual(['red ×1 — half-finished reset']);
    expect(after[0].detail).toMatch(CANCEL);
  });

  it('a SmartCode 913 reset let go and left waiting still says it is half-finished, with the cancel (seed S24)', () => {
    const run = runScenario(parseScenario(`
name: 913 left waiting
model: smartcode-913
given: { handed: right, codes: { 1: "1357" } }
steps:
  - battery: out
  - hold: program
  - battery: in
  - wait: 31s
  - release: program
  - wait: 6s
  - expect: { event: reset-armed }
`, 'left.yaml'));
    const half = timelineLines(run.twin.model, run.twin.trace.entries).filter((l) => l.kind === 'led' && l.t > 31_000);
    expect(half.map((l) => l.text)).toEqual(['red ×1 — half-finished reset']);
    expect(half[0].detail).toMatch(CANCEL);
  });
});
