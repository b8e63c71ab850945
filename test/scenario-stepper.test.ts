// The step-wise runner (src/scenario/stepper.ts) that `lockstep run` and the browser twin share:
// driven the way the page drives it — the page clock's frames of time fed to it (ClockPace), so
// waits run in pieces, and the twin's trace drained after every frame by the page's Session — it agrees with `lockstep run` on every shipped scenario (same
// pass/fail, same failure, same trace hash), and both agree with a deliberately simpler runner
// written here (apply each action, check each expect against the trace since the previous one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExpectation } from '../src/scenario/expect-check.ts';
import { loadScenarioFile, parseScenario } from '../src/scenario/load.ts';
import { buildTwin, runScenario, stepToAction } from '../src/scenario/run.ts';
import { ScenarioStepper } from '../src/scenario/stepper.ts';
import { ScenarioError, type Scenario, type Step } from '../src/scenario/types.ts';
import { hashTrace } from '../src/sim/trace.ts';
import { Twin, type TwinSnapshot } from '../src/twin/twin.ts';
import { findModel } from '../src/models/index.ts';
import { REPO_ROOT, shippedScenarios } from './scenario-files.ts';
import { ClockPace } from '../web/src/scenario-player.ts';

/** The most frames a wait is fed in (a `wait: 1d` is not played frame by frame here). */
const MAX_PIECES = 40;
const FRAME_MS = 2_497; // about a frame at 10×; a prime, so pieces end at odd times between the lock's own alarms

/** The simpler runner: no stepper, the twin's trace whole, expectations on its tail. */
function reference(scn: Scenario): { ok: boolean; at?: number; hash: string } {
  const twin = buildTwin(scn);
  let mark = twin.trace.length;
  for (let i = 0; i < scn.steps.length; i++) {
    const step = scn.steps[i];
    if (step.do === 'expect') {
      const failures = checkExpectation(twin, step.expect, twin.trace.since(mark), step.keyPos);
      mark = twin.trace.length;
      if (failures.length > 0) return { ok: false, at: i, hash: hashTrace(twin.trace.entries) };
    } else {
      twin.apply(stepToAction(step)!);
    }
  }
  return { ok: true, hash: hashTrace(twin.trace.entries) };
}

/** As the page plays it at the clock's pace: frames of time fed in, the trace drained away after each. */
function asThePagePlays(scn: Scenario): ScenarioStepper {
  const twin = buildTwin(scn);
  const run = new ScenarioStepper(scn, twin);
  const pace = new ClockPace(run);
  twin.trace.entries.length = 0;
  while (!run.done) {
    const next = run.nextStep!;
    const frame = next.do === 'wait' ? Math.max(FRAME_MS, Math.ceil((next.ms - run.waitedMs) / MAX_PIECES)) : FRAME_MS;
    pace.feed(frame, () => {
      twin.trace.entries.length = 0;
    });
  }
  return run;
}

/** The scenario with its last `expect` made to fail: the bolt expected the other way. */
function spoiled(scn: Scenario): Scenario {
  const last = scn.steps.map((s, i) => [s, i] as const).filter(([s]) => s.do === 'expect').pop();
  if (!last) return scn;
  const [step, i] = last as [Extract<Step, { do: 'expect' }>, number];
  const steps = [...scn.steps];
  steps[i] = { ...step, expect: { ...step.expect, power: 'on', beeps: 999 } };
  return { ...scn, steps };
}

const files = shippedScenarios();

describe('the step-wise runner agrees with lockstep run', () => {
  for (const file of files) {
    it(file, () => {
      const scn = loadScenarioFile(join(REPO_ROOT, file));
      const cli = runScenario(scn);
      const simple = reference(scn);
      const page = asThePagePlays(scn);
      expect(cli.ok).toBe(true);
      expect(simple).toEqual({ ok: true, hash: cli.traceHash });
      expect(page.ok).toBe(true);
      expect(page.traceHash()).toBe(cli.traceHash);
      expect(page.reports.length).toBe(scn.steps.length);
      expect(JSON.stringify(page.twin.snapshot())).toBe(JSON.stringify(cli.twin.snapshot()));

      const bad = spoiled(scn);
      const cliBad = runScenario(bad);
      const pageBad = asThePagePlays(bad);
      const simpleBad = reference(bad);
      expect(cliBad.ok).toBe(false);
      expect(pageBad.ok).toBe(false);
      expect(pageBad.failure).toEqual(cliBad.failure);
      expect(pageBad.traceHash()).toBe(cliBad.traceHash);
      expect(simpleBad).toEqual({ ok: false, at: cliBad.steps.length - 1, hash: cliBad.traceHash });

      // A page reload half-way (inside a wait where there is one): the lock restored from its
      // saved snapshot, the run replayed to where it was, carried on by the restored lock.
      const half = scn.steps.findIndex((step, i) => i >= scn.steps.length / 2 && step.do === 'wait');
      const at = half >= 0 ? half : Math.floor(scn.steps.length / 2);
      const waited = half >= 0 ? Math.floor((scn.steps[half] as Extract<Step, { do: 'wait' }>).ms / 2) : 0;
      const before = ScenarioStepper.replayTo(scn, buildTwin(scn), at, waited);
      expect(before.next).toBe(at);
      expect(before.waitedMs).toBe(waited);
      const restored = Twin.restore(JSON.parse(JSON.stringify(before.twin.snapshot())) as TwinSnapshot);
      const resumed = before.continueOn(restored);
      while (resumed.step());
      expect(resumed.ok).toBe(true);
      expect(resumed.reports.length).toBe(scn.steps.length);
      expect(resumed.traceHash()).toBe(cli.traceHash);
    });
  }
});

