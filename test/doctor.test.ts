// The doctor (issue "npx lockstep doctor"): every row of the seed's symptom table (S7) is a twin
// put in that condition, the doctor's answer is the seed's, and running the prescribed steps on
// the twin clears it; the twin's own condition is recognised (half-finished reset S24, failed
// handing and why S16/S17, critical battery S25, corrupted store S5, lockout M4, no Mastercode
// S21, untested codes S20); the procedures work on every model; the shipped scenarios reach
// those states and the CLI diagnoses and repairs them.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODELS, findModel } from '../src/models/index.ts';
import { Twin, type Action, type TwinOptions } from '../src/twin/twin.ts';
import { loadScenarioFile } from '../src/scenario/load.ts';
import type { Expectation } from '../src/scenario/types.ts';
import type { EventType } from '../src/firmware/events.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { demonstrate } from '../src/troubleshoot/demonstrate.ts';
import { arrangeFixes, buildPlan } from '../src/troubleshoot/plan.ts';
import { AnswerError, SYMPTOMS, parseAnswers, questionsFor, rankCauses, type Answers, type SymptomId } from '../src/troubleshoot/symptoms.ts';
import { afterResetGuidance } from '../src/troubleshoot/after-reset.ts';
import { factsFromTwin } from '../src/troubleshoot/doctor.ts';
import { twinFromScenario } from '../src/troubleshoot/scenario-state.ts';
import { REPO_ROOT } from './scenario-files.ts';
import { lockstep } from './cli-run.ts';

const MC = '86420';
const CODES = { 1: '1357', 2: '2468' };
const RESET_HOLD_MS = 31_000;
const HANDING_DONE_MS = 10_000;

function sc913(opts: TwinOptions = {}): Twin {
  return Twin.create('smartcode-913', { seed: 11, door: 'right', handed: 'right', mastercode: MC, codes: { ...CODES }, ...opts });
}

function apply(twin: Twin, actions: Action[]): Twin {
  for (const a of actions) twin.apply(a);
  return twin;
}

function events(twin: Twin, type: string): number {
  return twin.trace.entries.filter((e) => e.ch === 'event' && (e.v as { type?: string }).type === type).length;
}

