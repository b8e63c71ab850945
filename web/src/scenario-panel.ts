// The Scenarios panel (issue "The browser twin"): any shipped scenario (scenarios/<model>/*.yaml,
// the acceptance tests, named by the seed claim each reproduces) loaded and played on the
// page's lock — Step, Play at the page clock's pace or quickly, Reset — each step shown with
// its line in the file and in plain words, each `expect:` passing or failing as it runs with
// what was observed. Loading puts the scenario's own lock (its `given:`) on the page, so the
// drawn lock shows what happens. The steps own virtual time: while a scenario plays, the page
// clock's time (its 1×/10× and the 30 s jump too) goes to the steps, not straight to the lock.
// The same step-wise runner as `lockstep run` (src/scenario/stepper.ts) gives the same trace;
// the panel says when a hand on the lock takes the twin off the file's script. A file it cannot
// load has every mistake found in it listed under the status line, as `lockstep run` lists them
// (load-refusal.ts).
// Below it, recording what a person does as a scenario (record-view.ts).

import { buildTwinWith } from '../../src/scenario/build-twin.ts';
import { ScenarioStepper, type StepReport } from '../../src/scenario/stepper.ts';
import { besideFile } from '../../src/scenario/beside.ts';
import { ScenarioError, type Scenario } from '../../src/scenario/types.ts';
import type { Twin } from '../../src/twin/twin.ts';
import { scenarioCount, scenarioGroups, scenarioText, snapshotText } from './scenario-library.ts';
import { ClockPace, QuickPlayer, type Pace } from './scenario-player.ts';
import { StepList, failureWords, stepWording } from './step-list.ts';
import { Recorder, type RecorderHost } from './recorder.ts';
import { buildRecordView } from './record-view.ts';
import { button, el } from './dom.ts';
import { loadRefusal } from './load-refusal.ts';
import type { Keeping } from './keeping.ts';

export interface PageHost extends RecorderHost, Keeping {
  /** The page clock: paused or running, at its rate. */
  readonly clock: { paused: boolean; readonly rate: number };
  /** Tell the page that the clock was paused or resumed here. */
  clockChanged(): void;
}

const PACES: readonly [Pace, string][] = [
  ['clock', "at the clock's pace"],
  ['quick', 'quickly'],
];
const LINE_BREAK = /\r?\n/;
const KEPT_NAME = 'scenario';

/** Where a scenario run was, kept across a reload (keeping.ts). */
interface KeptScenario {
  file: string;
  /** The next step to run, and how much of it (a wait) had run. */
  next: number;
  waitedMs: number;
  offScript: boolean;
  /** The page's lock was no longer the run's. */
  detached: boolean;
  /** The run had steps left on the page's lock: its time is the page clock's, so the page starts paused. */
  ownsClock: boolean;
}