describe('ScenarioStepper', () => {
  const scn = loadScenarioFile(join(REPO_ROOT, 'scenarios/smartcode-913/s08-factory-reset.yaml'));

  it('runs a wait in pieces, reporting the step once when it is whole', () => {
    const run = new ScenarioStepper(scn, buildTwin(scn));
    while (run.nextStep?.do !== 'wait') run.step();
    const wait = run.nextStep as Extract<Step, { do: 'wait' }>;
    const index = run.next;
    const start = run.twin.sim.now;
    expect(run.stepWithin(wait.ms / 2 + 0.7)).toBeNull();
    expect(run.waitedMs).toBe(Math.floor(wait.ms / 2 + 0.7));
    expect(run.next).toBe(index);
    expect(run.stepWithin(0)).toBeNull();
    const report = run.step()!;
    expect(report.step).toBe(wait);
    expect(run.twin.sim.now - start).toBe(wait.ms);
    expect(run.next).toBe(index + 1);
    expect(run.waitedMs).toBe(0);
  });

  it('fed by the page clock, takes exactly the time the steps take and leaves the rest', () => {
    const run = new ScenarioStepper(scn, buildTwin(scn));
    const pace = new ClockPace(run);
    const total = runScenario(scn).twin.sim.now;
    let pieces = 0;
    pace.feed(total - 1, (report) => {
      if (!report) pieces++;
    });
    expect(run.done).toBe(false);
    expect(pieces).toBe(1);
    pace.feed(1_000_000, () => {});
    expect(run.done && run.ok).toBe(true);
    expect(run.twin.sim.now).toBe(total);
  });

  it('rejects a step that would run the clock past its limit at the step, before it runs', () => {
    const text = readFileSync(join(REPO_ROOT, 'scenarios/smartcode-913/s08-factory-reset.yaml'), 'utf8');
    // Two waits of 6 000 years: the first runs, the second would pass the 10 000-year limit.
    const longWaits = text.replace(/^steps:\n/m, 'steps:\n  - wait: 2191500d\n  - wait: 2191500d\n');
    const long = parseScenario(longWaits, 'long.yaml');
    const secondWait = long.steps[1]!;
    const run = new ScenarioStepper(long, buildTwin(long));
    run.step();
    const before = run.twin.sim.now;
    expect(before).toBe(2_191_500 * 86_400_000);
    let error: unknown;
    try {
      run.step();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).pos).toEqual(secondWait.pos);
    expect((error as ScenarioError).message).toMatch(/^long\.yaml:\d+:\d+: the lock's clock stops at 10,000 years/);
    expect(run.twin.sim.now).toBe(before);
  });

  it('says when it is done, and then runs nothing', () => {
    const run = new ScenarioStepper(scn, buildTwin(scn));
    let n = 0;
    while (run.step()) n++;
    expect(n).toBe(scn.steps.length);
    expect(run.done && run.ok).toBe(true);
    expect(run.nextStep).toBeUndefined();
    expect(run.step()).toBeNull();
    expect(run.reports.filter((r) => r.step.do === 'expect').every((r) => r.failures.length === 0)).toBe(true);
  });
});

// A web QA pass opened the inherited lock's door with its bolt thrown, and closed it again over
// the bolt: the twin let the door move through its own bolt.
describe('a thrown bolt holds the door', () => {
  it('leaves a locked door shut and an open door open over a thrown bolt; withdrawn, the door moves', () => {
    const twin = new Twin(findModel('smartcode-913')!, { seed: 1, boltExtended: true });
    expect(twin.locked).toBe(true);
    twin.apply({ do: 'door', state: 'open' });
    expect(twin.door.open).toBe(false);
    twin.apply({ do: 'thumbturn', dir: 'unlock' });
    twin.apply({ do: 'door', state: 'open' });
    expect(twin.door.open).toBe(true);
    twin.apply({ do: 'thumbturn', dir: 'lock' });
    twin.apply({ do: 'door', state: 'closed' });
    expect(twin.door.open).toBe(true);
  });

  it('refuses a door step the bolt blocks, at the step', () => {
    const scn = parseScenario('name: n\nmodel: smartcode-913\ngiven: { bolt: extended }\nsteps:\n  - door: open\n', 'door.yaml');
    expect(() => runScenario(scn)).toThrow(ScenarioError);
    expect(() => runScenario(scn)).toThrow(/^door\.yaml:5:5: door: open — the bolt is thrown and holds the door shut: withdraw it first/);
  });
});

