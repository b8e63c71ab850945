// The Assistant panel (issue "The browser twin"): the troubleshooter's knowledge walking a person
// through a repair on the drawn lock, step by step, pointing at the part to touch.
//  - "Practise a factory reset, start to finish" (the seed's story): the inherited lock whose Mastercode nobody handed over
//    (seed S3), a physical factory reset — pack out, Program held through reinsertion for the
//    full 30 s until the red flash and beep, one more press where the model wants it (S8, S9) —
//    door handing with the door open and the bolt free (S15–S17), a new Mastercode and a user
//    code (S19, S21), tested with the door open (S20), in that order (S23).
//  - "Something's wrong": the owner's complaint from the seed's symptom table (S7), the twin's own
//    condition read by the doctor (a weak pack S25, a half-finished reset S24, handing S15–S18, a
//    lockout product-facts M4…), the plan it prescribes, then the owner's own check.
// Each step shows its instruction and source, points at the control (assistant-pointer.ts), moves
// on when the person has done it on the page (assistant-walk.ts, through the Session's action
// listener), shows how far a wait or a long hold has come, and offers "Do it for me" — the step's
// own action on the twin (the 30 s hold on a phone, or at once). Every procedure comes from the
// troubleshooter (assistant-plans.ts); a model that cannot do one says why. The troubleshooter is
// fetched when a walk is first asked for.

import type { Session } from './session.ts';
import type { Rate } from './clock.ts';
import { SYMPTOMS, type SymptomId } from '../../src/troubleshoot/symptoms.ts';
import { deedWords } from './deed-words.ts';
import { describeExpectation } from '../../src/scenario/describe-expectation.ts';
import { spell } from '../../src/troubleshoot/procedure-kit.ts';
import { cannotLine } from '../../src/troubleshoot/unavailable-words.ts';
import { button, el } from './dom.ts';
import { STORY_BUTTON, STORY_BUTTON_LABEL, STORY_DONE } from './assistant-words.ts';
import type { Keeping } from './keeping.ts';
import { Pointer } from './assistant-pointer.ts';
import { targetFor, keySelector } from './assistant-target.ts';
import { stillDue, twinNow } from './assistant-summary.ts';
import type { SavedWalk, Walk } from './assistant-walk.ts';
import type { Guide, Reading, SavedGuide } from './assistant-plans.ts';

export interface AssistantHost extends Keeping {
  session: Session;
  /** The page clock: paused or running, at its rate. */
  clock: { paused: boolean; rate: Rate };
  /** Tell the page that the clock's rate or pause changed here. */
  clockChanged(): void;
  /** Tell the page the twin changed outside its own controls (to save it). */
  changed?(): void;
}

const FAST_RATE: Rate = 10;
const SLOW_RATE: Rate = 1;
/** A wait this long is worth offering the 10× clock for. */
const LONG_WAIT_MS = 5_000;
const MARKS = { done: '✓', already: '·', skipped: '–', current: '→', pending: '' } as const;

type Engine = typeof import('./assistant-plans.ts') & typeof import('./assistant-walk.ts') & typeof import('./saved-left-out.ts');
const KEPT_NAME = 'assistant';

/** A walk under way, kept across a reload (keeping.ts). */
interface KeptWalk {
  model: string;
  guide: SavedGuide;
  walk: SavedWalk;
}
let loading: Promise<Engine> | null = null;

/** The troubleshooter and the walker, fetched on first use. */
function engine(): Promise<Engine> {
  loading ??= Promise.all([import('./assistant-plans.ts'), import('./assistant-walk.ts'), import('./saved-left-out.ts')]).then(([plans, walk, leftOut]) => ({ ...plans, ...walk, ...leftOut }));
  return loading;
}

function readingItem(r: Reading): HTMLLIElement {
  const li = el('li');
  li.append(el('span', {}, r.says));
  if (r.cite) li.append(' ', el('small', {}, `(${r.cite})`));
  return li;
}

