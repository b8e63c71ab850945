// Recording what a person does on the page as a scenario file that `lockstep run` replays and
// passes (issue "The browser twin"; design/architecture.md "Scenario files" — the shared
// language of bug reports). Every action the page applies — presses, holds and releases, the
// pack, the door and strike, thumbturn, key, switches, and the clock's ticks as waits of virtual
// time — is taken from the Session as it happens.
//
// Where the recording starts: a running twin holds more than a `given:` can say (the firmware
// mid-menu or mid-lockout, a hold being counted, the clock at 3:12), so recording restarts the
// page's lock from the closest `given:` (src/scenario/given-of-twin.ts) — the same codes,
// Mastercode, handing, pack, door and switches — and the file starts from that very `given:`.
// The page's lock and the replay then start alike and take the same inputs, so they end alike
// (design/architecture.md "Contracts": same model + seed + inputs ⇒ same trace).
//
// The steps are written compactly, with the same effect: ticks run together into one wait; a
// release the page made with no pause, followed by at least the usual pause, is a plain
// `release` (written `release: { key, pause }` only when the next action came sooner); a
// hold, a wait and a release of the same key become `press: K` when held exactly PRESS_MS
// (that is what `press` does) or `hold: { key: K, for: … }`; digit presses with no time between
// become `type:`. A checkpoint (and the end) is an `expect:` of what the page showed: the last
// light pattern, the beeps and events since the previous checkpoint, and the state now.

import { buildTwinWith } from '../../src/scenario/build-twin.ts';
import { givenOfTwin, givenWords, type GivenNow } from '../../src/scenario/given-of-twin.ts';
import { expectationWords, stateExpectation, stepWords } from '../../src/scenario/scenario-words.ts';
import type { ScenarioDraft } from '../../src/scenario/write.ts';
import type { Expectation, LedColor } from '../../src/scenario/types.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';
import type { LockEvent } from '../../src/firmware/io.ts';
import { KEY_GAP_MS, PRESS_MS, type Action, type Twin } from '../../src/twin/twin.ts';
import type { Session } from './session.ts';

const EXPECT_WORD = 'expect';
const DIGIT_KEY = /^[0-9]$/;

export interface RecorderHost {
  readonly session: Session;
  /** Put `twin` on the page in place of the lock there. */
  adopt(twin: Twin): void;
}

type Item = { kind: 'action'; action: Action } | { kind: 'expect'; expect: Expectation };

/**
 * A release followed by at least the usual pause is a plain `release` and the rest of the wait:
 * the page releases with no pause of its own (session.ts), the scenario language's `release`,
 * `press` and `hold … for` leave KEY_GAP_MS before the next step.
 */
function usualPauses(merged: Action[]): Action[] {
  const out: Action[] = [];
  for (let i = 0; i < merged.length; i++) {
    const a = merged[i];
    const next = merged[i + 1];
    if (a.do === 'release' && a.pauseMs !== undefined && a.pauseMs !== KEY_GAP_MS && next?.do === 'wait' && a.pauseMs + next.ms >= KEY_GAP_MS) {
      out.push({ do: 'release', key: a.key });
      const rest = a.pauseMs + next.ms - KEY_GAP_MS;
      if (rest > 0) out.push({ do: 'wait', ms: rest });
      i += 1;
      continue;
    }
    out.push(a.do === 'release' && a.pauseMs === KEY_GAP_MS ? { do: 'release', key: a.key } : a);
  }
  return out;
}

/** Actions with the same effect, written compactly (see the header). */
export function compactActions(actions: readonly Action[]): Action[] {
  const joined: Action[] = [];
  for (const a of actions) {
    const last = joined[joined.length - 1];
    if (a.do === 'wait' && last?.do === 'wait') last.ms += a.ms;
    else if (!(a.do === 'wait' && a.ms === 0)) joined.push({ ...a });
  }
  const merged = usualPauses(joined);
  const out: Action[] = [];
  for (let i = 0; i < merged.length; i++) {
    const a = merged[i];
    const wait = merged[i + 1];
    const release = merged[i + 2];
    if (a.do === 'hold' && wait?.do === 'wait' && release?.do === 'release' && release.key === a.key && release.pauseMs === undefined) {
      out.push(wait.ms === PRESS_MS ? { do: 'press', key: a.key } : { do: 'hold-for', key: a.key, ms: wait.ms });
      i += 2;
      continue;
    }
    out.push(a);
  }
  const typed: Action[] = [];
  for (const a of out) {
    const last = typed[typed.length - 1];
    const digit = a.do === 'press' && DIGIT_KEY.test(a.key) ? a.key : null;
    if (digit !== null && last?.do === 'type' && !last.force) last.digits += digit;
    else if (digit !== null && last?.do === 'press' && DIGIT_KEY.test(last.key)) typed[typed.length - 1] = { do: 'type', digits: last.key + digit };
    else typed.push(a);
  }
  return typed;
}

/** What the page showed since the previous checkpoint, and the state now, as an `expect:`. */
export function checkpointOf(twin: Twin, since: readonly LockTraceEntry[]): Expectation {
  const lights = since.filter((e) => e.ch === 'led' && !('status' in (e.v as object))).map((e) => e.v as { color: LedColor; flashes?: number; solidMs?: number });
  const last = lights[lights.length - 1];
  const led: Expectation['led'] = !last ? 'off' : last.solidMs ? { color: last.color, solid: true } : { color: last.color, flashes: last.flashes ?? 0 };
  const beeps = since.filter((e) => e.ch === 'beep').reduce((n, e) => n + (e.v as { count: number }).count, 0);
  const events = [...new Set(since.filter((e) => e.ch === 'event').map((e) => (e.v as LockEvent).type))];
  return { led, beeps, ...(events.length > 0 ? { event: events } : {}), ...stateExpectation(twin) };
}

