// On the page's "What just happened", a light several signals share is read by the firmware's
// events of the same answer (web/src/light-events.ts, src/troubleshoot/event-signals.ts). This
// walks every shipped scenario on that timeline and fails on any light still read as a list of
// meanings ("green ×1 — unlocking or programming step accepted or programming open or Mastercode
// set") unless it is one of the lights below that the events really leave open. Program's press
// (programming-opened: the 913 family's open programming or Mastercode gate, seed S19, product-
// facts M14; the 909/910's and 240's first position, M15, M13), a later press counting positions
// (slot-selected, M15), the Mastercode hold (mastercode-sequence-started, M1), and an unlock whose
// bolt stops after the next key press (a SmartCode 275 owner typing on) each read as one.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { loadScenarioFile, parseScenario } from '../src/scenario/load.ts';
import { runScenario } from '../src/scenario/run.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import type { LockTraceEntry } from '../src/twin/trace-entry.ts';
import { SIGNAL_LABELS } from '../src/troubleshoot/advice.ts';
import { timelineLines, type Line } from '../web/src/timeline-view.ts';
import { eventsOfLight } from '../web/src/light-events.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';
import { lockstep } from './cli-run.ts';

const LABELS = new Set(Object.values(SIGNAL_LABELS));

/** The meanings a light's line lists after its look ("green ×1 — a or b"); a repeat count kept off. */
function meaningsOf(line: Line): string[] {
  const at = line.text.indexOf(' — ');
  if (at < 0) return [];
  const words = line.text.slice(at + 3).replace(/: again.*$/, '');
  const parts = words.split(' or ');
  return parts.every((p) => LABELS.has(p)) ? parts : [words];
}

interface Ambiguous {
  name: string;
  fits(meanings: readonly string[], events: readonly string[], log: readonly LockTraceEntry[], i: number): boolean;
}

/** The lights whose events really leave the meaning open: read as a list, and rightly. */
const REALLY_AMBIGUOUS: readonly Ambiguous[] = [
  {
    // entry.ts wrongCode reports `wrong-code` whether or not any code is stored; the light it shows
    // (wrong code, or no code programmed) follows the store, which the event does not say. Both
    // share red ×3 and three beeps (product-facts M8, S4).
    name: 'red ×3 beside wrong-code: a wrong code, or no code programmed',
    fits: (m, ev) => m.length === 2 && m.includes('wrong code') && m.includes('no code programmed') && ev.length > 0 && ev.every((e) => e === 'wrong-code'),
  },
  {
    // A right code's green ×1 and beep on a pack too weak for the motor: the electronics brown out
    // as the bolt starts to withdraw and it stops part way (seed S25, S7 "beeps but won't unlock"),
    // so no `unlocked` is ever reported and no event tells the light from a programming step.
    name: 'green ×1 of an unlock cut short by a brown-out',
    fits: (m, ev, log, i) => {
      if (!m.includes(SIGNAL_LABELS.unlocked) || ev.length > 0) return false;
      const t = log[i].t;
      if (!log.some((e) => e.t === t && e.ch === 'bolt' && 'motor' in (e.v as object))) return false;
      const stop = log.findIndex((e, k) => k > i && e.ch === 'bolt' && 'stopped' in (e.v as object));
      return stop > 0 && log.some((e, k) => k > i && k <= stop + 1 && e.ch === 'power' && e.v === 'brown-out');
    },
  },
];

interface Finding {
  line: Line;
  meanings: string[];
  events: string[];
  /** The REALLY_AMBIGUOUS entry it is, if any. */
  ambiguous?: string;
}

/** Every light on the page's timeline read as several meanings, with the events of its answer. */
function listedReadings(model: ModelProfile, log: readonly LockTraceEntry[]): Finding[] {
  const out: Finding[] = [];
  for (const line of timelineLines(model, log)) {
    if (line.kind !== 'led') continue;
    const meanings = meaningsOf(line);
    if (meanings.length < 2) continue;
    const i = log.findIndex((e) => e.t === line.t && e.ch === 'led' && !('status' in (e.v as object)));
    const events = eventsOfLight(log, i);
    const ambiguous = REALLY_AMBIGUOUS.find((a) => a.fits(meanings, events, log, i))?.name;
    out.push({ line, meanings, events, ambiguous });
  }
  return out;
}

const runOf = (yaml: string) => runScenario(parseScenario(yaml, 'fixture.yaml')).twin;

/** A SmartCode 913 with no Mastercode: Program opens programming, a code is added (S19). */
const PROGRAM_ON_913 = `
name: Program pressed on a 913
model: smartcode-913
given: { handed: right, mastercode: none, codes: { 1: "1357" } }
steps:
  - press: program
  - type: "2468"
  - press: lock
  - wait: 2s
  - expect: { event: [programming-opened, code-added] }
`;