describe('a key is down or up, a pack in or out', () => {
  it('refuses a key pressed or held while already down, or released while up, at the step', () => {
    const run = (steps: string) => () => runScenario(parseScenario(`name: n\nmodel: smartcode-913\nsteps:\n${steps}`, 'keys.yaml'));
    expect(run("  - release: '2'\n")).toThrow(/^keys\.yaml:4:5: release 2 — key 2 is not held down: hold it first$/);
    expect(run("  - hold: program\n  - hold: program\n")).toThrow(/^keys\.yaml:5:5: hold program down — Program is already held down: release it first$/);
    expect(run("  - hold: '3'\n  - press: '3'\n")).toThrow(/^keys\.yaml:5:5: press 3 — key 3 is already held down/);
    expect(run("  - hold: '3'\n  - type: '123'\n")).toThrow(/^keys\.yaml:5:5: type 123 — key 3 is already held down/);
    expect(run("  - hold: lock\n  - hold: { key: lock, for: 2s }\n")).toThrow(/^keys\.yaml:5:5: .* — Lock is already held down/);
    expect(run("  - hold: program\n  - release: program\n  - release: program\n")).toThrow(/^keys\.yaml:6:5: release program — Program is not held down/);
    expect(run("  - battery: in\n")).toThrow(/^keys\.yaml:4:5: insert the battery pack — the battery pack is already in: pull it first$/);
    expect(run("  - battery: out\n  - battery: out\n")).toThrow(/^keys\.yaml:5:5: pull the battery pack — the battery pack is already out: put it in first$/);
    expect(run("  - battery: out\n  - battery: { in: 4.6 }\n  - battery: { in: 6 }\n")).toThrow(/^keys\.yaml:6:5: insert the battery pack \(6 V\) — the battery pack is already in/);
    // Held and released in turn, and other keys pressed meanwhile, runs; so does a pack changed.
    expect(run("  - battery: out\n  - battery: { in: 4.6 }\n  - battery: out\n  - battery: in\n")).not.toThrow();
    expect(run("  - hold: program\n  - press: '1'\n  - type: '24'\n  - release: program\n  - hold: program\n  - release: program\n")).not.toThrow();
  });
});

describe('a step used through an alias', () => {
  const HEAD = 'name: n\nmodel: smartcode-913\ngiven: { handed: right }\nsteps:\n';

  it('fails where the alias stands, not at its anchor, which passed', () => {
    const steps = '  - press: lock\n  - wait: 3s\n  - &locked { expect: { bolt: extended } }\n  - thumbturn: unlock\n  - wait: 3s\n  - *locked\n';
    const scn = parseScenario(HEAD + steps, 'alias.yaml');
    expect(scn.steps[5]!.pos).toEqual({ file: 'alias.yaml', line: 10, col: 5 });
    const result = runScenario(scn);
    expect(result.ok).toBe(false);
    expect(result.failure!.pos).toEqual({ file: 'alias.yaml', line: 10, col: 5 });
    expect(result.failure!.failures[0]!.pos).toEqual({ file: 'alias.yaml', line: 10, col: 5 });
  });

  it('fails at the alias of its checks, or of one value', () => {
    const scn = parseScenario(HEAD + '  - expect: &checks { bolt: retracted }\n  - press: lock\n  - wait: 3s\n  - expect: *checks\n  - expect: { bolt: &out retracted }\n  - expect: { bolt: *out }\n', 'alias.yaml');
    expect(scn.steps[3]).toMatchObject({ pos: { line: 8, col: 5 }, keyPos: { bolt: { line: 8, col: 13 } } });
    expect(scn.steps[5]).toMatchObject({ pos: { line: 10, col: 5 }, keyPos: { bolt: { line: 10, col: 21 } } });
    expect(runScenario(scn).failure!.failures[0]!.pos).toEqual({ file: 'alias.yaml', line: 8, col: 13 });
  });

  it('is refused where the alias stands', () => {
    const steps = '  - thumbturn: unlock\n  - &open { door: open }\n  - door: closed\n  - thumbturn: lock\n  - *open\n';
    expect(() => runScenario(parseScenario(HEAD + steps, 'alias.yaml'))).toThrow(/^alias\.yaml:9:5: door: open — the bolt is thrown/);
  });
});
