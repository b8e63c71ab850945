// The browser twin (issue "The browser twin"): the same core as the CLI and the tests, run in
// the page. Seed S8/S9 (the 30 s Program hold, early release), S15–S18 (door handing), S19/S20/S23
// (new Mastercode and code, tested with the door open). This file only wires the parts together.

import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import { Session, freshTwin, DEFAULT_MODEL } from './session.ts';
import { Clock, RATES, JUMP_MS, formatClock, type Rate } from './clock.ts';
import { LockView, type LedShown } from './lock-view.ts';
import { patternFrom, ledAt, type Pattern, type StatusBlink } from './led.ts';
import { Sound } from './sound.ts';
import { renderTimeline } from './timeline-view.ts';
import { buildModelPicker } from './model-picker.ts';
import * as persist from './persist.ts';
import { setAsideNotice } from './set-aside-notice.ts';
import type { Keeping } from './keeping.ts';
import type { LedEntry } from './signals.ts';
import type { Twin } from '../../src/twin/twin.ts';

export const SAVE_EVERY_MS = 1_000; // real time between saves while the clock runs

/** The page, on the save found (none, restored, or set aside): drawn once the save is read. Not
 * a top-level await: with one, the bundler splits the modules the lazy panels share with this
 * entry into chunks of their own (measured: 2.8 KB more gzip on first load). */