describe('every shipped scenario\'s lights read as one meaning where an event tells it', () => {
  it('no light is read as a list of meanings but those the events really leave open', () => {
    const unexplained: string[] = [];
    const used = new Set<string>();
    for (const file of shippedScenarios()) {
      const twin = runScenario(loadScenarioFile(join(REPO_ROOT, file))).twin;
      for (const f of listedReadings(twin.model, twin.trace.entries)) {
        if (f.ambiguous) used.add(f.ambiguous);
        else unexplained.push(`${file} at ${f.line.t} ms: "${f.line.text}" with events [${f.events.join(', ')}]`);
      }
    }
    expect(unexplained).toEqual([]);
    // each kept ambiguity still occurs in a shipped scenario: the list names no light that is gone
    expect([...used].sort()).toEqual(REALLY_AMBIGUOUS.map((a) => a.name).sort());
  });

  it('catches a light read as a list: the 913\'s Program green with its event taken out of the trace', () => {
    const twin = runOf(PROGRAM_ON_913);
    const log = twin.trace.entries;
    expect(listedReadings(twin.model, log)).toEqual([]);
    const stripped = log.filter((e) => !(e.ch === 'event' && (e.v as { type: string }).type === 'programming-opened'));
    const found = listedReadings(twin.model, stripped);
    expect(found.length).toBe(1);
    expect(found[0].ambiguous).toBeUndefined();
    expect(found[0].meanings).toContain(SIGNAL_LABELS.programEnter);
  });

  it('reads the 913\'s Program green as programming open, the Mastercode hold\'s as setting the Mastercode (seed S19; product-facts M1)', () => {
    const open = timelineLines(runOf(PROGRAM_ON_913).model, runOf(PROGRAM_ON_913).trace.entries);
    expect(open.filter((l) => l.kind === 'led').map((l) => l.text)).toEqual(['green ×1 — programming open', 'green ×1 — programming step accepted']);
    const hold = runOf(`
name: Mastercode hold on a 913
model: smartcode-913
given: { handed: right, mastercode: none, codes: { 1: "1357" } }
steps:
  - hold: { key: program, for: 5s }
  - expect: { event: mastercode-sequence-started }
`);
    const lines = timelineLines(hold.model, hold.trace.entries);
    expect(lines.find((l) => l.kind === 'led')!.text).toBe('green ×1 — setting the Mastercode');
    expect(lines.some((l) => l.kind === 'event' && l.text === 'Mastercode sequence started (by the Program button)')).toBe(true);
  });

  it('reads each of a 909\'s Program presses as a position counted, the first opening programming (product-facts M15)', () => {
    const twin = runOf(`
name: 909 position 3
model: smartcode-909
given: { handed: right, codes: { 1: "1357" } }
steps:
  - press: program
  - press: program
  - press: program
  - expect: { event: [programming-opened, slot-selected] }
`);
    const lines = timelineLines(twin.model, twin.trace.entries);
    expect(lines.filter((l) => l.kind === 'led').map((l) => l.text)).toEqual(Array(3).fill('green ×1 — code position counted'));
    expect(lines.filter((l) => l.kind === 'event').map((l) => l.text)).toEqual([
      'programming opened (by the Program button, slot 1)',
      'code position counted (by the Program button, slot 2)',
      'code position counted (by the Program button, slot 3)',
    ]);
  });

  it('reads an unlock by the bolt it set moving: its `unlocked` after a key pressed as it travels (SmartCode 275), or the jam that stopped it short (seed S15)', () => {
    const at = (file: string, t: number) => {
      const twin = runScenario(loadScenarioFile(join(REPO_ROOT, file))).twin;
      return timelineLines(twin.model, twin.trace.entries).find((l) => l.kind === 'led' && l.t === t)!;
    };
    const typedOn = at('scenarios/smartcode-275/s02-programming-code-gates-programming.yaml', 65_820);
    expect(typedOn.text).toBe('green ×1 — unlocking');
    const thrown = at('scenarios/smartcode-913/s15-unlearned-lock-runs-backwards.yaml', 13_620);
    expect(thrown.text).toBe('green ×1 — unlocking');
    expect(thrown.detail).toMatch(/^correct code: unlocking\. /);
  });

  it('the terminal timeline says the same events', () => {
    const r = lockstep('run', join(REPO_ROOT, 'scenarios/smartcode-913/s19-blank-slate.yaml'));
    const out = stripVTControlCharacters(r.out);
    expect(r.code, out).toBe(0);
    expect(out).toContain('programming opened (by the Program button)');
  });
});