/** Pack out, Program held through reinsertion for the full 30 s, released — never confirmed (S24). */
const HALF_RESET: Action[] = [{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in' }, { do: 'wait', ms: RESET_HOLD_MS }, { do: 'release', key: 'program' }];
const FULL_RESET: Action[] = [...HALF_RESET, { do: 'press', key: 'program' }, { do: 'wait', ms: HANDING_DONE_MS }];

// ---- the seed's symptom table, row by row (S7) ------------------------------------------------

describe('seed S7 — the symptom table', () => {
  it('forgot one code → delete and reprogram that one code; the others, the Mastercode and the handing stay', () => {
    const c = examineSymptom(findModel('smartcode-913')!, 'forgot-one-code', { mastercode: 'known', oldCode: 'known', doorOpen: 'yes' });
    expect(c.report.causes[0].fix).toBe('replace-code');
    expect(c.plan.ids).toEqual(['replace-code', 'test-codes-door-open']);
    expect(c.plan.resets).toBe(false);
    expect(c.report.afterReset).toBeUndefined();
    const forgotten = c.twin.store().codes[1];
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    const store = c.twin.store();
    expect(store.codes).not.toContain(forgotten);
    expect(store.codes.slice(0, 3)).toEqual(['1357', '2580', '3579']);
    expect(store.adminCode).toBe(MC);
    expect(store.handed).toBe('right');
    expect(events(c.twin, 'factory-reset')).toBe(0);
    expect(c.confirm.refuses).toEqual([forgotten]);
  });

  it('unresponsive to all codes (store glitch) → factory reset; afterwards a new code unlocks', () => {
    const twin = apply(sc913({ boltExtended: true }), [{ do: 'fault', fault: 'store-glitch' }]);
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('store-untrusted');
    expect(c.plan.ids).toEqual(['factory-reset', 'set-mastercode', 'add-code', 'test-codes-door-open']);
    expect(c.report.afterReset?.slotPlan).toMatch(/slots 1–5 for the family, slots 6–10 for recurring visitors/);
    const d = demonstrate(twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(twin.store().trusted).toBe(true);
    expect(twin.store().codes[0]).toBe('2580');
    expect(events(twin, 'factory-reset')).toBe(1);
    // The owner's account gives the seed's answer too, once the battery is ruled out.
    const fresh = rankCauses('unresponsive-to-all-codes', twin.model, { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent' });
    expect(fresh[0].fix).toBe('factory-reset');
  });

  it('unresponsive to all codes with old batteries → battery first, the reset only if it persists', () => {
    const c = examineSymptom(findModel('smartcode-913')!, 'unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'old', doorOpen: 'no' });
    expect(c.report.causes.map((x) => x.fix)).toEqual(['replace-batteries', 'factory-reset']);
    expect(c.plan.ids).toEqual(['replace-batteries']);
    expect(c.report.ifPersists?.fix).toBe('factory-reset');
  });

  it('no Mastercode after moving in → factory reset; the new owner sets their own and their code works', () => {
    const c = examineSymptom(findModel('smartcode-913')!, 'no-mastercode', { doorOpen: 'no' });
    expect(c.report.causes[0].fix).toBe('factory-reset');
    expect(c.twin.store().adminCode).toBe('314159'); // the previous owner's, unknown to the new one
    expect(c.confirm.symptom?.askProgram).toBe(true);
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(d.confirmation.checks[0]).toMatchObject({ says: 'before the fix, the twin shows the trouble', ok: true });
    expect(c.twin.store().adminCode).toBe('97531');
    expect(c.twin.store().codes.filter((x) => x !== '')).toEqual(['2580']);
    expect(c.report.afterReset?.setMastercode).toMatch(/Set a Mastercode now/);
  });

  it('no Mastercode, told about a twin whose Mastercode is set: the reset is prescribed from the twin too', () => {
    const twin = sc913({ mastercode: '314159', doorOpen: true });
    expect(examineTwin(twin).plan.ids).toEqual([]);
    const c = examineTwin(twin, { symptom: 'no-mastercode' });
    expect(c.plan.ids[0]).toBe('factory-reset');
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
    expect(twin.store().adminCode).toBe('97531');
  });

  it('beeps but won\'t unlock (4.6 V) → the battery first; a fresh pack and a known code unlocks, no reset', () => {
    const twin = sc913({ battery: 4.6, boltExtended: true });
    apply(twin, [{ do: 'type', digits: '1357' }, { do: 'wait', ms: 3_000 }]);
    expect(twin.locked).toBe(true); // the symptom: green, beep, no unlock
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('battery-low');
    expect(c.plan.ids).toEqual(['replace-batteries']);
    expect(c.report.afterReset).toBeUndefined();
    const d = demonstrate(twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(c.confirm.unlocks).toEqual(['1357']);
    expect(twin.store().codes.slice(0, 2)).toEqual(['1357', '2468']);
    expect(twin.store().adminCode).toBe(MC);
    expect(events(twin, 'factory-reset')).toBe(0);
    const s = examineSymptom(twin.model, 'beeps-wont-unlock', { led: 'green', batteriesChanged: 'old' });
    expect(s.report.causes[0].fix).toBe('replace-batteries');
    expect(s.report.ifPersists?.fix).toBe('factory-reset');
  });

  it('a fix that is not the prescribed one does not clear the symptom (the check can fail)', () => {
    const weak = sc913({ battery: 4.6, boltExtended: true });
    const w = examineTwin(weak);
    expect(demonstrate(weak, { ...w.plan, steps: [] }, w.confirm).ok).toBe(false);
    const glitched = apply(sc913({ boltExtended: true }), [{ do: 'fault', fault: 'store-glitch' }]);
    const g = examineTwin(glitched);
    const batteriesOnly = buildPlan(glitched.model, ['replace-batteries'], factsFromTwin(glitched));
    expect(demonstrate(glitched, batteriesOnly, { ...g.confirm, unlocks: ['1357'] }).ok).toBe(false); // S5: a battery change does not help
  });
});

// ---- every model, every row -------------------------------------------------------------------

const ROWS: [SymptomId, Answers][] = [
  ['forgot-one-code', { mastercode: 'known', oldCode: 'known', doorOpen: 'yes' }],
  ['forgot-one-code', { mastercode: 'known', oldCode: 'unknown', doorOpen: 'no' }],
  ['forgot-one-code', { mastercode: 'lost', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'old', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'red-blink', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'solid-red', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'lockout', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'status-normal', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'none', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['beeps-wont-unlock', { led: 'green', batteriesChanged: 'old', doorOpen: 'no' }],
  ['beeps-wont-unlock', { led: 'low-battery', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['beeps-wont-unlock', { led: 'jam', batteriesChanged: 'recent', doorOpen: 'no' }],
  ['no-mastercode', { doorOpen: 'no' }],
];

describe('every model: the prescribed plan, run on a twin in that condition, clears it', () => {
  for (const p of MODELS) {
    it(`${p.id}: ${ROWS.length} symptom cases`, () => {
      for (const [symptom, answers] of ROWS) {
        const c = examineSymptom(p, symptom, answers);
        const d = demonstrate(c.twin, c.plan, c.confirm);
        const bad = d.confirmation.checks.filter((x) => !x.ok);
        expect(bad, `${symptom} ${JSON.stringify(answers)}`).toEqual([]);
        expect(c.plan.steps.length).toBeGreaterThan(0);
        expect(c.confirm.unlocks.length + (c.confirm.adminCode ? 1 : 0)).toBeGreaterThan(0);
      }
    });
  }

  it('the models\' own gestures appear: 250 holds 15 s powered, 264 holds Reset, 909 holds Lock at power-up, 620 taps Program', () => {
    const facts = (id: string) => factsFromTwin(Twin.create(id, { doorOpen: true }));
    const actions = (id: string) => buildPlan(findModel(id)!, ['factory-reset'], facts(id)).steps.flatMap((s) => (s.action ? [s.action] : []));
    expect(actions('powerbolt-250')).toContainEqual({ do: 'wait', ms: 16_000 });
    expect(actions('powerbolt-250')).not.toContainEqual({ do: 'hold', key: 'reset' });
    expect(actions('powerbolt-264')).toContainEqual({ do: 'hold', key: 'reset' });
    expect(actions('smartcode-909')).toContainEqual({ do: 'hold', key: 'lock' });
    expect(actions('homeconnect-620')).toContainEqual({ do: 'wait', ms: 1_000 });
    expect(actions('smartcode-913').slice(1, 4)).toEqual([{ do: 'battery-out' }, { do: 'hold', key: 'program' }, { do: 'battery-in', volts: 6 }]);
  });
});

// ---- the twin's own condition -----------------------------------------------------------------

describe('diagnosis from a twin', () => {
  it('a half-finished reset (S24) its owner meant: recognised, finished, handing learned, a new code works', () => {
    const twin = apply(sc913({ doorOpen: true }), [...HALF_RESET, { do: 'door', state: 'closed' }, { do: 'key', dir: 'lock' }, { do: 'wait', ms: 300_000 }]);
    expect(twin.mode).toBe('reset-armed');
    const c = examineTwin(twin, { answers: { meantReset: 'yes' } });
    expect(c.report.findings[0].id).toBe('reset-armed');
    expect(c.report.causes[0].says).toMatch(/started and never confirmed/);
    expect(c.plan.ids[0]).toBe('finish-reset');
    expect(c.report.afterReset).toBeDefined();
    const d = demonstrate(twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(twin.mode).toBe('idle');
    expect(twin.store().handed).toBe('right');
    expect(events(twin, 'factory-reset')).toBe(1);
  });

  it('a half-finished reset its owner meant, on a weak pack, is done again on fresh batteries (S10)', () => {
    const twin = apply(sc913({ doorOpen: true }), [...HALF_RESET.slice(0, 2), { do: 'battery-in', volts: 4.7 }, ...HALF_RESET.slice(3)]);
    const c = examineTwin(twin, { answers: { meantReset: 'yes' } });
    expect(c.report.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['reset-armed', 'battery-low']));
    expect(c.plan.ids[0]).toBe('factory-reset');
    expect(arrangeFixes(['finish-reset', 'replace-batteries'])[0]).toBe('factory-reset');
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
  });

  const failedHanding: [string, TwinOptions, Action[], string][] = [
    ['the door was closed', { doorOpen: false }, FULL_RESET, 'door-closed'],
    ['the strike plate is out of line', { doorOpen: false, strikeAligned: false }, FULL_RESET, 'strike-misaligned'],
    ['the bolt was pushed', { doorOpen: true }, [...HALF_RESET, { do: 'press', key: 'program' }, { do: 'wait', ms: 3_400 }, { do: 'push-bolt' }, { do: 'wait', ms: 6_000 }], 'bolt-pushed'],
  ];
  for (const [why, opts, actions, reason] of failedHanding) {
    it(`failed handing because ${why} (S16, S17): says why, relearns with the door open, then codes`, () => {
      const twin = apply(sc913(opts), actions);
      const c = examineTwin(twin);
      expect(c.report.findings[0].id).toBe('handing-not-learned');
      expect(c.report.handing?.reason).toBe(reason);
      expect(c.report.causes[0].says).toContain(c.report.handing!.says);
      expect(c.plan.ids).toEqual(['relearn-handing', 'set-mastercode', 'add-code', 'test-codes-door-open']);
      expect(c.report.afterReset).toBeDefined();
      const d = demonstrate(twin, c.plan, c.confirm);
      expect(d.ok).toBe(true);
      expect(twin.store().handed).toBe('right');
    });
  }

  it('a critical battery (S25): the code gets red ×10 and no motion; fresh batteries, the same code unlocks', () => {
    const twin = sc913({ battery: 4.5, boltExtended: true });
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('battery-critical');
    expect(c.plan.ids).toEqual(['replace-batteries']);
    expect(c.report.also.join(' ')).not.toMatch(/Mastercode/); // a Mastercode is set here
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('advice waits while a repair is due: a critical battery on a lock without Mastercode prescribes only the batteries', () => {
    const twin = sc913({ battery: 4.5, mastercode: 'none', boltExtended: true });
    const c = examineTwin(twin);
    expect(c.plan.ids).toEqual(['replace-batteries']);
    expect(c.report.also.join(' ')).toMatch(/No Mastercode is set/);
  });

  it('an active lockout (product-facts M4): wait it out, then the code works', () => {
    const twin = apply(sc913({ boltExtended: true }), [{ do: 'type', digits: '0000' }, { do: 'type', digits: '0000' }, { do: 'type', digits: '0000' }]);
    expect(twin.lockedOut).toBe(true);
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('lockout');
    expect(c.plan.ids).toEqual(['wait-lockout']);
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('no Mastercode set (S21): set one; then it gates programming', () => {
    const twin = sc913({ mastercode: 'none', doorOpen: true });
    const c = examineTwin(twin);
    expect(c.report.findings.map((f) => f.id)).toEqual(['no-admin-code']);
    expect(c.plan.ids).toEqual(['set-mastercode']);
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
    expect(twin.store().adminCode).toBe('97531');
  });

  it('codes untested before the door was closed (S20): test them with the door open', () => {
    const twin = apply(sc913({ mastercode: 'none', codes: {}, doorOpen: true }), [{ do: 'press', key: 'program' }, { do: 'type', digits: '2486' }, { do: 'press', key: 'lock' }, { do: 'door', state: 'closed' }]);
    const c = examineTwin(twin);
    expect(c.report.findings.map((f) => f.id)).toContain('untested-codes');
    expect(c.plan.ids).toContain('test-codes-door-open');
    expect(demonstrate(twin, c.plan, c.confirm).ok).toBe(true);
    expect(c.confirm.clears).toContain('untested-codes');
  });

  it('the pack out: put it back — or fresh batteries when the pack that came out is weak', () => {
    const out = apply(sc913(), [{ do: 'battery-out' }]);
    expect(examineTwin(out).plan.ids).toEqual(['insert-pack']);
    const weak = apply(sc913({ battery: 4.6 }), [{ do: 'battery-out' }]);
    expect(examineTwin(weak).plan.ids).toEqual(['replace-batteries']);
  });

  it('the exterior unplugged (product-facts M5, M6): recognised, the cable plugged back in, the same codes open — no reset; a reset alone does not cure it', () => {
    const twin = apply(sc913({ boltExtended: true }), [{ do: 'exterior', state: 'disconnected' }, { do: 'wait', ms: 60_000 }]);
    const c = examineTwin(twin);
    expect(c.report.findings[0].id).toBe('exterior-unplugged');
    expect(c.plan.ids).toEqual(['reconnect-exterior']);
    expect(c.plan.resets).toBe(false);
    const d = demonstrate(twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    expect(twin.store().codes.slice(0, 2)).toEqual(['1357', '2468']);
    expect(events(twin, 'factory-reset')).toBe(0);
    // The seed's answer for "unresponsive to all codes" — a factory reset — leaves the keypad deaf.
    const again = apply(sc913({ boltExtended: true }), [{ do: 'exterior', state: 'disconnected' }, { do: 'wait', ms: 60_000 }]);
    const resetOnly = buildPlan(again.model, ['factory-reset'], factsFromTwin(again));
    expect(demonstrate(again, resetOnly, examineTwin(again).confirm).ok).toBe(false);
  });

  it('the 916 beeping on and on: asked about, ranked first, and the plan quiets it', () => {
    const p = findModel('smartcode-916')!;
    const led = questionsFor('unresponsive-to-all-codes', p, { whatHappens: 'nothing' }).find((q) => q.id === 'led')!;
    expect(led.choices.map((c) => c.value)).toContain('beeps-on');
    const on913 = questionsFor('unresponsive-to-all-codes', findModel('smartcode-913')!, { whatHappens: 'nothing' }).find((q) => q.id === 'led')!;
    expect(on913.choices.map((c) => c.value)).not.toContain('beeps-on');
    const c = examineSymptom(p, 'unresponsive-to-all-codes', { whatHappens: 'nothing', led: 'beeps-on', batteriesChanged: 'old' });
    expect(c.report.causes[0].id).toBe('exterior-unplugged');
    expect(c.plan.ids).toEqual(['reconnect-exterior']);
    const from = c.twin.sim.now;
    const d = demonstrate(c.twin, c.plan, c.confirm);
    expect(d.ok).toBe(true);
    const lastBeep = c.twin.trace.entries.filter((e) => e.t >= from && e.ch === 'beep' && JSON.stringify(e.v) === JSON.stringify({ count: 1, long: true })).at(-1);
    const plugged = c.twin.trace.entries.find((e) => e.t >= from && e.ch === 'input' && (e.v as { do?: string }).do === 'exterior')!;
    expect(lastBeep!.t).toBeLessThanOrEqual(plugged.t); // no alert beep once the cable is back
  });

  it('a healthy lock: nothing wrong, nothing to do', () => {
    const c = examineTwin(sc913());
    expect(c.report.findings).toEqual([]);
    expect(c.plan.steps).toEqual([]);
    expect(c.report.also[0]).toMatch(/Nothing wrong found/);
  });
});

// ---- the ranking and the questions -----------------------------------------------------------

describe('ranking and questions', () => {
  const sc = findModel('smartcode-913')!;
  it('battery first when old or unknown; not when recent and nothing points to it (S25)', () => {
    expect(rankCauses('beeps-wont-unlock', sc, { batteriesChanged: 'unknown' })[0].fix).toBe('replace-batteries');
    expect(rankCauses('beeps-wont-unlock', sc, {})[0].fix).toBe('replace-batteries');
    expect(rankCauses('beeps-wont-unlock', sc, { batteriesChanged: 'recent', led: 'wrong-code' })[0].fix).toBe('factory-reset');
    expect(rankCauses('beeps-wont-unlock', sc, { batteriesChanged: 'recent', led: 'low-battery' })[0].fix).toBe('replace-batteries');
  });

  it('a dark, silent keypad: the batteries first, then the keypad\'s cable, and only then a reset (the status light may be switched off)', () => {
    const dark = rankCauses('unresponsive-to-all-codes', sc, { whatHappens: 'nothing', led: 'none', batteriesChanged: 'recent' });
    expect(dark.map((c) => c.id)).toEqual(['battery-critical', 'exterior-unplugged', 'store-corrupted']);
    const awake = rankCauses('unresponsive-to-all-codes', sc, { whatHappens: 'nothing', led: 'status-normal', batteriesChanged: 'recent' });
    expect(awake.map((c) => c.id)).toEqual(['exterior-unplugged', 'store-corrupted']);
    // The status light not noticed: the same order, and the lone red blink of a half-finished
    // reset (S24) before the reset that would erase every code.
    const unnoticed = rankCauses('unresponsive-to-all-codes', sc, { whatHappens: 'nothing', led: 'unsure', batteriesChanged: 'recent' });
    expect(unnoticed.map((c) => c.id)).toEqual(['battery-critical', 'exterior-unplugged', 'reset-half-finished', 'store-corrupted']);
    // A model whose reset needs no confirming press has no half-finished one.
    expect(rankCauses('unresponsive-to-all-codes', findModel('powerbolt-264')!, { whatHappens: 'nothing', led: 'unsure', batteriesChanged: 'recent' }).map((c) => c.id)).toEqual(['battery-critical', 'exterior-unplugged', 'store-corrupted']);
  });

  it('a 92640-001 whose keypad seems dead is first asked for firm presses (seed S14), and the twin shows light taps unregistered', () => {
    const dark: Answers = { whatHappens: 'nothing', led: 'unsure', batteriesChanged: 'recent' };
    const firm = findModel('powerbolt-92640-001')!;
    expect(rankCauses('unresponsive-to-all-codes', firm, dark).map((c) => c.id)).toEqual(['light-presses', 'battery-critical', 'exterior-unplugged', 'store-corrupted']);
    // Not on the 264, whose keypad takes a light tap, nor when the owner hears the lock answer.
    expect(rankCauses('unresponsive-to-all-codes', findModel('powerbolt-264')!, dark).map((c) => c.id)).not.toContain('light-presses');
    expect(rankCauses('unresponsive-to-all-codes', firm, { ...dark, whatHappens: 'rejected', led: 'wrong-code' }).map((c) => c.id)).not.toContain('light-presses');
    expect(rankCauses('beeps-wont-unlock', firm, { led: 'unsure' }).map((c) => c.id)).not.toContain('light-presses');
    const c = examineSymptom(firm, 'unresponsive-to-all-codes', dark);
    expect(c.plan.ids).toEqual(['press-firmly']);
    const shown = demonstrate(c.twin, c.plan, c.confirm);
    expect(shown.ok).toBe(true);
    expect(shown.steps.filter((s) => s.step.part === 'symptom')).toHaveLength(2);
    expect(events(c.twin, 'factory-reset')).toBe(0);
  });

  it('a forgotten code is taken as unknown when not answered: the plan never asks to type it (S7)', () => {
    const c = examineSymptom(sc, 'forgot-one-code', { mastercode: 'known' });
    expect(c.report.assumed).toContain('oldCode');
    expect(c.plan.steps.map((x) => x.says).join('\n')).not.toMatch(/Type the code to delete/);
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
  });

  it('single-code repair before a reset; a reset only when the Mastercode is lost (S7, S3)', () => {
    expect(rankCauses('forgot-one-code', sc, { mastercode: 'known' })[0].fix).toBe('replace-code');
    expect(rankCauses('forgot-one-code', sc, { mastercode: 'lost' })[0].fix).toBe('factory-reset');
    expect(rankCauses('forgot-one-code', findModel('smartcode-909')!, { mastercode: 'lost' })[0].fix).toBe('replace-code'); // positional: no Mastercode needed
  });

  it('a half-finished reset its owner meant is finished, not started again (S24); a reset-button model has none', () => {
    const dead: Answers = { whatHappens: 'nothing', led: 'red-blink', batteriesChanged: 'recent' };
    expect(rankCauses('unresponsive-to-all-codes', sc, { ...dead, meantReset: 'yes' })[0].fix).toBe('finish-reset');
    expect(rankCauses('unresponsive-to-all-codes', findModel('powerbolt-264')!, dead).map((c) => c.fix)).not.toContain('finish-reset');
    expect(rankCauses('unresponsive-to-all-codes', findModel('powerbolt-264')!, dead).map((c) => c.fix)).not.toContain('cancel-reset');
  });

  it('the 275 tries the programming tag\'s code before a reset (S12)', () => {
    const c = examineSymptom(findModel('smartcode-275')!, 'no-mastercode', { doorOpen: 'yes' });
    expect(c.report.causes.map((x) => x.fix)).toEqual(['try-factory-code', 'factory-reset']);
    expect(c.report.ifPersists?.fix).toBe('factory-reset');
    expect(demonstrate(c.twin, c.plan, c.confirm).ok).toBe(true);
    expect(events(c.twin, 'factory-reset')).toBe(0);
  });

  it('the factory code to try is said in plain words: the 264\'s 0-0-0-0, the 275\'s tag', () => {
    const first = (id: string) => examineSymptom(findModel(id)!, 'no-mastercode', { doorOpen: 'yes' }).report.procedure.steps.find((x) => x.says.startsWith('Try the'))?.says;
    expect(first('powerbolt-264')).toMatch(/^Try the factory programming code, 0-0-0-0: if the menu opens/);
    expect(first('powerbolt-2')).toMatch(/^Try the factory Mastercode, 0-0-0-0: if the menu opens/);
    expect(first('smartcode-275')).toMatch(/^Try the programming code printed on the programming tag; if the lock answers red ×3 and three beeps, try 0-0-0-0, the code a reset leaves: if the menu opens/);
  });

  it('a Powerbolt 2 that "ignores every code" is first asked for the Lock press after the code (product-facts M10), before the reset its wrong-code answer would otherwise earn', () => {
    const pb2 = findModel('powerbolt-2')!;
    const rejected: Answers = { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent' };
    expect(rankCauses('unresponsive-to-all-codes', pb2, rejected).map((c) => c.id)).toEqual(['code-not-confirmed', 'store-corrupted']);
    expect(rankCauses('unresponsive-to-all-codes', sc, rejected).map((c) => c.id)).toEqual(['store-corrupted']); // the 913 opens at the last digit
    expect(rankCauses('unresponsive-to-all-codes', pb2, { ...rejected, led: 'lockout' })[0].id).toBe('lockout'); // a signal that says otherwise
    expect(rankCauses('unresponsive-to-all-codes', pb2, { whatHappens: 'nothing', led: 'none', batteriesChanged: 'recent' })[0].id).toBe('battery-critical'); // the timeout's beeps never came
    expect(rankCauses('beeps-wont-unlock', pb2, { led: 'wrong-code', batteriesChanged: 'recent' }).map((c) => c.id)).not.toContain('code-not-confirmed'); // beeps come at the Lock press
    for (const doorOpen of ['no', 'yes'] as const) {
      const c = examineSymptom(pb2, 'unresponsive-to-all-codes', { ...rejected, doorOpen });
      expect(c.plan.ids).toEqual(['code-then-lock']);
      expect(c.report.ifPersists?.fix).toBe('factory-reset');
      const d = demonstrate(c.twin, c.plan, c.confirm);
      expect(d.confirmation.checks.filter((x) => !x.ok)).toEqual([]);
      expect(events(c.twin, 'wrong-code')).toBe(doorOpen === 'no' ? 1 : 0); // the trouble, shown on the locked door: the digits alone, given up on
      expect(events(c.twin, 'factory-reset')).toBe(0);
    }
    // The check can fail: the same plan without its Lock press leaves the door locked.
    const c = examineSymptom(pb2, 'unresponsive-to-all-codes', rejected);
    const withoutLock = { ...c.plan, steps: c.plan.steps.filter((s) => !(s.action?.do === 'press' && s.action.key === 'lock')) };
    expect(demonstrate(c.twin, withoutLock, c.confirm).ok).toBe(false);
    const unavailable = buildPlan(sc, ['code-then-lock'], factsFromTwin(sc913()));
    expect(unavailable.ids).toEqual([]);
    expect(unavailable.unavailable[0].why).toMatch(/last digit/);
  });

  it('a 916 whose screen lights digits at the first touch is shown SecureScreen\'s digits first (product-facts M5, M7), not the reset its wrong-code answer would otherwise earn', () => {
    const sc916 = findModel('smartcode-916')!;
    const rejected: Answers = { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent' };
    expect(rankCauses('unresponsive-to-all-codes', sc916, { ...rejected, screenDigits: 'yes' }).map((c) => c.id)).toEqual(['secure-screen-on', 'store-corrupted']);
    expect(rankCauses('beeps-wont-unlock', sc916, { led: 'wrong-code', batteriesChanged: 'recent', screenDigits: 'yes' })[0].id).toBe('secure-screen-on');
    // Not sure: looked at before the reset, which would erase every code and leave the switch as it is.
    expect(rankCauses('unresponsive-to-all-codes', sc916, rejected).map((c) => c.id)).toEqual(['secure-screen-on', 'store-corrupted']);
    expect(rankCauses('unresponsive-to-all-codes', sc916, { ...rejected, batteriesChanged: 'old' }).map((c) => c.id)).toEqual(['battery-unchecked', 'secure-screen-on', 'store-corrupted']);
    expect(rankCauses('unresponsive-to-all-codes', sc916, { ...rejected, screenDigits: 'no' }).map((c) => c.id)).toEqual(['store-corrupted']);
    expect(rankCauses('unresponsive-to-all-codes', sc916, { ...rejected, screenDigits: 'yes', led: 'lockout' })[0].id).toBe('lockout'); // a signal that says otherwise
    expect(rankCauses('unresponsive-to-all-codes', sc, { ...rejected, screenDigits: 'yes' }).map((c) => c.id)).toEqual(['store-corrupted']); // the 913 has no screen
    // Asked on the 916 only, and not of a keypad that does nothing at all.
    expect(questionsFor('unresponsive-to-all-codes', sc916, { whatHappens: 'rejected' }).map((q) => q.id)).toContain('screenDigits');
    expect(questionsFor('unresponsive-to-all-codes', sc916, { whatHappens: 'nothing' }).map((q) => q.id)).not.toContain('screenDigits');
    expect(questionsFor('unresponsive-to-all-codes', sc, { whatHappens: 'rejected' }).map((q) => q.id)).not.toContain('screenDigits');
    for (const doorOpen of ['no', 'yes'] as const) {
      const c = examineSymptom(sc916, 'unresponsive-to-all-codes', { ...rejected, screenDigits: 'yes', doorOpen });
      expect(c.plan.ids).toEqual(['shown-digits-first']);
      expect(c.twin.switches[3]).toBe(true);
      expect(c.report.ifPersists?.fix).toBe('factory-reset');
      const d = demonstrate(c.twin, c.plan, c.confirm);
      expect(d.confirmation.checks.filter((x) => !x.ok)).toEqual([]);
      expect(events(c.twin, 'wrong-code')).toBe(doorOpen === 'no' ? 1 : 0); // the trouble, shown on the locked door: the code typed straight on
      expect(events(c.twin, 'unlocked')).toBeGreaterThanOrEqual(2); // the fix, then the owner's check behind the screen too
      expect(events(c.twin, 'factory-reset')).toBe(0);
    }
    // The check can fail: the same plan without the screen's digits leaves the door locked.
    const c = examineSymptom(sc916, 'unresponsive-to-all-codes', { ...rejected, screenDigits: 'yes' });
    const withoutDigits = { ...c.plan, steps: c.plan.steps.filter((s) => s.action?.do !== 'type-shown') };
    expect(demonstrate(c.twin, withoutDigits, c.confirm).ok).toBe(false);
    const unavailable = buildPlan(sc, ['shown-digits-first'], factsFromTwin(sc913()));
    expect(unavailable.ids).toEqual([]);
    expect(unavailable.unavailable[0].why).toMatch(/no SecureScreen/);
  });

  it('behind a SecureScreen, every fix types its codes after the shown digits: a corrupted store\'s reset, then the codes tested and the owner\'s check', () => {
    const sc916 = findModel('smartcode-916')!;
    const c = examineSymptom(sc916, 'unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent', screenDigits: 'no', doorOpen: 'yes' });
    expect(c.plan.ids).toContain('factory-reset');
    expect(c.twin.switches[3]).toBe(false); // the owner sees no digits: SecureScreen off
    // The same lock with SecureScreen on: the codes the plan adds are tried behind the screen.
    const on = examineSymptom(sc916, 'unresponsive-to-all-codes', { whatHappens: 'rejected', led: 'wrong-code', batteriesChanged: 'recent', screenDigits: 'yes', doorOpen: 'yes' });
    const reset = buildPlan(sc916, ['factory-reset'], { ...factsFromTwin(on.twin), adminCode: null });
    expect(reset.steps.some((s) => s.action?.do === 'type-shown')).toBe(true);
    expect(demonstrate(on.twin, reset, { unlocks: [reset.facts.newCode], refuses: [], clears: [] }).confirmation.checks.filter((x) => !x.ok)).toEqual([]);
  });

  it('asks only what it needs', () => {
    expect(questionsFor('no-mastercode', sc, {}).map((q) => q.id)).toEqual(['doorOpen']);
    expect(questionsFor('forgot-one-code', sc, {}).map((q) => q.id)).toEqual(['mastercode', 'oldCode', 'doorOpen']);
    expect(questionsFor('forgot-one-code', findModel('smartcode-909')!, {}).map((q) => q.id)).toEqual(['doorOpen']);
    expect(questionsFor('beeps-wont-unlock', sc, { doorOpen: 'yes' }).map((q) => q.id)).toEqual(['led', 'batteriesChanged']);
    const dead = questionsFor('unresponsive-to-all-codes', sc, { whatHappens: 'nothing' });
    expect(dead[0].choices.map((c) => c.value)).toEqual(['red-blink', 'status-normal', 'solid-red', 'none', 'unsure']);
    // The LED choices are the model's own signals (Powerbolt 250: jam = red/white alternating ×5, M9).
    const pb = questionsFor('beeps-wont-unlock', findModel('powerbolt-250')!, {})[0];
    expect(pb.choices.find((c) => c.value === 'jam')?.name).toBe('alternating red/white ×5');
  });

  it('parses scripted answers and names the allowed words on a mistake', () => {
    expect(parseAnswers('doorOpen=yes, batteriesChanged=old')).toEqual({ doorOpen: 'yes', batteriesChanged: 'old' });
    expect(() => parseAnswers('led=blue')).toThrow(AnswerError);
    expect(() => parseAnswers('colour=red')).toThrow(/unknown question/);
    expect(() => parseAnswers('doorOpen')).toThrow(/key=value/);
  });

  it('after-reset guidance fits the model (S19–S22; product-facts M11)', () => {
    expect(afterResetGuidance(findModel('powerbolt-2')!).slotPlan).toMatch(/slots 1–5 for the family, slot 6 for recurring visitors/);
    expect(afterResetGuidance(findModel('powerbolt-2')!).restored).toMatch(/0-0-0-0.*1-2-3-4/);
    expect(afterResetGuidance(findModel('smartcode-909')!).setMastercode).toMatch(/no Mastercode/);
    expect(afterResetGuidance(sc).testDoorOpen).toMatch(/door open/);
  });
});

// ---- the shipped scenarios, through the CLI ---------------------------------------------------

const SCN = join(REPO_ROOT, 'scenarios', 'smartcode-913');

/** The step count that runs a scenario up to (and through) its first expectation matching `want`. */
function untilExpect(file: string, want: (e: Expectation) => boolean): number {
  const steps = loadScenarioFile(file).steps;
  const i = steps.findIndex((s) => s.do === 'expect' && want(s.expect));
  if (i < 0) throw new Error(`no such expect in ${file}`);
  return i + 1;
}

const hasEvent = (type: EventType) => (e: Expectation) => e.event === type || (Array.isArray(e.event) && e.event.includes(type));

describe('lockstep doctor on the shipped scenarios (stopped where the trouble is: they end repaired)', () => {
  const cases: [string, (e: Expectation) => boolean, string, string, string?][] = [
    ['s24-reset-armed-never-confirmed.yaml', hasEvent('reset-armed'), 'reset-armed', 'cancel-reset'],
    ['s17-jam-closed-door.yaml', hasEvent('handing-failed'), 'handing-not-learned', 'relearn-handing', 'door-closed'],
    ['s17-jam-misaligned-strike.yaml', hasEvent('handing-failed'), 'handing-not-learned', 'relearn-handing', 'strike-misaligned'],
    ['s25-critical-battery-refuses.yaml', hasEvent('battery-critical'), 'battery-critical', 'replace-batteries'],
    ['s05-corrupted-code-store.yaml', (e) => e.store === 'untrusted', 'store-untrusted', 'factory-reset'],
    ['s07e-unresponsive-exterior-unplugged.yaml', (e) => e.store === 'ok' && e.beeps === 0, 'exterior-unplugged', 'reconnect-exterior'],
  ];
  for (const [name, want, condition, fix, why] of cases) {
    it(`${name}: recognises ${condition}, prescribes ${fix}, and the plan repairs the twin`, () => {
      const file = join(SCN, name);
      const n = untilExpect(file, want);
      const r = lockstep('doctor', '--scenario', file, '--until-step', String(n), '--json', '--show');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.report.findings.map((f: { id: string }) => f.id)).toContain(condition);
      expect(json.report.procedure.ids[0]).toBe(fix);
      if (why) expect(json.report.handing.reason).toBe(why);
      expect(json.demonstration.ok).toBe(true);
      expect(json.demonstration.after).not.toContain(condition);
      expect(json.scenario.ranSteps).toBe(n);
    });
  }

  it('the end state of a scenario that ends repaired points back to where the trouble was', () => {
    const file = join(SCN, 's24-reset-armed-never-confirmed.yaml');
    const r = lockstep('doctor', '--scenario', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Earlier in the scenario the lock showed\n\s+step \d+ \(line \d+\): a factory reset waiting for its last press — --until-step \d+ diagnoses it there/);
    const st = twinFromScenario(loadScenarioFile(file));
    expect(st.troubled[0].conditions).toEqual(['reset-armed']);
  });

  it('holds --answers beside a twin to the rule of a symptom\'s: only what the symptom asks, and with none only mastercode', () => {
    const file = join(SCN, 's24-reset-armed-never-confirmed.yaml');
    // What the twin shows itself was silently ignored, and a contradiction taken.
    const unread = lockstep('doctor', '--scenario', file, '--answers', 'led=green,whatHappens=nothing');
    expect(unread.code).toBe(2);
    expect(unread.err).toContain('--answers led, whatHappens: with --snapshot or --scenario and no --symptom the doctor reads the lock\'s condition from the twin and takes only mastercode');
    const contradicts = lockstep('doctor', '--scenario', file, '--symptom', 'no-mastercode', '--answers', 'mastercode=known');
    expect(contradicts.code).toBe(2);
    expect(contradicts.err).toContain('--answers mastercode: the symptom no-mastercode on the smartcode-913 does not ask it (it asks: doorOpen)');
    expect(lockstep('doctor', '--scenario', file, '--answers', 'mastercode=lost', '--json').code).toBe(0);
    expect(lockstep('doctor', '--scenario', file, '--symptom', 'beeps-wont-unlock', '--answers', 'led=green', '--json').code).toBe(0);
  });

  it('reads a saved snapshot', () => {
    const twin = sc913({ battery: 4.5, boltExtended: true });
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-doctor-'));
    const file = join(dir, 'snap.json');
    writeFileSync(file, JSON.stringify(twin.snapshot()));
    const r = lockstep('doctor', '--snapshot', file, '--json', '--show');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.report.findings[0].id).toBe('battery-critical');
    expect(json.demonstration.ok).toBe(true);
  });

  it('scripted: --model --symptom --answers prints the plan, what to do if it persists, and with --show the twin\'s lights', () => {
    const r = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', 'doorOpen=no,batteriesChanged=old,led=green', '--show');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/What is wrong, most likely first\n\s+1\. The lock takes the code, then nothing moves/);
    expect(r.out).toMatch(/── Replace the batteries/);
    expect(r.out).toMatch(/If it persists: .*→ Factory reset, then door handing/);
    expect(r.out).toMatch(/› insert the battery pack \(6 V\)/);
    expect(r.out).toMatch(/▸ unlocked \(at the keypad, slot 1\)/);
    expect(r.out).toMatch(/Confirmed: the symptom is gone\./);
  });

  it('without a terminal and without --symptom/--snapshot/--scenario: a clear error, exit 2', () => {
    const r = lockstep('doctor');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no terminal to ask on: script the doctor with --model ID --symptom ID/);
    expect(lockstep('doctor', '--symptom', 'beeps-wont-unlock').code).toBe(2);
    expect(lockstep('doctor', '--model', 'nope', '--symptom', 'beeps-wont-unlock').code).toBe(2);
    expect(lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', 'led=blue').err).toMatch(/led=blue: expected one of/);
    // What a SecureScreen shows, on a model without one: refused rather than ignored.
    const screen = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', 'screenDigits=yes');
    expect(screen.code).toBe(2);
    expect(screen.err).toContain('--answers screenDigits: the smartcode-913 has no SecureScreen');
    expect(lockstep('doctor', '--model', 'smartcode-916', '--symptom', 'beeps-wont-unlock', '--answers', 'screenDigits=yes').code).toBe(0);
    // No admin code ever set, on a model that always has one (the 264's is 0000 until changed):
    // not offered, and refused (it built a 264 with no programming code, which no 264 can be).
    const mastercodeChoices = (id: string) => questionsFor('forgot-one-code', findModel(id)!, {}).find((q) => q.id === 'mastercode')!.choices.map((c) => c.value);
    expect(mastercodeChoices('powerbolt-264')).toEqual(['known', 'lost']);
    expect(mastercodeChoices('smartcode-955')).toEqual(['known', 'none', 'lost']);
    const noAdmin = lockstep('doctor', '--model', 'powerbolt-264', '--symptom', 'forgot-one-code', '--answers', 'mastercode=none,oldCode=unknown,doorOpen=yes');
    expect(noAdmin.code).toBe(2);
    expect(noAdmin.err).toContain('--answers mastercode=none: the powerbolt-264 always has a programming code (0000 out of the box and after a reset): answer known or lost');
    // An answer the symptom does not ask — here one that contradicts it — is refused, naming what it asks.
    const contradicts = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'no-mastercode', '--answers', 'mastercode=known');
    expect(contradicts.code).toBe(2);
    expect(contradicts.err).toContain('--answers mastercode: the symptom no-mastercode on the smartcode-913 does not ask it (it asks: doorOpen)');
    const twoUnasked = lockstep('doctor', '--model', 'smartcode-913', '--symptom', 'beeps-wont-unlock', '--answers', 'whatHappens=nothing,oldCode=known,led=green');
    expect(twoUnasked.code).toBe(2);
    expect(twoUnasked.err).toContain('--answers whatHappens, oldCode: the symptom beeps-wont-unlock on the smartcode-913 does not ask them (it asks: led, batteriesChanged, doorOpen)');
    // Every question the interview asks is taken as an answer.
    for (const s of SYMPTOMS) {
      const asked = questionsFor(s.id, findModel('smartcode-916')!, {});
      const answers = asked.map((q) => `${q.id}=${q.choices[0].value}`).join(',');
      expect(lockstep('doctor', '--model', 'smartcode-916', '--symptom', s.id, '--answers', answers, '--json').code, `${s.id} ${answers}`).toBe(0);
    }
  });
});
