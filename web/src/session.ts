// The twin as the page holds it: one Twin, the person's presses and holds turned into its
// Actions, and the trace drained into a bounded log for the timeline (design/architecture.md
// "browser UI"). Seed S8/S9: a hold is a real `hold` … `release` pair, so the 30 s reset hold
// and an early release are decided by the firmware, not by the page.

import { Twin, KEY_GAP_MS, PRESS_MS, type Action, type TwinOptions } from '../../src/twin/twin.ts';
import { findModel } from '../../src/models/index.ts';
import { BOUNCE_WINDOW_MS, type ButtonKey } from '../../src/hardware/buttons.ts';
import type { LockTraceEntry } from '../../src/twin/trace-entry.ts';

/** The shortest press a finger makes: a click that is quicker in virtual time is stretched to this. */
export const MIN_PRESS_MS = PRESS_MS;
/** The shortest time between lifting a finger and the next press: a quicker one waits this out first. */
export const MIN_GAP_MS = KEY_GAP_MS;
/** How many trace entries the page keeps for the timeline (and in the saved state). */
export const LOG_LIMIT = 300;
export const DEFAULT_MODEL = 'smartcode-913';

/** The seed's inherited lock (story-seed-recovery.yaml, seed S3/S23): the previous owner's
 * Mastercode and codes, the bolt thrown. Used for models programmed through a Mastercode. */
export const INHERITED: TwinOptions = {
  seed: 7,
  door: 'right',
  handed: 'right',
  mastercode: '73915',
  codes: { 1: '1111', 2: '8080', 3: '246810', 4: '9731' },
  battery: 6.0,
  boltExtended: true,
};

/** A new twin of the model: the inherited lock where the model takes a Mastercode, else factory defaults. */
export function freshTwin(modelId: string): Twin {
  const model = findModel(modelId) ?? findModel(DEFAULT_MODEL)!;
  if (model.programming === 'mastercode-program-button') {
    try {
      return Twin.create(model.id, INHERITED);
    } catch {
      // the model's rules refuse the inherited codes: fall through to its defaults
    }
  }
  return Twin.create(model.id, { seed: INHERITED.seed, boltExtended: true });
}

export type EntriesListener = (fresh: readonly LockTraceEntry[]) => void;
/** Told of each action a person's hand or the page clock applied (a recorder listens). */
export type ActionListener = (a: Action) => void;
/** Told when another twin is swapped in. */
export type ReplaceListener = (twin: Twin) => void;
/** Takes the page clock's time in the twin's place. */
export type TimeKeeper = (ms: number) => void;

export class Session {
  readonly log: LockTraceEntry[];
  private readonly downAt = new Map<ButtonKey, number>();
  /** Virtual ms of the last release a hand made, or null. */
  private liftedAt: number | null = null;
  private listeners: EntriesListener[] = [];
  private actionListeners: ActionListener[] = [];
  private replaceListeners: ReplaceListener[] = [];
  private timeKeeper: TimeKeeper | null = null;

  /** `holds`: keys a hand held down when the page was saved, with when each went down (kept where the twin still has them held). */
  constructor(
    public twin: Twin,
    log: LockTraceEntry[] = [],
    holds: readonly (readonly [ButtonKey, number])[] = [],
  ) {
    this.log = log;
    for (const [key, t0] of holds) if (twin.buttons.isHeld(key) && t0 <= twin.sim.now) this.downAt.set(key, t0);
    this.drain();
  }

  /** The keys a hand holds down, with the virtual ms each went down (saved with the twin). */
  holds(): [ButtonKey, number][] {
    return [...this.downAt];
  }

  onEntries(fn: EntriesListener): void {
    this.listeners.push(fn);
  }

  onAction(fn: ActionListener): void {
    this.actionListeners.push(fn);
  }

  onReplace(fn: ReplaceListener): void {
    this.replaceListeners.push(fn);
  }

  /** Hand the views what the twin traced when it was driven directly (a scenario's steps). */
  sync(): void {
    this.drain();
  }

  /** Swap in another twin (model change, start over); the log starts afresh. */
  replace(twin: Twin): void {
    this.twin = twin;
    this.downAt.clear();
    this.liftedAt = null;
    this.log.length = 0;
    this.timeKeeper = null; // a keeper keeps time for the twin it was set for
    this.drain();
    for (const fn of this.replaceListeners) fn(twin);
  }

  get now(): number {
    return this.twin.sim.now;
  }

  /** Do an action the page's controls or the assistant give. The controls keep to what the lock
   * can take (the pack's buttons one at a time, a key down once); an assistant's deed on a lock
   * changed under it is done as the hardware would (Twin.applyAnyway), as the page always has. */
  apply(a: Action): void {
    this.twin.applyAnyway(a);
    this.drain();
    for (const fn of this.actionListeners) fn(a);
  }

  /** The page clock's time: to the twin, or to the time keeper while one is set. */
  advance(ms: number): void {
    if (ms <= 0) return;
    if (this.timeKeeper) this.timeKeeper(ms);
    else this.apply({ do: 'wait', ms });
  }

  /** While set, the page clock's time goes to `keeper` instead of the twin (a scenario playing owns the time). */
  keepTime(keeper: TimeKeeper | null): void {
    this.timeKeeper = keeper;
  }

  /** A finger (or key) goes down on a lock button: sooner than MIN_GAP_MS after the last release, that gap passes first. */
  pressStart(key: ButtonKey): void {
    if (this.downAt.has(key)) return;
    const gap = this.liftedAt === null ? 0 : MIN_GAP_MS - (this.now - this.liftedAt);
    if (gap > 0) this.apply({ do: 'wait', ms: gap }); // the hand's own time, as in pressEnd
    this.downAt.set(key, this.now);
    this.apply({ do: 'hold', key });
  }

  /**
   * …and comes up: a click quicker than a real press is stretched to MIN_PRESS_MS. The release
   * lets only the contact's settling pass after it (releaseSettleMs, not the scripted 280 ms
   * pause): what the press set off is drawn at the next frame (a quick tap used to be drawn
   * 400 ms of virtual time after it, skipping short flashes). The rest of the hand's pause comes
   * before its next press (pressStart), counted from the release.
   */
  pressEnd(key: ButtonKey): void {
    const t0 = this.downAt.get(key);
    if (t0 === undefined) return;
    this.downAt.delete(key);
    const stretch = MIN_PRESS_MS - (this.now - t0);
    if (stretch > 0) this.apply({ do: 'wait', ms: stretch }); // the hand's own time, never a keeper's
    this.liftedAt = this.now;
    this.apply({ do: 'release', key, pauseMs: this.releaseSettleMs() });
  }

  /** The time a release lets pass: the contact stops bouncing and the lock reads it — so its answer to the release is there to draw, even with the page clock paused. */
  releaseSettleMs(): number {
    return this.twin.model.timing.debounceMs + BOUNCE_WINDOW_MS;
  }

  /** How long a button has been held, in virtual ms, or -1 when it is up. */
  heldMs(key: ButtonKey): number {
    const t0 = this.downAt.get(key);
    return t0 === undefined ? -1 : this.now - t0;
  }

  /** Move the twin's new trace entries into the bounded log and tell the views. */
  private drain(): void {
    const entries = this.twin.trace.entries;
    if (entries.length === 0) return;
    const fresh = entries.slice();
    entries.length = 0;
    this.log.push(...fresh);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    for (const fn of this.listeners) fn(fresh);
  }
}