function startPage(found: persist.LoadResult): void {
  const saved = found.kind === 'restored' ? found : null;
  const session = new Session(saved?.twin ?? freshTwin(DEFAULT_MODEL), saved?.log ?? [], saved?.holds ?? []);
  const sound = new Sound();
  sound.muted = saved?.muted ?? false;

  let pattern: Pattern | null = null;
  let status: StatusBlink | null = null;
  let lastLed: LedShown['last'] = null;

  /** Follow the LED and beeper through new trace entries. */
  function follow(entries: readonly LockTraceEntry[], live: boolean): void {
    for (const e of entries) {
      const v = e.v as Record<string, unknown>;
      if (e.ch === 'led') {
        if ('status' in v) {
          status = { t: e.t, color: (v.status as string | null) ?? null, everyMs: Number(v.everyMs) };
        } else {
          const led = v as unknown as LedEntry;
          const beep = entries.find((x) => x.t === e.t && x.ch === 'beep');
          pattern = patternFrom(session.twin.model, e.t, led, beep ? Number((beep.v as { count: number }).count) : 0);
          lastLed = { color: led.color, flashes: led.flashes ?? 0, solidMs: led.solidMs ?? 0 };
        }
      } else if (e.ch === 'power' && e.v !== 'on') {
        status = null;
      } else if (e.ch === 'beep' && live) {
        sound.beep(Number(v.count), !!v.long, clock.rate);
      }
    }
  }

  const app = document.getElementById('app')!;
  const view = new LockView({
    keyDown: (k) => {
      sound.unlock();
      session.pressStart(k);
    },
    keyUp: (k) => {
      session.pressEnd(k);
      saveNow();
    },
    act: (a) => {
      sound.unlock();
      session.apply(a);
      saveNow();
    },
  });

  const clock = new Clock(
    (ms) => session.advance(ms),
    () => frame(),
  );

  // ---- the clock bar ----------------------------------------------------------------------
  const bar = document.createElement('section');
  bar.className = 'panel clockbar';
  bar.setAttribute('aria-label', 'Virtual clock');
  const time = document.createElement('output');
  time.id = 'vclock';
  time.setAttribute('aria-label', 'Virtual time');
  bar.append(time);
  const button = (id: string, text: string, label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    bar.append(b);
    return b;
  };
  const rateButtons = RATES.map((r) => button(`rate-${r}`, `${r}×`, `Run the clock at ${r} times real time`, () => setRate(r)));
  const pause = button('pause', 'Pause', 'Pause the clock', () => {
    clock.paused = !clock.paused;
    syncBar();
  });
  button('jump', `Jump ${JUMP_MS / 1000} s`, `Jump ${JUMP_MS / 1000} seconds ahead`, () => {
    clock.jump();
    saveNow();
  });
  const mute = button('mute', '', 'Mute or unmute the beeper', () => {
    sound.muted = !sound.muted;
    syncBar();
    saveNow();
  });
  button('start-over', 'Start over', 'Start over with a fresh lock of this model', () => pick(session.twin.model.id));

  function setRate(r: Rate): void {
    clock.rate = r;
    clock.paused = false;
    syncBar();
  }
  function syncBar(): void {
    rateButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(!clock.paused && clock.rate === RATES[i])));
    pause.setAttribute('aria-pressed', String(clock.paused));
    pause.textContent = clock.paused ? 'Resume' : 'Pause';
    mute.textContent = sound.muted ? 'Sound off' : 'Sound on';
    mute.setAttribute('aria-pressed', String(sound.muted));
    bar.dataset.rate = String(clock.rate);
    bar.dataset.paused = String(clock.paused);
  }

  // ---- model picker, timeline -------------------------------------------------------------
  /** "What is my lock showing?", once loaded: it reads the owner's words again for a new model. */
  let lockReader: { refresh(): void } | null = null;
  function pick(id: string): void {
    pattern = status = lastLed = null;
    session.replace(freshTwin(id));
    picker.set(session.twin.model.id);
    renderTimeline(timeline, session.twin.model, session.log);
    lockReader?.refresh();
    saveNow();
  }
  const picker = buildModelPicker(session.twin.model.id, pick);
  const tlPanel = document.createElement('section');
  tlPanel.className = 'panel timeline';
  tlPanel.setAttribute('aria-label', 'What just happened');
  const tlTitle = document.createElement('h2');
  tlTitle.textContent = 'What just happened';
  const timeline = document.createElement('ol');
  timeline.id = 'timeline';
  tlPanel.append(tlTitle, timeline);

  session.onEntries((fresh) => {
    follow(fresh, true);
    renderTimeline(timeline, session.twin.model, session.log);
  });
  follow(session.log, false);
  renderTimeline(timeline, session.twin.model, session.log);

  app.append(picker.root, bar, view.root, tlPanel);

  // ---- "What is my lock showing?": the owner's own lock read as `lockstep decode` reads it,
  // folded at the foot of "What just happened" (fetched after first load) ----------------------
  void import('./lock-reader.ts').then(({ buildLockReader }) => {
    const reader = buildLockReader(() => session.twin.model);
    lockReader = reader;
    tlPanel.append(reader.root);
  });
  if (found.kind === 'set-aside') app.prepend(setAsideNotice(found.problem, found.keptAs));

  // ---- what the panels keep across a reload -----------------------------------------------
  const keepers = new Map<string, () => unknown>();
  /** A panel's state, saved with the twin; until the panel has loaded, what it kept last time stands. */
  function keptNow(): persist.Kept {
    const kept: persist.Kept = {};
    for (const [name, value] of Object.entries(saved?.kept ?? {})) if (!keepers.has(name)) kept[name] = value;
    for (const [name, now] of keepers) {
      const value = now();
      if (value !== null && value !== undefined) kept[name] = value;
    }
    return kept;
  }
  const keeping: Keeping = {
    keep: (name: string, now: () => unknown) => void keepers.set(name, now),
    kept: (name: string): unknown => saved?.kept[name] ?? null,
    save: () => saveNow(),
  };

  // ---- scenarios: play a shipped one on the lock, record your own (fetched after first load) --
  // Below "What just happened", which stays right under the lock: what a light or beep meant is
  // the next thing an owner looks for, before any tool for scenario files.
  function adopt(twin: Twin): void {
    pattern = status = lastLed = null;
    session.replace(twin);
    picker.set(twin.model.id);
    renderTimeline(timeline, session.twin.model, session.log);
    lockReader?.refresh();
    saveNow();
  }
  void import('./scenario-panel.ts').then(({ buildScenarioPanel }) => tlPanel.after(buildScenarioPanel({ session, adopt, clock, clockChanged: syncBar, ...keeping }).root));

  // ---- the assistant: the troubleshooter walks a repair on the lock, pointing at each part ----
  void import('./assistant-panel.ts').then(({ buildAssistantPanel }) => view.root.before(buildAssistantPanel({ session, clock, clockChanged: syncBar, changed: saveNow, ...keeping }).root));

  // ---- every frame, and saving ------------------------------------------------------------
  let lastSave = 0;
  function frame(): void {
    const now = session.now;
    time.textContent = formatClock(now);
    time.dataset.ms = String(now);
    view.render(session.twin, { now: ledAt(pattern, status, now), last: lastLed }, session.heldMs('program'), session.heldMs('reset'), session.log);
    const real = performance.now();
    if (real - lastSave > SAVE_EVERY_MS) saveNow();
  }
  function saveNow(): void {
    lastSave = performance.now();
    persist.save(session.twin, session.log, sound.muted, session.holds(), keptNow());
  }
  addEventListener('pagehide', saveNow);

  // A scenario under way owns the page clock's time: its panel takes it back once loaded.
  if ((saved?.kept.scenario as { ownsClock?: boolean } | undefined)?.ownsClock) clock.paused = true;
  syncBar();
  clock.start();
}

void persist.load().then(startPage);