export function buildAssistantPanel(host: AssistantHost): { root: HTMLElement } {
  const { session } = host;
  const root = el('section', { id: 'assistant', class: 'panel assistant', 'aria-labelledby': 'asst-title', 'data-phase': 'idle' });
  const title = el('h2', { id: 'asst-title' }, 'Assistant');
  const hint = el('p', { class: 'asst-hint' }, 'The troubleshooter walks you through it on the lock: it points at the part to touch and goes on when you have done it.');

  // ---- what the person needs ----------------------------------------------------------------
  const start = el('div', { class: 'asst-start', role: 'group', 'aria-label': 'What do you need?' });
  const storyButton = button('asst-story', STORY_BUTTON, STORY_BUTTON_LABEL, () => void startStory());
  const wrongButton = button('asst-wrong', 'Something’s wrong', 'Something’s wrong: choose what the lock does', () => showSymptoms(form.hidden));
  wrongButton.setAttribute('aria-expanded', 'false');
  wrongButton.setAttribute('aria-controls', 'asst-symptoms');
  start.append(storyButton, wrongButton);

  const form = el('form', { id: 'asst-symptoms', class: 'asst-symptoms' });
  form.hidden = true;
  const fields = el('fieldset');
  fields.append(el('legend', {}, 'What is wrong?'));
  for (const [i, s] of SYMPTOMS.entries()) {
    const label = el('label');
    const radio = el('input', { type: 'radio', name: 'asst-symptom', value: s.id, id: `asst-symptom-${s.id}` });
    if (i === 0) radio.checked = true;
    radio.addEventListener('change', () => syncSlot());
    label.append(radio, el('span', {}, s.says));
    fields.append(label);
  }
  const slotRow = el('label', { class: 'asst-slot', for: 'asst-slot' }, 'Whose code was forgotten? ');
  const slot = el('select', { id: 'asst-slot' });
  slotRow.append(slot);
  const examine = el('button', { type: 'submit', id: 'asst-examine', 'aria-label': 'Look at the lock and walk me through the fix' }, 'Look at the lock');
  form.append(fields, slotRow, examine);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void startSymptom();
  });

  // ---- what the troubleshooter read -------------------------------------------------------
  const read = el('div', { id: 'asst-read', class: 'asst-read' });
  read.hidden = true;
  const guideTitle = el('h3', { id: 'asst-guide-title' });
  const readList = el('ul');
  read.append(guideTitle, readList);

  // ---- the current step -------------------------------------------------------------------
  const card = el('div', { id: 'asst-now', class: 'asst-now', role: 'region', 'aria-label': 'Current step' });
  card.hidden = true;
  const live = el('div', { id: 'asst-live', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const where = el('p', { id: 'asst-where', class: 'asst-where', tabindex: '-1' });
  const says = el('p', { id: 'asst-says', class: 'asst-says' });
  const cite = el('p', { id: 'asst-cite', class: 'asst-cite' });
  live.append(where, says, cite);
  const answers = el('p', { id: 'asst-expect', class: 'asst-cite' });
  const meter = el('div', { class: 'asst-meter' });
  const progress = el('progress', { id: 'asst-progress', max: '1', value: '0', 'aria-labelledby': 'asst-progress-text' });
  const progressText = el('span', { id: 'asst-progress-text' });
  meter.append(progress, progressText);
  const note = el('p', { id: 'asst-note', role: 'status' });
  const done = el('div', { id: 'asst-done' });
  const controls = el('div', { class: 'asst-actions', role: 'group', 'aria-label': 'Step controls' });
  const doIt = button('asst-do', 'Do it for me', 'Do it for me', () => doForMe());
  let paceRate: Rate = FAST_RATE;
  const pace = button('asst-pace', `Clock ${FAST_RATE}×`, `Run the clock at ${FAST_RATE} times real time`, () => {
    host.clock.rate = paceRate;
    host.clock.paused = false;
    host.clockChanged();
    render();
  });
  const restart = button('asst-restart', 'Start this part again', 'Start this part again: read the lock and plan the rest afresh', () => {
    walk?.restartPart(session.twin, 'Read the lock again; the rest is planned from where it is now.');
    render();
  });
  const stopButton = button('asst-stop', 'Stop', 'Stop the walk', () => stop(''));
  controls.append(doIt, pace, restart, stopButton);
  card.append(live, answers, meter, note, done, controls);

  const all = el('details', { id: 'asst-all', class: 'asst-steps' });
  all.hidden = true;
  const allSummary = el('summary', {}, 'All steps');
  const allBody = el('div');
  all.append(allSummary, allBody);

  const status = el('p', { id: 'asst-status', role: 'status' });
  root.append(title, hint, start, form, status, read, card, all);

  const pointer = new Pointer('asst-says');
  let walk: Walk | null = null;
  let guide: Guide | null = null;
  let eng: Engine | null = null;
  let shownKey = '';
  let listKey = '';

  // ---- choosing ---------------------------------------------------------------------------
  function showSymptoms(show: boolean): void {
    form.hidden = !show;
    wrongButton.setAttribute('aria-expanded', String(show));
    if (show) syncSlot();
  }

  function chosenSymptom(): SymptomId {
    const r = form.querySelector<HTMLInputElement>('input[name="asst-symptom"]:checked');
    return (r?.value ?? SYMPTOMS[0].id) as SymptomId;
  }

  /** The forgotten code's slot, for "someone forgot their code": one of the twin's stored codes. */
  function syncSlot(): void {
    const want = chosenSymptom() === 'forgot-one-code';
    slotRow.hidden = !want;
    if (!want) return;
    const store = session.twin.store();
    const options = store.codes.flatMap((c, i) => (c ? [new Option(`Slot ${i + 1}: code ${spell(c)}`, String(i + 1))] : []));
    slot.replaceChildren(...(options.length ? options : [new Option('No codes are stored', '')]));
  }

  async function startStory(): Promise<void> {
    status.textContent = 'Reading the lock…';
    const e = await engine();
    begin(e, e.storyGuide(session.twin, () => session.log));
  }

  async function startSymptom(): Promise<void> {
    status.textContent = 'Reading the lock…';
    const e = await engine();
    const symptom = chosenSymptom();
    const n = Number(slot.value);
    const code = n ? session.twin.store().codes[n - 1] : '';
    const forgotten = symptom === 'forgot-one-code' && code ? { slot: n, code } : undefined;
    showSymptoms(false);
    begin(e, e.symptomGuide(session.twin, () => session.log, symptom, forgotten));
  }

  /** The story's source as this model's (assistant-plans.ts storyCite); the engine is loaded by then. */
  function storySource(): string {
    return eng?.storyCite(session.twin.model) ?? '';
  }

  function showGuide(g: Guide): void {
    guide = g;
    guideTitle.textContent = g.kind === 'story' ? `${g.title} (${storySource()})` : g.title;
    readList.replaceChildren(...g.read.map(readingItem));
    read.hidden = false;
  }

  function begin(e: Engine, g: Guide): void {
    stop(null);
    eng = e;
    showGuide(g);
    if (g.unavailable) {
      status.textContent = g.unavailable;
      return;
    }
    status.textContent = '';
    walk = new e.Walk(g.plan, g.replanner, session.twin);
    render();
    where.focus({ preventScroll: true });
  }

  function stop(why: string | null): void {
    walk = null;
    pointer.clear();
    shownKey = listKey = '';
    card.hidden = true;
    all.hidden = true;
    root.classList.remove('walking');
    root.dataset.phase = 'idle';
    delete root.dataset.step;
    delete root.dataset.part;
    delete root.dataset.do;
    if (why !== null) {
      status.textContent = why;
      read.hidden = true;
    }
  }

  // ---- doing ------------------------------------------------------------------------------
  function doForMe(): void {
    if (!walk) return;
    // Keys done for the owner at 10× would meet the lock's keypad timeouts between two clicks (its
    // 5 s is half a second of real time there): back to 1× first, as the pace button offers.
    const a = walk.current?.action;
    if ((a?.do === 'type' || a?.do === 'press' || a?.do === 'hold-for') && host.clock.rate === FAST_RATE) {
      host.clock.rate = SLOW_RATE;
      host.clockChanged();
    }
    for (const d of walk.deeds(session.twin)) {
      if (!walk) break;
      if (d.do === 'apply') session.apply(d.action);
      else if (d.do === 'press-start') session.pressStart(d.key);
      else if (d.do === 'press-end') {
        if (session.heldMs(d.key) >= 0) session.pressEnd(d.key);
        else session.apply({ do: 'release', key: d.key });
      } else walk.acknowledge(session.twin);
    }
    host.changed?.();
    render();
  }

  session.onEntries((fresh) => walk?.entries(fresh));
  session.onAction((a) => {
    if (!walk) return;
    walk.act(a, session.twin);
    render();
  });
  session.onReplace(() => {
    if (walk) stop('The lock on the page was replaced (another model, or started over), so the walk stopped. Start it again for this lock.');
  });

  // ---- showing ----------------------------------------------------------------------------
  function render(): void {
    if (!walk) return;
    const twin = session.twin;
    const s = walk.current;
    const finished = walk.phase === 'finished';
    card.hidden = false;
    all.hidden = false;
    root.dataset.phase = walk.phase;
    root.classList.toggle('walking', !finished);
    renderList();
    if (finished || !s) {
      finish();
      return;
    }
    const key = `${walk.steps.length}:${walk.index}`;
    if (key !== shownKey) {
      shownKey = key;
      const title = walk.titles[s.part] ?? s.part;
      where.textContent = `Step ${walk.index + 1} of ${walk.steps.length} · ${title}`;
      says.textContent = s.says;
      cite.textContent = `Source: ${s.cite}`;
      answers.textContent = s.expect ? `Checked on the twin: ${describeExpectation(s.expect, twin.model.adminCodeName).replace(/^check: /, '')}` : '';
      answers.hidden = !s.expect;
      done.replaceChildren();
      root.dataset.step = String(walk.index + 1);
      root.dataset.part = s.part;
      root.dataset.do = s.action?.do ?? 'read';
    }
    const pr = walk.progress(twin);
    meter.hidden = !pr;
    if (pr) {
      progress.value = pr.ofMs ? pr.doneMs / pr.ofMs : 0;
      progressText.textContent = `${(pr.doneMs / 1000).toFixed(1)} s of ${(pr.ofMs / 1000).toFixed(0)} s`;
    }
    const paused = host.clock.paused ? ' — the clock is paused: resume it, or “Do it for me” lets the time pass' : '';
    const busy = walk.phase === 'settling' ? `Waiting for the lock to finish what it is doing (a keypad entry gives up by itself after a few seconds)${paused}…` : walk.phase === 'checking' ? `Watching for the lock’s answer${paused}…` : '';
    const text = walk.note ?? busy;
    if (note.textContent !== text) note.textContent = text;
    doIt.hidden = false;
    const deeds = walk.deeds(twin);
    const next = deeds.length === 1 && deeds[0].do === 'next';
    doIt.textContent = next ? 'Next' : 'Do it for me';
    doIt.setAttribute('aria-label', next ? 'Next: I have read this step' : `Do it for me: ${deeds.map((d) => deedWords(d, twin.model)).join(', then ')}`);
    // The clock's pace to offer: 10× for a long wait; back to 1× to type before the lock's entry times out.
    const a = s.action;
    const long = walk.phase === 'step' && a?.do === 'wait' && a.ms >= LONG_WAIT_MS;
    const keys = walk.phase === 'step' && (a?.do === 'type' || a?.do === 'press' || a?.do === 'hold-for');
    const want: Rate | null = long && (host.clock.paused || host.clock.rate !== FAST_RATE) ? FAST_RATE : keys && !host.clock.paused && host.clock.rate === FAST_RATE ? SLOW_RATE : null;
    pace.hidden = want === null;
    if (want !== null && want !== paceRate) {
      paceRate = want;
      pace.textContent = want === FAST_RATE ? `Clock ${FAST_RATE}×` : `Clock ${SLOW_RATE}× (to type in time)`;
      pace.setAttribute('aria-label', want === FAST_RATE ? `Run the clock at ${FAST_RATE} times real time` : `Clock ${SLOW_RATE}× (to type in time): at ${FAST_RATE}× the lock's keypad entry times out before you can type`);
    }
    restart.hidden = false;
    stopButton.textContent = 'Stop';
    const held = walk.held(twin);
    const quietening = walk.phase === 'settling' || walk.phase === 'checking';
    pointer.point(quietening && held.length ? { selector: keySelector(held[0]), kind: 'touch' } : targetFor(s, walk.seen, held, quietening));
  }

  function finish(): void {
    if (!walk) return;
    pointer.clear();
    meter.hidden = true;
    answers.hidden = true;
    pace.hidden = true;
    doIt.hidden = true;
    restart.hidden = !walk.failure;
    stopButton.textContent = 'Close';
    const key = `end:${walk.steps.length}:${walk.failure ?? ''}`;
    if (key === shownKey) return;
    shownKey = key;
    root.dataset.step = String(walk.steps.length);
    delete root.dataset.do;
    const twin = session.twin;
    where.textContent = walk.failure ? 'Stopped' : 'Done';
    // The check from outside needs a code on the lock (doctor.ts confirmSpec): with none, there was no check to claim.
    const checked = walk.steps.some((s) => s.part === eng?.CONFIRM_PART);
    says.textContent = walk.failure ?? (guide?.kind === 'story' ? STORY_DONE : checked ? 'The fix is done, and checked as you would from outside.' : 'The fix is done. Nothing was checked from outside: the lock holds no code to check it with.');
    cite.textContent = guide?.kind === 'story' ? `Source: ${storySource()}` : '';
    note.textContent = '';
    const items: Reading[] = [{ says: `The twin now shows: ${twinNow(twin, session.log).join(' · ')}.`, cite: '' }];
    for (const u of walk.unavailable) items.push({ says: cannotLine(u, twin.model.name), cite: '' });
    if (!walk.failure) items.push(...stillDue(guide?.after ?? [], twin));
    done.replaceChildren(el('ul', { id: 'asst-summary' }));
    done.firstElementChild!.append(...items.map(readingItem));
  }

  function renderList(): void {
    if (!walk) return;
    const key = `${walk.steps.length}:${walk.index}:${walk.phase}`;
    if (key === listKey) return;
    listKey = key;
    allSummary.textContent = `All steps (${Math.min(walk.index, walk.steps.length)} of ${walk.steps.length} done)`;
    const groups: HTMLElement[] = [];
    let ol: HTMLOListElement | null = null;
    let part = '';
    walk.steps.forEach((s, i) => {
      if (!ol || s.part !== part) {
        part = s.part;
        groups.push(el('h3', {}, walk!.titles[s.part] ?? s.part));
        ol = el('ol');
        groups.push(ol);
      }
      const state = i < walk!.index ? walk!.passed[i]?.how ?? 'done' : i === walk!.index && walk!.phase !== 'finished' ? 'current' : 'pending';
      const li = el('li', { 'data-state': state });
      if (state === 'current') li.setAttribute('aria-current', 'step');
      const words = state === 'done' ? 'done' : state === 'already' ? 'already so' : state === 'skipped' ? 'passed over' : state === 'current' ? 'now' : '';
      li.append(el('span', { class: 'asst-mark', 'aria-hidden': 'true' }, MARKS[state]), el('span', {}, s.says));
      if (words) li.append(el('small', { class: 'asst-state' }, words));
      ol.append(li);
    });
    allBody.replaceChildren(...groups);
  }

  // ---- across a reload ----------------------------------------------------------------------
  host.keep(KEPT_NAME, (): KeptWalk | null => (walk && guide && eng ? { model: session.twin.model.id, guide: eng.saveGuide(guide), walk: walk.saved() } : null));

  /** The walk under way when the page was reloaded, on the lock restored with it. */
  async function resume(k: KeptWalk): Promise<void> {
    if (k.model !== session.twin.model.id) return;
    const e = await engine();
    if (walk) return; // a walk was started meanwhile
    eng = e;
    try {
      // a walk saved before left-out procedures kept their titles gets them back from their ids
      const titled = e.titledSave(k, session.twin);
      showGuide(e.reviveGuide(titled.guide, () => session.log));
      walk = e.Walk.revive(titled.walk, guide!.replanner);
      status.textContent = 'Kept across the reload: the walk goes on where it was.';
      render();
    } catch (err) {
      // what was kept is damaged or from another version of the page: the page goes on without it
      stop(`The walk kept across the reload could not be taken up again (${(err as Error).message}): start it again.`);
    }
  }
  const kept = host.kept(KEPT_NAME) as KeptWalk | null;
  if (kept?.walk) void resume(kept);

  return { root };
}
