// The page's "What just happened" reads a light several signals share by the twin's own events at
// its moment (src/troubleshoot/event-signals.ts): after a Powerbolt 250 or 955 reset, green ×1
// with one beep beside `factory-reset` is the reset done (product-facts M9, K4), with its advice,
// not "programming step accepted or factory reset done or …". Where the events do not settle it,
// the list stays. And across every shipped scenario, what the events settle on is the signal the
// firmware showed.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadScenarioFile, parseScenario } from '../src/scenario/load.ts';
import { runScenario, twinOptionsFromGiven } from '../src/scenario/run.ts';
import { Twin } from '../src/twin/twin.ts';
import { Firmware } from '../src/firmware/firmware.ts';
import { findModel } from '../src/models/index.ts';
import type { FirmwareIO } from '../src/firmware/io.ts';
import type { SignalName } from '../src/models/profile.ts';
import { settleByEvents } from '../src/troubleshoot/event-signals.ts';
import { timelineLines, type Line } from '../web/src/timeline-view.ts';
import { matchSignals, type LedEntry } from '../web/src/signals.ts';
import { eventsOfLight } from '../web/src/light-events.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';

function linesOf(file: string): Line[] {
  const run = runScenario(loadScenarioFile(join(REPO_ROOT, file)));
  return timelineLines(run.twin.model, run.twin.trace.entries);
}

/** The timeline's line for the light shown at the moment of the twin's `factory-reset` event. */
function resetLight(lines: readonly Line[]): Line {
  const event = lines.find((l) => l.kind === 'event' && l.text === 'factory reset done')!;
  return lines.find((l) => l.kind === 'led' && l.t === event.t)!;
}

/** The timeline's line for the light shown at the moment of the event titled `title` ("Mastercode
 * set (at the keypad)"). */
function lightAt(lines: readonly Line[], title: string): Line {
  const event = lines.find((l) => l.kind === 'event' && l.text.startsWith(`${title} (`))!;
  return lines.find((l) => l.kind === 'led' && l.t === event.t)!;
}

/** A SmartCode 913 whose owner sets a Mastercode and then clears it (product-facts M1, S14). */
const SET_THEN_CLEARED = `
name: Mastercode set, then cleared
model: smartcode-913
given: { handed: right, mastercode: none, codes: { 1: "1357" } }
steps:
  - hold: { key: program, for: 5s }
  - type: "86420"
  - press: lock
  - type: "86420"
  - press: lock
  - expect: { event: mastercode-set }
  - wait: 2s
  - hold: { key: program, for: 5s }
  - press: lock
  - type: "86420"
  - press: lock
  - type: "86420"
  - press: lock
  - expect: { event: mastercode-cleared, mastercode: none }
`;

/** A 92640-001 opened with its default user code, locked, then its menu opened with the default
 * programming code (product-facts S5; seed S14). */
const UNLOCK_THEN_MENU = `
name: 92640-001 unlock, then the menu
model: powerbolt-92640-001
given: { handed: right }
steps:
  - type: "1234"
  - press: lock
  - wait: 10s
  - type: "0000"
  - press: lock
  - wait: 1s
  - expect: { event: programming-opened }
  - wait: 10s
`;