export class Recorder {
  recording = false;
  /** Why the last recording ended without the Stop button, if it did. */
  endedBecause: string | null = null;
  private items: Item[] = [];
  private start: GivenNow | null = null;
  private twin: Twin | null = null;
  private since: LockTraceEntry[] = [];
  private listeners: (() => void)[] = [];

  constructor(private readonly host: RecorderHost) {
    const session = host.session;
    session.onAction((a) => {
      if (!this.live()) return;
      const last = this.items[this.items.length - 1];
      // The clock's ticks run together as they come: a long recording stays small.
      if (a.do === 'wait' && last?.kind === 'action' && last.action.do === 'wait') last.action = { do: 'wait', ms: last.action.ms + a.ms };
      else this.items.push({ kind: 'action', action: a });
      if (a.do !== 'wait') this.changed();
    });
    session.onEntries((fresh) => {
      if (this.live()) for (const e of fresh) if (e.ch === 'led' || e.ch === 'beep' || e.ch === 'event') this.since.push(e);
    });
    session.onReplace((twin) => {
      if (this.recording && twin !== this.twin) this.finish('the lock on the page was replaced (another model, a fresh start or a scenario)');
    });
  }

  /** Told when recording starts or stops, or an action or checkpoint is taken. */
  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Whether there is a recording to export. */
  get hasRecording(): boolean {
    return this.start !== null;
  }

  /** Actions taken so far, not counting waits. */
  get actionCount(): number {
    return this.items.filter((i) => i.kind === 'action' && i.action.do !== 'wait').length;
  }

  /** What the start left behind (see given-of-twin.ts). */
  get notes(): readonly string[] {
    return this.start?.notes ?? [];
  }

  /** Restart the page's lock from its closest `given:` and record from there. */
  begin(): void {
    const session = this.host.session;
    const from = session.twin;
    const start = givenOfTwin(from);
    const scenario = { file: '', name: '', model: from.model.id, seed: from.seed, given: start.given, givenPos: {}, steps: [] };
    const twin = buildTwinWith(scenario, () => {
      throw new Error('a recording never starts from a snapshot');
    });
    this.recording = false;
    this.twin = twin;
    this.host.adopt(twin);
    this.start = start;
    this.items = [];
    this.since = [];
    this.endedBecause = null;
    this.recording = true;
    for (const a of start.firstSteps) session.apply(a);
    this.changed();
  }

  /** An `expect:` of what the page shows now. */
  checkpoint(): Expectation | null {
    if (!this.live()) return null;
    const expect = checkpointOf(this.twin!, this.since);
    this.items.push({ kind: 'expect', expect });
    this.since = [];
    this.changed();
    return expect;
  }

  /** Stop, with a closing `expect:` of the state now. */
  stop(): void {
    if (this.recording) this.finish(null);
  }

  /** The recording as a scenario; while it runs, closed by an `expect:` of the state now. */
  draft(): ScenarioDraft {
    if (!this.start || !this.twin) throw new Error('nothing has been recorded yet');
    const items = [...this.items];
    if (this.recording && this.live()) items.push({ kind: 'expect', expect: checkpointOf(this.twin, this.since) });
    const steps: Record<string, unknown>[] = [];
    let run: Action[] = [];
    const flush = () => {
      steps.push(...compactActions(run).map(stepWords));
      run = [];
    };
    for (const item of items) {
      if (item.kind === 'action') run.push(item.action);
      else {
        flush();
        steps.push({ [EXPECT_WORD]: expectationWords(item.expect) });
      }
    }
    flush();
    const model = this.twin.model;
    return {
      header: this.header(),
      name: `recorded in the browser twin on a ${model.name}`,
      model: model.id,
      seed: this.twin.seed,
      given: givenWords(this.start.given),
      steps,
    };
  }

  /** The recording as scenario YAML (the writer is fetched on first use). */
  async text(): Promise<string> {
    const { scenarioText } = await import('../../src/scenario/write.ts');
    return scenarioText(this.draft());
  }

  private header(): string[] {
    const lines = [
      'Recorded in the lockstep browser twin. Replay it with: lockstep run FILE',
      'When recording began, the page restarted its lock from the `given:` below (the same codes,',
      'Mastercode, handing, pack, door and switches; the virtual clock at 0 and the firmware idle,',
      'which is all a `given:` can say), so this file replays exactly what was done on the page.',
    ];
    for (const note of this.notes) lines.push(`At that restart ${note}.`);
    if (this.start?.firstSteps.length) lines.push('The pack was out when recording began: the first step pulls it.');
    lines.push('Waits are the virtual time that passed between actions. Each `expect:` is what the page', 'showed at that point: the light, beeps and events since the previous one, and the state then.');
    return lines;
  }

  private live(): boolean {
    return this.recording && this.twin !== null && this.host.session.twin === this.twin;
  }

  private finish(because: string | null): void {
    if (this.twin) {
      this.items.push({ kind: 'expect', expect: checkpointOf(this.twin, this.since) });
      this.since = [];
    }
    this.recording = false;
    this.endedBecause = because;
    this.changed();
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }
}