export function buildScenarioPanel(host: PageHost): { root: HTMLElement; recorder: Recorder } {
  const session = host.session;
  const root = el('section', { id: 'scenarios', class: 'panel scenarios', 'aria-labelledby': 'scn-title' });
  const title = el('h2', { id: 'scn-title' }, 'Scenarios');
  const hint = el(
    'p',
    { class: 'scn-hint' },
    `Play any of the ${scenarioCount()} shipped scenarios on the lock above. Loading one puts its lock on the page; then its steps own the time: the page clock (1×, 10×, jump) plays them.`,
  );

  const pickRow = el('div', { class: 'scn-pick' });
  const pickLabel = el('label', { for: 'scn-file' }, 'Scenario');
  const select = el('select', { id: 'scn-file' });
  const loadButton = button('scn-load', 'Load', 'Load the chosen scenario onto the lock', () => void load());
  pickRow.append(pickLabel, select, loadButton);

  const name = el('h3', { id: 'scn-name' });
  const about = el('p', { id: 'scn-about', class: 'scn-hint' });

  const controls = el('div', { class: 'scn-controls', role: 'group', 'aria-label': 'Play the scenario' });
  const stepButton = button('scn-step', 'Step', 'Run the next step of the scenario', () => stepOnce());
  const playButton = button('scn-play', 'Play', 'Play the scenario to the end', () => togglePlay());
  const paceLabel = el('label', { for: 'scn-pace' }, 'Pace ');
  const paceSelect = el('select', { id: 'scn-pace' });
  for (const [value, text] of PACES) paceSelect.append(new Option(text, value));
  paceLabel.append(paceSelect);
  const resetButton = button('scn-reset', 'Reset', 'Reset: start the scenario again from its given lock', () => restart());
  controls.append(stepButton, playButton, paceLabel, resetButton);

  const status = el('p', { id: 'scn-status', role: 'status' });
  const mistakes = el('ul', { id: 'scn-mistakes', class: 'scn-mistakes', 'aria-label': 'Mistakes in the scenario file', tabindex: '0' });
  mistakes.hidden = true;
  const list = new StepList();
  const recorder = new Recorder(host);
  root.append(title, hint, pickRow, name, about, controls, status, mistakes, list.root, buildRecordView(recorder));

  let scn: Scenario | null = null;
  let lines: string[] = [];
  let snapshots = new Map<string, string>();
  let run: ScenarioStepper | null = null;
  let quick: QuickPlayer | null = null;
  let adopting = false;
  let offScript = false;
  let detached = false;
  let passed = 0;
  /** Why the step the run stopped at could not be done on the lock (refused: the lock worked by
   * hand off the script, say), or null. */
  let refused: string | null = null;

  function renderPicker(current: string): void {
    const chosen = select.value;
    select.replaceChildren(
      ...scenarioGroups(current).map((g) => {
        const group = el('optgroup', { label: g.label });
        for (const e of g.entries) group.append(new Option(e.title, e.file));
        return group;
      }),
    );
    if (chosen) select.value = chosen;
  }

  /** Put `message` in the status line; any mistakes listed under it were news of an earlier one. */
  function say(message: string): void {
    status.textContent = message;
    listMistakes([]);
  }

  /** Every mistake of a file that could not be loaded, listed (none: the list put away). */
  function listMistakes(lines: readonly string[]): void {
    mistakes.replaceChildren(...lines.map((line) => el('li', {}, line)));
    mistakes.hidden = lines.length === 0;
  }

  /** Say why a file could not be loaded, after `what` ("Cannot load FILE"), each of its mistakes listed. */
  function refuseLoad(what: string, err: unknown): void {
    const { status: words, mistakes: lines } = loadRefusal(what, err);
    say(words);
    listMistakes(lines);
  }

  /** The scenario is on the page and has steps left. */
  function active(): boolean {
    return run !== null && !detached && !run.done && session.twin === run.twin;
  }

  /** Playing: quickly, or at the pace of the running page clock. */
  function playing(): boolean {
    return (quick?.playing ?? false) || (active() && !host.clock.paused);
  }

  function setClockPaused(paused: boolean): void {
    if (host.clock.paused === paused) return;
    host.clock.paused = paused;
    host.clockChanged();
  }

  function sync(): void {
    const ready = active();
    stepButton.disabled = !ready;
    playButton.disabled = !ready;
    resetButton.disabled = scn === null;
    const now = playing();
    playButton.textContent = now ? 'Pause' : 'Play';
    playButton.setAttribute('aria-pressed', String(now));
    playButton.setAttribute('aria-label', now ? 'Pause the scenario' : 'Play the scenario to the end');
    const d = root.dataset;
    d.loaded = scn?.file ?? '';
    d.next = String(run?.next ?? 0);
    d.steps = String(scn?.steps.length ?? 0);
    d.passed = String(passed);
    d.failed = String(run?.failure || refused !== null ? 1 : 0);
    d.done = String((run?.done ?? false) || refused !== null);
    d.playing = String(now);
    d.offScript = String(offScript);
    d.result = refused !== null ? 'fail' : run?.done ? (run.ok ? 'pass' : 'fail') : '';
    d.trace = run?.done && run.ok && !offScript ? run.traceHash() : '';
  }

  function stopQuick(): void {
    quick?.stop();
    quick = null;
  }

  /** The scenario file's text, parsed, with the snapshot its `given:` names. */
  async function fetchScenario(file: string): Promise<void> {
    const text = await scenarioText(file);
    const { parseScenario } = await import('../../src/scenario/parse.ts');
    const parsed = parseScenario(text, file);
    snapshots = new Map();
    if (parsed.given.snapshot) {
      const snap = await snapshotText(besideFile(file, parsed.given.snapshot));
      if (snap !== null) snapshots.set(parsed.given.snapshot, snap);
    }
    scn = parsed;
    lines = text.split(LINE_BREAK);
    name.textContent = scn.name;
    about.textContent = `${scn.file} · model ${scn.model} · seed ${scn.seed} · ${scn.steps.length} steps`;
  }

  async function load(): Promise<void> {
    const file = select.value;
    if (!file) return;
    stopQuick();
    loadButton.disabled = true;
    say(`Loading ${file} …`);
    try {
      await fetchScenario(file);
      restart();
    } catch (err) {
      refuseLoad(`Cannot load ${file}`, err);
    } finally {
      loadButton.disabled = false;
    }
  }

  /** The scenario's given lock, or null (said) when it cannot be built. */
  function givenTwin(): Twin | null {
    try {
      return buildTwinWith(scn!, (path) => {
        const text = snapshots.get(path);
        if (text === undefined) throw new Error('the snapshot is not bundled with the page (a snapshot is bundled when it sits beside the scenario file as .json)');
        return text;
      });
    } catch (err) {
      run = null;
      refused = null;
      list.clear();
      say(`Cannot start ${scn!.file}: ${(err as Error).message}`);
      sync();
      return null;
    }
  }

  /** The page clock's time plays `started` from now on. */
  function playOnClock(started: ScenarioStepper): void {
    const pace = new ClockPace(started);
    session.keepTime((ms) => guarded(() => pace.feed(ms, stepped)));
  }

  /** Put the scenario's given lock on the page and start from its first step. */
  function restart(): void {
    if (!scn) return;
    stopQuick();
    setClockPaused(true);
    const twin = givenTwin();
    if (!twin) return;
    const started = new ScenarioStepper(scn, twin);
    run = started;
    refused = null;
    offScript = false;
    detached = false;
    passed = 0;
    adopting = true;
    try {
      host.adopt(twin);
    } finally {
      adopting = false;
    }
    playOnClock(started);
    list.show(scn.steps, lines, session.twin.model);
    list.mark(0, 'next');
    say(`Loaded: ${scn.name}. ${scn.steps.length} steps; press Step or Play.`);
    sync();
  }

  /** Mark the steps `r` has run, and the one it runs next. */
  function markProgress(r: ScenarioStepper): void {
    list.show(r.scenario.steps, lines, session.twin.model);
    passed = 0;
    r.reports.forEach((report, i) => {
      const state = report.step.do !== 'expect' ? 'done' : report.failures.length === 0 ? 'pass' : 'fail';
      if (state === 'pass') passed++;
      list.mark(i, state, report);
    });
    if (!r.done) list.mark(r.next, r.waitedMs > 0 ? 'running' : 'next');
  }

  /**
   * After a reload: the scenario and the step it had reached, replayed on its given lock. When
   * that lock is in the very state of the one restored on the page, the run carries on with the
   * page's lock, exactly as if there had been no reload; otherwise (the lock was worked by hand,
   * or the file changed) the steps show where it was, and Reset replays it.
   */
  async function resume(k: KeptScenario): Promise<void> {
    try {
      await fetchScenario(k.file);
    } catch (err) {
      refuseLoad(`Cannot load ${k.file} again after the reload`, err);
      return;
    }
    select.value = k.file;
    const twin = givenTwin();
    if (!twin) return;
    let replayed: ScenarioStepper;
    try {
      replayed = ScenarioStepper.replayTo(scn!, twin, k.next, k.waitedMs);
    } catch (err) {
      // what was kept is damaged or from another version of the page: the scenario is loaded, not resumed
      say(`Cannot take ${k.file} up again where it was (${(err as Error).message}): Reset to replay it as written.`);
      return;
    }
    const same = JSON.stringify(replayed.twin.snapshot()) === JSON.stringify(session.twin.snapshot());
    offScript = k.offScript;
    refused = null;
    markProgress(replayed);
    const where = `Kept across the reload: step ${Math.min(replayed.next + 1, scn!.steps.length)} of ${scn!.steps.length}`;
    if (same && !k.offScript && !k.detached) {
      run = replayed.continueOn(session.twin);
      detached = false;
      setClockPaused(true);
      if (run.done) say(`${where}. ${describeDone()}`);
      else {
        playOnClock(run);
        say(`${where}; press Step or Play to go on.`);
      }
    } else {
      run = replayed;
      detached = true;
      say(`${where}, but the lock on the page ${k.offScript ? 'was worked by hand' : 'is not where the run left it'}: Reset to replay the scenario as written.`);
    }
    sync();
  }

  function describeDone(): string {
    if (!run) return '';
    const checks = `${passed} check${passed === 1 ? '' : 's'} passed`;
    if (!run.ok) return `Stopped at a failed check (${checks} before it), as lockstep run would.`;
    if (offScript) return `Finished, ${checks} — but off the file's script, so the result may differ from lockstep run.`;
    return `Finished: ${checks}. Trace ${run.traceHash()}, as lockstep run prints it.`;
  }

  /** The run is over: the page clock pauses on its end and drives the lock again when resumed. */
  function finished(): void {
    session.keepTime(null);
    stopQuick();
    setClockPaused(true);
    say(`${status.textContent} ${describeDone()}`);
  }

  /** After a step (or a piece of a wait, `report` null): the views, the list, the words. */
  function stepped(report: StepReport | null): void {
    session.sync();
    if (!run) return;
    if (!report) {
      if (run.nextStep?.do === 'wait') list.mark(run.next, 'running');
      sync();
      return;
    }
    const i = run.reports.length - 1;
    const at = `Step ${i + 1} of ${run.scenario.steps.length}, line ${report.step.pos.line}: ${stepWording(report.step, session.twin.model)}`;
    if (report.step.do !== 'expect') {
      list.mark(i, 'done', report);
      say(`${at} — done.`);
    } else if (report.failures.length === 0) {
      passed++;
      list.mark(i, 'pass', report);
      say(`${at} — passed.`);
    } else {
      list.mark(i, 'fail', report);
      say(`${at} — failed: ${failureWords(report).join('; ')}.`);
    }
    if (run.done) finished();
    else list.mark(run.next, 'next');
    sync();
  }

  function guarded(action: () => void): void {
    try {
      action();
    } catch (err) {
      stopQuick();
      setClockPaused(true);
      session.keepTime(null);
      detached = true;
      if (err instanceof ScenarioError && run) {
        // The step cannot be done on the lock as it stands — a door the bolt holds, a pack already
        // in: `lockstep run` refuses the file there; on the page a hand off the script can be why.
        refused = err.why;
        list.refuse(run.next, refused);
        say(`Step ${run.next + 1} of ${run.scenario.steps.length}, line ${err.pos.line}, could not be done: ${refused}${offScript ? ' — the lock was worked by hand off the script' : ''}. Reset to play again.`);
        sync();
        return;
      }
      say(`The twin stopped: ${(err as Error).message}. Reset to play again.`);
      sync();
    }
  }

  function stepOnce(): void {
    if (!active()) return;
    stopQuick();
    setClockPaused(true);
    guarded(() => stepped(run!.step()));
  }

  function togglePlay(): void {
    if (!active()) return;
    if (playing()) {
      stopQuick();
      setClockPaused(true);
      say('Paused.');
    } else if (paceSelect.value === 'quick') {
      quick = new QuickPlayer(run!, (next) => guarded(() => stepped(next())), () => sync());
      quick.start();
      say('Playing quickly: waits are jumped.');
    } else {
      setClockPaused(false);
      say(`Playing at the page clock's pace (${host.clock.rate}×).`);
    }
    sync();
  }

  // The clock bar can pause, resume or speed the page clock at any time: keep Play in step.
  let clockWasPaused = host.clock.paused;
  const watchClock = () => {
    if (host.clock.paused !== clockWasPaused) {
      clockWasPaused = host.clock.paused;
      if (!clockWasPaused) stopQuick(); // the clock's time now plays the steps
      sync();
    }
    requestAnimationFrame(watchClock);
  };
  requestAnimationFrame(watchClock);

  session.onAction(() => {
    if (!active() || offScript) return;
    offScript = true;
    stopQuick();
    say("Off the script: the lock was worked by hand before the scenario finished. Its remaining steps still run, but the result may differ from lockstep run; Reset to replay it as written.");
    sync();
  });
  session.onReplace((twin) => {
    renderPicker(twin.model.id);
    if (adopting || !run || twin === run.twin || detached) return;
    stopQuick();
    detached = true;
    say('The lock on the page was replaced: Reset to play the scenario again.');
    sync();
  });

  host.keep(KEPT_NAME, (): KeptScenario | null =>
    scn && run ? { file: scn.file, next: run.next, waitedMs: run.waitedMs, offScript, detached: detached || session.twin !== run.twin, ownsClock: active() } : null,
  );

  renderPicker(session.twin.model.id);
  sync();
  const kept = host.kept(KEPT_NAME) as KeptScenario | null;
  if (kept?.file) void resume(kept);
  return { root, recorder };
}