describe('"What just happened" reads a shared light by the twin\'s events', () => {
  it('says which the Mastercode sequence\'s green ×1 was, set or cleared, where the event beside it tells (product-facts M1, S14)', () => {
    const run = runScenario(parseScenario(SET_THEN_CLEARED, 'set-then-cleared.yaml'));
    const lines = timelineLines(run.twin.model, run.twin.trace.entries);
    const set = lightAt(lines, 'Mastercode set');
    expect(set.text).toBe('green ×1 — Mastercode set');
    expect(set.detail).toMatch(/^Mastercode sequence done: set, and Program now asks for it\. /);
    const cleared = lightAt(lines, 'Mastercode cleared');
    expect(cleared.text).toBe('green ×1 — Mastercode cleared');
    expect(cleared.detail).toMatch(/^Mastercode sequence done: cleared, and Program no longer asks for it\. /);
    expect(cleared.detail).not.toMatch(/Keep it somewhere safe/);
    for (const l of [set, cleared]) expect(l.detail).not.toMatch(/ — or /);
  });

  it('on a 92640-001 (seed S14), a code\'s green ×1 and beep is the unlock, told by the `unlocked` event as the bolt stops; the same light opening the menu is the menu', () => {
    const run = runScenario(parseScenario(UNLOCK_THEN_MENU, 'unlock-then-menu.yaml'));
    const log = run.twin.trace.entries;
    const lines = timelineLines(run.twin.model, log);
    const greens = lines.filter((l) => l.kind === 'led' && l.text.startsWith('green ×1'));
    expect(greens.map((l) => l.text)).toEqual(['green ×1 — unlocking', 'green ×1 — programming menu open']);
    // the unlock's event is not at the light's moment: it comes once the bolt has withdrawn
    const unlockEvent = log.find((e) => e.ch === 'event' && (e.v as { type?: string }).type === 'unlocked')!;
    expect(unlockEvent.t).toBeGreaterThan(greens[0].t);
    expect(greens[0].detail).toMatch(/^correct code: unlocking\. /);
    for (const l of greens) expect(l.text).not.toMatch(/ or /);
  });

  it('keeps the hedge where no event tells: the signal\'s own meaning, as decode reads a real lock', () => {
    expect(findModel('smartcode-913')!.signals.mastercodeSet.meaning).toBe('Mastercode sequence done: set, and Program now asks for it — or cleared, and it no longer does');
  });

  it('after a Powerbolt 250 reset, green ×1 is the reset done, with what to do next', () => {
    const light = resetLight(linesOf('scenarios/powerbolt-250/m9-factory-reset-15s-hold.yaml'));
    expect(light.text).toBe('green ×1 — factory reset done');
    expect(light.detail).toMatch(/^factory reset done .*door handing/);
  });

  it('after a Powerbolt 250 reset refused with the bolt out, red ×3 is the reset failed, not a programming refusal (product-facts M9)', () => {
    const lines = linesOf('scenarios/powerbolt-250/m9-reset-needs-bolt-retracted.yaml');
    const event = lines.find((l) => l.kind === 'event' && l.text.startsWith('factory reset failed'))!;
    const light = lines.find((l) => l.kind === 'led' && l.t === event.t)!;
    expect(light.text).toBe('red ×3 — factory reset failed');
    expect(light.detail).not.toMatch(/programming refused|Mastercode|duplicate/);
    expect(light.detail).toMatch(/bolt/);
    expect(light.detail).toMatch(/unlock/);
    expect(light.detail).toContain('M9');
  });

  it('after a SmartCode 955 reset, likewise', () => {
    const light = resetLight(linesOf('scenarios/smartcode-955/k4-factory-reset-hold-program-30s.yaml'));
    expect(light.text).toBe('green ×1 — factory reset done');
    expect(light.detail).toContain('factory reset done');
  });

  it('narrows a wrong code\'s red ×3 to what a wrong-code event can be, and keeps a list where no event tells', () => {
    const lines = linesOf('scenarios/powerbolt-250/m9-factory-reset-15s-hold.yaml');
    const wrong = lines.filter((l) => l.kind === 'led' && l.text.startsWith('red ×3'));
    expect(wrong.length).toBeGreaterThan(0);
    for (const l of wrong) expect(l.text).toBe('red ×3 — wrong code or no code programmed');
    const green = matchSignals(findModel('powerbolt-250')!, { color: 'green', flashes: 1 }, 1);
    expect(green.length).toBeGreaterThan(1);
    expect(settleByEvents(green, [])).toEqual(green);
    expect(settleByEvents(green, ['locked'])).toEqual(green);
  });

  it('settles, over every shipped scenario, on the signal the firmware showed', () => {
    let settled = 0;
    for (const file of shippedScenarios()) {
      const scn = loadScenarioFile(join(REPO_ROOT, file));
      if (scn.given.snapshot) continue;
      // The firmware's own account of each light: the profile's signal it was given.
      const shown: { t: number; names: string[] }[] = [];
      const twin = Twin.create(scn.model, {
        ...twinOptionsFromGiven(scn),
        firmware: (m, io) => {
          const told: FirmwareIO = Object.create(io);
          told.light = (cmd) => {
            shown.push({ t: io.now(), names: Object.entries(m.signals).filter(([, s]) => s === cmd).map(([n]) => n) });
            io.light(cmd);
          };
          return new Firmware(m, told);
        },
      });
      runScenario(scn, { twin });
      const log = twin.trace.entries;
      for (const [i, e] of log.entries()) {
        if (e.ch !== 'led' || 'status' in (e.v as object)) continue;
        const beep = log.find((x) => x.t === e.t && x.ch === 'beep');
        const names = matchSignals(twin.model, e.v as LedEntry, beep ? Number((beep.v as { count: number }).count) : 0);
        const events = eventsOfLight(log, i);
        const left: SignalName[] = settleByEvents(names, events);
        const truth = shown.filter((x) => x.t === e.t).flatMap((x) => x.names);
        expect(left.some((n) => truth.includes(n)), `${file} at ${e.t}: ${left} vs ${truth}`).toBe(true);
        if (names.length > 1 && left.length === 1) settled++;
      }
    }
    expect(settled).toBeGreaterThan(0);
  });
});
